// Shared by the `tis-feed` tests: builds dist/cli/tis-feed.js when it is missing or older than
// its sources, and runs it as a child process (the way users run it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'dist/cli/tis-feed.js');
export const FIXTURES = join(ROOT, 'test/node/fixtures');
export const fixture = (name) => join(FIXTURES, name);

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

let built = false;
/** Builds the CLI once per test process if its sources changed since the last build. */
export function ensureBuilt() {
  if (built) return;
  const sources = ['src/cli', 'src/data', 'src/event-calendar', 'src/i18n', 'rollup.cli.config.js'];
  const stale =
    !existsSync(BIN) || sources.some((path) => newest(join(ROOT, path)) > statSync(BIN).mtimeMs);
  if (stale) {
    const result = spawnSync('npx', ['rollup', '-c', 'rollup.cli.config.js', '--silent'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`CLI build failed:\n${result.stderr}`);
  }
  built = true;
}

let mainPromise;
/**
 * Runs `tis-feed args...` inside this process, through the bundle's exported `main` (the same
 * code the `bin` runs, minus process start-up: most tests use this). English unless `env` says.
 */
export async function cli(args, { env = {} } = {}) {
  ensureBuilt();
  mainPromise ??= import(pathToFileURL(BIN).href).then((module) => module.main);
  const main = await mainPromise;
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => (stdout += text),
    err: (text) => (stderr += `${text}\n`),
    env: { LANG: 'en_GB.UTF-8', ...env },
  });
  return { code, stdout, stderr };
}

/** Runs `tis-feed args...` as a child process; English messages unless `env` says otherwise. */
export function run(args, { env = {}, input, cwd = ROOT } = {}) {
  ensureBuilt();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TZ: 'Europe/Paris', LANG: 'en_GB.UTF-8', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'tis-feed-test-'));

/** Merges the two fixture contributions with the fixture campaign; returns the output file. */
export async function mergeFixtureFeed() {
  const file = join(tempDir(), 'feed.json');
  await cli([
    'merge',
    fixture('contribution-cis.json'),
    fixture('contribution-tle.json'),
    '--campaign',
    fixture('campaign.json'),
    '-o',
    file,
  ]);
  return file;
}
