// The same minimal app without the widgets: what the bundler's runtime and the app cost alone.
const main = document.createElement('main');
main.innerHTML = '<h1>Mon réseau</h1><p>Nos actions</p>';
document.body.append(main);
