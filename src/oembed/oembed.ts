/**
 * The oEmbed endpoint of the iframe mode, as a pure function: give it the request URL and the
 * address where `embed.html` is published, send back what it returns. No framework, no I/O:
 * `scripts/oembed-server.mjs` wraps it in `node:http`; a serverless function or a PHP port can
 * wrap it the same way.
 *
 * `GET <endpoint>?url=<embed page URL>&maxwidth=&maxheight=&format=json` answers a `rich`
 * response whose `html` is a blockquote with a plain link (the fallback WordPress shows until
 * the frame answers its handshake) followed by a sandboxed iframe of that page.
 *
 * Statuses (oEmbed 1.0, section 2.3.5): 400 without a usable `url`, 404 for any URL that is
 * not the embed page on the embed origin or names no known widget, 501 for any format but
 * JSON, 405 for methods other than GET and HEAD (the caller passes `method` if it has one).
 */

export interface OembedOptions {
  /** Where the embed page is published, e.g. `https://1000territoires.github.io`. */
  embedOrigin: string;
  /** The embed page's path on that origin. Default `/embed.html`. */
  embedPath?: string;
  /** Default `#1000territoiresIS`. */
  providerName?: string;
  /** Default: the campaign site. */
  providerUrl?: string;
  /** The HTTP method, when the caller has one. Default `GET`. */
  method?: string;
}

export interface OembedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const CAMPAIGN_URL = 'https://www.carrefourdesinnovationssociales.fr/';

/** The widgets of the iframe mode (the same list as `EMBED_WIDGETS` in demo/embed-options.ts). */
export const OEMBED_WIDGETS = [
  'banner',
  'initiative-feed',
  'event-calendar',
  'territory-counter',
] as const;
type Widget = (typeof OEMBED_WIDGETS)[number];

/** The height a frame starts with (the generator's values) before the page reports its own. */
const HEIGHT: Record<Widget, number> = {
  banner: 240,
  'initiative-feed': 900,
  'event-calendar': 800,
  'territory-counter': 360,
};

/** The embed page's title per widget: the iframe's `title` and the oEmbed `title`. */
export const EMBED_TITLES: Record<Widget, { fr: string; en: string }> = {
  banner: { fr: 'Bannière #1000territoiresIS', en: '#1000territoiresIS banner' },
  'initiative-feed': { fr: 'Initiatives #1000territoiresIS', en: '#1000territoiresIS initiatives' },
  'event-calendar': { fr: 'Agenda #1000territoiresIS', en: '#1000territoiresIS events' },
  'territory-counter': {
    fr: 'Territoires engagés #1000territoiresIS',
    en: '#1000territoiresIS territories',
  },
};

/** The fallback link's text, shown until the widget renders and if the feed cannot be read. */
export const EMBED_FALLBACK_TEXT = {
  fr: '1000 territoires d’innovation sociale (#1000territoiresIS)',
  en: '1000 territories of social innovation (#1000territoiresIS)',
};

const DEFAULT_WIDTH = 600;
const MIN_SIZE = 100;
const MAX_SIZE = 4000;
const MAX_URL = 2000;

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const BASE_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'x-content-type-options': 'nosniff',
};

function answer(status: number, body: string, type = 'text/plain; charset=utf-8'): OembedResponse {
  const headers: Record<string, string> = { ...BASE_HEADERS, 'content-type': type };
  if (status === 200) headers['cache-control'] = 'public, max-age=3600';
  if (status === 405) headers.allow = 'GET, HEAD';
  return { status, headers, body };
}

/** A positive size from a query parameter, or `undefined` when absent or unusable. */
function size(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,6}$/.test(raw.trim())) return undefined;
  const value = Number(raw.trim());
  return value > 0 ? value : undefined;
}

function isWidget(value: string | null): value is Widget {
  return (OEMBED_WIDGETS as readonly string[]).includes(value ?? '');
}

/** The embed page URL to frame, normalised (no fragment), or `undefined` if it is not one. */
export function embedPageUrl(
  raw: string,
  options: Pick<OembedOptions, 'embedOrigin' | 'embedPath'>,
): URL | undefined {
  if (!raw || raw.length > MAX_URL) return undefined;
  let page: URL;
  let origin: string;
  try {
    page = new URL(raw);
    origin = new URL(options.embedOrigin).origin;
  } catch {
    return undefined;
  }
  const path = options.embedPath ?? '/embed.html';
  if (page.origin !== origin || page.pathname !== path) return undefined;
  if (page.username || page.password) return undefined;
  if (!isWidget(page.searchParams.get('widget'))) return undefined;
  page.hash = '';
  return page;
}

/** Answers one oEmbed request; see the module comment. */
export function oembedResponse(requestUrl: string, options: OembedOptions): OembedResponse {
  const method = (options.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return answer(405, 'Method not allowed');
  let request: URL;
  try {
    request = new URL(requestUrl, 'http://localhost');
  } catch {
    return answer(400, 'Bad request');
  }
  const params = request.searchParams;
  const format = (params.get('format') ?? 'json').toLowerCase();
  if (format !== 'json') return answer(501, 'Only format=json is implemented');
  const raw = params.get('url');
  if (!raw) return answer(400, 'Missing url parameter');
  const page = embedPageUrl(raw, options);
  if (!page) return answer(404, 'Not an embed page URL');

  const widget = page.searchParams.get('widget') as Widget;
  const lang = page.searchParams.get('lang') === 'en' ? 'en' : 'fr';
  const maxWidth = size(params.get('maxwidth'));
  const maxHeight = size(params.get('maxheight'));
  const clamp = (value: number, max: number | undefined) =>
    Math.max(MIN_SIZE, Math.min(value, max ?? MAX_SIZE, MAX_SIZE));
  const width = clamp(DEFAULT_WIDTH, maxWidth);
  const height = clamp(HEIGHT[widget], maxHeight);
  const title = EMBED_TITLES[widget][lang];
  const providerUrl = options.providerUrl ?? CAMPAIGN_URL;

  // WordPress keeps the blockquote as the fallback shown until the frame's handshake, then
  // strips every iframe attribute but src, width, height, title (and frameborder, scrolling…)
  // and sets its own `sandbox="allow-scripts"`; other consumers keep ours.
  const html =
    `<blockquote><a href="${escapeHtml(providerUrl)}">${escapeHtml(EMBED_FALLBACK_TEXT[lang])}</a></blockquote>` +
    `<iframe src="${escapeHtml(page.href)}" title="${escapeHtml(title)}"` +
    ` width="${width}" height="${height}" frameborder="0" loading="lazy"` +
    ` sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"` +
    ` referrerpolicy="no-referrer"></iframe>`;
  const body = JSON.stringify({
    version: '1.0',
    type: 'rich',
    provider_name: options.providerName ?? '#1000territoiresIS',
    provider_url: providerUrl,
    title,
    html,
    width,
    height,
    cache_age: 3600,
  });
  return answer(200, method === 'HEAD' ? '' : body, 'application/json; charset=utf-8');
}
