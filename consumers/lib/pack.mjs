/**
 * `npm pack` of the repository (its `dist/` must be built), unpacked into
 * `consumers/node_modules/@1000territoires/widgets`: what `npm install <tarball>` puts there.
 * The package's own dependencies come from consumers/package.json, which pins the same versions
 * (checked here, so the apps never run against other versions than a real install would get).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CONSUMERS, INSTALLED, ROOT, WORK } from './paths.mjs';

const json = (path) => JSON.parse(readFileSync(path, 'utf8'));

export function packAndInstall() {
  if (!existsSync(join(ROOT, 'dist', 'define.js')))
    throw new Error('dist/ is not built: run `npm run build` first');
  mkdirSync(WORK, { recursive: true });
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', WORK], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const tarball = join(WORK, filename);
  rmSync(INSTALLED, { recursive: true, force: true });
  mkdirSync(INSTALLED, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', INSTALLED, '--strip-components=1']);
  const wanted = json(join(INSTALLED, 'package.json')).dependencies ?? {};
  const drift = Object.entries(wanted).flatMap(([name, version]) => {
    const file = join(CONSUMERS, 'node_modules', name, 'package.json');
    const found = existsSync(file) ? json(file).version : 'nothing';
    return found === version ? [] : [`${name} ${version} wanted, ${found} installed`];
  });
  if (drift.length)
    throw new Error(
      `consumers/package.json must pin the package's dependencies as the root package.json does: ${drift.join('; ')}`,
    );
  return { tarball, version: json(join(INSTALLED, 'package.json')).version };
}
