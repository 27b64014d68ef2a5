import { expect } from '@open-wc/testing';
import {
  buildIcs,
  escapeText,
  foldLine,
  googleCalendarUrl,
  icsFileName,
  outlookCalendarUrl,
  toIcsEvent,
  toWebcalUrl,
  type IcsEvent,
} from '../../src/data/ics.js';
import { parseFeed } from '../../src/data/parse.js';
import { smallFeed } from '../fixtures/small-feed.js';

const octets = (text: string) => new TextEncoder().encode(text).length;

/**
 * A strict reader for what we write (RFC 5545 §3.1): unfolds CRLF + white space, splits each
 * content line into name, parameters and value, and unescapes TEXT values. Independent of the
 * writer's code, so a round trip checks both.
 */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(/(^|[^\r])\n/.test(text), 'no bare LF').to.equal(false);
  const unfolded = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
  type Props = Record<string, { params: Record<string, string>; value: string }>;
  const components: Props[] = [];
  const calendar: Props = {};
  const stack: string[] = [];
  let current: Props | undefined;
  for (const line of unfolded) {
    const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const [name, ...paramList] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') current = {};
      continue;
    }
    if (name === 'END') {
      expect(stack.pop()).to.equal(value);
      if (value === 'VEVENT') components.push(current!);
      continue;
    }
    const params = Object.fromEntries(paramList.map((p) => p.split('=') as [string, string]));
    const unescaped = value.replace(/\\([\\;,nN])/g, (_, c: string) =>
      c === 'n' || c === 'N' ? '\n' : c,
    );
    const target = stack.at(-1) === 'VEVENT' ? current! : calendar;
    target[name!] = { params, value: unescaped };
  }
  expect(stack, 'balanced BEGIN/END').to.deep.equal([]);
  return { calendar, events: components };
}

const fixture: IcsEvent = {
  uid: 'cis/webinaire-coconstruction@1000territoires',
  title: 'Webinaire de co-construction, étape 1; suite \\ fin',
  description:
    'Rappel du dispositif CRTE et élaboration du discours mobilisateur ; conception et diffusion des outils.\nDeuxième ligne',
  location: 'Maison des associations, 6 rue Pen ar Créac’h, Brest',
  url: 'https://example.org/webinaire?a=1,2',
  start: '2026-12-08T09:00:00+01:00',
  end: '2026-12-08T12:00:00+01:00',
  status: 'cancelled',
};
const NOW = Date.parse('2026-12-01T09:30:00Z');

describe('ICS builder', () => {
  it('writes the exact RFC 5545 text of a fixture event (CRLF, escaping, folding, UTC, STATUS)', () => {
    const text = buildIcs([fixture], { now: NOW, name: 'Agenda #1000territoiresIS' });
    expect(text).to.equal(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//1000territoires//widgets//FR',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Agenda #1000territoiresIS',
        'BEGIN:VEVENT',
        'UID:cis/webinaire-coconstruction@1000territoires',
        'DTSTAMP:20261201T093000Z',
        'DTSTART:20261208T080000Z',
        'DTEND:20261208T110000Z',
        'SUMMARY:Webinaire de co-construction\\, étape 1\\; suite \\\\ fin',
        'DESCRIPTION:Rappel du dispositif CRTE et élaboration du discours mobilisat',
        ' eur \\; conception et diffusion des outils.\\nDeuxième ligne',
        'LOCATION:Maison des associations\\, 6 rue Pen ar Créac’h\\, Brest',
        'URL:https://example.org/webinaire?a=1,2',
        'STATUS:CANCELLED',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('reads back field by field through an independent parser', () => {
    const text = buildIcs([fixture], { now: NOW });
    const { events } = parseIcs(text);
    expect(events).to.have.length(1);
    const event = events[0]!;
    expect(event.UID!.value).to.equal(fixture.uid);
    expect(event.SUMMARY!.value).to.equal(fixture.title);
    expect(event.DESCRIPTION!.value).to.equal(fixture.description);
    expect(event.LOCATION!.value).to.equal(fixture.location);
    expect(event.URL!.value).to.equal(fixture.url);
    expect(event.STATUS!.value).to.equal('CANCELLED');
    expect(
      Date.parse(
        event.DTSTART!.value.replace(
          /(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/,
          '$1-$2-$3T$4:$5:$6Z',
        ),
      ),
    ).to.equal(Date.parse(fixture.start));
    expect(event.DTEND!.value).to.equal('20261208T110000Z');
  });

  it('never writes a line longer than 75 octets and never splits a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}🎉${'a'.repeat(80)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(2);
    for (const part of parts) expect(octets(part)).to.be.at.most(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).to.equal(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
    // 'SUMMARY:' is 8 octets, each 'é' 2: 33 of them fit (74 octets), the 34th would not.
    expect(parts[0]).to.equal(`SUMMARY:${'é'.repeat(33)}`);
    expect(foldLine('SHORT:x')).to.equal('SHORT:x');
    expect(foldLine(`X:${'a'.repeat(73)}`)).to.equal(`X:${'a'.repeat(73)}`);
    expect(foldLine(`X:${'a'.repeat(74)}`)).to.equal(`X:${'a'.repeat(73)}\r\n a`);
  });

  it('escapes backslashes, semicolons, commas and every newline form', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('writes all-day events as VALUE=DATE with an exclusive end', () => {
    const text = buildIcs(
      [
        {
          uid: 'x@y',
          title: 'Séminaire',
          start: '2026-12-15T00:00:00+01:00',
          end: '2026-12-17T00:00:00+01:00',
          allDay: true,
        },
      ],
      { now: NOW },
    );
    const event = parseIcs(text).events[0]!;
    expect(event.DTSTART!.params).to.deep.equal({ VALUE: 'DATE' });
    expect(event.DTSTART!.value).to.equal('20261215');
    expect(event.DTEND!.value).to.equal('20261217');
    expect(event.STATUS!.value).to.equal('CONFIRMED');
  });

  it('keeps an overseas all-day date in its own zone', () => {
    const text = buildIcs(
      [
        {
          uid: 'r@y',
          title: 'Marché',
          start: '2026-12-05T00:00:00+04:00',
          end: '2026-12-05T23:59:00+04:00',
          allDay: true,
          timeZone: 'Indian/Reunion',
        },
      ],
      { now: NOW },
    );
    const event = parseIcs(text).events[0]!;
    expect(event.DTSTART!.value).to.equal('20261205');
    expect(event.DTEND!.value).to.equal('20261206');
  });

  it('writes UTC instants that do not move across the daylight-saving change', () => {
    const text = buildIcs(
      [
        {
          uid: 'a@y',
          title: 'Mars',
          start: '2026-03-30T09:00:00+02:00',
          end: '2026-03-30T10:00:00+02:00',
        },
        {
          uid: 'b@y',
          title: 'Mars veille',
          start: '2026-03-28T09:00:00+01:00',
          end: '2026-03-28T10:00:00+01:00',
        },
      ],
      { now: NOW },
    );
    const [after, before] = parseIcs(text).events;
    expect(after!.DTSTART!.value).to.equal('20260330T070000Z');
    expect(before!.DTSTART!.value).to.equal('20260328T080000Z');
  });

  it('maps a feed event (multi-part, postponed) and names the file safely', () => {
    const { feed } = parseFeed(smallFeed());
    const webinar = feed!.events.find((e) => e.id === 'cis/webinaire-coconstruction')!;
    const ics = toIcsEvent(
      { ...webinar, status: 'postponed' },
      { lang: 'fr', extra: ['Programme'] },
    );
    expect(ics.uid).to.equal('cis/webinaire-coconstruction@1000territoires');
    expect(ics.description).to.match(/^Rappel du dispositif CRTE[\s\S]*\n\nProgramme$/);
    expect(ics.url).to.equal('https://example.org/webinaire/inscription');
    expect(ics.location).to.equal('https://example.org/webinaire');
    expect(parseIcs(buildIcs([ics], { now: NOW })).events[0]!.STATUS!.value).to.equal('TENTATIVE');
    expect(icsFileName(webinar)).to.equal('webinaire-coconstruction.ics');
    expect(icsFileName({ id: '../../etc' })).to.equal('etc.ics');
  });

  it('builds https Google Calendar and Outlook links with encoded values', () => {
    const google = new URL(googleCalendarUrl({ ...fixture, timeZone: 'Europe/Paris' }));
    expect(google.protocol).to.equal('https:');
    expect(google.hostname).to.equal('calendar.google.com');
    expect(google.searchParams.get('action')).to.equal('TEMPLATE');
    expect(google.searchParams.get('text')).to.equal(fixture.title);
    expect(google.searchParams.get('dates')).to.equal('20261208T080000Z/20261208T110000Z');
    expect(google.searchParams.get('ctz')).to.equal('Europe/Paris');
    const allDay = new URL(googleCalendarUrl({ ...fixture, allDay: true }));
    expect(allDay.searchParams.get('dates')).to.equal('20261208/20261209');
    const outlook = new URL(outlookCalendarUrl(fixture));
    expect(outlook.protocol).to.equal('https:');
    expect(outlook.searchParams.get('subject')).to.equal(fixture.title);
    expect(outlook.searchParams.get('startdt')).to.equal('2026-12-08T08:00:00Z');
  });

  it('derives webcal:// only from an https URL', () => {
    expect(toWebcalUrl('https://example.org/ics/all.ics')).to.equal(
      'webcal://example.org/ics/all.ics',
    );
    expect(toWebcalUrl('http://example.org/ics/all.ics')).to.equal(undefined);
    expect(toWebcalUrl('javascript:alert(1)')).to.equal(undefined);
  });
});
