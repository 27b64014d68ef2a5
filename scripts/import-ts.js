/**
 * Imports TypeScript modules of the library from a plain Node script: esbuild bundles them (with
 * their dependencies, zod included) into one temporary ES module, which is imported and deleted.
 * Used by the demo-feed generator and the JSON Schema build, so both read the one definition in
 * `src/data/` instead of a copy.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles `source` (TypeScript, resolved from the repository root, e.g.
 * `export { parseFeed } from './src/data/parse.ts';`) with its dependencies into the text of one
 * ES module for Node.
 */
export async function bundleTs(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    // The ES build of a package that has one (jsonc-parser's UMD `main` requires at run time).
    mainFields: ['module', 'main'],
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** `bundleTs(source)`, imported: returns the module's exports. */
export async function importTs(source) {
  const text = await bundleTs(source);
  const dir = mkdtempSync(join(tmpdir(), 'tis-import-'));
  const file = join(dir, 'module.mjs');
  writeFileSync(file, text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
