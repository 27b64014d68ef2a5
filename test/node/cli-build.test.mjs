import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { cli, fixture, tempDir } from './cli-harness.mjs';

const AT = '2027-01-01T00:00:00Z';

/** A contributions folder: the fixture campaign, cis.json and what `extra` adds. */
function folder(extra = {}) {
  const dir = join(tempDir(), 'feed');
  mkdirSync(join(dir, 'contributions'), { recursive: true });
  copyFileSync(fixture('campaign.json'), join(dir, 'campaign.json'));
  copyFileSync(fixture('contribution-cis.json'), join(dir, 'contributions/cis.json'));
  for (const [name, body] of Object.entries(extra)) {
    if (body === null) rmSync(join(dir, 'contributions', name));
    else writeFileSync(join(dir, 'contributions', name), body);
  }
  return dir;
}

function tree(dir) {
  const files = {};
  const walk = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true }))
      if (entry.isDirectory()) walk(join(path, entry.name));
      else
        files[relative(dir, join(path, entry.name))] = readFileSync(join(path, entry.name), 'utf8');
  };
  walk(dir);
  return files;
}

const report = (site) => JSON.parse(readFileSync(join(site, 'report.json'), 'utf8'));
const network = (site, id) => report(site).networks.find((n) => n.network === id);
const ICS = readFileSync(fixture('network-calendar.ics'), 'utf8');

let server;
let base;
before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/slow.ics') return; // never answers
    if (request.url === '/calendar.ics') {
      response.writeHead(200, { 'content-type': 'text/calendar' });
      response.end(ICS);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><html><body>Log in to see this calendar</body></html>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test('build: a valid folder gives the published tree, feed.json and report.json', async () => {
  const dir = folder({ 'tle.ics': ICS });
  const site = join(tempDir(), 'site');
  const result = await cli(['build', dir, '-o', site, '--generated-at', AT]);
  assert.equal(result.code, 0, result.stderr);
  for (const file of ['index.json', '_headers', 'feed.json', 'report.json'])
    assert.ok(existsSync(join(site, file)), file);
  const index = JSON.parse(readFileSync(join(site, 'index.json'), 'utf8'));
  assert.equal(index.generatedAt, AT);
  assert.ok(index.shards.length > 0);
  const cis = network(site, 'cis');
  assert.equal(cis.status, 'published');
  assert.equal(cis.read, 5);
  assert.equal(cis.dropped, cis.read - cis.kept);
  assert.ok(cis.sources[0].problems.some((p) => p.code === 'duplicate-id'));
  const tle = network(site, 'tle');
  assert.equal(tle.status, 'published');
  assert.ok(tle.kept > 0);
  assert.match(result.stderr, /cis: published: 5 items read, 4 kept, 1 dropped/);
  assert.match(result.stderr, /0 contributions left out/);
  // Valid v1 for the validator too.
  assert.equal((await cli(['validate', join(site, 'feed.json')])).code, 0);
});

test('build: deterministic, same inputs same bytes; generatedAt from the inputs', async () => {
  const dir = folder({ 'tle.ics': ICS });
  const one = join(tempDir(), 'site');
  const two = join(tempDir(), 'site');
  await cli(['build', dir, '-o', one, '--generated-at', AT]);
  await cli(['build', dir, '-o', two, '--generated-at', AT]);
  assert.deepEqual(tree(one), tree(two));
  // Without --generated-at: the latest date of the campaign and the JSON contributions.
  const plain = folder();
  const site = join(tempDir(), 'site');
  assert.equal((await cli(['build', plain, '-o', site])).code, 0);
  assert.equal(report(site).generatedAt, '2026-11-27T10:00:00+01:00');
});

test('build: a contribution that is not JSON is left out by name, the others are published', async () => {
  const dir = folder({ 'broken.json': '{"version": 1, "initiatives": [' });
  const site = join(tempDir(), 'site');
  const result = await cli(['build', dir, '-o', site, '--generated-at', AT]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /contributions\/broken\.json: \$ \(not-json\)/);
  assert.equal(network(site, 'broken').status, 'left-out');
  assert.equal(network(site, 'cis').status, 'published');
  assert.equal(report(site).ok, false);
  assert.ok(existsSync(join(site, 'index.json')));
});

test('build: a contribution claiming another network’s items is left out', async () => {
  const dir = folder({ 'tle.json': readFileSync(fixture('contribution-tle.json'), 'utf8') });
  const site = join(tempDir(), 'site');
  const result = await cli(['build', dir, '-o', site, '--generated-at', AT]);
  assert.equal(result.code, 1);
  const tle = network(site, 'tle');
  assert.equal(tle.status, 'left-out');
  assert.ok(tle.sources[0].problems.some((p) => p.code === 'foreign-network'));
  assert.match(result.stderr, /contributions\/tle\.json: initiatives\[1\]\.network/);
  const feed = JSON.parse(readFileSync(join(site, 'feed.json'), 'utf8'));
  assert.ok(feed.initiatives.every((i) => i.network === 'cis'));
});

test('build: a 50 MB contribution is left out unread', async () => {
  const dir = folder();
  const huge = join(dir, 'contributions/huge.json');
  writeFileSync(huge, '');
  truncateSync(huge, 50 * 1024 * 1024);
  const site = join(tempDir(), 'site');
  const result = await cli(['build', dir, '-o', site, '--generated-at', AT]);
  assert.equal(result.code, 1);
  assert.match(
    result.stderr,
    /huge\.json: \$ \(too-large\): file too large \(50 MB, at most 20 MB\)/,
  );
  assert.equal(network(site, 'cis').status, 'published');
});

test('build: an ICS URL is fetched, and the report says from where and when', async () => {
  const dir = folder({ 'tle.ics.url': `${base}/calendar.ics\nterritory: region:27\n` });
  const site = join(tempDir(), 'site');
  const result = await cli(['build', dir, '-o', site, '--generated-at', AT]);
  assert.equal(result.code, 0, result.stderr);
  const source = network(site, 'tle').sources[0];
  assert.equal(source.url, `${base}/calendar.ics`);
  assert.ok(!Number.isNaN(Date.parse(source.fetchedAt)));
  const feed = JSON.parse(readFileSync(join(site, 'feed.json'), 'utf8'));
  assert.ok(feed.events.some((e) => e.network === 'tle' && e.territories[0] === 'region:27'));
});

test('build: an ICS URL that times out or answers HTML is left out, the others go on', async () => {
  const dir = folder({
    'slow.ics.url': `${base}/slow.ics\n`,
    'portal.ics.url': `${base}/login\n`,
  });
  const site = join(tempDir(), 'site');
  const started = Date.now();
  const result = await cli([
    'build',
    dir,
    '-o',
    site,
    '--generated-at',
    AT,
    '--ics-timeout',
    '0.5',
  ]);
  assert.ok(Date.now() - started < 5000);
  assert.equal(result.code, 1);
  assert.equal(network(site, 'slow').sources[0].problems[0].code, 'timeout');
  assert.match(result.stderr, /slow\.ics\.url: \$ \(timeout\): .* did not answer within 0\.5 s/);
  assert.equal(network(site, 'portal').sources[0].problems[0].code, 'not-ics');
  assert.match(result.stderr, /portal\.ics\.url: \$ \(not-ics\): this is an HTML page/);
  assert.equal(network(site, 'cis').status, 'published');
});

test('build: a broken contribution keeps that network’s items of the previous build', async () => {
  const dir = folder({ 'tle.ics': ICS });
  const site = join(tempDir(), 'site');
  assert.equal((await cli(['build', dir, '-o', site, '--generated-at', AT])).code, 0);
  const before = JSON.parse(readFileSync(join(site, 'feed.json'), 'utf8'));
  writeFileSync(join(dir, 'contributions/tle.ics'), '<html>oops</html>');
  const result = await cli(['build', dir, '-o', site, '--generated-at', AT]);
  assert.equal(result.code, 1);
  assert.equal(network(site, 'tle').status, 'previous');
  assert.equal(network(site, 'tle').kept, 0);
  assert.ok(network(site, 'tle').fromPrevious > 0);
  assert.match(result.stderr, /tle: LEFT OUT, previous items kept/);
  const now = JSON.parse(readFileSync(join(site, 'feed.json'), 'utf8'));
  const ids = (feed) => feed.events.filter((e) => e.network === 'tle').map((e) => e.id);
  assert.deepEqual(ids(now), ids(before));
  assert.ok(ids(now).length > 0);
});

test('build: a failed build leaves the site as it was, with no temporary folder', async () => {
  const dir = folder();
  const parent = tempDir();
  const site = join(parent, 'site');
  assert.equal((await cli(['build', dir, '-o', site, '--generated-at', AT])).code, 0);
  const was = tree(site);
  writeFileSync(join(dir, 'campaign.json'), 'not json');
  const result = await cli(['build', dir, '-o', site]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /campaign\.json: malformed JSON/);
  assert.deepEqual(tree(site), was);
  assert.deepEqual(readdirSync(parent), ['site']);
});

test('build: usage errors', async () => {
  assert.equal((await cli(['build', folder()])).code, 2);
  assert.equal((await cli(['build', folder(), '-o', tempDir(), '--generated-at', 'soon'])).code, 2);
  assert.equal((await cli(['build', join(tempDir(), 'nope'), '-o', tempDir()])).code, 2);
});
