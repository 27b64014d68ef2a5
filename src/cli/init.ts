/// <reference types="node" />
/**
 * `tis-feed init <dir>`: copies the template repository of a campaign feed
 * (`templates/feed-repository/` of the package) into `<dir>`.
 *
 * The templates ship in the npm package ("files" in package.json). Both `src/cli/` and the
 * built `dist/cli/` sit two levels below the package root, so the same relative URL finds them.
 * npm renames any `.gitignore` it packs, so the template's is stored as `gitignore` and renamed
 * here.
 */
import { existsSync } from 'node:fs';
import { cp, readdir, rename } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './io.js';

export function templateDir(): string {
  return fileURLToPath(new URL('../../templates/feed-repository/', import.meta.url));
}

async function listFiles(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path, root)));
    else out.push(relative(root, path));
  }
  return out;
}

/** Copies the template; returns the files written, relative to `dir`. */
export async function initRepository(dir: string, options: { force?: boolean } = {}) {
  const source = templateDir();
  if (!existsSync(source))
    throw new UsageError({
      fr: `modèle introuvable : ${source} (paquet incomplet ?)`,
      en: `template not found: ${source} (incomplete package?)`,
    });
  if (existsSync(dir) && (await readdir(dir)).length > 0 && !options.force)
    throw new UsageError({
      fr: `${dir} existe et n’est pas vide : choisissez un autre dossier (ou --force pour écraser les fichiers du modèle)`,
      en: `${dir} exists and is not empty: choose another folder (or --force to overwrite the template's files)`,
    });
  await cp(source, dir, { recursive: true, force: true });
  if (existsSync(join(dir, 'gitignore')))
    await rename(join(dir, 'gitignore'), join(dir, '.gitignore'));
  return (await listFiles(dir)).filter((file) => !file.startsWith(`.git${'/'}`));
}
