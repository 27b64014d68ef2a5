import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { cli, mergeFixtureFeed, tempDir } from './cli-harness.mjs';

let feedFile;
before(async () => {
  feedFile = await mergeFixtureFeed();
});

function parseIcs(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar
    .getAllSubcomponents('vevent')
    .map((component) => ({ component, event: new ICAL.Event(component) }));
  return { calendar, events, byUid: new Map(events.map((e) => [e.event.uid, e])) };
}

test('export ics: RFC 5545 text, parsed back by ical.js field by field', async () => {
  const { code, stdout: text } = await cli(['export', 'ics', feedFile, '--lang', 'fr']);
  assert.equal(code, 0);
  // CRLF everywhere, no line longer than 75 octets.
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/);

  const { calendar, events, byUid } = parseIcs(text);
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(
    calendar.getFirstPropertyValue('x-wr-calname'),
    '1000 territoires d’innovation sociale',
  );
  assert.equal(calendar.getFirstPropertyValue('refresh-interval').toString(), 'PT6H');
  assert.deepEqual(
    events.map((e) => e.event.uid),
    [
      'cis/webinaire-coconstruction@1000territoires',
      'tle/portes-ouvertes-sein@1000territoires',
      'cis/forum-annule@1000territoires',
    ],
  );

  const webinar = byUid.get('cis/webinaire-coconstruction@1000territoires');
  assert.equal(webinar.event.summary, 'Webinaire de co-construction, « en deux parties »; suite');
  assert.equal(webinar.event.startDate.toJSDate().toISOString(), '2027-04-08T07:00:00.000Z');
  assert.equal(webinar.event.endDate.toJSDate().toISOString(), '2027-04-08T10:00:00.000Z');
  // Online only: its joining link, never a place made from its territory (issue 16).
  assert.equal(webinar.event.location, 'https://example.org/cis/visio');
  assert.equal(
    webinar.component.getFirstPropertyValue('url'),
    'https://example.org/cis/evenements/webinaire',
  );
  assert.equal(webinar.component.getFirstPropertyValue('status'), 'CONFIRMED');
  assert.equal(
    webinar.component.getFirstPropertyValue('dtstamp').toString(),
    '2026-11-27T09:00:00Z',
  );
  assert.deepEqual(webinar.component.getFirstProperty('categories').getValues(), [
    'Accès aux services, notamment numériques',
  ]);
  const description = webinar.event.description;
  assert.match(description, /^En deux parties séparées par une pause\.\nVenez nombreux !/);
  assert.match(description, /9\sh – 10\sh\s20 : Rappel du dispositif CRTE/);
  assert.match(description, /S’inscrire : https:\/\/example\.org\/cis\/inscription/);

  const openDay = byUid.get('tle/portes-ouvertes-sein@1000territoires');
  assert.equal(openDay.event.startDate.isDate, true);
  assert.equal(openDay.event.startDate.toString(), '2027-05-15');
  assert.equal(openDay.event.endDate.toString(), '2027-05-16', 'exclusive end date');
  assert.equal(openDay.event.location, 'Tiers-lieu de l’île, Île-de-Sein');

  const cancelled = byUid.get('cis/forum-annule@1000territoires');
  assert.equal(cancelled.component.getFirstPropertyValue('status'), 'CANCELLED');
  assert.equal(cancelled.event.location, 'Salle des fêtes, 1 place de l’Exemple, Besançon');
});

test('export ics: one VEVENT per part of an event held on several days, related to the event', async () => {
  const dir = tempDir();
  const feed = JSON.parse(readFileSync(feedFile, 'utf8'));
  feed.events.push({
    id: 'cis/formation',
    title: 'Formation en deux sessions',
    network: 'cis',
    territories: ['region:53'],
    start: '2027-04-06T09:00:00+02:00',
    end: '2027-04-13T12:00:00+02:00',
    timeZone: 'Europe/Paris',
    parts: [
      // Out of order on purpose: parts are numbered in time order.
      { title: 'Session 2', start: '2027-04-13T09:00:00+02:00', end: '2027-04-13T12:00:00+02:00' },
      { title: 'Session 1', start: '2027-04-06T09:00:00+02:00', end: '2027-04-06T12:00:00+02:00' },
    ],
    attendance: 'online',
  });
  const file = join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(feed));
  const { code, stdout } = await cli(['export', 'ics', file, '--lang', 'fr']);
  assert.equal(code, 0);
  const { events, byUid } = parseIcs(stdout);
  assert.equal(byUid.has('cis/formation@1000territoires'), false, 'no week-long VEVENT');
  const parts = events.filter((e) => e.event.uid.startsWith('cis/formation'));
  assert.deepEqual(
    parts.map((e) => [
      e.event.uid,
      e.event.startDate.toJSDate().toISOString(),
      e.event.endDate.toJSDate().toISOString(),
      e.component.getFirstPropertyValue('related-to'),
      e.component.getFirstProperty('related-to').getParameter('reltype'),
    ]),
    [
      [
        'cis/formation#1@1000territoires',
        '2027-04-06T07:00:00.000Z',
        '2027-04-06T10:00:00.000Z',
        'cis/formation@1000territoires',
        'PARENT',
      ],
      [
        'cis/formation#2@1000territoires',
        '2027-04-13T07:00:00.000Z',
        '2027-04-13T10:00:00.000Z',
        'cis/formation@1000territoires',
        'PARENT',
      ],
    ],
  );
  assert.equal(parts[0].event.summary, 'Formation en deux sessions — Session 1 (1/2)');
  // Online only, no link: no LOCATION at all (not "Bretagne").
  assert.equal(parts[0].event.location, null);
  // A programme within one day stays one VEVENT.
  assert.ok(byUid.has('cis/webinaire-coconstruction@1000territoires'));
});

test('export ics: --network and --territory filters, -o file, deterministic', async () => {
  const dir = tempDir();
  const cis = await cli([
    'export',
    'ics',
    feedFile,
    '--network',
    'tle',
    '-o',
    join(dir, 'tle.ics'),
  ]);
  assert.equal(cis.code, 0);
  assert.match(cis.stderr, /1 events written/);
  assert.deepEqual(
    parseIcs(readFileSync(join(dir, 'tle.ics'), 'utf8')).events.map((e) => e.event.uid),
    ['tle/portes-ouvertes-sein@1000territoires'],
  );
  const brittany = parseIcs(
    (await cli(['export', 'ics', feedFile, '--territory', 'region:53'])).stdout,
  );
  assert.deepEqual(brittany.events.map((e) => e.event.uid).sort(), [
    'cis/webinaire-coconstruction@1000territoires',
    'tle/portes-ouvertes-sein@1000territoires',
  ]);
  const doubs = parseIcs(
    (await cli(['export', 'ics', feedFile, '--territory', 'departement:25'])).stdout,
  );
  assert.deepEqual(
    doubs.events.map((e) => e.event.uid),
    ['cis/forum-annule@1000territoires'],
  );
  assert.equal(
    (await cli(['export', 'ics', feedFile])).stdout,
    (await cli(['export', 'ics', feedFile])).stdout,
  );
  assert.equal((await cli(['export', 'ics', feedFile, '--refresh', 'often'])).code, 2);
});

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The rules of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) that apply to us. */
function checkJsonFeed(feed) {
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(typeof feed.title, 'string');
  assert.ok(feed.title.length > 0);
  for (const key of ['home_page_url', 'feed_url', 'icon'])
    if (feed[key] !== undefined) assert.match(feed[key], /^https?:\/\//);
  assert.ok(Array.isArray(feed.items));
  const ids = new Set();
  for (const item of feed.items) {
    assert.equal(typeof item.id, 'string');
    assert.ok(!ids.has(item.id), `unique id ${item.id}`);
    ids.add(item.id);
    assert.ok(
      typeof item.content_text === 'string' || typeof item.content_html === 'string',
      'content_text or content_html',
    );
    if (item.url !== undefined) assert.match(item.url, /^https?:\/\//);
    if (item.image !== undefined) assert.match(item.image, /^https?:\/\//);
    assert.match(item.date_published, RFC3339);
    if (item.date_modified !== undefined) assert.match(item.date_modified, RFC3339);
    if (item.tags !== undefined) assert.ok(item.tags.every((tag) => typeof tag === 'string'));
    if (item.authors !== undefined)
      assert.ok(item.authors.every((a) => typeof a.name === 'string'));
    for (const key of Object.keys(item))
      assert.ok(
        [
          'id',
          'url',
          'external_url',
          'title',
          'content_html',
          'content_text',
          'summary',
          'image',
          'banner_image',
          'date_published',
          'date_modified',
          'authors',
          'tags',
          'language',
          'attachments',
        ].includes(key) || key.startsWith('_'),
        `unknown key ${key} must be an extension starting with _`,
      );
  }
}

test('export jsonfeed: a valid JSON Feed 1.1 of initiatives and events', async () => {
  const { code, stdout } = await cli([
    'export',
    'jsonfeed',
    feedFile,
    '--feed-url',
    'https://example.org/feed.jsonfeed.json',
  ]);
  assert.equal(code, 0);
  const feed = JSON.parse(stdout);
  checkJsonFeed(feed);
  assert.equal(feed.title, '1000 territories of social innovation');
  assert.equal(feed.feed_url, 'https://example.org/feed.jsonfeed.json');
  assert.equal(feed.items.length, 6);
  const recyclerie = feed.items.find(
    (i) => i.id === '1000territoires:initiative:tle/recyclerie-brest',
  );
  assert.equal(recyclerie.title, 'Recyclerie du tiers-lieu');
  assert.equal(recyclerie.date_published, '2026-11-02T09:00:00Z');
  assert.match(recyclerie.content_text, /Where: Brest/);
  assert.deepEqual(recyclerie.authors, [
    { name: 'Third places together', url: 'https://example.org/tle/' },
  ]);
  const cancelled = feed.items.find((i) => i.id === '1000territoires:event:cis/forum-annule');
  assert.equal(cancelled.title, 'Cancelled — Forum des initiatives de Besançon');
  assert.equal(cancelled._1000territoires.status, 'cancelled');
  assert.match(cancelled.content_text, /^Thursday, 10 June 2027, 18:00 – 20:00 \(cancelled\)/);
  // Newest first.
  const dates = feed.items.map((i) => Date.parse(i.date_published));
  assert.deepEqual(
    dates,
    [...dates].sort((a, b) => b - a),
  );
});

test('export jsonfeed: --only, --limit, French, and unsafe options refused', async () => {
  const events = JSON.parse(
    (await cli(['export', 'jsonfeed', feedFile, '--only', 'events', '--lang', 'fr'])).stdout,
  );
  checkJsonFeed(events);
  assert.equal(events.items.length, 3);
  assert.equal(events.language, 'fr');
  assert.match(events.items.find((i) => i.id.endsWith('forum-annule')).title, /^Annulé — /);
  const limited = JSON.parse((await cli(['export', 'jsonfeed', feedFile, '--limit', '2'])).stdout);
  assert.equal(limited.items.length, 2);
  assert.equal(
    (await cli(['export', 'jsonfeed', feedFile, '--feed-url', 'javascript:alert(1)'])).code,
    2,
  );
  assert.equal((await cli(['export', 'jsonfeed', feedFile, '--only', 'nothing'])).code, 2);
  assert.equal((await cli(['export', 'pdf', feedFile])).code, 2);
});
