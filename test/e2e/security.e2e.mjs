/**
 * Security promises, on the built CDN files in Chromium:
 * - the bundles hold no eval, `new Function`, string timers or HTML string sinks (but Lit's one
 *   template sink, fed only by our own templates through the `lit-html` Trusted Types policy);
 * - under the strict CSP of the README (Trusted Types enforced), every widget renders styled and
 *   stays violation-free in all its interactive states;
 * - hostile feed content in every text and URL field of every item kind runs nothing, leaves no
 *   unsafe URL or handler in the DOM, renders as text, and does not break the layout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, assertEqual, createSuite, openPage } from './harness.mjs';
import {
  CDN,
  ES,
  IIFE,
  STRICT_CSP,
  assertNone,
  checkLayout,
  createHardeningSuite,
  page,
  parisMonth,
  scanDom,
  serveFeed,
  serveImage,
  servePage,
  settled,
  smallFeed,
  widgetsMarkup,
} from './hardening.mjs';

export const suite = createHardeningSuite(createSuite);

/** Sinks that turn a string into code or markup. */
const FORBIDDEN = [
  ['eval(', /(^|[^\w$.])eval\s*\(/g],
  ['new Function', /new\s+Function\b/g],
  ['Function(', /(^|[^\w$.])Function\s*\(/g],
  ['string timer', /set(Timeout|Interval)\s*\(\s*["'`]/g],
  ['innerHTML', /\.innerHTML\s*=/g],
  ['outerHTML', /outerHTML/g],
  ['insertAdjacentHTML', /insertAdjacentHTML/g],
  ['document.write', /document\.write/g],
  ['createContextualFragment', /createContextualFragment/g],
  ['srcdoc', /srcdoc/g],
  ['javascript: URL', /["'`]javascript:/gi],
];
/** Lit's template sink: `createElement("template")` then `.innerHTML = <TrustedHTML>`. */
const LIT_TEMPLATE_SINK =
  /createElement\(\s*[`"']template[`"']\s*\)\s*;\s*return\s+([\w$]+)\.innerHTML\s*=\s*[\w$]+\s*,\s*\1\s*\}/g;

suite.test('the built files hold no eval, Function, string timer or HTML string sink', async () => {
  const dir = join('.', CDN);
  const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
  assert(
    files.includes('widgets.js') && files.includes('widgets.iife.js'),
    `bundles in ${dir}: ${files}`,
  );
  const found = [];
  for (const name of files) {
    const code = readFileSync(join(dir, name), 'utf8');
    const litSinks = (code.match(LIT_TEMPLATE_SINK) ?? []).length;
    for (const [label, pattern] of FORBIDDEN) {
      let count = (code.match(pattern) ?? []).length;
      if (label === 'innerHTML') count -= litSinks;
      if (count > 0) found.push(`${name}: ${label} ×${count}`);
    }
    // Lit's sink is there exactly once per bundle that renders (not in a bundle without Lit).
    if (code.includes('lit-html'))
      assert(litSinks === 1, `${name}: expected Lit's one template sink, found ${litSinks}`);
  }
  assertEqual(found, [], 'forbidden sinks');
});

/** Records string timers and Trusted Types / CSP failures at run time too. */
const watchSinks = () => {
  window.__stringTimers = 0;
  for (const name of ['setTimeout', 'setInterval']) {
    const original = window[name];
    window[name] = function (handler, ...rest) {
      if (typeof handler === 'string') window.__stringTimers += 1;
      return original.call(this, handler, ...rest);
    };
  }
};

async function interact(p) {
  // Feed: type in the search, open the themes, pick one, clear.
  const feed = p.locator('tis-initiative-feed').first();
  await feed.locator('input[type="search"]').first().fill('Initiative');
  await p.waitForTimeout(250);
  await feed.locator('input[type="search"]').first().press('Enter');
  const disclosure = feed.locator('summary, button[aria-expanded]').first();
  if (await disclosure.count()) await disclosure.click();
  // Calendar: open an event from the month grid, then close the dialog with Escape.
  const calendar = p.locator('tis-event-calendar').first();
  await calendar.locator('.chip').first().click();
  await calendar.locator('dialog[open]').waitFor();
  await p.keyboard.press('Escape');
  await calendar.locator('.nav-button').last().click();
  // Banner: dismiss it (localStorage write, focus move).
  await p.locator('tis-banner').first().locator('button.close').click();
}

suite.test(
  'strict CSP with Trusted Types: all widgets styled, interactive, zero violations',
  async ({ server, browser }) => {
    const now = Date.now();
    const images = serveImage(server, '/e2e/sec/img/logo.png');
    for (const name of ['network', ...Array.from({ length: 6 }, (_, i) => `initiative-${i}`)])
      serveImage(server, `/e2e/sec/img/${name}.png`);
    serveFeed(
      server,
      '/e2e/sec/feed.json',
      smallFeed({ now, imageBase: `${server.origin}/e2e/sec/img` }),
    );
    const from = parisMonth(now + 3600e3);
    const body = `${widgetsMarkup('/e2e/sec/feed.json', { from })}
    <tis-banner id="corner" src="/e2e/sec/feed.json" variant="corner"></tis-banner>
    <tis-feed src="/e2e/sec/feed.json"><tis-territory-counter id="in-provider"></tis-territory-counter></tis-feed>`;
    for (const [label, script] of [
      ['ES module', ES],
      ['classic script', IIFE],
    ]) {
      const url = servePage(
        server,
        `/e2e/sec/csp-${label.replace(' ', '-')}.html`,
        page({ head: script, body }),
        {
          'content-security-policy': STRICT_CSP,
        },
      );
      const { page: p, context, record } = await openPage(browser, url);
      await p.addInitScript(watchSinks);
      await p.reload();
      await settled(p);
      await p.waitForFunction(() =>
        [...document.querySelectorAll('tis-initiative-feed')].every((el) =>
          [...el.shadowRoot.querySelectorAll('img')].every((img) => img.complete),
        ),
      );
      // Styled: constructed sheets adopted, and their rules apply (not the user-agent defaults).
      const unstyled = await p.evaluate(() =>
        [
          ...document.querySelectorAll(
            'tis-banner, tis-territory-counter, tis-initiative-feed, tis-event-calendar',
          ),
        ]
          .filter((el) => {
            const root = el.shadowRoot?.querySelector('.root');
            return (
              !el.shadowRoot?.adoptedStyleSheets.length ||
              !root ||
              getComputedStyle(root).lineHeight === 'normal'
            );
          })
          .map((el) => el.localName + (el.id ? `#${el.id}` : '')),
      );
      assertEqual(unstyled, [], `${label}: unstyled widgets`);
      await interact(p);
      await p.locator('#corner').locator('button.toggle').click();
      await p.waitForTimeout(200);
      const report = await p.evaluate(() => ({
        violations: window.__cspViolations,
        stringTimers: window.__stringTimers,
        bannerGone: !document.querySelector('tis-banner').shadowRoot.querySelector('section'),
        cornerOpen: document
          .querySelector('#corner')
          .shadowRoot.querySelector('button.toggle')
          ?.getAttribute('aria-expanded'),
      }));
      assertEqual(report.violations, [], `${label}: CSP violations`);
      assertEqual(report.stringTimers, 0, `${label}: string timers`);
      assert(report.bannerGone, `${label}: the banner was dismissed`);
      assertEqual(report.cornerOpen, 'true', `${label}: the corner banner opened`);
      assertEqual(record.errors, [], `${label}: uncaught errors`);
      assertEqual(record.consoleErrors, [], `${label}: console errors`);
      await context.close();
    }
    assert(images.length > 0, 'images were loaded under img-src');
  },
);

// ---------------------------------------------------------------------------------------------
// Hostile feed content.

const FLAG = (tag) => `window.top.__pwned='${tag}'`;

/** Text payloads: markup, handlers, templates, entities, bidi tricks, sizes, nesting. */
const NESTED = '__NESTED__';
const JUNK = '__JUNK__';
/** JSON text with the markers replaced by deep nesting (too deep for JSON.stringify in Node). */
const toJson = (feed) =>
  JSON.stringify(feed)
    .replaceAll(`"${NESTED}"`, `${'['.repeat(5000)}"deep"${']'.repeat(5000)}`)
    .replaceAll(`"${JUNK}"`, `${'{"junk":'.repeat(3000)}[]${'}'.repeat(3000)}`);

function textPayloads() {
  return [
    `<img src=x onerror="${FLAG('img')}">`,
    `<script>${FLAG('script')}</script>`,
    `"><svg/onload=${FLAG('svg')}>`,
    `'><iframe srcdoc="<script>${FLAG('iframe')}</script>">`,
    `<a href="javascript:${FLAG('a')}">clic</a><style>*{display:none!important}</style>`,
    `{{constructor.constructor('${FLAG('tpl')}')()}} \${${FLAG('tpl2')}} <!-- --!> <?x?>`,
    `&lt;b&gt;gras&lt;/b&gt; &#x3C;script&#x3E; &amp;amp; &#0;`,
    `\u202Egnp.exe\u202C \u2067مرحبا\u2069 \u200F\u061C droite`,
    `W${'W'.repeat(188)}`,
    `Z\u0338\u0322\u031B\u035A\u0356\u032F\u032B\u0330\u030D\u0344\u030F\u0312\u0306a`.repeat(12),
    `</tis-banner><tis-banner src="javascript:${FLAG('tag')}"></tis-banner>`,
    `a\u0000b\r\nc\u2028d\u2029e\uFEFF\uFFFDf\uD800g`,
    `javascript:${FLAG('text-url')}`,
    `<math><mi xlink:href="javascript:${FLAG('math')}">x</mi></math>`,
    // These two make every item they touch invalid (too long, not text): dropped, not shown.
    'x'.repeat(100_000),
    NESTED,
  ];
}

/** URL payloads: scripts in many spellings, data:, vbscript:, relative, SVG, sizes. */
function urlPayloads(origin) {
  return [
    `javascript:${FLAG('js')}`,
    `JaVaScRiPt:${FLAG('case')}`,
    `  javascript:${FLAG('space')}`,
    `java\tscript:${FLAG('tab')}`,
    `java\nscript:${FLAG('newline')}`,
    `\u0001javascript:${FLAG('control')}`,
    `javascript&colon;${FLAG('entity')}`,
    `&#106;avascript:${FLAG('entity2')}`,
    `%6Aavascript:${FLAG('percent')}`,
    `data:text/html,<script>${FLAG('data')}</script>`,
    `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${FLAG('svg-data')}"/>`,
    `vbscript:msgbox("x")`,
    `//evil.invalid/x.png`,
    `${origin}/e2e/hostile/evil.svg`,
    `${origin}/e2e/hostile/img.png?"><img src=x onerror=${FLAG('query')}>`,
    `https:\\\\evil.invalid\\x`,
    `/e2e/hostile/relative.png`,
    `file:///etc/passwd`,
    `https://evil.invalid/\u202Egnp.exe`,
    `${origin}/${'y'.repeat(100_000)}`,
  ];
}

/** Puts `text` in every text field and `url` in every URL field of every kind of item. */
function poison(feed, text, url) {
  const image = (img) => ({ ...img, url, alt: text });
  const c = feed.campaign;
  Object.assign(c, {
    hashtag: text,
    name: text,
    motto: text,
    url,
    callToAction: { label: text, url },
    logo: image(c.logo ?? { width: 48, height: 48 }),
  });
  for (const n of feed.networks)
    Object.assign(n, {
      name: text,
      description: text,
      url,
      logo: image(n.logo ?? { width: 96, height: 32 }),
    });
  for (const t of feed.themes) t.label = text;
  for (const t of feed.territories) t.name = text;
  for (const i of feed.initiatives)
    Object.assign(i, {
      title: text,
      summary: text,
      carrier: text,
      url,
      image: image(i.image ?? { width: 320, height: 180 }),
    });
  for (const e of feed.events) {
    Object.assign(e, {
      title: text,
      description: text,
      url,
      onlineUrl: url,
      registrationUrl: url,
      location: { ...e.location, name: text, address: text },
      parts: [{ title: text, start: e.start, end: e.end }],
    });
  }
  // Junk the schema does not know about, deeply nested, on every item.
  for (const item of [c, ...feed.networks, ...feed.initiatives, ...feed.events])
    item['x-junk'] = JUNK;
  return feed;
}

suite.test(
  'hostile feed content runs nothing, leaks no unsafe URL, renders as text, keeps the layout',
  async ({ server, browser }) => {
    const now = Date.now();
    const texts = textPayloads();
    const urls = urlPayloads(server.origin);
    // Every payload meets a kept item; the item killers (100 kB, nesting) get the last two sets.
    const plainTexts = texts.length - 2;
    const plainUrls = urls.length - 1;
    const count = Math.max(plainTexts, plainUrls) + 2;
    const payloadsOf = (k) => {
      if (k === count - 2) return [texts[plainTexts], urls[plainUrls]];
      if (k === count - 1) return [texts[plainTexts + 1], urls[k % plainUrls]];
      return [texts[k % plainTexts], urls[k % plainUrls]];
    };
    serveImage(server, '/e2e/hostile/img.png');
    server.routes.set('/e2e/hostile/evil.svg', (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/svg+xml' });
      res.end(
        `<svg xmlns="http://www.w3.org/2000/svg" onload="${FLAG('svg-file')}"><script>${FLAG('svg-script')}</script></svg>`,
      );
    });
    const from = parisMonth(now + 3600e3);
    let body = '';
    for (let k = 0; k < count; k++) {
      const [text, url] = payloadsOf(k);
      const feed = poison(smallFeed({ now, initiatives: 2, events: 2 }), text, url);
      serveFeed(server, `/e2e/hostile/feed-${k}.json`, toJson(feed));
      const src = `/e2e/hostile/feed-${k}.json`;
      body += `<section class="set" id="set-${k}">
      ${widgetsMarkup(src, { from })}
      <tis-event-calendar src="${src}" event="reseau-a/evenement-0"></tis-event-calendar>
    </section>`;
    }
    const html = page({
      body,
      style: '.set { width: 720px; margin: 0 0 2rem; border: 1px dashed #999 }',
    });
    const {
      page: p,
      context,
      record,
    } = await openPage(browser, servePage(server, '/e2e/hostile/page.html', page({ body: '' })));
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    await p.addInitScript(() => {
      for (const name of ['alert', 'confirm', 'prompt', 'print', 'open'])
        window[name] = () => (window.top.__pwned = name);
    });
    await p.goto(
      servePage(server, '/e2e/hostile/page.html', `${html.replace('</head>', `${ES}</head>`)}`),
    );
    const t0 = Date.now();
    await settled(
      p,
      'tis-banner, tis-territory-counter, tis-initiative-feed, tis-event-calendar',
      30000,
    );
    if (process.env.TIS_E2E_VERBOSE) console.log('settled', Date.now() - t0);
    // Every state a visitor can reach: each calendar's first event opened in its dialog (scanned
    // while open), and each search box typed into. Driven in the page: 100 widgets are slow to
    // reach one by one through the automation protocol.
    const dialogs = await p.evaluate(
      async (sets) => {
        const opened = [];
        for (let k = 0; k < sets.length; k++) {
          const calendar = document.querySelector(`#set-${k} tis-event-calendar[view="month"]`);
          const chip = calendar.shadowRoot.querySelector('.chip');
          if (chip) {
            chip.click();
            await calendar.updateComplete;
            const dialog = calendar.shadowRoot.querySelector('dialog');
            opened.push(Boolean(dialog?.open));
            window.__openDialogs = (window.__openDialogs ?? 0) + 1;
          }
          const search = document
            .querySelector(`#set-${k} tis-initiative-feed`)
            .shadowRoot.querySelector('input[type="search"]');
          if (search) {
            search.value = sets[k];
            search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          }
        }
        await new Promise((done) => setTimeout(done, 300));
        return opened;
      },
      Array.from({ length: count }, (_, k) => String(payloadsOf(k)[0]).slice(0, 100)),
    );
    assert(dialogs.length >= count - 2 && dialogs.every(Boolean), `dialogs opened: ${dialogs}`);
    // All the dialogs are still open: scanned below together with everything else.
    if (process.env.TIS_E2E_VERBOSE) console.log('interacted', Date.now() - t0);
    await p.waitForTimeout(300);
    const flag = await p.evaluate(() => window.__pwned);
    assertEqual(flag, undefined, 'page-level flag (something executed)');
    assertNone(await scanDom(p), 'unsafe DOM');
    assertNone(await checkLayout(p), 'layout at 720 px');
    // And in a phone-sized column (the dialogs closed first: they are modal).
    await p.evaluate(() => {
      for (const dialog of document.querySelectorAll('*'))
        dialog.shadowRoot?.querySelector('dialog[open]')?.close();
    });
    await p.addStyleTag({ content: '.set { width: 320px !important }' });
    await p.waitForTimeout(300);
    assertNone(await checkLayout(p), 'layout at 320 px');
    // Markup in the feed shows as the very characters, not as elements.
    const shownAsText = await p.evaluate(() => {
      const root = document.querySelector('#set-0 tis-initiative-feed').shadowRoot;
      return (
        root.textContent.includes('<img src=x onerror=') && !root.querySelector('img[src="x"]')
      );
    });
    assert(shownAsText, 'markup renders as text');
    const kept = await p.evaluate(() =>
      [...document.querySelectorAll('tis-initiative-feed')].map(
        (el) => el.feedController.state.feed?.initiatives.length ?? 0,
      ),
    );
    // Sets 0..count-3 keep both initiatives (only their links go); the last two drop them.
    assertEqual(kept, [...Array(count - 2).fill(2), 0, 0], 'initiatives kept per set');
    // Other hosts: only the feed's own http(s) image URLs (a feed may host its images anywhere).
    const allowed = new Set(
      urls.filter((u) => /^https?:\/\//i.test(u.trim())).map((u) => new URL(u.trim()).href),
    );
    const foreign = record.requests.filter(
      (url) => !url.startsWith(server.origin) && !allowed.has(url),
    );
    assertEqual(foreign, [], 'requests to other hosts');
    const relative = record.requests.filter((url) => url.includes('relative.png'));
    assertEqual(relative, [], 'requests for relative image URLs');
    assertEqual(record.errors, [], 'uncaught errors');
    // The one http image URL with markup in its query is kept, percent-encoded, as a plain src.
    const encoded = await p.evaluate(() => {
      const found = [];
      for (const host of document.querySelectorAll('tis-initiative-feed'))
        for (const img of host.shadowRoot.querySelectorAll('img'))
          if (img.src.includes('img.png?')) found.push(img.getAttribute('src'));
      return found;
    });
    assert(
      encoded.length > 0 &&
        encoded.every((src) => src.includes('?%22%3E%3Cimg%20src=x%20onerror=')),
      `encoded image URL: ${encoded}`,
    );
    await context.close();
  },
);
