/** Page shells and in-page helpers shared by the browser benchmarks. */

/**
 * Loads the CDN module with every tag and the public API (`all.js`: `widgets.js` is the loader,
 * with no exports but `observe` and `load`) and exposes its exports as `window.TIS`.
 */
export const LOAD_TIS = `<script type="module">import * as TIS from '/dist/cdn/all.js'; window.TIS = TIS;</script>`;

/**
 * The headers that make a page cross-origin isolated, where `performance.now()` counts in steps
 * of 5 µs instead of 100 µs: for suites that time steps under a millisecond. `credentialless`
 * lets cross-origin images load as before (without cookies, which the widgets never send).
 */
export const ISOLATED = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'credentialless',
};

export const shell = ({ head = '', body = '' } = {}) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>bench</title><style>body{margin:0;font:16px system-ui,sans-serif}</style>${head}</head><body>${body}</body></html>`;

/**
 * Installed in every benchmark page before its scripts run (`addInitScript`):
 * - `__bench.until(root, test)`: resolves when `test()` is truthy, checked on every DOM mutation
 *   under `root` (no polling delay);
 * - `__bench.layout(el)`: forces style and layout, so timings include them;
 * - `__bench.idle()`: waits until the main thread has been idle (twice in a row);
 * - `__bench.frames`: the number of requestAnimationFrame callbacks run so far.
 */
export const HELPERS = `
(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const bench = {
    frames: 0,
    until(root, test, timeout = 60000) {
      const value = test();
      if (value) return Promise.resolve(value);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => { observer.disconnect(); reject(new Error('until: timeout')); }, timeout);
        const observer = new MutationObserver(() => {
          const value = test();
          if (value) { observer.disconnect(); clearTimeout(timer); resolve(value); }
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      });
    },
    layout(el) {
      return el.getBoundingClientRect().height + document.body.offsetHeight;
    },
    async idle() {
      for (let i = 0; i < 2; i++) {
        await new Promise((resolve) => setTimeout(resolve, 30));
        await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
      }
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
  window.requestAnimationFrame = (callback) => raf((time) => { bench.frames += 1; callback(time); });
  window.__bench = bench;
})();
`;

/** Opens `url` in `page` with the helpers installed, and waits for `window.TIS` when asked. */
export async function open(page, url, { tis = true } = {}) {
  await page.addInitScript({ content: HELPERS });
  await page.goto(url, { waitUntil: 'load' });
  if (tis) await page.waitForFunction(() => window.TIS, null, { timeout: 30000 });
}
