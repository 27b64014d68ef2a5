/**
 * A small end-to-end harness: a static server on localhost (with per-route overrides for
 * headers and canned feeds), headless Chromium through playwright-core, and a test list that
 * prints one line per test and returns its counts.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` statically. `routes` maps a path to a handler `(req, res) => void` that
 * replaces the file (canned feeds, pages with CSP headers, slow or broken answers).
 */
export async function startServer(root, routes = new Map()) {
  const base = resolve(root);
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    log.push(url.pathname);
    const route = routes.get(url.pathname);
    if (route) return route(req, res, url);
    // Browsers ask for it on every page; a 404 would show up as a console error.
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    const path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(path);
      const file = info.isDirectory() ? join(path, 'index.html') : path;
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    log,
    close: () => new Promise((done) => server.close(done)),
  };
}

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
