import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, mergeFixtureFeed, tempDir } from './cli-harness.mjs';

let feedFile;
before(async () => {
  feedFile = await mergeFixtureFeed();
});

test('split: one valid shard per région and an index listing them in parts', async () => {
  const dir = join(tempDir(), 'out');
  const { code, stderr } = await cli([
    'split',
    feedFile,
    '-o',
    dir,
    '--base-url',
    'https://example.org/feed',
  ]);
  assert.equal(code, 0, stderr);
  assert.deepEqual(readdirSync(dir).sort(), ['feed.json', 'region-27.json', 'region-53.json']);
  const index = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  assert.deepEqual(index.parts, [
    { territory: 'region:27', url: 'https://example.org/feed/region-27.json' },
    { territory: 'region:53', url: 'https://example.org/feed/region-53.json' },
  ]);
  assert.equal(index.campaign.id, '1000territoiresIS');
  assert.equal(index.territories.length, 7, 'the index keeps every territory');
  assert.deepEqual(index.initiatives, []);
  const brittany = JSON.parse(readFileSync(join(dir, 'region-53.json'), 'utf8'));
  assert.deepEqual(
    brittany.initiatives.map((i) => i.id),
    ['cis/recyclerie-brest', 'tle/recyclerie-brest'],
  );
  assert.deepEqual(
    brittany.events.map((e) => e.id),
    ['cis/webinaire-coconstruction', 'tle/portes-ouvertes-sein'],
  );
  assert.ok(
    brittany.territories.every((t) =>
      ['region:53', 'departement:29', 'commune:29019', 'commune:29083'].includes(t.id),
    ),
  );
  const bfc = JSON.parse(readFileSync(join(dir, 'region-27.json'), 'utf8'));
  assert.deepEqual(
    bfc.events.map((e) => e.id),
    ['cis/forum-annule'],
  );
  for (const name of readdirSync(dir))
    assert.equal((await cli(['validate', join(dir, name), '--strict'])).code, 0, name);
});

test('split: --base-url and -o are required', async () => {
  assert.equal((await cli(['split', feedFile, '-o', tempDir()])).code, 2);
  assert.equal((await cli(['split', feedFile, '--base-url', 'https://example.org/'])).code, 2);
  assert.equal(
    (await cli(['split', feedFile, '-o', tempDir(), '--base-url', 'ftp://example.org/'])).code,
    2,
  );
});

test('schema: prints the JSON Schema of format v1', async () => {
  const { code, stdout } = await cli(['schema']);
  assert.equal(code, 0);
  const schema = JSON.parse(stdout);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(schema.properties.initiatives);
  assert.ok(schema.properties.events);
  assert.deepEqual(schema.required, ['version']);
});
