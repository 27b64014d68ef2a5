/**
 * Shared pieces of the hardening suites (security, privacy, robustness): pages and feeds served
 * by the harness, a small valid feed built around the current time, and in-page probes that
 * look through shadow roots. Not a suite itself (run.mjs only runs `*.e2e.mjs`).
 */
import { assert } from './harness.mjs';

/** Where the built CDN files are served from (override to test another build). */
export const CDN = process.env.TIS_E2E_CDN || '/dist/cdn';
export const ES = `<script type="module" src="${CDN}/widgets.js"></script>`;
/** Every tag defined at once, before any is on the page (the loader waits for the tags). */
export const ALL = `<script type="module" src="${CDN}/all.js"></script>`;
export const IIFE = `<script src="${CDN}/widgets.iife.js"></script>`;
export const WIDGETS = [
  'tis-banner',
  'tis-territory-counter',
  'tis-initiative-feed',
  'tis-event-calendar',
];

/** The strict policy of the README: nothing inline, no eval, Trusted Types enforced. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https:; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export const page = ({ head = '', body = '', lang = 'fr', style = '' }) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>e2e</title>${
    style ? `<style>${style}</style>` : ''
  }${head}</head><body>${body}</body></html>`;

/** Serves an HTML page at `path` (with extra headers, e.g. a CSP) and returns its URL. */
export function servePage(server, path, html, headers = {}) {
  server.routes.set(path, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(html);
  });
  return `${server.origin}${path}`;
}

/**
 * Serves a feed at `path`: a value (JSON-encoded) or a raw string; `answer(n)` may return
 * `{ status, body, type, hang }` per request number to script failures. Returns a request log.
 */
export function serveFeed(server, path, body, answer = () => ({})) {
  const requests = [];
  server.routes.set(path, (req, res) => {
    requests.push({ at: Date.now(), headers: req.headers });
    const a = answer(requests.length);
    if (a.hang) return; // never answers (until the socket is closed)
    const payload = a.body ?? (typeof body === 'string' ? body : JSON.stringify(body));
    res.writeHead(a.status ?? 200, {
      'content-type': a.type ?? 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(payload);
  });
  return requests;
}

/** Serves a tiny PNG at `path`, recording each request's headers (referrer checks). */
export function serveImage(server, path) {
  const requests = [];
  // 1×1 transparent PNG.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  server.routes.set(path, (req, res) => {
    requests.push({ url: req.url, headers: req.headers });
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
    res.end(png);
  });
  return requests;
}

const DAY = 864e5;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

/** `YYYY-MM` of an instant in Paris (the calendar's `from`). */
export function parisMonth(ms) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(ms);
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}`;
}

/**
 * A small valid v1 feed: an active campaign with a logo, two networks (one with a logo), three
 * themes, a région with a département and two communes (joined), `initiatives` initiatives with
 * images and `events` events starting in an hour. Image URLs point at `imageBase`.
 */
export function smallFeed({ now = Date.now(), imageBase, initiatives = 6, events = 4 } = {}) {
  const img = (name) =>
    imageBase ? { url: `${imageBase}/${name}.png`, width: 320, height: 180 } : undefined;
  const start = Math.ceil((now + 3600e3) / 60e3) * 60e3;
  return {
    version: 1,
    generatedAt: iso(now - 3600e3),
    campaign: {
      id: 'campagne',
      hashtag: '#1000territoiresIS',
      name: {
        fr: '1000 territoires d’innovation sociale',
        en: '1000 territories of social innovation',
      },
      motto: 'Une diversité irréductible au service de grands enjeux communs.',
      url: 'https://example.org/campagne',
      goal: 1000,
      startDate: isoDate(now - 30 * DAY),
      endDate: isoDate(now + 365 * DAY),
      status: 'active',
      callToAction: { label: 'Rejoindre', url: 'https://example.org/rejoindre' },
      logo: img('logo') && { ...img('logo'), width: 48, height: 48, alt: 'Logo' },
      milestones: [250, 500, 750, 1000],
    },
    networks: [
      {
        id: 'reseau-a',
        name: 'Réseau A',
        url: 'https://example.org/a',
        color: '#18753c',
        logo: img('network') && { ...img('network'), width: 96, height: 32 },
        description: 'Le réseau A.',
      },
      { id: 'reseau-b', name: 'Réseau B', url: 'https://example.org/b' },
    ],
    themes: [
      { id: 'mobilite', label: 'Mobilité', transition: 'ecologique' },
      { id: 'emploi', label: 'Emploi', transition: 'economique' },
      { id: 'alimentation', label: 'Alimentation', transition: 'modes-de-vie' },
    ],
    territories: [
      { id: 'region:53', kind: 'region', name: 'Bretagne' },
      { id: 'departement:29', kind: 'departement', name: 'Finistère', parents: ['region:53'] },
      {
        id: 'commune:29019',
        kind: 'commune',
        name: 'Brest',
        parents: ['departement:29', 'region:53'],
        joinedAt: iso(now - 5 * DAY),
        networks: ['reseau-a'],
      },
      {
        id: 'commune:29232',
        kind: 'commune',
        name: 'Quimper',
        parents: ['departement:29', 'region:53'],
        joinedAt: iso(now - 2 * DAY),
        networks: ['reseau-b'],
      },
    ],
    initiatives: Array.from({ length: initiatives }, (_, i) => ({
      id: `reseau-a/initiative-${i}`,
      title: `Initiative numéro ${i}`,
      summary: `Résumé de l’initiative ${i}, courte et lisible.`,
      url: `https://example.org/i/${i}`,
      image: img(`initiative-${i}`) && { ...img(`initiative-${i}`), alt: `Photo ${i}` },
      network: i % 2 ? 'reseau-b' : 'reseau-a',
      territories: [i % 2 ? 'commune:29232' : 'commune:29019'],
      themes: [['mobilite', 'emploi', 'alimentation'][i % 3]],
      carrier: `Association ${i}`,
      updatedAt: iso(now - i * DAY),
    })),
    events: Array.from({ length: events }, (_, i) => ({
      id: `reseau-a/evenement-${i}`,
      title: `Rencontre ${i}`,
      description: `Description de la rencontre ${i}.`,
      url: `https://example.org/e/${i}`,
      network: 'reseau-a',
      invitedNetworks: ['reseau-b'],
      themes: ['mobilite'],
      territories: ['commune:29019'],
      start: iso(start + i * 60e3),
      end: iso(start + i * 60e3 + 3600e3),
      timeZone: 'Europe/Paris',
      attendance: 'mixed',
      location: { name: 'Salle', address: '1 rue de la Paix, Brest', territory: 'commune:29019' },
      onlineUrl: 'https://example.org/visio',
      registrationUrl: 'https://example.org/inscription',
    })),
  };
}

/** The four widgets on one feed, with their optional parts switched on. */
export function widgetsMarkup(src, { from, extra = '' } = {}) {
  const fallback = (text) => `<a href="https://example.org/campagne">${text}</a>`;
  return `
    <tis-banner src="${src}" network="reseau-a" show-event show-count dismissible ${extra}>${fallback('Campagne')}</tis-banner>
    <tis-territory-counter src="${src}" breakdown="region" no-animation ${extra}>${fallback('Territoires')}</tis-territory-counter>
    <tis-initiative-feed src="${src}" ${extra}>${fallback('Initiatives')}</tis-initiative-feed>
    <tis-event-calendar src="${src}" view="month" ${from ? `from="${from}"` : ''} ${extra}>${fallback('Agenda')}</tis-event-calendar>`;
}

/**
 * Waits until every element matching `selector` is upgraded, its feed has settled (`ready` or
 * `error`) and it has rendered that state.
 */
export async function settled(page, selector = WIDGETS.join(','), timeout = 15000) {
  await page.waitForFunction(
    (sel) => {
      const all = [...document.querySelectorAll(sel)];
      return (
        all.length > 0 &&
        all.every((el) => {
          if (customElements.get(el.localName) !== el.constructor || !el.shadowRoot) return false;
          const status = el.feedController?.state?.status;
          return (status === 'ready' || status === 'error') && !el.isUpdatePending;
        })
      );
    },
    selector,
    { timeout },
  );
}

/**
 * In-page scan of everything the widgets rendered (inside the shadow roots of the elements
 * matching `selector`, nested ones included) for what hostile content could have smuggled in:
 * URL attributes outside http(s)/blob:, event-handler attributes, script-capable elements, and
 * CSS `url()`/`expression` in style attributes. The light DOM is the partner's page (its
 * fallback links, our script tag): not ours to judge. Returns a list of offences.
 */
export async function scanDom(page, selector = '*') {
  return page.evaluate((sel) => {
    const offences = [];
    const URL_ATTRS = [
      'href',
      'src',
      'srcset',
      'action',
      'formaction',
      'poster',
      'data',
      'xlink:href',
      'background',
      'ping',
      'cite',
      'longdesc',
    ];
    const FORBIDDEN = [
      'script',
      'iframe',
      'object',
      'embed',
      'frame',
      'base',
      'meta',
      'link',
      'foreignobject',
    ];
    const check = (el) => {
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        const value = attr.value.trim();
        if (name.startsWith('on')) offences.push(`${el.localName} has ${name}`);
        if (URL_ATTRS.includes(name) && value !== '') {
          // A fragment (#id) is the widgets' own in-page navigation.
          const ok =
            /^(https?:\/\/[^/]|blob:)/i.test(value) || (name === 'href' && /^#[\w-]*$/.test(value));
          if (!ok) offences.push(`${el.localName} ${name}=${value.slice(0, 60)}`);
        }
        if (name === 'style' && /url\(|expression|javascript:/i.test(value))
          offences.push(`${el.localName} style=${value.slice(0, 60)}`);
      }
      if (FORBIDDEN.includes(el.localName))
        offences.push(`element <${el.localName}> inside a widget`);
    };
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        check(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    for (const host of document.querySelectorAll(sel)) if (host.shadowRoot) walk(host.shadowRoot);
    return offences;
  }, selector);
}

/**
 * In-page layout check of every widget matching `selector`: it is no wider than its container,
 * its content does not overflow sideways, it is not zero-height, and the page gets no
 * horizontal scrollbar. Returns a list of offences.
 */
export async function checkLayout(page, selector = WIDGETS.join(',')) {
  return page.evaluate((sel) => {
    const offences = [];
    for (const el of document.querySelectorAll(sel)) {
      const name = `${el.localName}${el.id ? `#${el.id}` : ''}`;
      const box = el.getBoundingClientRect();
      const parent = el.parentElement.getBoundingClientRect();
      const root = el.shadowRoot?.querySelector('.root');
      const hidden = getComputedStyle(el).display === 'none' || !el.shadowRoot?.firstElementChild;
      if (hidden) continue;
      if (box.width > parent.width + 1)
        offences.push(`${name} is ${box.width}px wide in ${parent.width}px`);
      if (root && root.scrollWidth > root.clientWidth + 1)
        offences.push(`${name} content overflows: ${root.scrollWidth} > ${root.clientWidth}`);
      const fixed = ['top', 'bottom', 'corner'].includes(el.getAttribute('variant'));
      if (!fixed && box.height < 8) offences.push(`${name} is ${box.height}px high`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      offences.push(
        `page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`,
      );
    return offences;
  }, selector);
}

export function assertNone(list, message) {
  assert(
    list.length === 0,
    `${message}:\n        ${list.slice(0, 12).join('\n        ')}${list.length > 12 ? `\n        … ${list.length - 12} more` : ''}`,
  );
}

/**
 * A suite whose tests can be narrowed with `TIS_E2E_GREP=<part of a name>` while working on
 * them (the others count as skipped).
 */
export function createHardeningSuite(createSuite) {
  const inner = createSuite();
  const pending = [];
  let skipped = 0;
  return {
    test(name, fn) {
      const grep = process.env.TIS_E2E_GREP;
      if (grep && !name.includes(grep)) skipped += 1;
      else
        inner.test(name, async (context) => {
          try {
            await fn(context);
          } catch (error) {
            // The harness prints four lines; TIS_E2E_VERBOSE=1 prints the whole message.
            if (process.env.TIS_E2E_VERBOSE) console.log(String(error?.message ?? error));
            throw error;
          }
        });
    },
    /**
     * A promise the widgets do not keep yet: the test runs and prints what it measured, and
     * counts as skipped (with `why`) while it fails, as passed once it holds.
     */
    known(name, why, fn) {
      const grep = process.env.TIS_E2E_GREP;
      if (grep && !name.includes(grep)) {
        skipped += 1;
        return;
      }
      pending.push({ name, why, fn });
    },
    async run(context) {
      const counts = await inner.run(context);
      for (const { name, why, fn } of pending) {
        try {
          await fn(context);
          counts.passed += 1;
          console.log(`  ✓ ${name} (known gap now closed: remove the mark)`);
        } catch (error) {
          counts.skipped += 1;
          console.log(
            `  - ${name}: SKIPPED, known gap: ${why}\n      ${String(error?.message ?? error)
              .split('\n')[0]
              .slice(0, 400)}`,
          );
        }
      }
      return { ...counts, skipped: counts.skipped + skipped };
    },
  };
}
