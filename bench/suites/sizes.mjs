/**
 * 6. Bundle sizes: every CDN file (`dist/cdn/*.js`), and each widget entry bundled alone the way
 * the CDN is built (Vite/Rolldown, minified, everything bundled: `src/<widget>/define.ts`), in
 * gzip (level 9) and brotli (quality 11), with node:zlib. With the competitors installed, also
 * FullCalendar's month view (JS + CSS) and countUp.js, built the same way (esbuild, minified).
 * `pageSizes` loads real pages in Chromium and sums the gzip size of every script they request:
 * what a visitor downloads with the loader (`widgets.js`: loader + the chunks of the tags on the
 * page) or with per-widget tags.
 * `consumerSizes` (when `npm ci --prefix consumers` was run): what the widgets add to a minimal
 * app built by esbuild, Vite, Rollup and webpack from the packed package (consumers/lib/), and
 * whether any zod locale got in.
 * `checkBudgets` compares the CDN files and the pages with `bench/budgets.json`: the only hard
 * limit in CI, with `checkConsumerBudgets` (each bundler adds at most 1.1 × what the CDN ships for the four widgets: the all-four page and their lazy chunks). `whereBytesGo` attributes the minified CDN bundle to packages and source folders
 * (source map).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { freshPage } from '../lib/browser.mjs';
import { shell } from '../lib/pages.mjs';
import { BENCH, CACHE, ROOT } from '../lib/paths.mjs';

export const WIDGETS = ['banner', 'territory-counter', 'initiative-feed', 'event-calendar', 'feed'];

export function sizeOf(buffer, { brotli = true } = {}) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length,
    brotli: !brotli
      ? null
      : brotliCompressSync(buffer, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
          },
        }).length,
  };
}

export function cdnFiles() {
  const dir = join(ROOT, 'dist', 'cdn');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.(m?js|css)$/.test(name))
    .sort()
    .map((name) => `dist/cdn/${name}`);
}

/** Builds one widget entry alone with the CDN settings; returns the minified code. */
async function buildEntry(entry, { sourcemap = false } = {}) {
  const { build } = await import('vite');
  const outDir = join(CACHE, 'entries');
  const name = entry.replace(/[/.]/g, '_');
  const { CDN_TARGET, minifyLiterals } = await import('../../scripts/build-settings.js');
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyLiterals()],
    build: {
      outDir,
      emptyOutDir: false,
      target: CDN_TARGET,
      copyPublicDir: false,
      sourcemap,
      lib: { entry: join(ROOT, entry), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const file = join(outDir, `${name}.js`);
  return {
    code: readFileSync(file),
    map: sourcemap ? JSON.parse(readFileSync(`${file}.map`, 'utf8')) : undefined,
  };
}

/** Which packages and folders the bytes of the whole CDN bundle come from (minified bytes). */
async function whereBytesGo() {
  const { code, map } = await buildEntry('src/cdn.ts', { sourcemap: true });
  const { SourceMapConsumer } = await import('source-map-js');
  const consumer = new SourceMapConsumer(map);
  const lines = code.toString('utf8').split('\n');
  const groups = new Map();
  let previous;
  /** The text from `from` up to `to` (next mapping), across lines (CSS template literals span lines). */
  const between = (from, to) => {
    if (!to) return lines[from.generatedLine - 1].slice(from.generatedColumn);
    if (to.generatedLine === from.generatedLine)
      return lines[from.generatedLine - 1].slice(from.generatedColumn, to.generatedColumn);
    const parts = [lines[from.generatedLine - 1].slice(from.generatedColumn)];
    for (let line = from.generatedLine + 1; line < to.generatedLine; line++)
      parts.push(lines[line - 1]);
    parts.push(lines[to.generatedLine - 1].slice(0, to.generatedColumn));
    return parts.join('\n');
  };
  const add = (mapping, next) => {
    const source = mapping.source ?? '(unmapped)';
    const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = pkg ? pkg[1] : source.replace(/^.*?src\//, 'src/').replace(/\/[^/]+$/, '/');
    groups.set(key, (groups.get(key) ?? '') + between(mapping, next));
  };
  consumer.eachMapping((mapping) => {
    if (previous) add(previous, mapping);
    previous = mapping;
  });
  if (previous) add(previous);
  return [...groups]
    .map(([key, text]) => ({
      from: key,
      minified: Buffer.byteLength(text),
      gzipAlone: gzipSync(text, { level: 9 }).length,
    }))
    .sort((a, b) => b.minified - a.minified);
}

const FALLBACK = '<a href="https://example.org/campagne">#1000territoiresIS</a>';
const TAGS = {
  banner: `<tis-banner src="/demo/feed.json" network="cis">${FALLBACK}</tis-banner>`,
  counter: `<tis-territory-counter src="/demo/feed.json">${FALLBACK}</tis-territory-counter>`,
  feed: `<tis-initiative-feed src="/demo/feed.json">${FALLBACK}</tis-initiative-feed>`,
  calendar: `<tis-event-calendar src="/demo/feed.json" view="month">${FALLBACK}</tis-event-calendar>`,
};
const module = (file) => `<script type="module" src="/dist/cdn/${file}"></script>`;

/** The pages of the size goals (issue 15): what each one downloads at first paint. */
export const PAGES = {
  'banner only (widgets.js)': { head: module('widgets.js'), tags: ['banner'] },
  'all four widgets (widgets.js)': {
    head: module('widgets.js'),
    tags: ['banner', 'counter', 'feed', 'calendar'],
  },
  'banner.js + event-calendar.js tags': {
    head: module('banner.js') + module('event-calendar.js'),
    tags: ['banner', 'calendar'],
  },
};

/**
 * Loads each page in a fresh context, waits until its widgets have loaded the feed and rendered
 * and the network is idle, and sums the gzip (level 9) size of every script requested, from the
 * files on disk. Scripts the visitor's actions would load later (dialogs, pickers) are not counted.
 */
export async function pageSizes(browser, server) {
  const out = {};
  for (const [name, spec] of Object.entries(PAGES)) {
    const path = `/bench/sizes/${name.replace(/\W+/g, '-')}.html`;
    server.set(path, shell({ head: spec.head, body: spec.tags.map((tag) => TAGS[tag]).join('') }));
    const { page, check, close } = await freshPage(browser);
    const scripts = new Set();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.resourceType() === 'script') scripts.add(url.pathname);
    });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(
      (tags) =>
        tags.every((tag) => {
          const element = document.querySelector(tag);
          return customElements.get(tag) && element.shadowRoot?.childElementCount;
        }),
      spec.tags.map((tag) => TAGS[tag].match(/^<([\w-]+)/)[1]),
      { timeout: 30000 },
    );
    await page.waitForLoadState('networkidle');
    check();
    await close();
    const files = [...scripts].sort();
    let gzip = 0;
    let raw = 0;
    for (const file of files) {
      const size = sizeOf(readFileSync(join(ROOT, file)), { brotli: false });
      gzip += size.gzip;
      raw += size.raw;
    }
    out[name] = { raw, gzip, files: files.map((file) => file.replace('/dist/cdn/', '')) };
  }
  return out;
}

export async function run({ competitors, smoke, browser, server }) {
  // Smoke: gzip only (brotli at quality 11 is slow on a loaded machine), no separate entry builds.
  const opts = { brotli: !smoke };
  const out = { cdn: {}, entries: {}, competitors: {} };
  for (const file of cdnFiles()) out.cdn[file] = sizeOf(readFileSync(join(ROOT, file)), opts);
  for (const widget of WIDGETS) {
    // The per-widget CDN file when the build writes one; otherwise built here the same way.
    const cdn = join(ROOT, 'dist', 'cdn', `${widget}.js`);
    const entry = `src/${widget}/define.ts`;
    if (existsSync(cdn))
      out.entries[widget] = { ...sizeOf(readFileSync(cdn), opts), from: `dist/cdn/${widget}.js` };
    else if (!smoke && existsSync(join(ROOT, entry)))
      out.entries[widget] = { ...sizeOf((await buildEntry(entry)).code), from: entry };
  }
  if (competitors) {
    const fc = competitors['fullcalendar-month'];
    const js = sizeOf(readFileSync(fc.js), opts);
    const css = fc.css ? sizeOf(readFileSync(fc.css), opts) : { raw: 0, gzip: 0, brotli: 0 };
    out.competitors['fullcalendar month view (JS)'] = js;
    out.competitors['fullcalendar month view (CSS)'] = css;
    out.competitors['fullcalendar month view (JS + CSS)'] = {
      raw: js.raw + css.raw,
      gzip: js.gzip + css.gzip,
      brotli: smoke ? null : js.brotli + css.brotli,
    };
    out.competitors['countup.js'] = sizeOf(readFileSync(competitors.countup.js), opts);
  }
  if (browser && server) out.pages = await pageSizes(browser, server);
  const consumers = await consumerSizes();
  if (consumers) out.consumers = consumers;
  if (!smoke) out.whereBytesGo = (await whereBytesGo()).slice(0, 20);
  return out;
}

/** A budget key matches a file by name; `*` stands for a chunk's content hash. */
const matches = (key, file) =>
  new RegExp(`^${key.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[\\w-]+')}$`).test(
    file,
  );

/** Reads `bench/budgets.json` and compares each CDN file's gzip size with its budget. */
export function checkBudgets() {
  const budgets = JSON.parse(readFileSync(join(BENCH, 'budgets.json'), 'utf8'));
  const rows = [];
  for (const file of cdnFiles()) {
    const key = Object.keys(budgets.gzip).find((name) => matches(name, file));
    const limit = key ? budgets.gzip[key] : undefined;
    const { gzip } = sizeOf(readFileSync(join(ROOT, file)), { brotli: false });
    rows.push({ file, gzip, budget: limit ?? null, ok: limit == null ? null : gzip <= limit });
  }
  for (const file of Object.keys(budgets.gzip)) {
    if (!rows.some((row) => matches(file, row.file)))
      rows.push({ file, gzip: null, budget: budgets.gzip[file], ok: null, missing: true });
  }
  return {
    rows,
    failed: rows.filter((row) => row.ok === false).map((row) => row.file),
    unbudgeted: rows.filter((row) => row.ok === null && !row.missing).map((row) => row.file),
  };
}

export const rel = (path) => relative(ROOT, path);

/** Compares the measured pages (`pageSizes`) with the page budgets of `bench/budgets.json`. */
export function checkPageBudgets(pages) {
  const budgets = JSON.parse(readFileSync(join(BENCH, 'budgets.json'), 'utf8')).pages ?? {};
  const rows = Object.entries(pages ?? {}).map(([page, { gzip }]) => ({
    file: `page: ${page}`,
    gzip,
    budget: budgets[page] ?? null,
    ok: budgets[page] == null ? null : gzip <= budgets[page],
  }));
  return { rows, failed: rows.filter((row) => row.ok === false).map((row) => row.file) };
}

/** The consumer apps' folder; installed by `npm ci --prefix consumers`. */
const CONSUMERS = join(ROOT, 'consumers');

/**
 * What the widgets add to an app per bundler (consumers/lib/bundlers.mjs), from the packed
 * package; `null` (and said so) when consumers/ is not installed.
 */
export async function consumerSizes() {
  if (!existsSync(join(CONSUMERS, 'node_modules', 'webpack'))) {
    console.log('\nconsumer apps not installed (npm ci --prefix consumers): bundler sizes skipped');
    return null;
  }
  const { packAndInstall } = await import('../../consumers/lib/pack.mjs');
  const { checkLocaleSearch, measureBundlers } = await import('../../consumers/lib/bundlers.mjs');
  const { version } = packAndInstall();
  const localesFoundInZodMini = await checkLocaleSearch();
  return { package: version, localesFoundInZodMini, bundlers: await measureBundlers() };
}

/** The reference for the consumer apps: what the CDN ships for all four widgets (page, gzip). */
export const CONSUMER_REFERENCE = 'all four widgets (widgets.js)';
/** At most this times the reference. */
export const CONSUMER_FACTOR = 1.1;
/**
 * The CDN's lazy chunks of the four widgets: the week grid, the map, zod's explanations, the
 * calendar's event details and its .ics writer, ky's retries, the banner's overlay variants and
 * close button, the counting of a feed's problems.
 */
const LAZY_CHUNKS =
  /^dist\/cdn\/(week-view|france-map|explain|details-body|ics|retry|overlay|dismiss|problems)-[^/]*\.js$/;

/**
 * Like with like: an app's bundle holds all of the widgets' code, lazy parts included (a bundler
 * inlines them or writes them as chunks, and every file is counted), so the reference is the
 * all-four page plus the CDN's lazy chunks of the same widgets: what the CDN ships for them.
 * (Before zod became a lazy chunk, issue 15, the page alone was the reference; the lazy week grid
 * and map were then left out on one side only.)
 */
export function consumerReference(sizes) {
  const page = sizes?.pages?.[CONSUMER_REFERENCE]?.gzip;
  if (!page) return null;
  const lazy = Object.entries(sizes?.cdn ?? {}).filter(([file]) => LAZY_CHUNKS.test(file));
  return {
    gzip: page + lazy.reduce((sum, [, size]) => sum + size.gzip, 0),
    label: `all-four page + ${lazy.length} lazy chunks`,
  };
}

/** Each bundler: what the widgets add ≤ 1.1 × the reference, and no zod locale. */
export function checkConsumerBudgets(sizes) {
  const consumers = sizes?.consumers;
  const reference = consumerReference(sizes)?.gzip;
  const limit = reference ? Math.floor(reference * CONSUMER_FACTOR) : null;
  const rows = [];
  for (const [bundler, size] of Object.entries(consumers?.bundlers ?? {})) {
    rows.push({
      file: `consumer: ${bundler} adds`,
      gzip: size.added,
      budget: limit,
      ok: limit == null ? null : size.added <= limit,
    });
    rows.push({
      file: `consumer: ${bundler}, zod locales`,
      gzip: size.locales.length,
      budget: 0,
      ok: size.locales.length === 0,
      locales: size.locales,
    });
  }
  return { rows, failed: rows.filter((row) => row.ok === false).map((row) => row.file) };
}
