import { expect } from '@open-wc/testing';
import {
  addMonths,
  dayOf,
  eventDays,
  monthWeeks,
  parseMonth,
  startOfDay,
  weekdayIndex,
} from '../../src/data/event-dates.js';

describe('calendar dates', () => {
  it('lays out a month in weeks starting on Monday, with neighbouring days', () => {
    const weeks = monthWeeks('2026-12-01');
    expect(weeks).to.have.length(5);
    expect(weeks[0]![0]).to.equal('2026-11-30');
    expect(weeks.at(-1)![6]).to.equal('2027-01-03');
    // March 2026 starts on a Sunday: six rows.
    const march = monthWeeks('2026-03-01');
    expect(march).to.have.length(6);
    expect(march[0]![6]).to.equal('2026-03-01');
    expect(weekdayIndex('2026-12-08')).to.equal(1);
  });

  it('clamps to the end of a shorter month and crosses years', () => {
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2026-12-15', 1)).to.equal('2027-01-15');
    expect(addMonths('2026-01-15', -1)).to.equal('2025-12-15');
  });

  it('finds the start of a day across the daylight-saving changes in Paris', () => {
    expect(startOfDay('2026-03-29', 'Europe/Paris')).to.equal(
      Date.parse('2026-03-29T00:00:00+01:00'),
    );
    expect(startOfDay('2026-03-30', 'Europe/Paris')).to.equal(
      Date.parse('2026-03-30T00:00:00+02:00'),
    );
    expect(startOfDay('2026-10-25', 'Europe/Paris')).to.equal(
      Date.parse('2026-10-25T00:00:00+02:00'),
    );
    expect(startOfDay('2026-10-26', 'Europe/Paris')).to.equal(
      Date.parse('2026-10-26T00:00:00+01:00'),
    );
  });

  it('places events on the days of their own zone, an end at midnight ending the day before', () => {
    expect(
      eventDays({ start: '2026-12-15T00:00:00+01:00', end: '2026-12-17T00:00:00+01:00' }),
    ).to.deep.equal(['2026-12-15', '2026-12-16']);
    // 01:00 on the 9th in Nouméa is still the 8th in Paris: the event stays on its own day, the 9th.
    expect(
      eventDays({
        start: '2026-12-09T01:00:00+11:00',
        end: '2026-12-09T02:00:00+11:00',
        timeZone: 'Pacific/Noumea',
      }),
    ).to.deep.equal(['2026-12-09']);
    expect(dayOf('2026-12-09T01:00:00+11:00', 'Europe/Paris')).to.equal('2026-12-08');
    // Across the March change: one night, two days.
    expect(
      eventDays({ start: '2026-03-28T20:00:00+01:00', end: '2026-03-29T10:00:00+02:00' }),
    ).to.deep.equal(['2026-03-28', '2026-03-29']);
  });

  it('caps junk spans', () => {
    expect(
      eventDays({ start: '2026-01-01T00:00:00Z', end: '2030-01-01T00:00:00Z' }),
    ).to.have.length(62);
  });

  it('reads the from attribute', () => {
    expect(parseMonth('2026-03')).to.equal('2026-03-01');
    expect(parseMonth('2026-03-29T10:00:00+02:00')).to.equal('2026-03-01');
    expect(parseMonth('2026-13')).to.equal(undefined);
    expect(parseMonth('mars')).to.equal(undefined);
    expect(parseMonth(undefined)).to.equal(undefined);
  });
});
