/**
 * What the widgets add to an app, per bundler. The minimal app of `apps/bundlers/` is built twice
 * by each bundler, with the widgets (`with.js`: `import '@1000territoires/widgets/define'` and the
 * four tags) and without (`without.js`), in production mode with the bundler's own minifier; the
 * widgets' cost is the difference of the gzip (level 9) sizes of every JavaScript file written.
 * The package comes from its packed tarball (lib/pack.mjs). Each bundle is searched for zod's
 * locales (lib/locales.mjs), and the search is first shown to find them where they are (an esbuild
 * bundle of `zod/mini`'s `locales`), so that "none found" means something.
 */
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { localesIn, localeMarkers } from './locales.mjs';
import { CONSUMERS, WORK } from './paths.mjs';

const APP = join(CONSUMERS, 'apps', 'bundlers');
const OUT = join(WORK, 'bundlers');

function jsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => /\.m?js$/.test(name) && statSync(join(dir, name)).isFile())
    .sort();
}

function measure(dir) {
  let gzip = 0;
  let raw = 0;
  let code = '';
  const files = jsFiles(dir);
  for (const name of files) {
    const buffer = readFileSync(join(dir, name));
    raw += buffer.length;
    gzip += gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length;
    code += `${buffer}\n`;
  }
  if (!files.length) throw new Error(`no JavaScript written in ${dir}`);
  return { raw, gzip, files: files.length, locales: localesIn(code) };
}

const BUNDLERS = {
  async esbuild(entry, outdir) {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir,
      logLevel: 'error',
    });
  },
  async vite(entry, outdir) {
    const { build } = await import('vite');
    const root = join(outdir, '..', `${outdir.split('/').pop()}-src`);
    mkdirSync(root, { recursive: true });
    cpSync(entry, join(root, 'main.js'));
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html lang="fr"><title>App</title><script type="module" src="./main.js"></script></html>\n',
    );
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { outDir: outdir, emptyOutDir: true },
    });
  },
  async rollup(entry, outdir) {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const { default: terser } = await import('@rollup/plugin-terser');
    const bundle = await rollup({
      input: entry,
      plugins: [nodeResolve({ browser: true }), terser()],
      onwarn: () => {},
    });
    await bundle.write({ dir: outdir, format: 'es' });
    await bundle.close();
  },
  async webpack(entry, outdir) {
    const { default: webpack } = await import('webpack');
    const stats = await new Promise((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          context: CONSUMERS,
          entry,
          output: { path: outdir, filename: 'main.js' },
          performance: { hints: false },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  },
};

/** Shows that the locale search finds zod's locales when a bundle holds them. */
export async function checkLocaleSearch() {
  const esbuild = await import('esbuild');
  const { outputFiles } = await esbuild.build({
    stdin: { contents: "export { locales } from 'zod/mini';", resolveDir: CONSUMERS },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const found = localesIn(outputFiles[0].text).length;
  const all = localeMarkers().size;
  if (found !== all)
    throw new Error(`the locale search finds ${found} of zod's ${all} locales in a bundle of them`);
  return found;
}

/**
 * Builds the app with and without the widgets with each bundler.
 * @returns {Promise<Record<string, {without, with, added, seconds}>>} gzip bytes; `added` is what the widgets add.
 */
export async function measureBundlers({ only } = {}) {
  rmSync(OUT, { recursive: true, force: true });
  const out = {};
  for (const [name, build] of Object.entries(BUNDLERS)) {
    if (only && !only.includes(name)) continue;
    const started = performance.now();
    const sizes = {};
    for (const variant of ['without', 'with']) {
      const dir = join(OUT, name, variant);
      await build(join(APP, `${variant}.js`), dir);
      sizes[variant] = measure(dir);
    }
    out[name] = {
      without: sizes.without,
      with: sizes.with,
      added: sizes.with.gzip - sizes.without.gzip,
      locales: [...new Set([...sizes.with.locales, ...sizes.without.locales])],
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  }
  return out;
}
