// Issue 16, points 1 and 3: `validate --campaign` and `merge` share one rule set, with paths into
// the file the network wrote; `merge --base` updates the shared feed network by network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fixture, mergeFixtureFeed, tempDir } from './cli-harness.mjs';

/** A hand-written contribution: item 2 names an unknown theme, item 3 another network. */
function writeContribution() {
  const file = join(tempDir(), 'tle.json');
  const item = (id, extra = {}) => ({
    id,
    title: `Initiative ${id}`,
    network: 'tle',
    territories: ['commune:29019'],
    themes: ['economie-circulaire'],
    ...extra,
  });
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      networks: [{ id: 'tle', name: 'Tiers-lieux ensemble' }],
      initiatives: [
        item('a'),
        // Invalid (no title): the parser drops it, and the paths after it must not shift.
        { id: 'b', network: 'tle', territories: [], themes: [] },
        item('c', { themes: ['economie-circulair'] }),
        item('d', { network: 'cis' }),
        item('e', { territories: ['commune:99999'] }),
      ],
    }),
  );
  return file;
}

const codesAndPaths = (text, source) =>
  text
    .split('\n')
    .filter((line) => /\((foreign-network|unknown-reference|duplicate-id)\)/.test(line))
    .map((line) => line.replace(`${source}: `, '').trim())
    .sort();

test('validate without --campaign says references were not checked', async () => {
  const { code, stdout } = await cli(['validate', writeContribution()]);
  assert.equal(code, 1, 'the item without a title is still an error');
  assert.match(stdout, /note: references to networks, themes and territories were not checked/);
  const shared = await mergeFixtureFeed();
  assert.doesNotMatch((await cli(['validate', shared])).stdout, /were not checked/);
});

test('validate --campaign names each unknown id, points into the file as written, fails on what merge drops', async () => {
  const file = writeContribution();
  const { code, stdout } = await cli(['validate', '--campaign', fixture('campaign.json'), file]);
  assert.equal(code, 1);
  assert.match(
    stdout,
    /warning initiatives\[2\]\.themes \[c\] \(unknown-reference\): "c": unknown theme "economie-circulair"/,
  );
  assert.match(
    stdout,
    /error {3}initiatives\[3\]\.network \[d\] \(foreign-network\): "d" dropped: it claims network "cis"/,
  );
  assert.match(stdout, /initiatives\[4\]\.territories \[e\] .*unknown territory "commune:99999"/);
  assert.doesNotMatch(stdout, /were not checked/);

  // Only a foreign item: without --campaign the file passed (exit 0); with it, exit 1.
  const foreign = join(tempDir(), 'foreign.json');
  const tle = JSON.parse(readFileSync(fixture('contribution-tle.json'), 'utf8'));
  writeFileSync(foreign, JSON.stringify(tle));
  assert.equal((await cli(['validate', foreign])).code, 0);
  assert.equal((await cli(['validate', '--campaign', fixture('campaign.json'), foreign])).code, 1);
});

test('validate --campaign and merge --campaign report the same problems at the same paths', async () => {
  const file = writeContribution();
  const validated = await cli(['validate', '--campaign', fixture('campaign.json'), file]);
  const merged = await cli([
    'merge',
    '--campaign',
    fixture('campaign.json'),
    file,
    '-o',
    join(tempDir(), 'out.json'),
  ]);
  assert.equal(merged.code, 1);
  const fromValidate = codesAndPaths(validated.stdout, file);
  assert.ok(fromValidate.length >= 3, validated.stdout);
  assert.deepEqual(codesAndPaths(merged.stderr, file), fromValidate);
  assert.doesNotMatch(merged.stderr, /^output: .*unknown-reference/m, 'no path into the output');
  // Both agree with network=file too.
  const named = await cli(['validate', '--campaign', fixture('campaign.json'), `tle=${file}`]);
  assert.deepEqual(codesAndPaths(named.stdout, file), fromValidate);
});

test('merge --base replaces one network’s items and keeps the others and the campaign', async () => {
  const shared = await mergeFixtureFeed();
  const before = JSON.parse(readFileSync(shared, 'utf8'));
  const update = join(tempDir(), 'tle.json');
  writeFileSync(
    update,
    JSON.stringify({
      version: 1,
      networks: [{ id: 'tle', name: 'Tiers-lieux ensemble' }],
      initiatives: [
        {
          id: 'nouvelle',
          title: 'Nouvelle initiative',
          network: 'tle',
          territories: ['commune:29019'],
          themes: ['economie-circulaire'],
        },
      ],
    }),
  );
  const output = join(tempDir(), 'feed.json');
  const { code, stderr } = await cli(['merge', '--base', shared, `tle=${update}`, '-o', output]);
  assert.equal(code, 0, stderr);
  const after = JSON.parse(readFileSync(output, 'utf8'));
  assert.deepEqual(after.campaign, before.campaign);
  const ids = (feed, network) =>
    [...feed.initiatives, ...feed.events].filter((i) => i.network === network).map((i) => i.id);
  assert.deepEqual(ids(after, 'cis'), ids(before, 'cis'), 'the other network is untouched');
  assert.deepEqual(ids(after, 'tle'), ['tle/nouvelle'], 'tle’s items are replaced');
  assert.equal((await cli(['validate', output, '--strict'])).code, 0);

  // The shared feed given as --campaign: its items are not silently lost.
  const asCampaign = await cli([
    'merge',
    '--campaign',
    shared,
    `tle=${update}`,
    '-o',
    join(tempDir(), 'x.json'),
  ]);
  assert.match(asCampaign.stderr, /3 initiatives and 3 events of .* ignored: .* use --base/);
  // --base needs the network of each contribution, and excludes --campaign.
  assert.equal((await cli(['merge', '--base', shared, update])).code, 2);
  assert.equal(
    (await cli(['merge', '--base', shared, '--campaign', shared, `tle=${update}`])).code,
    2,
  );
});

test('merge --max-problems and plurals in both languages', async () => {
  const file = writeContribution();
  const args = ['merge', '--campaign', fixture('campaign.json'), file, '-o', join(tempDir(), 'o')];
  const limited = await cli([...args, '--max-problems', '1']);
  assert.equal(limited.stderr.split('\n').filter((l) => /\((\w|-)+\):/.test(l)).length, 1);
  assert.match(limited.stderr, /… 3 more problems not shown \(--max-problems\)/);
  assert.match(
    limited.stderr,
    /merged 1 contribution: 2 networks, 2 themes, .*; 2 errors, 2 warnings/,
  );
  const fr = await cli([...args, '--lang', 'fr']);
  assert.match(
    fr.stderr,
    /1 contribution fusionnée : 2 réseaux, 2 thèmes, .* ; 2 erreurs, 2 alertes/,
  );
  const one = await cli([
    'merge',
    '--campaign',
    fixture('campaign.json'),
    fixture('contribution-tle.json'),
    '-o',
    join(tempDir(), 'o'),
    '--lang',
    'fr',
  ]);
  assert.match(one.stderr, /1 initiative, 1 événement ; 1 erreur, 1 alerte$/m);
});
