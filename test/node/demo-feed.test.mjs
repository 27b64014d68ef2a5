// Issue 18: the demo-feed generator in small modules over JSON data. The committed
// demo/feed.json must stay exactly what the generator writes, and the pieces it is built from
// (seeded randomness, zoned dates, templates) must keep their contracts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoInZone, wall } from '../../scripts/demo-feed/dates.js';
import { Random } from '../../scripts/demo-feed/random.js';
import { fill, numberFr } from '../../scripts/demo-feed/text.js';
import { ROOT, tempDir } from './cli-harness.mjs';

const generate = (...args) =>
  spawnSync(process.execPath, ['scripts/generate-demo-feed.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

test('the generator writes demo/feed.json byte for byte as committed', () => {
  const output = join(tempDir(), 'feed.json');
  const run = generate('--output', output);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /3200 initiatives, 250 events, 10 networks/);
  assert.ok(
    readFileSync(output).equals(readFileSync(join(ROOT, 'demo/feed.json'))),
    'demo/feed.json is stale: run npm run demo:feed',
  );
});

test('--check fails on a file that is not what the generator writes, and leaves it alone', () => {
  const output = join(tempDir(), 'feed.json');
  writeFileSync(output, '{}\n');
  const run = generate('--check', '--output', output);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /is not what the generator writes/);
  assert.equal(readFileSync(output, 'utf8'), '{}\n');
});

test('a named stream draws the same numbers on every run, and other names draw others', () => {
  const draw = (name) => {
    const random = new Random(name);
    return Array.from({ length: 5 }, () => random.int(0, 1_000_000));
  };
  assert.deepEqual(draw('events'), draw('events'));
  assert.notDeepEqual(draw('events'), draw('joined'));
  const random = new Random('sample');
  const picked = random.sample(['a', 'b', 'c', 'd', 'e'], 3);
  assert.equal(new Set(picked).size, 3);
});

test('wall times get the offset their zone has on that day, DST included', () => {
  assert.equal(isoInZone(wall(2027, 3, 27, 9), 'Europe/Paris'), '2027-03-27T09:00:00+01:00');
  assert.equal(isoInZone(wall(2027, 3, 28, 9), 'Europe/Paris'), '2027-03-28T09:00:00+02:00');
  assert.equal(isoInZone(wall(2026, 12, 3, 19), 'Pacific/Noumea'), '2026-12-03T19:00:00+11:00');
  assert.equal(isoInZone(wall(2027, 1, 21, 9), 'America/Cayenne'), '2027-01-21T09:00:00-03:00');
});

test('templates fill every placeholder, format numbers on request and name a missing one', () => {
  const values = { n: 1200, year: 2019 };
  assert.equal(
    fill('{n:number} habitants depuis {year}.', values, numberFr),
    '1\u00a0200 habitants depuis 2019.',
  );
  assert.throws(() => fill('Forum {place}', values), /no value for \{place\}/);
});
