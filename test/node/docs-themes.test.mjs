// Issue 16, point 2: the themes table partners read in docs/feed-format.md is generated from
// src/data/themes.ts and must not go stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DOC, expectedDoc } from '../../scripts/build-theme-table.js';
import { ROOT } from './cli-harness.mjs';

test('docs/feed-format.md lists every theme id of src/data/themes.ts, up to date', async () => {
  const current = readFileSync(DOC, 'utf8');
  assert.equal(
    await expectedDoc(current),
    current,
    'stale themes table: run node scripts/build-theme-table.js',
  );
  for (const row of ['`economie-circulaire`', 'Circular economy', 'Accès aux soins'])
    assert.ok(current.includes(row), row);
});

test('the --check mode fails on a stale table', async () => {
  const stale = readFileSync(DOC, 'utf8').replace(/^\| `sante` .*\n/m, '');
  assert.notEqual(await expectedDoc(stale), stale);
  const check = spawnSync(process.execPath, ['scripts/build-theme-table.js', '--check'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(check.status, 0, check.stderr);
});
