import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/event-calendar/define.js';
import '../../src/feed/define.js';
import type { TisEventCalendar } from '../../src/event-calendar/event-calendar.js';
import type { TisEventOpenEvent } from '../../src/event-calendar/events.js';
import type { FeedShard } from '../../src/data/schema.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';

/** Tuesday 8 December 2026, 10:30 in Paris. */
const NOW = Date.parse('2026-12-08T10:30:00+01:00');

/** The small fixture plus a week of overlaps, an all-day event, a seminar and a night. */
function weekFeed() {
  const feed = smallFeed();
  const at = (day: number, hour: string) =>
    `2026-12-${String(day).padStart(2, '0')}T${hour}:00+01:00`;
  const extra = [
    { id: 'w/a', title: 'Atelier A', start: at(9, '09:00'), end: at(9, '11:00') },
    { id: 'w/b', title: 'Atelier B', start: at(9, '10:00'), end: at(9, '12:00') },
    {
      id: 'w/c',
      title: 'Atelier C',
      start: at(9, '10:30'),
      end: at(9, '11:30'),
      status: 'cancelled',
    },
    {
      id: 'w/journee',
      title: 'Journée portes ouvertes',
      start: at(10, '00:00'),
      end: at(11, '00:00'),
      allDay: true,
    },
    { id: 'w/seminaire', title: 'Séminaire', start: at(10, '09:00'), end: at(12, '17:00') },
    { id: 'w/nuit', title: 'Nuit des idées', start: at(11, '21:00'), end: at(12, '01:00') },
    {
      id: 'w/ailleurs',
      title: 'Autre réseau',
      network: 'ess-france',
      start: at(11, '15:00'),
      end: at(11, '16:00'),
    },
  ].map((event) => ({ network: 'cis', attendance: 'online', ...event }));
  feed.events.push(...(extra as typeof feed.events));
  return feed;
}

let network: MockNetwork;
const shadow = (el: TisEventCalendar) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const slots = (el: TisEventCalendar) => [
  ...shadow(el).querySelectorAll<HTMLButtonElement>('.week .slot-button'),
];
const slotOf = (el: TisEventCalendar, id: string) => slots(el).find((b) => b.dataset.event === id)!;

async function mount(attrs: Record<string, string> = {}, width = 1000, lang?: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px" lang=${lang ?? 'fr'}></div>`,
  );
  const el = document.createElement('tis-event-calendar');
  el.setAttribute('src', '/feed.json');
  el.setAttribute('visitor-time-zone', 'Europe/Paris');
  el.now = NOW;
  for (const [name, value] of Object.entries({ view: 'week', ...attrs }))
    el.setAttribute(name, value);
  wrapper.append(el);
  await waitUntil(() => shadow(el).querySelector('.week, .agenda, .empty'), 'week rendered', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

describe('<tis-event-calendar view="week">', () => {
  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    network = mockNetwork({ '/feed.json': jsonResponse(weekFeed()) });
  });
  afterEach(() => network.restore());

  it('shows the week of `now`, Monday first, titled with its dates, and is accessible', async () => {
    const el = await mount();
    expect(text(shadow(el).querySelector('#heading'))).to.equal('Du 7 au 13 décembre 2026');
    const days = [...shadow(el).querySelectorAll('.week-day')].map((d) =>
      text(d.querySelector('.visually-hidden')),
    );
    expect(days[0]).to.equal('lundi 7 décembre');
    expect(days[6]).to.equal('dimanche 13 décembre');
    const today = shadow(el).querySelector('.week-day[aria-current="date"]');
    expect(text(today?.querySelector('.visually-hidden'))).to.equal('mardi 8 décembre');
    // The axis runs from the earliest event to the latest (the night ends after midnight).
    const hours = [...shadow(el).querySelectorAll('.hour')].map((h) => text(h));
    expect(hours[0]).to.equal('0 h');
    expect(hours.at(-1)).to.equal('24 h');
    expect(shadow(el).querySelector('[aria-pressed="true"]')?.getAttribute('data-view')).to.equal(
      'week',
    );
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark colour scheme and in English, Sunday first for en-US', async () => {
    const dark = await mount({ theme: 'dark' });
    await expect(dark).to.be.accessible();
    const en = await mount({}, 1000, 'en-US');
    expect(text(shadow(en).querySelector('#heading'))).to.equal('6 to 12 December 2026');
    expect(text(shadow(en).querySelector('.week-day .visually-hidden'))).to.equal(
      'Sunday 6 December',
    );
    await expect(en).to.be.accessible();
  });

  it('puts overlapping events side by side, none covering another', async () => {
    const el = await mount();
    const boxes = ['w/a', 'w/b', 'w/c'].map((id) => slotOf(el, id).getBoundingClientRect());
    for (const [i, x] of boxes.entries())
      for (const y of boxes.slice(i + 1)) {
        const apart =
          x.right <= y.left + 0.5 ||
          y.right <= x.left + 0.5 ||
          x.bottom <= y.top + 0.5 ||
          y.bottom <= x.top + 0.5;
        expect(apart, 'two overlapping events drawn over each other').to.equal(true);
      }
    // 9 h is one hour above 10 h: the grid is to scale.
    const hour = boxes[1]!.top - boxes[0]!.top;
    expect(hour).to.be.greaterThan(30);
    expect(slotOf(el, 'w/c').querySelector('.slot-title')!.closest('.status-cancelled')).to.exist;
  });

  it('draws all-day and multi-day events in the band, and a night on both days', async () => {
    const el = await mount();
    const band = [...shadow(el).querySelectorAll<HTMLElement>('.band-item button')].map(
      (b) => b.dataset.event,
    );
    expect(band).to.include.members(['w/journee', 'w/seminaire']);
    expect(band).to.not.include('w/nuit');
    expect(slots(el).filter((b) => b.dataset.event === 'w/nuit')).to.have.length(2);
    // The webinar's two parts on 8 December: one slot each.
    const webinar = slots(el).filter((b) => b.dataset.event === 'cis/webinaire-coconstruction');
    expect(webinar.length).to.be.greaterThan(1);
    expect(text(webinar[0]!.querySelector('.slot-time'))).to.match(/^9 h/);
  });

  it('marks the current time on today’s column only', async () => {
    const el = await mount();
    const marks = shadow(el).querySelectorAll('.now');
    expect(marks).to.have.length(1);
    expect(marks[0]!.closest('.week-col')!.classList.contains('is-today')).to.equal(true);
    el.now = Date.parse('2026-12-20T10:00:00+01:00');
    el.setAttribute('from', '2026-12-07');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.now')).to.have.length(0);
  });

  it('is one tab stop; arrows go through events in time order; Enter opens, focus returns', async () => {
    const el = await mount();
    const stops = slots(el).filter((b) => b.tabIndex === 0);
    expect(stops).to.have.length(1);
    // The tab stop is on the first event not over yet: the webinar under way on Tuesday.
    expect(stops[0]!.dataset.event).to.equal('cis/webinaire-coconstruction');
    stops[0]!.focus();
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'ArrowRight' });
      order.push((shadow(el).activeElement as HTMLElement).dataset.event!);
    }
    expect(order.indexOf('w/a')).to.be.lessThan(order.indexOf('w/b'));
    expect(order.indexOf('w/b')).to.be.lessThan(order.indexOf('w/c'));
    expect(slots(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
    await sendKeys({ press: 'ArrowLeft' });
    const back = shadow(el).activeElement as HTMLElement;
    expect(back.dataset.event).to.equal(order[3]);
    const opened = oneEvent(el, 'tis-event-open');
    await sendKeys({ press: 'Enter' });
    const { event } = (await opened) as unknown as TisEventOpenEvent;
    expect(event.id).to.equal(back.dataset.event);
    const dialog = shadow(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'dialog open');
    // The same details as the other views: the .ics download and the Google / Outlook links.
    expect(dialog.querySelector('a[download$=".ics"]')?.getAttribute('href')).to.match(/^blob:/);
    expect(dialog.querySelectorAll('.add-link').length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'dialog closed');
    expect(shadow(el).activeElement).to.equal(back);
    await sendKeys({ press: 'Home' });
    expect(slots(el).find((b) => b.tabIndex === 0)).to.equal(shadow(el).activeElement);
  });

  it('goes to the previous and next week and today, announcing each week’s count', async () => {
    const el = await mount();
    const [previous, today, next] = [
      ...shadow(el).querySelectorAll<HTMLButtonElement>('.nav-button'),
    ];
    expect(next!.getAttribute('aria-label')).to.equal('Semaine suivante');
    next!.click();
    await el.updateComplete;
    expect(text(shadow(el).querySelector('#heading'))).to.equal('Du 14 au 20 décembre 2026');
    expect(text(shadow(el).querySelector('.live'))).to.match(
      /^Semaine du 14 au 20 décembre 2026 : (\d+ événements?|aucun événement)$/,
    );
    previous!.click();
    previous!.click();
    await el.updateComplete;
    expect(text(shadow(el).querySelector('#heading'))).to.equal(
      'Du 30 novembre au 6 décembre 2026',
    );
    today!.click();
    await el.updateComplete;
    expect(text(shadow(el).querySelector('#heading'))).to.equal('Du 7 au 13 décembre 2026');
    expect(text(shadow(el).querySelector('.live'))).to.match(
      /^Semaine du 7 au 13 décembre 2026 : \d+ événements$/,
    );
  });

  it('says so when a week is empty, and offers the next event', async () => {
    const el = await mount({ from: '2026-11-16' });
    expect(text(shadow(el).querySelector('.empty'))).to.contain('Aucun événement cette semaine.');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('.empty button')!.click();
    await el.updateComplete;
    expect(text(shadow(el).querySelector('#heading'))).to.match(/^Du \d/);
    expect(shadow(el).querySelector('.empty')).to.equal(null);
  });

  it('falls back to the agenda list of the same week in a narrow container', async () => {
    const el = await mount({}, 400);
    expect(shadow(el).querySelector('.week')).to.equal(null);
    const days = [...shadow(el).querySelectorAll<HTMLElement>('.agenda-day')].map(
      (d) => d.dataset.day!,
    );
    expect(days.length).to.be.greaterThan(0);
    for (const day of days) expect(day >= '2026-12-08' && day <= '2026-12-13').to.equal(true);
    expect(text(shadow(el).querySelector('#heading'))).to.equal('Du 7 au 13 décembre 2026');
    await expect(el).to.be.accessible();
  });

  it('switches between month and week on the same dates', async () => {
    const el = await mount({ view: 'month', from: '2027-01' });
    shadow(el).querySelector<HTMLButtonElement>('[data-view="week"]')!.click();
    await waitUntil(() => shadow(el).querySelector('.week'), 'week grid');
    expect(text(shadow(el).querySelector('#heading'))).to.equal(
      'Du 28 décembre 2026 au 3 janvier 2027',
    );
    shadow(el).querySelector<HTMLButtonElement>('[data-view="month"]')!.click();
    await el.updateComplete;
    expect(text(shadow(el).querySelector('#heading'))).to.equal('Décembre 2026');
  });

  it('applies the filters and the shared selection of a <tis-feed>', async () => {
    const el = await mount({ network: 'ess-france' });
    expect(slots(el).map((b) => b.dataset.event)).to.not.include('w/a');
    expect(slots(el).map((b) => b.dataset.event)).to.include('w/ailleurs');
    const provider = await fixture<HTMLElement>(
      html`<tis-feed src="/feed.json"
        ><div style="width:1000px">
          <tis-event-calendar
            view="week"
            visitor-time-zone="Europe/Paris"
            .now=${NOW}
          ></tis-event-calendar></div
      ></tis-feed>`,
    );
    const inner = provider.querySelector('tis-event-calendar')!;
    await waitUntil(() => inner.shadowRoot?.querySelector('.week .slot-button'), 'week in feed', {
      timeout: 4000,
    });
    expect(slots(inner).map((b) => b.dataset.event)).to.include('w/a');
    (provider as unknown as { select(s: object): void }).select?.({ network: 'ess-france' });
    const select = inner.shadowRoot!.querySelector<HTMLSelectElement>('select[name="network"]')!;
    select.value = 'ess-france';
    select.dispatchEvent(new Event('change'));
    await inner.updateComplete;
    expect(slots(inner).map((b) => b.dataset.event)).to.not.include('w/a');
    expect(text(inner.shadowRoot!.querySelector('.live'))).to.match(/^Semaine du 7 au 13/);
  });

  it('keeps events, today and the current time visible in forced colours', async () => {
    const el = await mount();
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = 'Highlight';
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      const style = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!);
      expect(style('.week-day.is-today .week-day-number').backgroundColor).to.equal(highlight);
      expect(style('.now').borderTopColor).to.equal(highlight);
      expect(style('.slot-button').borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('shows times in the visitor’s zone, the event’s own zone in the details', async () => {
    const el = await mount({ 'visitor-time-zone': 'America/Toronto' });
    // 9:00 in Paris is 3:00 in Toronto.
    expect(text(slotOf(el, 'w/a').querySelector('.slot-time'))).to.match(/^3 h – 5 h/);
    slotOf(el, 'w/a').click();
    const dialog = shadow(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'dialog open');
    expect(text(dialog.querySelector('.event-time'))).to.contain('9 h – 11 h');
    dialog.close();
  });
});

describe('<tis-event-calendar view="week"> in the October DST week', () => {
  it('keeps 9 h at 9 h and says the offset of the times shown twice', async () => {
    resetFeedClient({ retries: 0 });
    const feed = smallFeed();
    const extra = [
      ['first', '2026-10-25T02:15:00+02:00', '2026-10-25T02:45:00+02:00'],
      ['second', '2026-10-25T02:15:00+01:00', '2026-10-25T02:45:00+01:00'],
      ['sunday', '2026-10-25T09:00:00+01:00', '2026-10-25T12:00:00+01:00'],
      ['thursday', '2026-10-22T09:00:00+02:00', '2026-10-22T12:00:00+02:00'],
    ].map(([id, start, end]) => ({ id: `dst/${id}`, title: id, network: 'cis', start, end }));
    feed.events.push(...(extra as typeof feed.events));
    const net = mockNetwork({ '/dst.json': jsonResponse(feed) });
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:1000px">
          <tis-event-calendar
            src="/dst.json"
            view="week"
            from="2026-10-25"
            visitor-time-zone="Europe/Paris"
            .now=${Date.parse('2026-10-22T10:00:00+02:00')}
          ></tis-event-calendar>
        </div>`,
      );
      const el = wrapper.querySelector('tis-event-calendar')!;
      await waitUntil(() => el.shadowRoot?.querySelector('.week .slot-button'), 'week grid', {
        timeout: 4000,
      });
      expect(text(shadow(el).querySelector('#heading'))).to.equal('Du 19 au 25 octobre 2026');
      const time = (id: string) => text(slotOf(el, `dst/${id}`).querySelector('.slot-time'));
      expect(time('sunday')).to.equal('9 h – 12 h');
      expect(time('thursday')).to.equal('9 h – 12 h');
      expect(time('first')).to.equal('2 h 15 UTC+2 – 2 h 45 UTC+2');
      expect(time('second')).to.equal('2 h 15 UTC+1 – 2 h 45 UTC+1');
      const [a, b] = ['first', 'second'].map((id) =>
        slotOf(el, `dst/${id}`).getBoundingClientRect(),
      );
      expect(a!.top).to.be.closeTo(b!.top, 0.5);
      expect(a!.right <= b!.left + 0.5 || b!.right <= a!.left + 0.5).to.equal(true);
      const sunday = slotOf(el, 'dst/sunday').getBoundingClientRect();
      const thursday = slotOf(el, 'dst/thursday').getBoundingClientRect();
      expect(sunday.top).to.be.closeTo(thursday.top, 0.5);
      await expect(el).to.be.accessible();
    } finally {
      net.restore();
    }
  });
});

describe('<tis-event-calendar view="week"> on a published feed', () => {
  it('asks for the month shards of the week it shows: both, for a week across two months', async () => {
    const names: string[] = await (await fetch('/__published/files.json')).json();
    const files = new Map<string, string>();
    for (const name of names) files.set(name, await (await fetch(`/__published/${name}`)).text());
    const index = JSON.parse(files.get('index.json')!) as { shards: FeedShard[] };
    resetFeedClient({ now: () => NOW, retries: 0 });
    const routes: Record<string, Response> = {};
    for (const [name, body] of files)
      routes[`/pub/${name}`] = new Response(body, {
        headers: { 'content-type': 'application/json' },
      });
    const net = mockNetwork(routes);
    try {
      const el = await fixture<TisEventCalendar>(
        html`<div style="width:1000px">
          <tis-event-calendar
            src="/pub/index.json"
            view="week"
            from="2026-11-30"
            visitor-time-zone="Europe/Paris"
            .now=${NOW}
          ></tis-event-calendar>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('tis-event-calendar')!);
      await waitUntil(() => el.shadowRoot?.querySelector('.week'), 'week grid', { timeout: 4000 });
      const months = new Set(
        net.requests
          .map((r) => new URL(r.url).pathname.replace(/^\/pub\//, ''))
          .filter((path) => path.startsWith('events/'))
          .map((path) => path.slice(7, 14)),
      );
      const published = index.shards
        .filter((s) => s.type === 'events')
        .map((s) => s.url.slice(7, 14));
      const expected = published.filter((month) => month === '2026-11' || month === '2026-12');
      expect(expected).to.include('2026-12');
      expect([...months].sort()).to.deep.equal([...new Set(expected)].sort());
    } finally {
      net.restore();
    }
  });
});
