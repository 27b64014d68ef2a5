import { expect } from '@open-wc/testing';
import { placesOf, rowOf } from '../../src/territory-counter/digit-columns.js';
import { formatNumber } from '../../src/i18n/format.js';

/** What the columns of `final` show for `value`: each column's row, or nothing past its strip. */
function shown(final: string, value: number): string {
  return placesOf(final)
    .map((place) => {
      const rows = place.digit ? '0123456789' : place.char;
      return rows[rowOf(value, place)] ?? '';
    })
    .join('');
}

describe('digit columns', () => {
  it('show every value of a count-up as the formatted number, with no leading zeros', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const target of [1, 7, 10, 412, 1000, 1234, 98765, 1234567]) {
        const final = formatNumber(target, lang);
        const values = new Set([0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 1001, 9999, 10000]);
        for (let step = 0; step <= 50; step++) values.add(Math.round((target * step) / 50));
        for (const value of values) {
          if (value > target) continue;
          expect(shown(final, value), `${lang} ${value} of ${target}`).to.equal(
            formatNumber(value, lang),
          );
        }
      }
    }
  });

  it('give a group separator the power of ten of the digit on its left', () => {
    // "1 234" in French: the separator (U+202F) shows from 1,000 on, with the thousands digit.
    const places = placesOf(formatNumber(1234, 'fr'));
    expect(places.map((place) => [place.digit, place.power])).to.deep.equal([
      [true, 3],
      [false, 3],
      [true, 2],
      [true, 1],
      [true, 0],
    ]);
    expect(rowOf(999, places[1]!)).to.equal(1);
    expect(rowOf(1000, places[1]!)).to.equal(0);
  });
});
