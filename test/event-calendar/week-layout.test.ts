import { expect } from '@open-wc/testing';
import type { FeedEvent } from '../../src/data/schema.js';
import { DEFAULT_AXIS, itemKey, layoutWeek } from '../../src/event-calendar/week-layout.js';
import {
  firstDayOfWeek,
  weekDays,
  weekStartOf,
  weekTitle,
} from '../../src/event-calendar/week-range.js';

const PARIS = 'Europe/Paris';
let serial = 0;
function ev(start: string, end: string, more: Partial<FeedEvent> = {}): FeedEvent {
  serial++;
  return {
    id: more.id ?? `e${serial}`,
    title: more.id ?? `Event ${serial}`,
    network: 'cis',
    start,
    end,
    ...more,
  } as FeedEvent;
}
const decWeek = weekDays('2026-12-07');

describe('week range', () => {
  it('starts weeks on Monday in French and follows the locale otherwise', () => {
    expect(firstDayOfWeek('fr', 'fr-CA')).to.equal(1);
    expect(firstDayOfWeek('en', 'en-GB')).to.equal(1);
    expect(firstDayOfWeek('en', 'en-US')).to.equal(7);
    expect(firstDayOfWeek('en', 'not a tag!')).to.equal(1);
    expect(weekStartOf('2026-12-10', 1)).to.equal('2026-12-07');
    expect(weekStartOf('2026-12-07', 1)).to.equal('2026-12-07');
    expect(weekStartOf('2026-12-13', 1)).to.equal('2026-12-07');
    expect(weekStartOf('2026-12-10', 7)).to.equal('2026-12-06');
    expect(weekStartOf('2026-12-06', 7)).to.equal('2026-12-06');
  });

  it('says the dates in the title, month and year once when shared', () => {
    expect(weekTitle('2026-12-07', '2026-12-13', 'fr')).to.equal('du 7 au 13 décembre 2026');
    expect(weekTitle('2026-11-30', '2026-12-06', 'fr')).to.equal(
      'du 30 novembre au 6 décembre 2026',
    );
    expect(weekTitle('2026-12-28', '2027-01-03', 'fr')).to.equal(
      'du 28 décembre 2026 au 3 janvier 2027',
    );
    expect(weekTitle('2027-03-01', '2027-03-07', 'fr')).to.equal('du 1er au 7 mars 2027');
    expect(weekTitle('2026-12-07', '2026-12-13', 'en')).to.equal('7 to 13 December 2026');
  });
});

describe('week layout', () => {
  it('uses 08:00–20:00 for an empty week, else the whole hours of its events', () => {
    expect(layoutWeek([], decWeek, PARIS).axis).to.deep.equal(DEFAULT_AXIS);
    const layout = layoutWeek(
      [
        ev('2026-12-08T09:30:00+01:00', '2026-12-08T10:00:00+01:00'),
        ev('2026-12-10T18:00:00+01:00', '2026-12-10T21:15:00+01:00'),
      ],
      decWeek,
      PARIS,
    );
    expect(layout.axis).to.deep.equal({ from: 9 * 60, to: 22 * 60 });
    expect(layout.slots.map((s) => [s.column, s.top, s.bottom])).to.deep.members([
      [1, 570, 600],
      [3, 1080, 1275],
    ]);
  });

  it('puts overlapping events side by side, none hidden, and others full width', () => {
    const a = ev('2026-12-08T09:00:00+01:00', '2026-12-08T11:00:00+01:00', { id: 'a' });
    const b = ev('2026-12-08T10:00:00+01:00', '2026-12-08T12:00:00+01:00', { id: 'b' });
    const c = ev('2026-12-08T11:00:00+01:00', '2026-12-08T11:30:00+01:00', { id: 'c' });
    const d = ev('2026-12-08T09:00:00+01:00', '2026-12-08T09:00:00+01:00', { id: 'd' });
    const alone = ev('2026-12-08T14:00:00+01:00', '2026-12-08T15:00:00+01:00', { id: 'alone' });
    const layout = layoutWeek([a, b, c, d, alone], decWeek, PARIS);
    const of = (id: string) => layout.slots.find((s) => s.event.id === id)!;
    // a and d start together (d drawn 30 minutes tall); b takes the lane d frees at 9:30, c the
    // one a frees at 11:00: two lanes for the four.
    expect(['a', 'b', 'c', 'd'].map((id) => of(id).lanes)).to.deep.equal([2, 2, 2, 2]);
    expect(of('d').lane).to.not.equal(of('a').lane);
    expect(of('b').lane).to.not.equal(of('a').lane);
    expect(of('c').lane).to.not.equal(of('b').lane);
    expect(of('alone')).to.include({ lane: 0, lanes: 1 });
    // Every pair drawn at the same time in one lane would hide one: none is.
    for (const x of layout.slots)
      for (const y of layout.slots)
        if (x !== y && x.lane === y.lane)
          expect(
            x.top >= Math.max(y.bottom, y.top + 30) || y.top >= Math.max(x.bottom, x.top + 30),
          ).to.equal(true, `${x.event.id} and ${y.event.id} overlap in one lane`);
  });

  it('puts all-day and multi-day events in the band, stacked, cut at the week’s edges', () => {
    const day = ev('2026-12-09T00:00:00+01:00', '2026-12-10T00:00:00+01:00', {
      id: 'day',
      allDay: true,
    });
    const seminar = ev('2026-12-04T00:00:00+01:00', '2026-12-09T00:00:00+01:00', {
      id: 'seminar',
      allDay: true,
    });
    const long = ev('2026-12-08T09:00:00+01:00', '2026-12-10T17:00:00+01:00', { id: 'long' });
    const over = ev('2026-12-12T10:00:00+01:00', '2026-12-15T10:00:00+01:00', { id: 'over' });
    const layout = layoutWeek([day, seminar, long, over], decWeek, PARIS);
    expect(layout.slots).to.have.length(0);
    const of = (id: string) => layout.band.find((s) => s.event.id === id)!;
    expect(of('seminar')).to.include({ first: 0, last: 1, continued: true, continues: false });
    expect(of('day')).to.include({ first: 2, last: 2 });
    expect(of('long')).to.include({ first: 1, last: 3 });
    expect(of('over')).to.include({ first: 5, last: 6, continued: false, continues: true });
    expect(of('long').row).to.not.equal(of('seminar').row);
    expect(of('long').row).to.not.equal(of('day').row);
    expect(layout.bandRows).to.be.at.least(2);
    expect(layout.count).to.equal(4);
  });

  it('cuts a night event at midnight: one piece on each day', () => {
    const night = ev('2026-12-11T22:00:00+01:00', '2026-12-12T02:00:00+01:00');
    const layout = layoutWeek([night], decWeek, PARIS);
    expect(
      layout.slots.map((s) => [s.column, s.top, s.bottom, s.continued, s.continues]),
    ).to.deep.members([
      [4, 1320, 1440, false, true],
      [5, 0, 120, true, false],
    ]);
    expect(layout.axis).to.deep.equal({ from: 0, to: 1440 });
  });

  it('gives each part of a multi-part event its own slot', () => {
    const course = ev('2026-12-08T09:00:00+01:00', '2026-12-10T16:00:00+01:00', {
      id: 'course',
      parts: [
        { title: 'Séance 1', start: '2026-12-08T09:00:00+01:00', end: '2026-12-08T10:30:00+01:00' },
        { title: 'Séance 2', start: '2026-12-08T11:00:00+01:00', end: '2026-12-08T12:30:00+01:00' },
        { title: 'Séance 3', start: '2026-12-10T14:00:00+01:00', end: '2026-12-10T16:00:00+01:00' },
      ] as never,
    });
    const layout = layoutWeek([course], decWeek, PARIS);
    expect(layout.band).to.have.length(0);
    expect(layout.slots.map((s) => [s.part, s.column, s.top, s.lanes])).to.deep.members([
      [0, 1, 540, 1],
      [1, 1, 660, 1],
      [2, 3, 840, 1],
    ]);
    expect(new Set(layout.order.map(itemKey)).size).to.equal(3);
    expect(layout.count).to.equal(1);
  });

  it('keeps 9 h at 9 h in the March DST week; the missing hour keeps wall-clock places', () => {
    // Sunday 29 March 2026: 2:00 → 3:00 in Paris.
    const days = weekDays('2026-03-23');
    const nine = ev('2026-03-29T09:00:00+02:00', '2026-03-29T10:00:00+02:00', { id: 'nine' });
    const saturday = ev('2026-03-28T09:00:00+01:00', '2026-03-28T10:00:00+01:00', { id: 'sat' });
    const across = ev('2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00', { id: 'across' });
    const layout = layoutWeek([nine, saturday, across], days, PARIS);
    const of = (id: string) => layout.slots.find((s) => s.event.id === id)!;
    expect(of('nine')).to.include({ column: 6, top: 540, bottom: 600 });
    expect(of('sat')).to.include({ column: 5, top: 540, bottom: 600 });
    // One real hour, drawn from 1:30 to 3:30 on the clock (2:00–3:00 does not exist).
    expect(of('across')).to.include({ column: 6, top: 90, bottom: 210 });
  });

  it('keeps 9 h at 9 h in the October DST week; the hour that exists twice hides nothing', () => {
    // Sunday 25 October 2026: 3:00 → 2:00 in Paris.
    const days = weekDays('2026-10-19');
    const nine = ev('2026-10-25T09:00:00+01:00', '2026-10-25T12:00:00+01:00', { id: 'nine' });
    const first = ev('2026-10-25T02:15:00+02:00', '2026-10-25T02:45:00+02:00', { id: 'first' });
    const second = ev('2026-10-25T02:15:00+01:00', '2026-10-25T02:45:00+01:00', { id: 'second' });
    const back = ev('2026-10-25T02:30:00+02:00', '2026-10-25T02:10:00+01:00', { id: 'back' });
    const layout = layoutWeek([nine, first, second, back], days, PARIS);
    const of = (id: string) => layout.slots.find((s) => s.event.id === id)!;
    expect(of('nine')).to.include({ column: 6, top: 540, bottom: 720 });
    // Both 2:15 happen on the same wall-clock minute: side by side.
    expect(of('first').top).to.equal(135);
    expect(of('second').top).to.equal(135);
    expect(of('first').lane).to.not.equal(of('second').lane);
    // 2:30 (+2) to 2:10 (+1) lasts 40 minutes: never drawn upside down.
    expect(of('back').top).to.equal(150);
    expect(of('back').bottom).to.equal(190);
  });

  it('places timed events by the visitor’s clock and days (Nouméa)', () => {
    // 19:00 in Paris on Tuesday 8 December is 5:00 on Wednesday 9 December in Nouméa.
    const layout = layoutWeek(
      [ev('2026-12-08T19:00:00+01:00', '2026-12-08T20:00:00+01:00')],
      decWeek,
      'Pacific/Noumea',
    );
    expect(layout.slots[0]).to.include({ column: 2, top: 300, bottom: 360 });
  });

  it('marks the current time on today’s column, inside the axis only', () => {
    const events = [ev('2026-12-08T09:00:00+01:00', '2026-12-08T12:00:00+01:00')];
    const at = (iso: string) => layoutWeek(events, decWeek, PARIS, Date.parse(iso)).now;
    expect(at('2026-12-10T10:30:00+01:00')).to.deep.equal({ column: 3, minute: 630 });
    expect(at('2026-12-10T20:30:00+01:00')).to.equal(undefined);
    expect(at('2026-12-14T10:30:00+01:00')).to.equal(undefined);
  });

  it('orders items by day, the band first, then by time', () => {
    const layout = layoutWeek(
      [
        ev('2026-12-08T14:00:00+01:00', '2026-12-08T15:00:00+01:00', { id: 'tue-14' }),
        ev('2026-12-09T08:00:00+01:00', '2026-12-09T09:00:00+01:00', { id: 'wed-8' }),
        ev('2026-12-08T09:00:00+01:00', '2026-12-08T10:00:00+01:00', { id: 'tue-9' }),
        ev('2026-12-08T00:00:00+01:00', '2026-12-09T00:00:00+01:00', {
          id: 'tue-all',
          allDay: true,
        }),
      ],
      decWeek,
      PARIS,
    );
    expect(layout.order.map((i) => i.event.id)).to.deep.equal([
      'tue-all',
      'tue-9',
      'tue-14',
      'wed-8',
    ]);
  });

  it('lays out 60 events of a week in well under a millisecond each', () => {
    const events: FeedEvent[] = [];
    for (let i = 0; i < 60; i++) {
      const day = 7 + (i % 7);
      const hour = 8 + (i % 11);
      events.push(
        ev(
          `2026-12-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+01:00`,
          `2026-12-${String(day).padStart(2, '0')}T${String(hour + 2).padStart(2, '0')}:00:00+01:00`,
        ),
      );
    }
    const t0 = performance.now();
    const layout = layoutWeek(events, decWeek, PARIS);
    const took = performance.now() - t0;
    expect(layout.slots).to.have.length(60);
    expect(took).to.be.below(60);
  });
});
