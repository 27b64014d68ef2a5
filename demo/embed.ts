/**
 * The iframe mode: `embed.html?widget=banner&network=cis&lang=en` renders ONE widget from its URL
 * parameters (only those listed in embed-options.ts for that widget, set as attributes), and
 * tells its parent page its height with
 * `postMessage({ type: 'tis:embed-height', id, height }, '*')`. The message carries layout data
 * only, so any target origin is fine; the parent's embed-resize.js checks which frame sent it.
 * Only the chosen widget's code is loaded.
 */
import { cleanFrameId, embedAttributes, isEmbedWidget, type EmbedWidget } from './embed-options.js';

const CAMPAIGN_URL = 'https://www.carrefourdesinnovationssociales.fr/';

const loaders: Record<EmbedWidget, () => Promise<unknown>> = {
  banner: () => import('../src/banner/define.js'),
  'initiative-feed': () => import('../src/initiative-feed/define.js'),
  'event-calendar': () => import('../src/event-calendar/define.js'),
  'territory-counter': () => import('../src/territory-counter/define.js'),
};

const titles: Record<EmbedWidget, { fr: string; en: string }> = {
  banner: { fr: 'Bannière #1000territoiresIS', en: '#1000territoiresIS banner' },
  'initiative-feed': { fr: 'Initiatives #1000territoiresIS', en: '#1000territoiresIS initiatives' },
  'event-calendar': { fr: 'Agenda #1000territoiresIS', en: '#1000territoiresIS events' },
  'territory-counter': {
    fr: 'Territoires engagés #1000territoiresIS',
    en: '#1000territoiresIS territories',
  },
};

const fallback = {
  fr: '1000 territoires d’innovation sociale (#1000territoiresIS)',
  en: '1000 territories of social innovation (#1000territoiresIS)',
};

const unknown = {
  fr: 'Widget inconnu. Valeurs possibles du paramètre « widget » : ',
  en: 'Unknown widget. Possible values of the “widget” parameter: ',
};

function link(text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = CAMPAIGN_URL;
  a.textContent = text;
  return a;
}

/** Posts the content height to the parent whenever it changes (nothing when not framed). */
function reportHeight(target: Element, id: string | undefined): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(target.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'tis:embed-height', id, height }, '*');
  };
  new ResizeObserver(post).observe(target);
  post();
}

function main(): void {
  const root = document.querySelector('#tis-embed');
  if (!root) return;
  const params = new URLSearchParams(location.search);
  const widget = params.get('widget');
  const attributes = isEmbedWidget(widget) ? embedAttributes(widget, params, location.href) : [];
  const lang = attributes.find(([name]) => name === 'lang')?.[1] === 'en' ? 'en' : 'fr';
  document.documentElement.lang = lang;
  reportHeight(root, cleanFrameId(params.get('id')));

  if (!isEmbedWidget(widget)) {
    const message = document.createElement('p');
    message.className = 'tis-embed-message';
    message.append(unknown[lang], Object.keys(loaders).join(', '), '. ', link(fallback[lang]));
    root.append(message);
    return;
  }

  document.title = titles[widget][lang];
  const element = document.createElement(`tis-${widget}`);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // Light-DOM fallback: shown while the widget loads and if the feed cannot be read.
  element.append(link(fallback[lang]));
  root.append(element);
  loaders[widget]().catch(() => {
    // The fallback link stays: the frame is never blank.
  });
}

main();
