/**
 * A small end-to-end harness: a static server on localhost (with per-route overrides for
 * headers and canned feeds), headless Chromium through playwright-core, and a test list that
 * prints one line per test and returns its counts.
 */
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { startStaticServer } from '../../scripts/static-server.js';

/**
 * Serves `root` statically (scripts/static-server.js). `routes` maps a path to a handler
 * `(req, res) => void` that replaces the file (canned feeds, pages with CSP headers, slow or
 * broken answers).
 */
export const startServer = (root, routes = new Map()) => startStaticServer({ root, routes });

export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
}

/**
 * Opens a page that records what the widgets must never cause: uncaught errors, console errors,
 * CSP violations, and every request. `options.init`: a function run in the page before its own
 * scripts (`addInitScript`).
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 900 },
    ...options.context,
  });
  const page = await context.newPage();
  const record = { errors: [], consoleErrors: [], warnings: [], requests: [] };
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
    if (message.type() === 'warning') record.warnings.push(message.text());
  });
  page.on('request', (request) => record.requests.push(request.url()));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  if (options.init) await page.addInitScript(options.init);
  await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  return { page, context, record };
}

export function createSuite() {
  const tests = [];
  return {
    test: (name, fn) => tests.push({ name, fn }),
    async run(context) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const { name, fn } of tests) {
        const started = Date.now();
        try {
          await fn(context);
          counts.passed += 1;
          console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
        } catch (error) {
          counts.failed += 1;
          console.log(
            `  ✗ ${name}\n      ${String(error?.stack ?? error)
              .split('\n')
              .slice(0, 4)
              .join('\n      ')}`,
          );
        }
      }
      return counts;
    },
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertEqual(actual, expected, message) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
}
