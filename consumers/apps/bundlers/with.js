// A minimal app that uses the widgets as the README says: register every tag, then use them.
import '@1000territoires/widgets/define';

const main = document.createElement('main');
main.innerHTML = '<h1>Mon réseau</h1><p>Nos actions</p>';
const banner = document.createElement('tis-banner');
banner.setAttribute('network', 'cis');
main.append(
  banner,
  document.createElement('tis-territory-counter'),
  document.createElement('tis-initiative-feed'),
  document.createElement('tis-event-calendar'),
);
document.body.append(main);
