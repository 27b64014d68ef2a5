import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fixture, run, tempDir } from './cli-harness.mjs';

const CONTRIBUTIONS = [fixture('contribution-cis.json'), fixture('contribution-tle.json')];
const mergeArgs = (output) => [
  'merge',
  ...CONTRIBUTIONS,
  '--campaign',
  fixture('campaign.json'),
  '-o',
  output,
];

test('merge: namespaced ids, provenance, campaign block, merged territories', async () => {
  const output = join(tempDir(), 'feed.json');
  const { code, stderr } = await cli(mergeArgs(output));
  // Two items were refused (a duplicate, an item claiming another network): exit 1, file written.
  assert.equal(code, 1);
  const feed = JSON.parse(readFileSync(output, 'utf8'));
  assert.equal(feed.version, 1);
  assert.equal(feed.campaign.id, '1000territoiresIS');
  assert.equal(feed.generatedAt, '2026-11-27T10:00:00+01:00', 'latest generatedAt of the inputs');
  assert.deepEqual(
    feed.initiatives.map((i) => i.id),
    ['cis/fablab-besancon', 'cis/recyclerie-brest', 'tle/recyclerie-brest'],
  );
  assert.deepEqual(
    feed.events.map((e) => e.id),
    ['cis/forum-annule', 'cis/webinaire-coconstruction', 'tle/portes-ouvertes-sein'],
  );
  assert.deepEqual(
    feed.initiatives.map((i) => i.network),
    ['cis', 'cis', 'tle'],
  );
  // The network's own description wins over the campaign file's.
  assert.equal(
    feed.networks.find((n) => n.id === 'cis').name.fr,
    'Carrefour des innovations sociales',
  );
  // The campaign file's theme wins over a contribution's different label.
  assert.equal(
    feed.themes.find((t) => t.id === 'economie-circulaire').label.fr,
    'Économie circulaire',
  );
  const brest = feed.territories.find((t) => t.id === 'commune:29019');
  assert.equal(brest.joinedAt, '2026-02-01T09:00:00+01:00', 'earliest joinedAt');
  assert.deepEqual(brest.networks, ['cis', 'tle'], 'every network kept');
  const sein = feed.territories.find((t) => t.id === 'commune:29083');
  assert.deepEqual(sein.networks, ['tle'], 'joined through the contributing network');
  // Reported problems, with their file and path.
  assert.match(
    stderr,
    /contribution-cis\.json: error {3}initiatives\[1\] \[cis\/recyclerie-brest\] \(duplicate-id\): duplicate "cis\/recyclerie-brest" within network "cis"/,
  );
  assert.match(
    stderr,
    /contribution-tle\.json: error {3}initiatives\[1\]\.network \[usurpation\] \(foreign-network\)/,
  );
  assert.match(
    stderr,
    /contribution-tle\.json: warning themes \[economie-circulaire\] \(conflict\)/,
  );
  assert.doesNotMatch(stderr, /unknown-reference/, 'references resolve across the merged inputs');
});

test('merge: the output is valid v1 (validate exits 0)', async () => {
  const output = join(tempDir(), 'feed.json');
  await cli(mergeArgs(output));
  const check = await cli(['validate', output, '--strict']);
  assert.equal(check.code, 0, check.stdout);
});

test('merge: deterministic — same inputs, same bytes (also across processes)', async () => {
  const dir = tempDir();
  await cli(mergeArgs(join(dir, 'a.json')));
  run(mergeArgs(join(dir, 'b.json')));
  const a = readFileSync(join(dir, 'a.json'));
  const b = readFileSync(join(dir, 'b.json'));
  assert.ok(a.length > 1000);
  assert.ok(a.equals(b));
  // Keys sorted at every level.
  const feed = JSON.parse(a.toString());
  assert.deepEqual(Object.keys(feed), [...Object.keys(feed)].sort());
  assert.deepEqual(Object.keys(feed.events[1]), [...Object.keys(feed.events[1])].sort());
});

test('merge: network=file names the network of a contribution listing several', async () => {
  const dir = tempDir();
  const contribution = JSON.parse(readFileSync(fixture('contribution-tle.json'), 'utf8'));
  contribution.networks.push({ id: 'partenaire', name: 'Réseau partenaire' });
  contribution.initiatives = contribution.initiatives.filter((i) => i.network === 'tle');
  const file = join(dir, 'tle.json');
  writeFileSync(file, JSON.stringify(contribution));
  const ambiguous = await cli(['merge', file, '-o', join(dir, 'x.json')]);
  assert.equal(ambiguous.code, 1);
  assert.match(ambiguous.stderr, /cannot tell which network this contribution comes from/);
  const named = await cli([
    'merge',
    `tle=${file}`,
    '-o',
    join(dir, 'y.json'),
    '--generated-at',
    '2026-12-01T00:00:00Z',
  ]);
  assert.equal(named.code, 0, named.stderr);
  const feed = JSON.parse(readFileSync(join(dir, 'y.json'), 'utf8'));
  assert.deepEqual(
    feed.initiatives.map((i) => i.id),
    ['tle/recyclerie-brest'],
  );
  assert.equal(feed.generatedAt, '2026-12-01T00:00:00Z');
  assert.match(named.stderr, /no "campaign" block/);
});

test('merge: usage errors exit 2', async () => {
  assert.equal((await cli(['merge'])).code, 2);
  assert.equal((await cli(['merge', 'missing.json'])).code, 2);
  assert.equal(
    (await cli(['merge', fixture('contribution-cis.json'), '--generated-at', 'yesterday'])).code,
    2,
  );
});
