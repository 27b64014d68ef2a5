/* global __bench */
/**
 * 3b. Week calendar: render a week holding 60 events (58 timed, many overlapping, and two all-day),
 * then go to the next week N times (each week holds 60 events too), against FullCalendar 7's
 * `timeGridWeek` (classic theme, French locale) showing the same events, in the same page
 * conditions as the month suite: a fresh page, a 1000 px wide container, the events already in
 * memory (ours: the parsed feed in the shared store; theirs: the same events as an array), times
 * up to the updated, laid-out DOM, the code already loaded (FullCalendar's script; our `all.js` and
 * the week grid's lazy chunk). `renderCold` also times ours on a page that has not loaded the
 * chunk yet (the import is then part of the render).
 * A week switch is also timed as script alone (the click to the end of Lit's update, before
 * style and layout): the goal is ≤ 16 ms, one frame.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_URL, ROOT } from '../lib/paths.mjs';
import { fullCalendarWeekEvents, WEEK_FROM, weekFeed } from '../lib/feeds.mjs';
import { freshPage } from '../lib/browser.mjs';
import { LOAD_TIS, open, shell } from '../lib/pages.mjs';
import { ratio, summarize } from '../lib/stats.mjs';

const pad = (n) => String(n).padStart(2, '0');
const from = `${WEEK_FROM.year}-${pad(WEEK_FROM.month)}-${pad(WEEK_FROM.day)}`;

async function ours(browser, server, weeks, chunk) {
  const { page, check, close } = await freshPage(browser);
  await open(page, `${server.origin}/bench/week-ours.html`);
  const result = await page.evaluate(
    async ({ from, weeks, chunk }) => {
      const src = '/bench/feeds/week.json';
      const state = await window.TIS.getFeedStore(src).load();
      if (state.status !== 'ready') throw new Error(`feed ${state.status}`);
      if (chunk) await import(chunk);
      await __bench.idle();
      const host = document.getElementById('host');
      const t0 = performance.now();
      const el = document.createElement('tis-event-calendar');
      el.setAttribute('src', src);
      el.setAttribute('view', 'week');
      el.setAttribute('from', from);
      el.setAttribute('visitor-time-zone', 'Europe/Paris');
      el.now = Date.parse(`${from}T09:00:00+01:00`);
      host.append(el);
      await __bench.until(el.shadowRoot, () => el.shadowRoot.querySelector('.week .slot-button'));
      __bench.layout(el);
      const render = performance.now() - t0;
      const shown = el.shadowRoot.querySelectorAll('.week .slot-button').length;
      await __bench.idle();
      const next = el.shadowRoot.querySelector('.nav .nav-button:last-child');
      const steps = [];
      const scripts = [];
      const headings = [];
      for (let i = 0; i < weeks; i++) {
        const t = performance.now();
        next.click();
        await el.updateComplete;
        scripts.push(performance.now() - t);
        __bench.layout(el);
        steps.push(performance.now() - t);
        headings.push(el.shadowRoot.querySelector('#heading').textContent.trim());
      }
      const slots = el.shadowRoot.querySelectorAll('.week .slot-button').length;
      return { render, steps, scripts, headings: [headings[0], headings.at(-1)], shown, slots };
    },
    { from, weeks, chunk },
  );
  check();
  await close();
  return result;
}

async function theirs(browser, server, weeks) {
  const { page, check, close } = await freshPage(browser);
  await open(page, `${server.origin}/bench/week-fullcalendar.html`, { tis: false });
  await page.waitForFunction(() => window.BenchFullCalendar && window.__events);
  const result = await page.evaluate(
    async ({ from, weeks }) => {
      const { Calendar, plugins, locale } = window.BenchFullCalendar;
      const events = window.__events;
      await __bench.idle();
      const host = document.getElementById('host');
      const t0 = performance.now();
      const calendar = new Calendar(host, {
        plugins,
        locale,
        timeZone: 'Europe/Paris',
        initialView: 'timeGridWeek',
        initialDate: from,
        eventClass: 'bench-event',
        events,
      });
      calendar.render();
      await __bench.until(host, () => host.querySelector('.bench-event'));
      __bench.layout(host);
      const render = performance.now() - t0;
      const shown = host.querySelectorAll('.bench-event').length;
      await __bench.idle();
      const steps = [];
      const headings = [];
      for (let i = 0; i < weeks; i++) {
        const before = host.querySelector('.bench-event');
        const t = performance.now();
        calendar.next();
        // Rendering may be deferred: wait until the old event elements are replaced.
        await __bench.until(host, () => host.querySelector('.bench-event') && !before.isConnected);
        __bench.layout(host);
        steps.push(performance.now() - t);
        headings.push(calendar.view.title);
      }
      const slots = host.querySelectorAll('.bench-event').length;
      return { render, steps, headings: [headings[0], headings.at(-1)], shown, slots };
    },
    { from, weeks },
  );
  check();
  await close();
  return result;
}

export async function run({ browser, server, smoke, competitors }) {
  const runs = smoke ? 1 : 7;
  const weeks = smoke ? 2 : 12;
  const feed = weekFeed({ weeks: weeks + 1 });
  server.set('/bench/feeds/week.json', JSON.stringify(feed), 'application/json; charset=utf-8');
  server.set(
    '/bench/week-ours.html',
    shell({ head: LOAD_TIS, body: '<main id="host" style="width:1000px"></main>' }),
  );
  const fc = competitors?.['fullcalendar-week'];
  if (fc) {
    server.set(
      '/bench/fc-week-events.js',
      `window.__events = ${JSON.stringify(fullCalendarWeekEvents(feed))};`,
      'text/javascript; charset=utf-8',
    );
    server.set(
      '/bench/week-fullcalendar.html',
      shell({
        head: `<link rel="stylesheet" href="${CACHE_URL}/fullcalendar-week.css"><script src="${CACHE_URL}/fullcalendar-week.js"></script><script src="/bench/fc-week-events.js"></script>`,
        body: '<main id="host" style="width:1000px"></main>',
      }),
    );
  }
  const name = readdirSync(join(ROOT, 'dist', 'cdn')).find((file) =>
    /^week-view-.*\.js$/.test(file),
  );
  if (!name) throw new Error('dist/cdn/week-view-*.js missing: npm run build first');
  const chunk = `/dist/cdn/${name}`;
  const cold = [];
  const samples = {
    ours: { render: [], nav: [], step: [], script: [] },
    theirs: { render: [], nav: [], step: [] },
  };
  const last = {};
  for (let r = 0; r < runs; r++) {
    cold.push((await ours(browser, server, 0)).render);
    const a = await ours(browser, server, weeks, chunk);
    samples.ours.render.push(a.render);
    samples.ours.nav.push(a.steps.reduce((x, y) => x + y, 0));
    samples.ours.step.push(...a.steps);
    samples.ours.script.push(...a.scripts);
    last.ours = { headings: a.headings, eventsInFirstWeek: a.shown, eventsInLastWeek: a.slots };
    if (fc) {
      const b = await theirs(browser, server, weeks);
      samples.theirs.render.push(b.render);
      samples.theirs.nav.push(b.steps.reduce((x, y) => x + y, 0));
      samples.theirs.step.push(...b.steps);
      last.theirs = { headings: b.headings, eventsInFirstWeek: b.shown, eventsInLastWeek: b.slots };
    }
  }
  const pack = (s) => ({
    render: summarize(s.render),
    navigate: summarize(s.nav),
    perWeek: summarize(s.step),
    ...(s.script ? { perWeekScript: summarize(s.script) } : {}),
  });
  const out = {
    eventsPerWeek: 60,
    weeks: weeks + 1,
    navigated: weeks,
    runs,
    ours: { ...pack(samples.ours), renderCold: summarize(cold) },
    check: last,
    goal: { maxRatio: 0.5, maxWeekScriptMs: 16 },
  };
  if (fc) {
    out.fullcalendar = pack(samples.theirs);
    out.ratio = {
      render: ratio(out.ours.render.median, out.fullcalendar.render.median),
      renderCold: ratio(out.ours.renderCold.median, out.fullcalendar.render.median),
      navigate: ratio(out.ours.navigate.median, out.fullcalendar.navigate.median),
    };
  } else {
    out.fullcalendar = null;
    out.skipped = 'FullCalendar not installed (npm ci --prefix bench)';
  }
  return out;
}
