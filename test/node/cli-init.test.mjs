import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { BIN, ensureBuilt, ROOT, run, tempDir } from './cli-harness.mjs';

const TEMPLATE = join(ROOT, 'templates/feed-repository');

function files(dir) {
  const out = [];
  const walk = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true }))
      if (entry.isDirectory()) walk(join(path, entry.name));
      else out.push(relative(dir, join(path, entry.name)));
  };
  walk(dir);
  return out.sort();
}

test('init: copies the template repository, which builds as it is', () => {
  const dir = join(tempDir(), 'flux');
  const result = run(['init', dir]);
  assert.equal(result.code, 0, result.stderr);
  for (const file of [
    'README.md',
    'campaign.json',
    'contributions/exemple.json',
    '.github/workflows/feed.yml',
    'scripts/feed.sh',
    'package.json',
    '.gitignore',
  ])
    assert.ok(existsSync(join(dir, file)), file);
  assert.ok(!existsSync(join(dir, 'gitignore')));
  // The README speaks French first.
  assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /^# Flux partagé/);
  // Example data is marked as such.
  const example = JSON.parse(readFileSync(join(dir, 'contributions/exemple.json'), 'utf8'));
  assert.ok([...example.initiatives, ...example.events].every((item) => item.example === true));
  const site = join(dir, 'site');
  const build = run(['build', dir, '-o', site]);
  assert.equal(build.code, 0, build.stderr);
  const report = JSON.parse(readFileSync(join(site, 'report.json'), 'utf8'));
  assert.deepEqual(
    report.networks.map((n) => [n.network, n.status, n.kept]),
    [['exemple', 'published', 3]],
  );
});

test('init: refuses a folder that is not empty', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  const result = run(['init', dir]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /not empty/);
  assert.deepEqual(readdirSync(dir), ['notes.txt']);
});

test('init: finds the templates relative to the built CLI, as installed from npm', () => {
  // The layout of node_modules/@1000territoires/widgets: dist/cli/ beside templates/.
  ensureBuilt();
  const pkg = join(tempDir(), 'widgets');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'dist/cli'), join(pkg, 'dist/cli'), { recursive: true });
  cpSync(TEMPLATE, join(pkg, 'templates/feed-repository'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
  const dir = join(tempDir(), 'flux');
  const result = spawnSync(process.execPath, [join(pkg, 'dist/cli/tis-feed.js'), 'init', dir], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'en_GB.UTF-8' },
  });
  assert.equal(result.status, 0, result.stderr);
  assert.ok(existsSync(join(dir, 'campaign.json')));
});

test('init: every template file ships in the npm package', () => {
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(pack.status, 0, pack.stderr);
  const shipped = new Set(JSON.parse(pack.stdout)[0].files.map((f) => f.path));
  for (const file of files(TEMPLATE))
    assert.ok(shipped.has(`templates/feed-repository/${file}`), file);
});

test('init: the plain shell script checks like the workflow, and writes the comment', () => {
  const dir = join(tempDir(), 'flux');
  assert.equal(run(['init', dir]).code, 0);
  const result = spawnSync('sh', ['scripts/feed.sh', 'check'], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'en_GB.UTF-8', TIS_FEED: `${process.execPath} ${BIN}` },
  });
  assert.equal(result.status, 0, result.stderr);
  const comment = readFileSync(join(dir, 'build-report.md'), 'utf8');
  assert.match(comment, /exemple: published: 3 items read, 3 kept, 0 dropped/);
  // Broken: exit 1, and the comment says so.
  writeFileSync(join(dir, 'contributions/exemple.json'), '{');
  const broken = spawnSync('sh', ['scripts/feed.sh', 'check'], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'en_GB.UTF-8', TIS_FEED: `${process.execPath} ${BIN}` },
  });
  assert.equal(broken.status, 1);
  assert.match(readFileSync(join(dir, 'build-report.md'), 'utf8'), /left out/);
});
