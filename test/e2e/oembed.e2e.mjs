/**
 * oEmbed as WordPress uses it: scripts/oembed-server.mjs (in-process, on its own origin) serves
 * the built embed page with its discovery link; the test follows the link to the endpoint,
 * rewrites the returned HTML the way WordPress's `wp_filter_oembed_result` does (attributes
 * filtered, `sandbox="allow-scripts"`, `#?secret=…`, iframe hidden behind the blockquote), and
 * renders it in a host page whose script does what wp-embed.js does with the handshake.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startOembedServer } from '../../scripts/oembed-server.mjs';
import { assert, assertEqual, createSuite, openPage } from './harness.mjs';

export const suite = createSuite();

function ensureBuilt() {
  if (existsSync('dist/demo/embed.html') && existsSync('dist/demo/feed.json')) return;
  const result = spawnSync('node', ['scripts/build-demo.js'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  assert(result.status === 0, 'scripts/build-demo.js failed');
}

/** A JavaScript port of what WordPress 6.x does to an untrusted provider's oEmbed HTML. */
function wordpressFilter(html, secret) {
  const kept = [
    'src',
    'width',
    'height',
    'frameborder',
    'marginwidth',
    'marginheight',
    'scrolling',
    'title',
  ];
  const match = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(html);
  assert(match?.[2], 'WordPress needs an iframe in the html');
  const iframe = match[2].replace(/\s([a-z-]+)="([^"]*)"/g, (all, name) =>
    kept.includes(name) ? all : '',
  );
  const withSecret = iframe.replace(
    / src="([^"]*)"/,
    (_all, src) => ` src="${src}#?secret=${secret}" data-secret="${secret}"`,
  );
  let out =
    (match[1] ?? '').replace('<blockquote', `<blockquote data-secret="${secret}"`) + withSecret;
  if (match[1]) {
    out = out
      .replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"')
      .replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return out.replace(
    '<iframe',
    '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"',
  );
}

/** What wp-embed.js does on the host page (height clamped to 200-1000 px, link hidden). */
const WP_EMBED = `
window.__messages = [];
addEventListener('message', (event) => {
  const data = event.data;
  window.__messages.push(data);
  if (!data || !(data.secret || data.message || data.value)) return;
  if (/[^a-zA-Z0-9]/.test(data.secret)) return;
  for (const quote of document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]'))
    quote.style.display = 'none';
  for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
    if (event.source !== frame.contentWindow) continue;
    frame.removeAttribute('style');
    if (data.message === 'height') {
      let height = parseInt(data.value, 10);
      if (height > 1000) height = 1000; else if (~~height < 200) height = 200;
      frame.height = height;
    }
  }
});
addEventListener('load', () => {
  for (const frame of document.querySelectorAll('iframe.wp-embedded-content[data-secret]'))
    frame.contentWindow.postMessage({ message: 'ready', secret: frame.dataset.secret }, '*');
});`;

suite.test(
  'a pasted embed URL: discovery, endpoint, and the WordPress secret handshake in its sandbox',
  async ({ server, browser }) => {
    ensureBuilt();
    const oembed = await startOembedServer({ root: 'dist/demo' });
    try {
      const pageUrl = `${oembed.origin}/embed.html?widget=banner&network=cis&show-count&src=./feed.json`;
      const page0 = await fetch(pageUrl);
      assertEqual(page0.status, 200, 'embed page');
      const link = /<link\b[^>]*\stype="application\/json\+oembed"[^>]*\shref="([^"]*)"/.exec(
        await page0.text(),
      );
      assert(link, 'discovery link in the static HTML');
      const endpoint = link[1].replaceAll('&amp;', '&');
      assertEqual(new URL(endpoint).searchParams.get('url'), pageUrl, 'the link names the page');
      const answer = await fetch(`${endpoint}&maxwidth=640&maxheight=800`);
      assertEqual(answer.status, 200, 'endpoint');
      assertEqual(answer.headers.get('access-control-allow-origin'), '*', 'CORS');
      const data = await answer.json();
      assertEqual([data.type, data.version, data.width], ['rich', '1.0', 600], 'rich answer');

      const secret = 'Ab3dE6gH9k';
      const body = `<h1>Article</h1>${wordpressFilter(data.html, secret)}<p>Suite.</p>`;
      server.routes.set('/e2e/wordpress-post.html', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title></head><body>${body}<script>${WP_EMBED}</script></body></html>`,
        );
      });
      const { page, context, record } = await openPage(
        browser,
        `${server.origin}/e2e/wordpress-post.html`,
      );
      try {
        const iframe = await page.$('iframe.wp-embedded-content');
        assertEqual(await iframe.getAttribute('sandbox'), 'allow-scripts', 'WordPress sandbox');
        const frame = await iframe.contentFrame();
        await frame.waitForFunction(
          () => document.querySelector('tis-banner')?.shadowRoot?.textContent.trim(),
          null,
          { timeout: 20000 },
        );
        await page.waitForFunction(
          (secret) => window.__messages.some((m) => m.message === 'height' && m.secret === secret),
          secret,
          { timeout: 10000 },
        );
        await page.waitForTimeout(800); // the count-up and the feed settle
        const message = await page.evaluate(() =>
          window.__messages.findLast((m) => m.message === 'height'),
        );
        assertEqual(message.secret, secret, 'the secret echoed');
        assert(Number.isInteger(message.value) && message.value > 0, 'a height in pixels');
        // Shown: the link is hidden and the frame takes the reported height (within 200-1000).
        const state = await page.evaluate(() => ({
          quote: getComputedStyle(document.querySelector('blockquote')).display,
          style: document.querySelector('iframe').getAttribute('style'),
          height: document.querySelector('iframe').getBoundingClientRect().height,
        }));
        assertEqual(state.quote, 'none', 'fallback link hidden once the frame answered');
        assertEqual(state.style, null, 'frame no longer visually hidden');
        assertEqual(
          state.height,
          Math.min(1000, Math.max(200, message.value)),
          'frame height from the handshake',
        );
        // A "ready" from the parent gets the height again (wp-embed.js sends it on load); one
        // with another secret does not. The plain resize message still goes out.
        const count = () =>
          page.evaluate(() => window.__messages.filter((m) => m.message === 'height').length);
        const before = await count();
        await page.evaluate((secret) => {
          const win = document.querySelector('iframe').contentWindow;
          win.postMessage({ message: 'ready', secret: 'other' }, '*');
          win.postMessage({ message: 'ready', secret }, '*');
        }, secret);
        await page.waitForFunction(
          (n) => window.__messages.filter((m) => m.message === 'height').length > n,
          before,
          { timeout: 5000 },
        );
        await page.waitForTimeout(200);
        assertEqual(await count(), before + 1, 'one answer to the matching "ready"');
        assert(
          (await page.evaluate(() => window.__messages)).some((m) => m.type === 'tis:embed-height'),
          'tis:embed-height still posted',
        );
        // Inside WordPress's sandbox: no cookies, no storage, and the page still works.
        const access = await frame.evaluate(() => {
          const tryIt = (fn) => {
            try {
              fn();
              return 'allowed';
            } catch {
              return 'denied';
            }
          };
          return {
            cookie: tryIt(() => document.cookie),
            storage: tryIt(() => localStorage.length),
            session: tryIt(() => sessionStorage.length),
            hash: location.hash,
          };
        });
        assertEqual(
          [access.cookie, access.storage, access.session],
          ['denied', 'denied', 'denied'],
          'no cookies and no storage in the frame',
        );
        assertEqual(access.hash, `#?secret=${secret}`, 'the secret arrived in the fragment');
        assertEqual(record.errors, [], 'no uncaught errors on the host page');
      } finally {
        await context.close();
      }
    } finally {
      await oembed.close();
    }
  },
);

suite.test(
  'without the handshake the fallback link stays: a frame with no secret posts none',
  async ({ server, browser }) => {
    ensureBuilt();
    const oembed = await startOembedServer({ root: 'dist/demo' });
    try {
      const src = `${oembed.origin}/embed.html?widget=territory-counter&src=./feed.json`;
      server.routes.set('/e2e/no-secret.html', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title></head><body><blockquote data-secret="zz"><a href="https://www.carrefourdesinnovationssociales.fr/">lien</a></blockquote><iframe data-secret="zz" src="${src}" sandbox="allow-scripts" title="t"></iframe><script>${WP_EMBED}</script></body></html>`,
        );
      });
      const { page, context } = await openPage(browser, `${server.origin}/e2e/no-secret.html`);
      try {
        await page.waitForFunction(
          () => window.__messages.some((m) => m.type === 'tis:embed-height'),
          null,
          { timeout: 10000 },
        );
        const messages = await page.evaluate(() => window.__messages);
        assertEqual(
          messages.filter((m) => 'secret' in m || m.message !== undefined),
          [],
          'no handshake message without a secret',
        );
        assert(await page.isVisible('blockquote a'), 'the link stays visible');
      } finally {
        await context.close();
      }
    } finally {
      await oembed.close();
    }
  },
);
