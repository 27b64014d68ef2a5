// Demo page controls: language and colour theme applied to every widget of the page.
const form = document.querySelector<HTMLFormElement>('#demo-options');
const widgets = () =>
  document.querySelectorAll(
    'tis-banner, tis-initiative-feed, tis-event-calendar, tis-territory-counter',
  );

form?.addEventListener('change', () => {
  const data = new FormData(form);
  const lang = String(data.get('lang') ?? 'fr');
  const theme = String(data.get('theme') ?? 'light');
  document.documentElement.lang = lang;
  document.body.dataset.theme = theme;
  for (const widget of widgets()) {
    widget.setAttribute('lang', lang);
    widget.setAttribute('theme', theme);
  }
});
