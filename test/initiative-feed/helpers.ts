import { aTimeout, waitUntil } from '@open-wc/testing';
import type { TisInitiativeFeed } from '../../src/initiative-feed/initiative-feed.js';

/** Waits until the widget shows results or its empty state. */
export async function whenLoaded(el: TisInitiativeFeed): Promise<TisInitiativeFeed> {
  await waitUntil(() => el.shadowRoot?.querySelector('.count'), 'the feed never rendered', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The visible titles, in order. */
export const titles = (el: Element) =>
  $$(el, 'article .title').map((node) => node.textContent!.trim());

/** The visible count line ("8 initiatives"), spaces normalised. */
export const countText = (el: Element) =>
  $(el, '.count strong')?.textContent?.replace(/\s+/g, ' ').trim();

/** Types into an input the way a browser does (value then `input`), then waits out the debounce. */
export async function typeInto(
  el: TisInitiativeFeed,
  selector: string,
  value: string,
): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await aTimeout(200);
  await el.updateComplete;
}

/** Opens the theme panel as a visitor does (a click on its summary); resolves with its chips. */
export async function openThemes(el: TisInitiativeFeed): Promise<HTMLButtonElement[]> {
  $(el, '.themes summary')!.click();
  await el.updateComplete;
  return $$<HTMLButtonElement>(el, '.filter-chip');
}
