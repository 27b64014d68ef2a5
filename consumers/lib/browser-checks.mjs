/**
 * Runs the framework apps (lib/frameworks.mjs) in headless Chromium and checks what the docs
 * promise: the widgets render from the feed, a visitor's choice in a widget reaches the
 * framework's state (the `<p>` the example renders from it), and the boolean options are on.
 * Pages are served from the built files through Playwright's routing, at http://consumer.test/;
 * both feed URLs of the examples (the default public feed and https://example.org/feed.json)
 * answer with demo/feed.json; images get a 1×1 GIF; any other request fails the check.
 */
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { ROOT } from './paths.mjs';

const ORIGIN = 'http://consumer.test';
const FEEDS = new Set([
  'https://1000territoires.github.io/feed/v1/index.json',
  'https://example.org/feed.json',
]);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const GIF = Buffer.from('R0lGODlhAQABAAAAACH5BAEAAAAALAAAAAABAAEAAAIBAAA=', 'base64');
const feed = () => readFileSync(join(ROOT, 'demo', 'feed.json'));

/** The territory the visitor types in the initiative feed's search, and the id it selects. */
const PICK = { name: 'Brest', id: 'commune:29019' };

/** Normalised text of a widget's shadow root (or of a light-DOM selector when not a tag). */
const shadowText = (page, selector) =>
  page.evaluate(
    (sel) =>
      (document.querySelector(sel)?.shadowRoot ?? document.querySelector(sel))?.textContent
        ?.replace(/\s+/g, ' ')
        .trim() ?? '',
    selector,
  );

async function waitText(page, selector, pattern, what) {
  try {
    await page.waitForFunction(
      ([sel, source]) => {
        const el = document.querySelector(sel);
        const text = (el?.shadowRoot ?? el)?.textContent?.replace(/\s+/g, ' ') ?? '';
        return new RegExp(source).test(text);
      },
      [selector, pattern.source],
      { timeout: 20000 },
    );
  } catch {
    throw new Error(
      `${what}: ${selector} never showed /${pattern.source}/ (it shows "${(await shadowText(page, selector)).slice(0, 160)}")`,
    );
  }
}

/** Types a territory in the initiative feed's search and picks it with Enter, as a visitor. */
async function pickTerritory(page) {
  const input = page.locator('tis-initiative-feed #territory');
  await input.fill(PICK.name);
  await input.press('Enter');
}

const prop = (page, selector, name) =>
  page.evaluate(([sel, key]) => document.querySelector(sel)?.[key], [selector, name]);

function expectEqual(actual, expected, what) {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** The checks of each app, each a list of [what, async (page) => void]. */
export const CHECKS = {
  react: [
    [
      'the banner shows the count and the next event (show-count="" show-event="")',
      async (page) => {
        await waitText(page, 'tis-banner', /territoires engagés sur/, 'show-count=""');
        await waitText(page, 'tis-banner', /Prochain rendez-vous|En ce moment/, 'show-event=""');
      },
    ],
    [
      'dismissible="" (set as a property by React 19) shows the close button',
      async (page) => {
        expectEqual(await prop(page, 'tis-banner', 'dismissible'), true, 'banner.dismissible');
        await page.locator('tis-banner button.close').waitFor({ timeout: 10000 });
      },
    ],
    [
      'the feed and the calendar inside <tis-feed src> render',
      async (page) => {
        await waitText(page, 'tis-initiative-feed', /\d initiatives?/, 'initiative feed');
        await waitText(page, 'tis-event-calendar', /\d{4}|\d h/, 'event calendar');
      },
    ],
    [
      'ontis-select reaches React state',
      async (page) => {
        await waitText(page, 'p', /Territoire choisi : tous/, 'initial state');
        await pickTerritory(page);
        await waitText(page, 'p', new RegExp(`Territoire choisi : ${PICK.id}`), 'after the pick');
      },
    ],
  ],
  vue: [
    [
      'the banner shows the count (show-count)',
      async (page) => {
        await waitText(page, 'tis-banner', /territoires engagés sur/, 'show-count');
        expectEqual(await prop(page, 'tis-banner', 'showCount'), true, 'banner.showCount');
      },
    ],
    [
      ':territory and :now.prop reach the widgets',
      async (page) => {
        expectEqual(
          await prop(page, 'tis-initiative-feed', 'territory'),
          'departement:29',
          'feed.territory',
        );
        expectEqual(
          typeof (await prop(page, 'tis-territory-counter', 'now')),
          'number',
          'typeof counter.now',
        );
        await waitText(page, 'tis-initiative-feed', /\d initiatives?/, 'initiative feed');
        await waitText(
          page,
          'tis-territory-counter',
          /initiative/,
          'counter (metric="initiatives")',
        );
      },
    ],
    [
      '@tis-select reaches Vue state',
      async (page) => {
        await waitText(page, 'p', /tous les territoires/, 'initial state');
        await pickTerritory(page);
        await waitText(page, 'p', new RegExp(PICK.id), 'after the pick');
      },
    ],
  ],
  svelte: [
    [
      'the banner shows the count and the next event (show-count show-event)',
      async (page) => {
        await waitText(page, 'tis-banner', /territoires engagés sur/, 'show-count');
        await waitText(page, 'tis-banner', /Prochain rendez-vous|En ce moment/, 'show-event');
      },
    ],
    [
      '{territory} reaches the feed',
      async (page) => {
        expectEqual(
          await prop(page, 'tis-initiative-feed', 'territory'),
          'departement:29',
          'feed.territory',
        );
        await waitText(page, 'tis-initiative-feed', /\d initiatives?/, 'initiative feed');
      },
    ],
    [
      'ontis-select reaches Svelte state',
      async (page) => {
        await waitText(page, 'p', /tous les territoires/, 'initial state');
        await pickTerritory(page);
        await waitText(page, 'p', new RegExp(PICK.id), 'after the pick');
      },
    ],
  ],
  plain: [
    [
      'banner.showCount = true shows the count',
      async (page) => {
        await waitText(page, 'tis-banner', /territoires engagés sur/, 'showCount');
      },
    ],
  ],
};

/** Runs every app's checks; returns `[{ app, check, ok, error }]`. */
export async function runChecks(dists) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const results = [];
  try {
    for (const [app, dist] of Object.entries(dists)) {
      const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      const problems = [];
      await context.route('**/*', (route) => {
        const request = route.request();
        const url = new URL(request.url());
        if (url.origin === ORIGIN) {
          const path = normalize(url.pathname === '/' ? '/index.html' : url.pathname);
          try {
            return route.fulfill({
              body: readFileSync(join(dist, path)),
              contentType: TYPES[extname(path)] ?? 'application/octet-stream',
            });
          } catch {
            return route.fulfill({ status: 404, body: '' });
          }
        }
        if (FEEDS.has(url.href))
          return route.fulfill({
            body: feed(),
            contentType: 'application/json',
            headers: { 'access-control-allow-origin': '*' },
          });
        if (request.resourceType() === 'image')
          return route.fulfill({ body: GIF, contentType: 'image/gif' });
        problems.push(`unexpected request: ${url.href}`);
        return route.abort();
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`console.${message.type()}: ${message.text()}`);
      });
      await page.goto(`${ORIGIN}/`);
      for (const [check, run] of CHECKS[app]) {
        try {
          await run(page);
          results.push({ app, check, ok: true });
        } catch (error) {
          results.push({ app, check, ok: false, error: error.message });
        }
      }
      results.push({
        app,
        check: 'no uncaught error, console error or warning, no unexpected request',
        ok: problems.length === 0,
        error: problems.slice(0, 5).join(' | '),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
