/** Prints the results as one table: what, ours, the reference (floor or competitor), ratio, goal. */
import { fix, kB } from './stats.mjs';
import { CONSUMER_FACTOR, consumerReference } from '../suites/sizes.mjs';

const t = (s) =>
  s && Number.isFinite(s.median) ? `${fix(s.median)} ms ±${Math.round(s.spread * 100)}%` : '—';
const r = (x) => (x == null ? '—' : `${x}×`);
const sz = (size) =>
  size.brotli == null ? `${kB(size.gzip)} gz` : `${kB(size.gzip)} gz, ${kB(size.brotli)} br`;
const verdict = (value, max) => (value == null ? '' : value <= max ? 'met' : 'MISSED');

export function printTable(results) {
  const rows = [['#', 'measure', 'ours', 'reference', 'ratio', 'goal', '']];
  const p = results.parse;
  if (p && !p.error) {
    const label = `${p.feed.initiatives} init. + ${p.feed.events} events, ${kB(p.feed.bytes)}`;
    rows.push([
      '1',
      `parse+validate, Chromium (${label})`,
      t(p.chromium.parseFeedText),
      `JSON.parse ${t(p.chromium.jsonParse)}`,
      `${r(p.chromium.ratio)} (pairs ${r(p.chromium.pairedRatio)}, best ${r(p.chromium.bestPairRatio)})`,
      '≤ 3×',
      verdict(p.chromium.pairedRatio, 3),
    ]);
    rows.push([
      '1',
      'parse+validate, Node',
      t(p.node.parseFeedText),
      `JSON.parse ${t(p.node.jsonParse)}`,
      `${r(p.node.ratio)} (pairs ${r(p.node.pairedRatio)}, best ${r(p.node.bestPairRatio)})`,
      '≤ 3×',
      verdict(p.node.pairedRatio, 3),
    ]);
  }
  const f = results.feed;
  if (f && !f.error) {
    for (const size of Object.keys(f.sizes)) {
      rows.push([
        '2',
        `initiative feed ${size}: first render`,
        t(f.sizes[size].firstRender),
        '',
        '',
        '',
        '',
      ]);
      rows.push([
        '2',
        `initiative feed ${size}: per keystroke`,
        `${t(f.sizes[size].keystroke)}, p90 ${fix(f.sizes[size].keystroke.p90)} ms`,
        '',
        '',
        '',
        '',
      ]);
    }
    if (f.ratio5000to50)
      rows.push([
        '2',
        'ratio 5,000/50, per keystroke',
        '',
        '',
        r(f.ratio5000to50.keystroke),
        '≤ 1.5×',
        verdict(f.ratio5000to50.keystroke, 1.5),
      ]);
    if (f.ratio5000to50)
      rows.push([
        '2',
        'ratio 5,000/50, first render',
        '',
        '',
        r(f.ratio5000to50.firstRender),
        '≤ 1.5×',
        verdict(f.ratio5000to50.firstRender, 1.5),
      ]);
  }
  const c = results.calendar;
  if (c && !c.error) {
    const fc = c.fullcalendar;
    rows.push([
      '3',
      `month with ${c.eventsPerMonth} events: render`,
      t(c.ours.render),
      fc ? `FullCalendar ${t(fc.render)}` : 'skipped',
      r(c.ratio?.render),
      '≤ 0.5×',
      verdict(c.ratio?.render, 0.5),
    ]);
    rows.push([
      '3',
      `navigate ${c.navigated} months (sum)`,
      t(c.ours.navigate12),
      fc ? `FullCalendar ${t(fc.navigate12)}` : 'skipped',
      r(c.ratio?.navigate12),
      '≤ 0.5×',
      verdict(c.ratio?.navigate12, 0.5),
    ]);
    rows.push([
      '3',
      'render + navigate',
      '',
      '',
      r(c.ratio?.total),
      '≤ 0.5×',
      verdict(c.ratio?.total, 0.5),
    ]);
  }
  const w = results['calendar-week'];
  if (w && !w.error) {
    const fc = w.fullcalendar;
    rows.push([
      '3b',
      `week with ${w.eventsPerWeek} events: render`,
      t(w.ours.render),
      fc ? `FullCalendar ${t(fc.render)}` : 'skipped',
      r(w.ratio?.render),
      '≤ 0.5×',
      verdict(w.ratio?.render, 0.5),
    ]);
    rows.push([
      '3b',
      'week render, chunk not yet loaded',
      t(w.ours.renderCold),
      fc ? `FullCalendar ${t(fc.render)}` : 'skipped',
      r(w.ratio?.renderCold),
      '',
      '',
    ]);
    rows.push([
      '3b',
      `navigate ${w.navigated} weeks (sum)`,
      t(w.ours.navigate),
      fc ? `FullCalendar ${t(fc.navigate)}` : 'skipped',
      r(w.ratio?.navigate),
      '≤ 0.5×',
      verdict(w.ratio?.navigate, 0.5),
    ]);
    rows.push([
      '3b',
      'one week switch, script (median)',
      t(w.ours.perWeekScript),
      '',
      '',
      '≤ 16 ms',
      verdict(w.ours.perWeekScript?.median, 16),
    ]);
  }
  const n = results.counter;
  if (n && !n.error) {
    rows.push([
      '4',
      `count-up to ${n.value}: main thread per frame`,
      t(n.ours.taskPerFrame),
      n.countup ? `countUp.js ${t(n.countup.taskPerFrame)}` : 'skipped',
      r(n.ratio),
      n.goal ? `≤ ${n.goal.maxRatio}×` : '',
      n.goal ? verdict(n.ratio, n.goal.maxRatio) : '',
    ]);
    rows.push([
      '4',
      '  of which style + layout per frame',
      t(n.ours.styleLayoutPerFrame),
      n.countup ? `countUp.js ${t(n.countup.styleLayoutPerFrame)}` : '',
      '',
      '',
      '',
    ]);
  }
  const l = results.load;
  if (l && !l.error) {
    const th = l.theirs;
    rows.push([
      '5',
      'page with 4 jobs: code transferred (gzip)',
      kB(l.ours.bytes.code),
      th ? `with FC + countUp ${kB(th.bytes.code)}` : 'skipped',
      r(l.ratio?.codeBytes),
      '',
      '',
    ]);
    rows.push([
      '5',
      '  feed transferred (gzip, both)',
      kB(l.ours.bytes.data),
      th ? kB(th.bytes.data) : '',
      '',
      '',
      '',
    ]);
    rows.push([
      '5',
      '  main-thread time until all rendered',
      t(l.ours.mainThreadUntilRendered),
      th ? `with FC + countUp ${t(th.mainThreadUntilRendered)}` : 'skipped',
      r(l.ratio?.mainThread),
      '',
      '',
    ]);
    rows.push([
      '5',
      '  wall time until all rendered',
      t(l.ours.wallUntilRendered),
      th ? t(th.wallUntilRendered) : '',
      '',
      '',
      '',
    ]);
  }
  const s = results.sizes;
  if (s) {
    for (const [file, size] of Object.entries(s.cdn)) {
      const budget = results.budgets.rows.find((row) => row.file === file);
      rows.push([
        '6',
        file,
        sz(size),
        budget?.budget ? `budget ${kB(budget.budget)} gz` : 'no budget',
        '',
        '',
        budget?.ok === false ? 'OVER' : budget?.ok ? 'ok' : '',
      ]);
    }
    for (const [widget, size] of Object.entries(s.entries)) {
      rows.push(['6', `entry ${widget} alone`, sz(size), size.from, '', '', '']);
    }
    for (const [name, size] of Object.entries(s.competitors)) {
      rows.push(['6', name, '', sz(size), '', '', '']);
    }
    // Pages (issue 15): the scripts a page requests at first paint, summed.
    const pages = s.pages ?? {};
    const GOALS = {
      'banner only (widgets.js)': 28000,
      'all four widgets (widgets.js)': 55000,
      'banner.js + event-calendar.js tags': pages['all four widgets (widgets.js)']?.gzip,
    };
    for (const [name, size] of Object.entries(pages)) {
      const goal = GOALS[name];
      rows.push([
        '6',
        `page: ${name}`,
        `${kB(size.gzip)} gz, ${size.files.length} files`,
        goal ? `goal ${kB(goal)}` : '',
        goal ? r(Math.round((size.gzip / goal) * 100) / 100) : '',
        goal ? '≤ 1×' : '',
        goal ? verdict(size.gzip, goal) : '',
      ]);
    }
    // Consumer apps (issue 23): what the widgets add to an app, per bundler, vs what the CDN
    // ships for the four widgets (consumerReference).
    const ref = consumerReference(s);
    const reference = ref?.gzip;
    for (const [bundler, size] of Object.entries(s.consumers?.bundlers ?? {})) {
      const limit = reference ? Math.floor(reference * CONSUMER_FACTOR) : undefined;
      rows.push([
        '6',
        `npm app, ${bundler}: what the widgets add`,
        `${kB(size.added)} gz${size.locales.length ? `, zod locales: ${size.locales.length}` : ''}`,
        reference ? `${ref.label} ${kB(reference)}` : '',
        reference ? r(Math.round((size.added / reference) * 100) / 100) : '',
        '≤ 1.1×',
        limit ? (size.added <= limit && !size.locales.length ? 'met' : 'MISSED') : '',
      ]);
    }
    const all = pages['all four widgets (widgets.js)'] ?? s.cdn['dist/cdn/widgets.js'];
    const fc = s.competitors['fullcalendar month view (JS + CSS)'];
    if (all)
      rows.push([
        '6',
        'all four widgets (widgets.js page) vs 30 kB',
        kB(all.gzip),
        '30.0 kB',
        r(Math.round((all.gzip / 30000) * 100) / 100),
        '≤ 1×',
        verdict(all.gzip, 30000),
      ]);
    if (all && fc)
      rows.push([
        '6',
        'all four widgets vs FullCalendar month view',
        kB(all.gzip),
        kB(fc.gzip),
        r(Math.round((all.gzip / fc.gzip) * 100) / 100),
        '< 1×',
        all.gzip < fc.gzip ? 'met' : 'MISSED',
      ]);
  }
  const mp = results.map;
  if (mp && !mp.error) {
    rows.push([
      '7',
      'map chunk (france-map-*.js)',
      `${kB(mp.chunk.gzip)} gz`,
      '',
      '',
      '≤ 15 kB',
      verdict(mp.chunk.gzip, mp.goals.chunkGzip),
    ]);
    for (const [key, label, goal] of [
      ['mapFirstTask', 'map alone: first paint (main thread)', mp.goals.firstPaintMs],
      [
        'counterPublishedTask',
        'counter view=map, published index: first paint (main thread)',
        mp.goals.firstPaintMs,
      ],
      [
        'counterFirstTask',
        'counter view=map, monolithic demo feed: first paint (main thread)',
        mp.goals.firstPaintMs,
      ],
      [
        'counterNoMapTask',
        'same counter without the map (breakdown=departement): first paint',
        null,
      ],
      [
        'feedFirstTask',
        'feed layout=map, monolithic demo feed: first paint (main thread)',
        mp.goals.firstPaintMs,
      ],
      ['mapCountsTask', 'map alone: new counts (main thread)', mp.goals.switchMs],
      ['metricTask', 'counter: switch metric (main thread)', mp.goals.switchMs],
      ['selectTask', 'map: switch selection (main thread)', mp.goals.switchMs],
      ['feedPickTask', 'feed: pick an area, list filtered (main thread)', mp.goals.switchMs],
    ])
      rows.push([
        '7',
        label,
        t(mp[key]),
        '',
        '',
        goal ? `≤ ${goal} ms` : '',
        goal ? verdict(mp[key]?.median, goal) : '',
      ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) =>
    row
      .map((cell, i) => String(cell).padEnd(widths[i]))
      .join(' │ ')
      .trimEnd();
  console.log('');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const row of rows.slice(1)) console.log(line(row));
  const m = results.machine;
  console.log(
    `\n${results.mode} run · ${m.cpus} CPUs · load ${m.loadavgAtStart?.join(' ')} → ${m.loadavgAtEnd?.join(' ')} · Chromium ${m.chromium ?? '—'} · ${results.competitors ? `fullcalendar ${results.competitors.fullcalendar}, countup.js ${results.competitors['countup.js']}` : 'no competitors'}`,
  );
  console.log('times: median ±spread, spread = (max - min) / median over the runs');
}
