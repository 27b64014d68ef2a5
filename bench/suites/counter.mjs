/* global __bench */
/**
 * 4. Counter: main-thread cost per frame of the count-up animation, ours against countUp.js on
 * the same number (the territories joined in the demo feed), same duration (ours: 1.4 s), same
 * page conditions. The counter starts below the fold; once its data is rendered, Chrome's own
 * counters (CDP Performance.getMetrics: TaskDuration, ScriptDuration, layout and style) are read,
 * the counter is scrolled into view (ours starts on IntersectionObserver; countUp.js is started
 * right after the scroll), and read again when the animation is over (its duration + 250 ms).
 * Garbage is collected (CDP) on both pages just before the window opens.
 *
 * Cost per frame = main-thread time in that window / the count-up's frames on a 60 Hz display
 * (duration × 60 / 1000, 84 for 1.4 s), the same divisor for both pages: the ratio is that of the
 * two windows' main-thread time. The frames are not counted from the page's own
 * requestAnimationFrame callbacks: ours plays Web Animations on the compositor and runs none
 * (countUp.js runs one per frame; their count is reported beside, as a check of the divisor).
 */
import { CACHE_URL } from '../lib/paths.mjs';
import { freshPage } from '../lib/browser.mjs';
import { LOAD_TIS, open, shell } from '../lib/pages.mjs';
import { ratio, summarize } from '../lib/stats.mjs';

const BODY =
  '<div style="height:2000px"></div><div id="host" style="width:600px;margin-bottom:800px"></div>';
const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

async function measure(browser, server, path, prepare, trigger) {
  const { page, context, check, close } = await freshPage(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await open(page, `${server.origin}${path}`, { tis: path.endsWith('ours.html') });
  const info = await page.evaluate(prepare);
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(
      metrics.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value * 1000]),
    );
  };
  // Both pages start the window from a collected heap: the garbage of setting the page up (ours
  // parses the feed) is not a cost of the animation frames, and a major GC landing inside the
  // 1.4 s window would otherwise be counted against whichever page made the garbage.
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await read();
  const framesBefore = await page.evaluate(() => __bench.frames);
  const shown = await page.evaluate(trigger, info);
  const after = await read();
  const frames = (await page.evaluate(() => __bench.frames)) - framesBefore;
  check();
  await close();
  const displayFrames = Math.round((info.duration * 60) / 1000);
  const per = Object.fromEntries(
    METRICS.map((name) => [name, (after[name] - before[name]) / displayFrames]),
  );
  return { frames, per, shown, value: info.value };
}

const prepareOurs = async () => {
  const src = '/demo/feed.json';
  await window.TIS.getFeedStore(src).load();
  const el = document.createElement('tis-territory-counter');
  el.setAttribute('src', src);
  const loaded = new Promise((resolve) => el.addEventListener('tis-load', resolve, { once: true }));
  document.getElementById('host').append(el);
  await loaded;
  await __bench.idle();
  return { value: el.value, duration: window.TIS.TisTerritoryCounter.animationDuration };
};

const triggerOurs = async ({ duration }) => {
  const el = document.querySelector('tis-territory-counter');
  el.scrollIntoView({ block: 'center' });
  await __bench.sleep(duration + 250);
  await __bench.idle();
  return el.shadowRoot.textContent.replace(/\s+/g, ' ').trim().slice(0, 60);
};

const prepareTheirs = async () => {
  // The number and the duration our counter uses, handed in by the page.
  const { value, duration } = window.__counter;
  const el = document.createElement('span');
  el.id = 'count';
  el.textContent = '0';
  document.getElementById('host').append(el);
  await __bench.idle();
  return { value, duration };
};

const triggerTheirs = async ({ value, duration }) => {
  const el = document.getElementById('count');
  el.scrollIntoView({ block: 'center' });
  const counter = new window.BenchCountUp.CountUp(el, value, {
    duration: duration / 1000,
    separator: '\u202f',
  });
  counter.start();
  await __bench.sleep(duration + 250);
  await __bench.idle();
  return el.textContent;
};

export async function run({ browser, server, smoke, competitors }) {
  const runs = smoke ? 1 : 9;
  server.set('/bench/counter-ours.html', shell({ head: LOAD_TIS, body: BODY }));
  const samples = {
    ours: [],
    theirs: [],
    oursScript: [],
    theirsScript: [],
    oursFrames: [],
    theirsFrames: [],
    oursStyleLayout: [],
    theirsStyleLayout: [],
  };
  let value;
  let duration;
  let shown = {};
  for (let r = 0; r < runs; r++) {
    const a = await measure(browser, server, '/bench/counter-ours.html', prepareOurs, triggerOurs);
    value = a.value;
    duration ??= 1400;
    samples.ours.push(a.per.TaskDuration);
    samples.oursScript.push(a.per.ScriptDuration);
    samples.oursFrames.push(a.frames);
    samples.oursStyleLayout.push(a.per.LayoutDuration + a.per.RecalcStyleDuration);
    shown.ours = a.shown;
    if (competitors?.countup) {
      server.set(
        '/bench/counter-countup.html',
        shell({
          head: `<script src="${CACHE_URL}/countup.js"></script><script>window.__counter = { value: ${value}, duration: ${duration} };</script>`,
          body: BODY,
        }),
      );
      const b = await measure(
        browser,
        server,
        '/bench/counter-countup.html',
        prepareTheirs,
        triggerTheirs,
      );
      samples.theirs.push(b.per.TaskDuration);
      samples.theirsScript.push(b.per.ScriptDuration);
      samples.theirsFrames.push(b.frames);
      samples.theirsStyleLayout.push(b.per.LayoutDuration + b.per.RecalcStyleDuration);
      shown.theirs = b.shown;
    }
  }
  const out = {
    value,
    durationMs: duration,
    runs,
    ours: {
      taskPerFrame: summarize(samples.ours),
      scriptPerFrame: summarize(samples.oursScript),
      styleLayoutPerFrame: summarize(samples.oursStyleLayout),
      rafCallbacks: summarize(samples.oursFrames),
    },
    shown,
  };
  if (competitors?.countup) {
    out.countup = {
      taskPerFrame: summarize(samples.theirs),
      scriptPerFrame: summarize(samples.theirsScript),
      styleLayoutPerFrame: summarize(samples.theirsStyleLayout),
      rafCallbacks: summarize(samples.theirsFrames),
    };
    out.ratio = ratio(out.ours.taskPerFrame.median, out.countup.taskPerFrame.median);
    // Issue 22: no more main-thread time per frame than countUp.js.
    out.goal = { maxRatio: 1 };
  } else {
    out.countup = null;
    out.skipped = 'countUp.js not installed (npm ci --prefix bench)';
  }
  return out;
}
