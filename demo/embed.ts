/**
 * The iframe mode: `embed.html?widget=banner&network=cis&lang=en` renders ONE widget from its URL
 * parameters (only those listed in embed-options.ts for that widget, set as attributes), and
 * tells its parent page its height with
 * `postMessage({ type: 'tis:embed-height', id, height }, '*')`. The message carries layout data
 * only, so any target origin is fine; the parent's embed-resize.js checks which frame sent it.
 * Only the chosen widget's code is loaded.
 *
 * oEmbed in WordPress: the page WordPress frames has `#?secret=XYZ` in its address; the frame
 * stays hidden (its blockquote link shows instead) until it posts
 * `{ message: 'height', secret, value }`. So, when the fragment has a secret, every height is also
 * posted in that form, and again when the parent says `{ message: 'ready', secret }`. The secret
 * is only echoed to the parent, never stored.
 */
import { EMBED_FALLBACK_TEXT, EMBED_TITLES } from '../src/oembed/oembed.js';
import { cleanFrameId, embedAttributes, isEmbedWidget, type EmbedWidget } from './embed-options.js';

const CAMPAIGN_URL = 'https://www.carrefourdesinnovationssociales.fr/';

const loaders: Record<EmbedWidget, () => Promise<unknown>> = {
  banner: () => import('../src/banner/define.js'),
  'initiative-feed': () => import('../src/initiative-feed/define.js'),
  'event-calendar': () => import('../src/event-calendar/define.js'),
  'territory-counter': () => import('../src/territory-counter/define.js'),
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

/** WordPress's handshake secret from `#?secret=XYZ` (its own format: letters and digits). */
function wordpressSecret(hash: string): string | undefined {
  return /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash)?.[1];
}

/** Posts the content height to the parent whenever it changes (nothing when not framed). */
function reportHeight(target: Element, id: string | undefined, secret: string | undefined): void {
  if (window.parent === window) return;
  let last = -1;
  const send = (height: number) => {
    window.parent.postMessage({ type: 'tis:embed-height', id, height }, '*');
    // WordPress clamps the value to 200-1000 px itself.
    if (secret) window.parent.postMessage({ message: 'height', secret, value: height }, '*');
  };
  const post = () => {
    const height = Math.ceil(target.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    send(height);
  };
  if (secret) {
    // wp-embed.js asks every frame again once the host page has loaded.
    addEventListener('message', (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== window.parent || typeof data !== 'object' || data === null) return;
      const { message, secret: asked } = data as Record<string, unknown>;
      if (message === 'ready' && asked === secret && last >= 0) send(last);
    });
  }
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
  reportHeight(root, cleanFrameId(params.get('id')), wordpressSecret(location.hash));

  if (!isEmbedWidget(widget)) {
    const message = document.createElement('p');
    message.className = 'tis-embed-message';
    message.append(
      unknown[lang],
      Object.keys(loaders).join(', '),
      '. ',
      link(EMBED_FALLBACK_TEXT[lang]),
    );
    root.replaceChildren(message);
    return;
  }

  document.title = EMBED_TITLES[widget][lang];
  const element = document.createElement(`tis-${widget}`);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // Light-DOM fallback: shown while the widget loads and if the feed cannot be read.
  element.append(link(EMBED_FALLBACK_TEXT[lang]));
  root.replaceChildren(element);
  loaders[widget]().catch(() => {
    // The fallback link stays: the frame is never blank.
  });
}

main();
