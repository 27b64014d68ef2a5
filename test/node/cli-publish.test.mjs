import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cli, ROOT, tempDir } from './cli-harness.mjs';

const DEMO = join(ROOT, 'demo/feed.json');

function filesOf(root, dir = root) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...filesOf(root, path));
    else out.push(relative(root, path));
  }
  return out.sort();
}

async function publish() {
  const dir = join(tempDir(), 'tree');
  const { code, stderr } = await cli(['publish', DEMO, dir, '--lang', 'en']);
  assert.equal(code, 0, stderr);
  return dir;
}

test('publish: the same feed gives the same bytes, and every file is a v1 document', async () => {
  const [a, b] = [await publish(), await publish()];
  const files = filesOf(a);
  assert.deepEqual(filesOf(b), files);
  for (const name of files)
    assert.equal(readFileSync(join(a, name), 'utf8'), readFileSync(join(b, name), 'utf8'), name);
  const json = files.filter((name) => name.endsWith('.json'));
  // validate accepts each file: no error (warnings for references defined in the index are fine).
  for (const name of [json[0], json.at(-1), 'index.json']) {
    const { code, stdout, stderr } = await cli(['validate', join(a, name), '--lang', 'en']);
    assert.equal(code, 0, `${name}: ${stdout}${stderr}`);
  }
  assert.ok(files.includes('_headers'));
  assert.match(readFileSync(join(a, '_headers'), 'utf8'), /immutable/);
});

test('publish: a small index with relative, hashed links to shards that match their hash', async () => {
  const dir = await publish();
  const indexText = readFileSync(join(dir, 'index.json'), 'utf8');
  const index = JSON.parse(indexText);
  assert.equal(index.version, '1.1');
  const gzip = gzipSync(indexText, { level: 9 }).length;
  assert.ok(gzip <= 15_000, `index.json is ${gzip} B gzip, over 15 kB`);
  assert.equal(index.initiatives, undefined, 'no initiative in the index');
  assert.ok(
    index.territories.every(
      (t) => t.kind === 'region' || t.kind === 'departement' || index.events.length,
    ),
  );
  assert.equal(index.summary.territories.total, 400);
  assert.equal(index.summary.initiatives.total, 3200);
  const listed = new Set();
  const all = [...index.shards];
  for (const shard of all) {
    assert.match(shard.url, /^(initiatives|events|territories)\/[\w.-]+\.[0-9a-f]{10}\.json$/);
    assert.equal(
      index.shards.includes(shard) && shard.type === 'initiatives' && shard.scope !== 'recent',
      false,
      'territory pages are in the catalogue, not the index',
    );
    const text = readFileSync(join(dir, shard.url), 'utf8');
    const hash = createHash('sha256').update(text).digest('hex');
    assert.equal(hash, shard.sha256, shard.url);
    assert.ok(shard.url.includes(hash.slice(0, 10)));
    const doc = JSON.parse(text);
    assert.equal((doc[shard.type] ?? doc.shards).length, shard.count, shard.url);
    listed.add(shard.url);
    all.push(...(doc.shards ?? []));
  }
  // Every initiative is in some territory or national shard; the recent page holds the newest.
  const ids = new Set();
  for (const shard of all.filter((s) => s.type === 'initiatives' && s.scope !== 'recent'))
    for (const item of JSON.parse(readFileSync(join(dir, shard.url), 'utf8')).initiatives)
      ids.add(item.id);
  assert.equal(ids.size, 3200);
  const files = filesOf(dir).filter((name) => name !== 'index.json' && name !== '_headers');
  assert.deepEqual(files, [...listed].sort(), 'every shard listed, nothing else written');
});

test('publish: a département pin reads a bounded download, pages most recent first', async () => {
  const dir = join(tempDir(), 'paged');
  const { code, stderr } = await cli(['publish', DEMO, dir, '--page-size', '50']);
  assert.equal(code, 0, stderr);
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  // The index lists the catalogue; the catalogue lists the first page of every territory.
  const catalogueShard = index.shards.find((s) => s.type === 'catalogue');
  const catalogue = JSON.parse(readFileSync(join(dir, catalogueShard.url), 'utf8'));
  const first1 = catalogue.shards.find(
    (s) => s.type === 'initiatives' && s.territory === 'region:53',
  );
  assert.equal(first1.page, 1, 'the index lists page 1 only');
  assert.ok(first1.pages > 1, 'Bretagne is paged at 50');
  // Each page links the next, with its hash: the index stays small at any size.
  const pages = [first1];
  for (let at = first1; ;) {
    const body = readFileSync(join(dir, at.url), 'utf8');
    assert.equal(createHash('sha256').update(body).digest('hex'), at.sha256);
    const doc = JSON.parse(body);
    if (!doc.shards) break;
    assert.equal(doc.shards.length, 1);
    at = doc.shards[0];
    assert.equal(at.page, pages.length + 1);
    pages.push(at);
  }
  assert.equal(pages.length, first1.pages);
  assert.equal(
    index.shards.filter((s) => s.type === 'initiatives' && s.page > 1).length,
    0,
    'no later page in the index',
  );
  for (const shard of pages) {
    assert.ok(shard.count <= 50);
    assert.equal(shard.pages, pages.length);
  }
  const first = JSON.parse(readFileSync(join(dir, pages.find((p) => p.page === 1).url), 'utf8'));
  const dates = first.initiatives.map((i) => i.updatedAt ?? '');
  assert.deepEqual(dates, [...dates].sort().reverse(), 'most recent first');
  // Each page carries the territories its items name, with their ancestors.
  const known = new Set(first.territories.map((t) => t.id));
  for (const item of first.initiatives)
    for (const id of item.territories) assert.ok(known.has(id), id);
  const bad = await cli(['publish', DEMO, dir, '--page-size', 'zero']);
  assert.equal(bad.code, 2);
});
