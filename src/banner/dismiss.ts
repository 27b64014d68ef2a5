/**
 * What only a `dismissible` banner runs: its close button, the storing of a dismissal and the
 * walk to what Tab reaches after the banner, where focus goes when the banner closes. A chunk of
 * its own, which a banner asks for when it is dismissible (banner.ts); reading a stored dismissal
 * stays in the banner.
 */
import { html, svg, type TemplateResult } from 'lit';
import { nextTabbableAfter } from '../shared/focus.js';

export { nextTabbableAfter };

/** The close button (part `close`), labelled by visually hidden text. */
export function closeButton(label: string, onClick: () => void): TemplateResult {
  return html`<button class="close" part="close" type="button" @click=${onClick}>
    <span class="visually-hidden">${label}</span>
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      ${svg`<path d="M12 10.59 17.66 4.93l1.41 1.41L13.41 12l5.66 5.66-1.41 1.41L12 13.41l-5.66 5.66-1.41-1.41L10.59 12 4.93 6.34l1.41-1.41L12 10.59Z" />`}
    </svg>
  </button>`;
}

/**
 * Stores a dismissal under `key` until `until` (ms since the epoch) and forgets the other keys
 * that start with `prefix` (the campaign's older messages): one key per campaign, not a growing
 * list. Returns `until` once stored; `undefined` without storage, or when it refuses (quota,
 * privacy mode), and the banner then closes for this page view only.
 */
export function storeDismissal(
  storage: Storage | null,
  prefix: string,
  key: string,
  until: number,
): number | undefined {
  try {
    if (!storage) return undefined;
    for (let i = storage.length - 1; i >= 0; i--) {
      const old = storage.key(i);
      if (old?.startsWith(prefix) && old !== key) storage.removeItem(old);
    }
    storage.setItem(key, String(until));
    return until;
  } catch {
    return undefined;
  }
}
