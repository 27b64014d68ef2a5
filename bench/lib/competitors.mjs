/**
 * The libraries a partner would otherwise use, built once into `bench/node_modules/.cache/tis-bench/` as plain browser
 * files (minified classic scripts, the way a partner would ship them):
 * - FullCalendar 7 month view: core + daygrid + the classic theme + the French locale, with the
 *   CSS the README asks for (skeleton, theme, palette). The Temporal polyfill it imports is bundled.
 * - FullCalendar 7 week view: the same with timegrid (built into the `fullcalendar` package in
 *   v7; `@fullcalendar/timegrid` is the v6 plugin) instead of daygrid.
 * - countUp.js 2.
 * They are dev dependencies of `bench/package.json` only. When `bench/node_modules` is missing
 * (`npm ci --prefix bench` not run), `available()` is false and the comparisons are skipped.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BENCH, CACHE } from './paths.mjs';

const MODULES = join(BENCH, 'node_modules');

export function available() {
  return (
    existsSync(join(MODULES, 'fullcalendar', 'package.json')) &&
    existsSync(join(MODULES, 'countup.js', 'package.json'))
  );
}

export async function versions() {
  const read = async (name) =>
    JSON.parse(await readFile(join(MODULES, name, 'package.json'), 'utf8')).version;
  return { fullcalendar: await read('fullcalendar'), 'countup.js': await read('countup.js') };
}

const ENTRIES = {
  'fullcalendar-month': `
    import { Calendar } from 'fullcalendar';
    import dayGridPlugin from 'fullcalendar/daygrid';
    import classicThemePlugin from 'fullcalendar/themes/classic';
    import frLocale from 'fullcalendar/locales/fr';
    import 'fullcalendar/skeleton.css';
    import 'fullcalendar/themes/classic/theme.css';
    import 'fullcalendar/themes/classic/palette.css';
    window.BenchFullCalendar = { Calendar, plugins: [dayGridPlugin, classicThemePlugin], locale: frLocale };
  `,
  'fullcalendar-week': `
    import { Calendar } from 'fullcalendar';
    import timeGridPlugin from 'fullcalendar/timegrid';
    import classicThemePlugin from 'fullcalendar/themes/classic';
    import frLocale from 'fullcalendar/locales/fr';
    import 'fullcalendar/skeleton.css';
    import 'fullcalendar/themes/classic/theme.css';
    import 'fullcalendar/themes/classic/palette.css';
    window.BenchFullCalendar = { Calendar, plugins: [timeGridPlugin, classicThemePlugin], locale: frLocale };
  `,
  countup: `
    import { CountUp } from 'countup.js';
    window.BenchCountUp = { CountUp };
  `,
};

/**
 * Builds the competitor files (cached by mtime of package.json) and returns their paths,
 * relative to the repository root, for the pages to load.
 */
export async function buildCompetitors() {
  const { build } = await import('esbuild');
  await mkdir(CACHE, { recursive: true });
  const out = {};
  for (const [name, contents] of Object.entries(ENTRIES)) {
    const outfile = join(CACHE, `${name}.js`);
    await build({
      stdin: { contents, resolveDir: BENCH, loader: 'js', sourcefile: `${name}-entry.js` },
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2022',
      outfile,
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    out[name] = {
      js: outfile,
      css: existsSync(outfile.replace(/\.js$/, '.css'))
        ? outfile.replace(/\.js$/, '.css')
        : undefined,
    };
  }
  return out;
}
