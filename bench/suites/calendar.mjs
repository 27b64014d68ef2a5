/* global __bench */
/**
 * 3. Month calendar: render a month holding 300 events, then navigate 12 months (each month also
 * holds 300 events: 3,900 in all), against FullCalendar 7's month view (dayGridMonth, classic
 * theme, French locale) showing the same events, in the same page conditions: a fresh page,
 * a 1000 px wide container, the events already in memory (ours: the parsed feed in the shared
 * store; theirs: the same events as an array), times up to the updated, laid-out DOM.
 * FullCalendar gets `dayMaxEvents: 3` (three per day, then "+N"), what our grid shows.
 */
import { CACHE_URL } from '../lib/paths.mjs';
import { calendarFeed, CALENDAR_FROM, fullCalendarEvents } from '../lib/feeds.mjs';
import { freshPage } from '../lib/browser.mjs';
import { LOAD_TIS, open, shell } from '../lib/pages.mjs';
import { ratio, summarize } from '../lib/stats.mjs';

const from = `${CALENDAR_FROM.year}-${String(CALENDAR_FROM.month).padStart(2, '0')}`;

async function ours(browser, server, months) {
  const { page, check, close } = await freshPage(browser);
  await open(page, `${server.origin}/bench/calendar-ours.html`);
  const result = await page.evaluate(
    async ({ from, months }) => {
      const src = '/bench/feeds/calendar.json';
      const state = await window.TIS.getFeedStore(src).load();
      if (state.status !== 'ready') throw new Error(`feed ${state.status}`);
      await __bench.idle();
      const host = document.getElementById('host');
      const t0 = performance.now();
      const el = document.createElement('tis-event-calendar');
      el.setAttribute('src', src);
      el.setAttribute('view', 'month');
      el.setAttribute('from', from);
      el.now = Date.parse(`${from}-01T00:00:00Z`);
      host.append(el);
      await __bench.until(el.shadowRoot, () => el.shadowRoot.querySelector('.grid .chip'));
      __bench.layout(el);
      const render = performance.now() - t0;
      await __bench.idle();
      const next = el.shadowRoot.querySelector('.nav .nav-button:last-child');
      const steps = [];
      const headings = [];
      for (let i = 0; i < months; i++) {
        const t = performance.now();
        next.click();
        await el.updateComplete;
        __bench.layout(el);
        steps.push(performance.now() - t);
        headings.push(el.shadowRoot.querySelector('#heading').textContent.trim());
      }
      const chips = el.shadowRoot.querySelectorAll('.grid .chip').length;
      return { render, steps, headings: [headings[0], headings.at(-1)], chips };
    },
    { from, months },
  );
  check();
  await close();
  return result;
}

async function theirs(browser, server, months) {
  const { page, check, close } = await freshPage(browser);
  await open(page, `${server.origin}/bench/calendar-fullcalendar.html`, { tis: false });
  await page.waitForFunction(() => window.BenchFullCalendar && window.__events);
  const result = await page.evaluate(
    async ({ from, months }) => {
      const { Calendar, plugins, locale } = window.BenchFullCalendar;
      const events = window.__events;
      await __bench.idle();
      const host = document.getElementById('host');
      const t0 = performance.now();
      const calendar = new Calendar(host, {
        plugins,
        locale,
        initialView: 'dayGridMonth',
        initialDate: `${from}-01`,
        dayMaxEvents: 3,
        eventClass: 'bench-event',
        events,
      });
      calendar.render();
      await __bench.until(host, () => host.querySelector('.bench-event'));
      __bench.layout(host);
      const render = performance.now() - t0;
      await __bench.idle();
      const steps = [];
      const headings = [];
      const title = () => calendar.view.title;
      for (let i = 0; i < months; i++) {
        const before = host.querySelector('.bench-event');
        const t = performance.now();
        calendar.next();
        // Rendering may be deferred: wait until the old event elements are replaced.
        await __bench.until(host, () => host.querySelector('.bench-event') && !before.isConnected);
        __bench.layout(host);
        steps.push(performance.now() - t);
        headings.push(title());
      }
      const chips = host.querySelectorAll('.bench-event').length;
      return { render, steps, headings: [headings[0], headings.at(-1)], chips };
    },
    { from, months },
  );
  check();
  await close();
  return result;
}

export async function run({ browser, server, smoke, competitors }) {
  const runs = smoke ? 1 : 7;
  const months = smoke ? 2 : 12;
  const feed = calendarFeed({ months: months + 1 });
  server.set('/bench/feeds/calendar.json', JSON.stringify(feed), 'application/json; charset=utf-8');
  server.set(
    '/bench/calendar-ours.html',
    shell({ head: LOAD_TIS, body: '<main id="host" style="width:1000px"></main>' }),
  );
  const fc = competitors?.['fullcalendar-month'];
  if (fc) {
    server.set(
      '/bench/fc-events.js',
      `window.__events = ${JSON.stringify(fullCalendarEvents(feed))};`,
      'text/javascript; charset=utf-8',
    );
    server.set(
      '/bench/calendar-fullcalendar.html',
      shell({
        head: `<link rel="stylesheet" href="${CACHE_URL}/fullcalendar-month.css"><script src="${CACHE_URL}/fullcalendar-month.js"></script><script src="/bench/fc-events.js"></script>`,
        body: '<main id="host" style="width:1000px"></main>',
      }),
    );
  }
  const samples = {
    ours: { render: [], nav: [], step: [] },
    theirs: { render: [], nav: [], step: [] },
  };
  let last = {};
  for (let r = 0; r < runs; r++) {
    const a = await ours(browser, server, months);
    samples.ours.render.push(a.render);
    samples.ours.nav.push(a.steps.reduce((x, y) => x + y, 0));
    samples.ours.step.push(...a.steps);
    last.ours = { headings: a.headings, chipsInLastMonth: a.chips };
    if (fc) {
      const b = await theirs(browser, server, months);
      samples.theirs.render.push(b.render);
      samples.theirs.nav.push(b.steps.reduce((x, y) => x + y, 0));
      samples.theirs.step.push(...b.steps);
      last.theirs = { headings: b.headings, chipsInLastMonth: b.chips };
    }
  }
  const pack = (s) => ({
    render: summarize(s.render),
    navigate12: summarize(s.nav),
    perMonth: summarize(s.step),
  });
  const out = {
    eventsPerMonth: 300,
    months: months + 1,
    navigated: months,
    runs,
    ours: pack(samples.ours),
    check: last,
    goal: { maxRatio: 0.5 },
  };
  if (fc) {
    out.fullcalendar = pack(samples.theirs);
    const render = ratio(out.ours.render.median, out.fullcalendar.render.median);
    const navigate12 = ratio(out.ours.navigate12.median, out.fullcalendar.navigate12.median);
    const total = ratio(
      out.ours.render.median + out.ours.navigate12.median,
      out.fullcalendar.render.median + out.fullcalendar.navigate12.median,
    );
    out.ratio = { render, navigate12, total };
  } else {
    out.fullcalendar = null;
    out.skipped = 'FullCalendar not installed (npm ci --prefix bench)';
  }
  return out;
}
