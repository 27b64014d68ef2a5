import { fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { DISMISS_KEY_PREFIX } from '../../src/banner/banner.js';
import type { TisBanner } from '../../src/banner/banner.js';
import { smallFeed } from '../fixtures/small-feed.js';

/** 28 November 2026, noon in Paris: inside the fixture campaign (15 Jan 2026 – 31 Dec 2027). */
export const NOW = Date.parse('2026-11-28T12:00:00+01:00');

export const $ = <T extends Element = HTMLElement>(el: TisBanner, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector as never) as T | null;

/** Waits until the banner has left its loading state (shown, hidden by the kill switch, or failed). */
export async function settled(el: TisBanner): Promise<void> {
  await waitUntil(() => !el.shadowRoot?.querySelector('.is-loading'), 'the banner never settled', {
    timeout: 4000,
  });
  await el.updateComplete;
}

/**
 * A fixture feed whose campaign id is unique to one test file: test files run in parallel pages
 * that share one localStorage, so each file must only see and clear its own dismissals.
 */
export function suiteFeed(campaignId: string) {
  const feed = smallFeed();
  feed.campaign.id = campaignId;
  return feed;
}

/** Removes the dismissals stored for one campaign. */
export function clearDismissals(campaignId: string): void {
  for (const key of storedDismissals(campaignId)) localStorage.removeItem(key);
}

export function storedDismissals(campaignId: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(`${DISMISS_KEY_PREFIX}${campaignId}:`)) keys.push(key);
  }
  return keys;
}

/** Makes `localStorage` throw, as in some privacy modes and sandboxed frames; returns the undo. */
export function breakLocalStorage(): () => void {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return () => {
    if (original) Object.defineProperty(window, 'localStorage', original);
  };
}

/**
 * A fixture for a plain wrapper element. open-wc's \`fixture\` waits an animation frame for
 * non-Lit elements, which never comes in a background page when test files run in parallel.
 */
export async function wrapperFixture<T extends HTMLElement = HTMLDivElement>(
  template: TemplateResult,
): Promise<T> {
  const wrapper = fixtureSync<T>(template);
  await Promise.all(
    [...wrapper.querySelectorAll<TisBanner>('tis-banner')].map((el) => el.updateComplete),
  );
  return wrapper;
}
