/**
 * The framework examples of docs/frameworks.md as apps: each code block is copied as written into
 * an app of `.apps/frameworks/<name>/`, beside the few files that mount it (`apps/<name>/`: the
 * page, the entry module and, where the docs show none, the Vite config with the framework's
 * plugin), then built with Vite against the packed package.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSUMERS, ROOT, WORK } from './paths.mjs';

const DOCS = join(ROOT, 'docs', 'frameworks.md');

/** The fenced code blocks of the docs, by `## ` section: `{ section, lang, code }`. */
export function docBlocks(text = readFileSync(DOCS, 'utf8')) {
  const blocks = [];
  let section = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i].match(/^## (.+)/);
    if (heading) section = heading[1].trim();
    const fence = lines[i].match(/^```(\w+)/);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    blocks.push({ section, lang: fence[1], code: `${lines.slice(i + 1, end).join('\n')}\n` });
    i = end;
  }
  return blocks;
}

/** Which block of which section becomes which file of which app. */
export const APPS = {
  react: { 'App.tsx': ['React 19', 'tsx'] },
  vue: { 'App.vue': ['Vue 3', 'vue'], 'vite.config.js': ['Vue 3', 'js'] },
  svelte: { 'App.svelte': ['Svelte 5', 'svelte'] },
  plain: { 'example.js': ['Plain JavaScript', 'js'] },
};

function block(blocks, section, lang) {
  const found = blocks.filter((b) => b.section === section && b.lang === lang);
  if (found.length !== 1)
    throw new Error(
      `docs/frameworks.md: expected one \`\`\`${lang} block under "## ${section}", found ${found.length}`,
    );
  return found[0].code;
}

/** Writes and builds every app; returns `{ name: distDir }`. */
export async function buildFrameworkApps({ only } = {}) {
  const { build } = await import('vite');
  const blocks = docBlocks();
  const out = {};
  for (const [name, files] of Object.entries(APPS)) {
    if (only && !only.includes(name)) continue;
    const dir = join(WORK, 'frameworks', name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(CONSUMERS, 'apps', name), dir, { recursive: true });
    for (const [file, [section, lang]] of Object.entries(files))
      writeFileSync(join(dir, file), block(blocks, section, lang));
    await build({
      root: dir,
      configFile: join(dir, 'vite.config.js'),
      logLevel: 'warn',
      build: { outDir: join(dir, 'dist'), emptyOutDir: true },
    });
    out[name] = join(dir, 'dist');
  }
  return out;
}
