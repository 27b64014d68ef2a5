import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fixture, tempDir } from './cli-harness.mjs';

// network-calendar.ics is shaped like real exports: a VTIMEZONE for Europe/Paris, an Outlook-style
// zone name with its own VTIMEZONE, an IANA zone without one, UTC, all-day dates, a weekly RRULE
// with an EXDATE and a moved occurrence (RECURRENCE-ID), STATUS:CANCELLED, folded lines,
// escaped commas, non-ASCII text, an unsafe URL and an event long past.
let result;
let byId;
before(async () => {
  const output = join(tempDir(), 'contribution.json');
  result = await cli([
    'import',
    'ics',
    fixture('network-calendar.ics'),
    '--network',
    'tle',
    '--network-name',
    'Tiers-lieux ensemble',
    '--territory',
    'region:27',
    '--now',
    '2027-01-01T00:00:00Z',
    '-o',
    output,
  ]);
  result.feed = JSON.parse(readFileSync(output, 'utf8'));
  result.output = output;
  byId = new Map(result.feed.events.map((e) => [e.id, e]));
});

test('import ics: a valid v1 contribution of the network', async () => {
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.feed.version, 1);
  assert.deepEqual(result.feed.networks, [{ id: 'tle', name: 'Tiers-lieux ensemble' }]);
  assert.equal(result.feed.generatedAt, '2027-01-01T00:00:00Z');
  assert.ok(result.feed.events.every((e) => e.network === 'tle' && e.id.startsWith('tle/')));
  assert.ok(result.feed.events.every((e) => e.territories?.[0] === 'region:27'));
  assert.match(result.stderr, /10 events imported/);
  assert.equal((await cli(['validate', result.output, '--strict'])).code, 0);
});

test('import ics: time zones, with the offset of the place on that date', () => {
  const workshop = byId.get('tle/atelier-eco-circulaire-2027');
  assert.equal(workshop.start, '2027-04-08T09:30:00+02:00');
  assert.equal(workshop.end, '2027-04-08T12:30:00+02:00');
  assert.equal(workshop.timeZone, 'Europe/Paris');
  // IANA zone without a VTIMEZONE, end given as DURATION:PT2H.
  const reunion = byId.get('tle/visio-reunion');
  assert.equal(reunion.start, '2027-04-20T09:00:00+04:00');
  assert.equal(reunion.end, '2027-04-20T11:00:00+04:00');
  assert.equal(reunion.timeZone, 'Indian/Reunion');
  // Outlook's "Romance Standard Time", read through the file's own VTIMEZONE.
  const forum = byId.get('tle/forum-annule');
  assert.equal(Date.parse(forum.start), Date.parse('2027-06-10T16:00:00Z'));
  // UTC in winter: shown with the Paris offset.
  assert.equal(byId.get('tle/webinaire-utc').start, '2027-01-20T18:00:00+01:00');
});

test('import ics: all-day events, cancelled events, text and links', () => {
  const open = byId.get('tle/portes-ouvertes-2027');
  assert.equal(open.allDay, true);
  assert.equal(open.start, '2027-05-15T00:00:00+02:00');
  assert.equal(open.end, '2027-05-17T00:00:00+02:00', 'exclusive end, two days');
  assert.deepEqual(open.location, { name: 'Île-de-Sein' });
  assert.equal(byId.get('tle/forum-annule').status, 'cancelled');
  const workshop = byId.get('tle/atelier-eco-circulaire-2027');
  assert.equal(workshop.title, 'Atelier « Économie circulaire » à Besançon');
  // Folded lines joined, escapes decoded, the \n kept as a line break.
  assert.equal(
    workshop.description,
    'Un atelier pour concevoir ensemble une recyclerie solidaire, avec les habitants, les élus et les associations du quartier.\nInscription gratuite : venez nombreux ! Ça commence à 9 h 30 précises.',
  );
  assert.deepEqual(workshop.location, {
    name: "Tiers-lieu La Fabrique, 12 rue de l'Épargne, 25000 Besançon",
  });
  assert.equal(workshop.url, 'https://tiers-lieux.example.org/agenda/atelier-eco-circulaire');
  assert.equal(byId.get('tle/visio-reunion').url, undefined);
  assert.match(
    result.stderr,
    /"tle\/visio-reunion": link removed \(only http and https are allowed\): javascript:alert\(1\)/,
  );
});

test('import ics: recurring events expanded, EXDATE skipped, moved occurrence kept with its id', () => {
  const weekly = result.feed.events.filter((e) => e.id.startsWith('tle/permanence-hebdo/'));
  assert.deepEqual(
    weekly.map((e) => `${e.id} ${e.start}`),
    [
      'tle/permanence-hebdo/20270302T1400 2027-03-02T14:00:00+01:00',
      'tle/permanence-hebdo/20270309T1400 2027-03-09T14:00:00+01:00',
      'tle/permanence-hebdo/20270323T1400 2027-03-23T14:00:00+01:00',
      'tle/permanence-hebdo/20270330T1400 2027-03-31T10:00:00+02:00',
      'tle/permanence-hebdo/20270406T1400 2027-04-06T14:00:00+02:00',
    ],
  );
  assert.equal(weekly[3].title, 'Permanence numérique (déplacée au mercredi)');
  assert.equal(weekly[4].end, '2027-04-06T17:00:00+02:00', 'after the change to summer time');
});

test('import ics: the window bounds the import', async () => {
  assert.equal(byId.has('tle/ancien-2020'), false);
  const narrow = await cli([
    'import',
    'ics',
    fixture('network-calendar.ics'),
    '--network',
    'tle',
    '--now',
    '2027-01-01T00:00:00Z',
    '--from',
    '2027-03-05',
    '--to',
    '2027-03-25',
  ]);
  const ids = JSON.parse(narrow.stdout).events.map((e) => e.id);
  assert.deepEqual(ids, [
    'tle/permanence-hebdo/20270309T1400',
    'tle/permanence-hebdo/20270323T1400',
  ]);
});

test('import ics: usage and unreadable input', async () => {
  assert.equal(
    (await cli(['import', 'ics', fixture('network-calendar.ics')])).code,
    2,
    '--network is required',
  );
  assert.equal(
    (
      await cli([
        'import',
        'ics',
        fixture('network-calendar.ics'),
        '--network',
        'tle',
        '--time-zone',
        'Mars/Base',
      ])
    ).code,
    2,
  );
  assert.equal(
    (
      await cli([
        'import',
        'ics',
        fixture('network-calendar.ics'),
        '--network',
        'tle',
        '--territory',
        'paris',
      ])
    ).code,
    2,
  );
  const broken = await cli(['import', 'ics', fixture('malformed.json'), '--network', 'tle']);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /unreadable iCalendar file/);
});

test('merge: a network’s hand-written file wins over its ICS import, whatever the argument order', async () => {
  const dir = tempDir();
  const imported = result.feed.events[0];
  const hand = join(dir, 'tle-hand.json');
  writeFileSync(
    hand,
    JSON.stringify({
      version: 1,
      networks: [{ id: 'tle', name: { fr: 'Tiers-lieux ensemble (main)' } }],
      events: [{ ...imported, title: 'Titre corrigé à la main' }],
    }),
  );
  const merge = (inputs, name) =>
    cli(['merge', ...inputs, '--generated-at', '2027-01-01T00:00:00Z', '-o', join(dir, name)]);
  const a = await merge([result.output, hand], 'a.json');
  const b = await merge([hand, result.output], 'b.json');
  const feedA = readFileSync(join(dir, 'a.json'), 'utf8');
  assert.equal(feedA, readFileSync(join(dir, 'b.json'), 'utf8'), 'same bytes in both orders');
  const merged = JSON.parse(feedA);
  assert.equal(merged.events.find((e) => e.id === imported.id).title.fr, 'Titre corrigé à la main');
  assert.equal(merged.networks[0].name.fr, 'Tiers-lieux ensemble (main)');
  for (const run of [a, b]) {
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stderr,
      /\(conflict\): ".*" also in .*tle-hand\.json, written by hand: it wins over the ICS import/,
    );
  }
});
