/**
 * The count-up's digits: one clipped column per character of the final number, each holding a
 * strip of rows ("0" to "9" for a digit; the character itself for a group separator) that a
 * transform slides to the row to show. The count-up is one Web Animation per strip, whose
 * keyframes hold each row for as long as the eased count shows it: the compositor plays them, and
 * the page's main thread runs no script, style, layout or paint for the count-up's frames.
 *
 * Measured in `bench/README.md` (the counter's frames).
 */
import { html, type TemplateResult } from 'lit';
import { cssProps } from '../shared/css-props.js';

const DIGIT_ROWS = '0\n1\n2\n3\n4\n5\n6\n7\n8\n9';

/** One character of the final number, and the power of ten it stands for. */
interface Place {
  char: string;
  /**
   * A digit's power of ten (0 for the units); for another character (a group separator), that of
   * the digit on its left: it shows once that digit does.
   */
  power: number;
  digit: boolean;
}

/** The places of `final`, the formatted final number, left to right. */
export function placesOf(final: string): Place[] {
  const places: Place[] = [];
  let power = 0;
  for (let i = final.length - 1; i >= 0; i--) {
    const char = final[i]!;
    const digit = char >= '0' && char <= '9';
    places.unshift({ char, power: digit ? power++ : power, digit });
  }
  return places;
}

/**
 * The row a place shows for `value`: its digit; for a separator 0 (itself); a place left of the
 * value's first digit shows the row past the strip's last, which is empty (no leading zeros).
 */
export function rowOf(value: number, place: Place): number {
  const shown = value >= 10 ** place.power;
  if (!place.digit) return shown ? 0 : 1;
  return shown || place.power === 0 ? Math.floor(value / 10 ** place.power) % 10 : 10;
}

/** The columns of `final`, showing `value`. */
export function renderDigitColumns(final: string, value: number): TemplateResult {
  return html`<span class="columns"
    >${placesOf(final).map(
      (place) =>
        html`<span class="column"
          ><span class="strip" style=${cssProps({ '--_row': String(rowOf(value, place)) })}
            >${place.digit ? DIGIT_ROWS : place.char}</span
          ></span
        >`,
    )}</span
  >`;
}

const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

/**
 * Whether this browser can count up in columns: Web Animations, and the `lh` unit that sizes a
 * column and its steps to the number's line-height (Chrome 109, Firefox 120, Safari 16.4). Without
 * them the counter shows its final number at once.
 */
export const canCountUp = (): boolean =>
  typeof Element.prototype.animate === 'function' &&
  globalThis.CSS?.supports?.('height', '1lh') === true;

/** Keyframes are sampled at 60 per second: each holds its row until the next (a step). */
const SAMPLE_MS = 1000 / 60;

/**
 * Starts the count-up of the columns that `renderDigitColumns(final, 0)` rendered in `root`: from
 * 0 to `target` over `duration` ms, easing out. Returns one animation per column; none if the
 * columns rendered are not those of `final` (the next render shows the final value).
 */
export function animateDigitColumns(
  root: ParentNode,
  final: string,
  target: number,
  duration: number,
): Animation[] {
  const strips = root.querySelectorAll<HTMLElement>('.columns .strip');
  const places = placesOf(final);
  if (strips.length !== places.length) return [];
  const samples = Math.max(1, Math.round(duration / SAMPLE_MS));
  return places.map((place, i) => {
    const keyframes: Keyframe[] = [];
    let last = -1;
    for (let sample = 0; sample <= samples; sample++) {
      const row = rowOf(Math.round(easeOutCubic(sample / samples) * target), place);
      if (row === last) continue;
      last = row;
      keyframes.push({
        offset: sample / samples,
        transform: `translateY(${-row}lh)`,
        easing: 'steps(1, jump-end)',
      });
    }
    // The last row holds to the end.
    if (keyframes.at(-1)!.offset !== 1) keyframes.push({ ...keyframes.at(-1)!, offset: 1 });
    return strips[i]!.animate(keyframes, { duration, fill: 'forwards' });
  });
}
