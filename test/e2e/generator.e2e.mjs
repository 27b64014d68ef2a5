/**
 * Issue 16, points 7 and 8, on the built snippet generator (dist/demo/generator.html): the
 * iframe snippet points at the built embed page (or the partner's copy), every snippet follows
 * a self-hosted base URL, the preview names its feed, embed.html never leaves a blank frame,
 * and several widgets share one loader script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { assert, assertEqual, createSuite, openPage } from './harness.mjs';

export const suite = createSuite();

async function openGenerator(browser, server) {
  assert(existsSync('dist/demo/generator.html'), 'run npm run build first');
  const opened = await openPage(browser, `${server.origin}/dist/demo/generator.html`);
  await opened.page.waitForFunction(
    () => document.querySelector('#network').options.length > 1,
    null,
    { timeout: 20000 },
  );
  return opened;
}

suite.test(
  'the iframe snippet uses the built embed page, and a base URL moves every snippet',
  async ({ server, browser }) => {
    const { page, context } = await openGenerator(browser, server);
    const iframe = await page.inputValue('#snippet-iframe');
    assert(
      iframe.includes(`src="${server.origin}/dist/demo/embed.html?widget=banner`),
      `built embed page: ${iframe}`,
    );
    assert(
      (await page.textContent('#preview-feed')).includes(
        `${server.origin}/dist/demo/published/index.json`,
      ),
      'the preview names its feed',
    );
    await page.fill('#base-url', 'https://static.example.org/tis/');
    const script = await page.inputValue('#snippet-script');
    const moved = await page.inputValue('#snippet-iframe');
    assert(
      script.includes('src="https://static.example.org/tis/cdn/banner.js"'),
      `script: ${script}`,
    );
    assert(!script.includes('cdn.jsdelivr.net'), 'no jsDelivr URL left in the script snippet');
    assert(
      moved.includes('src="https://static.example.org/tis/demo/embed.html?widget=banner'),
      moved,
    );
    assert(moved.includes('src="https://static.example.org/tis/cdn/embed-resize.js"'), moved);
    await context.close();
  },
);

suite.test(
  'several widgets: one loader script tag, then one element each',
  async ({ server, browser }) => {
    const { page, context } = await openGenerator(browser, server);
    await page.check('input[name="widget"][value="banner"]');
    await page.click('#add-to-page');
    await page.check('input[name="widget"][value="event-calendar"]');
    await page.click('#add-to-page');
    await page.check('input[name="widget"][value="territory-counter"]');
    await page.click('#add-to-page');
    const snippet = await page.inputValue('#snippet-page');
    assertEqual(snippet.match(/<script type="module"/g)?.length, 1, 'module scripts');
    assert(snippet.includes('/dist/cdn/widgets.js"'), snippet);
    for (const tag of ['tis-banner', 'tis-event-calendar', 'tis-territory-counter'])
      assert(snippet.includes(`<${tag}`) && snippet.includes(`</${tag}>`), tag);

    // Pasted into a page (pointed at the local build): every widget renders from that one tag.
    const body = snippet
      .replace(
        /https:\/\/cdn\.jsdelivr\.net\/npm\/@1000territoires\/widgets@[^/]+\/dist\/cdn\//g,
        '/dist/cdn/',
      )
      .replace(/<tis-([a-z-]+)/g, `<tis-$1 src="${server.origin}/demo/feed.json"`);
    server.routes.set('/e2e/generated-page.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>p</title></head><body>${body}</body></html>`,
      );
    });
    const {
      page: pasted,
      context: other,
      record,
    } = await openPage(browser, `${server.origin}/e2e/generated-page.html`);
    await pasted.waitForFunction(
      () =>
        ['tis-banner', 'tis-event-calendar', 'tis-territory-counter'].every((tag) =>
          document.querySelector(tag)?.shadowRoot?.textContent.trim(),
        ),
      null,
      { timeout: 15000 },
    );
    const loaders = record.requests.filter((url) => url.endsWith('/dist/cdn/widgets.js'));
    assertEqual(loaders.length, 1, 'the loader is requested once');
    await other.close();
    await context.close();
  },
);

suite.test(
  'embed.html shows a link in its static HTML, even when no script runs',
  async ({ server, browser }) => {
    assert(
      /<main id="tis-embed">[\s\S]*<a href="https:/.test(readFileSync('demo/embed.html', 'utf8')),
    );
    const { page, context } = await openPage(
      browser,
      `${server.origin}/dist/demo/embed.html?widget=banner`,
      { context: { javaScriptEnabled: false } },
    );
    const link = page.locator('#tis-embed a[href^="https://"]');
    assertEqual(await link.count(), 1, 'fallback links without JavaScript');
    assert(await link.isVisible(), 'the fallback link is visible');
    await context.close();
  },
);
