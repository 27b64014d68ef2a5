import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fixture, run, tempDir } from './cli-harness.mjs';

test('validate: a valid contribution exits 0 with a summary', async () => {
  const { code, stdout } = await cli(['validate', fixture('contribution-tle.json')]);
  assert.equal(code, 0, stdout);
  // The item that names another network is the merge's business; validate only warns.
  assert.match(stdout, /warning initiatives\[1\]\.network \[usurpation\] \(unknown-reference\)/);
  assert.match(
    stdout,
    /VALID: 7 items read \(1 network, 1 theme, 2 territories, 2 initiatives, 1 event, 0 parts\), 0 errors, 1 warning,/,
  );
});

test('validate: every error is reported with its path, item id and reason; exit 1', async () => {
  const { code, stdout } = await cli(['validate', fixture('invalid.json')]);
  assert.equal(code, 1);
  const expected = [
    /error {3}initiatives\[1\]\.title \[cis\/sans-titre\] \(invalid-item\): "cis\/sans-titre" dropped: initiatives\[1\]\.title: empty text/,
    /warning initiatives\[2\]\.url \[cis\/lien\] \(unsafe-url\): link removed \(only http and https are allowed\)/,
    /error {3}initiatives\[3\] \[cis\/ok\] \(duplicate-id\): duplicate "cis\/ok"/,
    /warning initiatives\[4\]\.network \[cis\/autre-reseau\] \(unknown-reference\): "cis\/autre-reseau": unknown network "inconnu"/,
    /error {3}events\[0\]\.end \[cis\/a-l-envers\] \(invalid-item\): .*the event ends before it starts/,
    /error {3}events\[1\]\.start \[cis\/sans-decalage\] \(invalid-item\): .*ISO 8601 date-time with offset/,
  ];
  for (const pattern of expected) assert.match(stdout, pattern);
  assert.match(stdout, /INVALID: .* 4 errors, 2 warnings/);
});

test('validate: French messages with --lang fr or LANG=fr_FR', async () => {
  const withOption = await cli(['validate', fixture('invalid.json'), '--lang', 'fr']);
  const withEnv = await cli(['validate', fixture('invalid.json')], {
    env: { LANG: 'fr_FR.UTF-8' },
  });
  for (const { stdout } of [withOption, withEnv]) {
    assert.match(
      stdout,
      /erreur {2}initiatives\[1\]\.title \[cis\/sans-titre\] \(invalid-item\): « cis\/sans-titre » ignoré : initiatives\[1\]\.title : texte vide/,
    );
    assert.match(stdout, /l'événement se termine avant de commencer/);
    assert.match(stdout, /INVALIDE : .* 4 erreurs, 2 alertes/);
  }
});

test('validate: warnings pass, unless --strict', async () => {
  assert.equal((await cli(['validate', fixture('warnings-only.json')])).code, 0);
  assert.equal((await cli(['validate', fixture('warnings-only.json'), '--strict'])).code, 1);
});

test('validate: malformed JSON is reported with line and column', async () => {
  const { code, stdout } = await cli(['validate', fixture('malformed.json')]);
  assert.equal(code, 1);
  // `{ "id": "cis/a", "title": "A", }`: the stray `}` is line 4, column 36.
  assert.match(stdout, /malformed JSON \(4:36\): unexpected "}", expected a quoted field name/);
  const cut = join(tempDir(), 'cut.json');
  writeFileSync(cut, '{"version": 1,\n"events": [\n{"id": "x", "title": "Cut');
  assert.match((await cli(['validate', cut])).stdout, /malformed JSON \(3:26\)/);
  const html = join(tempDir(), 'page.json');
  writeFileSync(html, '<!doctype html><p>404</p>');
  assert.match((await cli(['validate', html])).stdout, /HTML page, not a JSON feed/);
});

test('validate: --format json gives machine-readable problems', async () => {
  const { code, stdout } = await cli(['validate', fixture('invalid.json'), '--format', 'json']);
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.valid, false);
  assert.equal(report.errors, 4);
  assert.equal(report.counts.initiatives, 5);
  assert.deepEqual(
    report.problems.map((p) => p.path),
    [
      'initiatives[1].title',
      'initiatives[2].url',
      'initiatives[3]',
      'events[0].end',
      'events[1].start',
      'initiatives[4].network',
    ],
  );
});

test('validate: reads standard input with "-"', async () => {
  const { code, stdout } = run(['validate', '-'], {
    input: readFileSync(fixture('contribution-cis.json')),
  });
  assert.equal(code, 0, stdout);
});

test('validate: syntax errors give the exact line, column and reason, in both languages', async () => {
  const dir = tempDir();
  // [document, line:column, English reason]; columns count UTF-16 code units.
  const cases = [
    ['{"version": 1, "a": tru}', '1:21', 'unexpected "t", expected a value'],
    ['{"version": 1,\n  "initiatives": [1,]}', '2:21', 'unexpected "]", expected a value'],
    ["{'version': 1}", '1:2', `unexpected "'", expected a quoted field name`],
    ['{"version": 1 "initiatives": []}', '1:15', 'unexpected "\\"", expected "," or "}"'],
    ['{"version": 1, "initiatives": [{} {}]}', '1:35', 'unexpected "{", expected "," or "]"'],
    ['{"version" 1}', '1:12', 'unexpected "1", expected ":"'],
    ['{"version": 1}\n}', '2:1', 'unexpected "}", expected the end of the text'],
    ['{"version": 1, "a": "x\\q"}', '1:24', 'unexpected "q", expected a well-formed string'],
    ['{"titre": "é€😀", x}', '1:19', 'unexpected "x", expected a quoted field name'],
    ['\ufeff{"version": 1,\n"events": [', '2:12', 'unexpected end, expected "," or "]"'],
    ['', '1:1', 'unexpected end, expected a value'],
  ];
  for (const [text, where, reason] of cases) {
    const file = join(dir, 'broken.json');
    writeFileSync(file, text);
    const { code, stdout } = await cli(['validate', file, '--format', 'json']);
    assert.equal(code, 1, text);
    const report = JSON.parse(stdout);
    assert.equal(report.problems.length, 1, text);
    assert.equal(report.problems[0].code, 'not-json', text);
    assert.equal(report.problems[0].text, `malformed JSON (${where}): ${reason}`, text);
  }
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{"version": 1,\n  "initiatives": [1,]}');
  const fr = await cli(['validate', file, '--lang', 'fr']);
  assert.match(
    fr.stdout,
    /JSON invalide \(2:21\) : caractère inattendu "\]", attendu : une valeur/,
  );
  assert.match(fr.stdout, /ILLISIBLE/);
});

test('validate: a large file keeps exact paths, and duplicates and references across the whole document', async () => {
  const items = [];
  for (let i = 0; i < 4000; i += 1)
    items.push({
      id: `cis/i-${i % 3999}`,
      title: `Initiative n° ${i} — « ${'x'.repeat(250)} »`,
      network: 'cis',
      territories: ['region:53'],
      themes: [],
    });
  items[2777].title = '';
  items[3500].territories = ['region:99'];
  // The territories come after the initiatives that name them: order in the file does not matter.
  const doc = {
    version: 1,
    networks: [{ id: 'cis', name: 'CIS' }],
    initiatives: items,
    territories: [{ id: 'region:53', name: 'Bretagne', kind: 'region' }],
  };
  const file = join(tempDir(), 'large.json');
  writeFileSync(file, JSON.stringify(doc, null, 1));
  const { code, stdout } = await cli(['validate', file, '--format', 'json']);
  assert.equal(code, 1, stdout);
  const report = JSON.parse(stdout);
  assert.equal(report.counts.initiatives, 4000);
  assert.deepEqual(
    report.problems.map((p) => `${p.code} ${p.path}`),
    [
      'invalid-item initiatives[2777].title',
      'duplicate-id initiatives[3999]',
      'unknown-reference initiatives[3500].territories',
    ],
  );
});

test("validate: every problem is counted past the parser's 500-problem cap; --max-problems limits the list", async () => {
  const items = [];
  for (let i = 0; i < 1200; i += 1) items.push({ id: `cis/i-${i}`, network: 'cis', title: '' });
  const file = join(tempDir(), 'junk.json');
  writeFileSync(file, JSON.stringify({ version: 1, initiatives: items }));
  const json = JSON.parse((await cli(['validate', file, '--format', 'json'])).stdout);
  assert.equal(json.errors, 1200);
  assert.equal(json.problems.length, 1200);
  assert.equal(json.problems[1199].path, 'initiatives[1199].title');
  assert.ok(!json.problems.some((p) => p.code === 'too-many-problems'));
  const text = await cli(['validate', file, '--max-problems', '3']);
  assert.equal(text.code, 1);
  assert.equal(text.stdout.match(/invalid-item/g).length, 3);
  assert.match(text.stdout, /… 1,197 more problems not shown \(--max-problems\)/);
  assert.match(text.stdout, /INVALID: .* 1,200 errors, 0 warnings/);
});

test('validate: a file over the size cap is refused unread (exit 2)', async () => {
  const MAX_VALIDATE_BYTES = 100 * 1024 * 1024; // documented in docs/cli.md
  const file = join(tempDir(), 'huge.json');
  // A sparse file: its size is past the cap, nothing is written.
  const fd = openSync(file, 'w');
  ftruncateSync(fd, MAX_VALIDATE_BYTES + 1);
  closeSync(fd);
  const { code, stderr } = await cli(['validate', file]);
  assert.equal(code, 2);
  assert.match(stderr, /is larger than 100 MB/);
});

test('exit codes of the real process: 0, 1, 2', () => {
  assert.equal(run(['validate', fixture('contribution-cis.json')]).code, 0);
  assert.equal(run(['validate', fixture('invalid.json')]).code, 1);
  const usage = run(['validate', '--bogus']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /Unknown option '--bogus'/);
});

test('exit code 2 for usage errors', async () => {
  assert.equal((await cli([])).code, 2);
  assert.equal((await cli(['validate'])).code, 2);
  assert.equal((await cli(['validate', 'no-such-file.json'])).code, 2);
  assert.match(
    (await cli(['validate', 'no-such-file.json'])).stderr,
    /file not found: no-such-file\.json/,
  );
  assert.equal((await cli(['validate', fixture('invalid.json'), '--bogus'])).code, 2);
  assert.equal((await cli(['frobnicate'])).code, 2);
  assert.equal((await cli(['validate', fixture('invalid.json'), '--format', 'xml'])).code, 2);
});

test('--help for every command, with examples, in both languages', async () => {
  for (const command of [
    ['validate'],
    ['merge'],
    ['split'],
    ['export', 'ics'],
    ['export', 'jsonfeed'],
    ['import', 'ics'],
    ['schema'],
    ['build'],
    ['init'],
  ]) {
    const en = await cli([...command, '--help']);
    assert.equal(en.code, 0);
    assert.match(en.stdout, /Usage: tis-feed/);
    assert.match(en.stdout, /Examples?:\n {2}tis-feed/);
    const fr = await cli([...command, '--help', '--lang', 'fr']);
    assert.match(fr.stdout, /Usage : tis-feed/);
    assert.match(fr.stdout, /Exemples? :\n {2}tis-feed/);
  }
  assert.match(
    (await cli(['--help'])).stdout,
    /Exit codes: 0 success, 1 problems found, 2 usage error/,
  );
});
