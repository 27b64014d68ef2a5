import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../../src/event-calendar/define.js';
import '../../src/feed/define.js';
import '../../src/initiative-feed/define.js';
import type { TisEventCalendar } from '../../src/event-calendar/event-calendar.js';
import type { TisEventOpenEvent } from '../../src/event-calendar/events.js';
import type { TisSelectEvent } from '../../src/shared/events.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';

/** 1 December 2026, 10:00 in Paris. */
const NOW = Date.parse('2026-12-01T10:00:00+01:00');

/** The small fixture plus events that test placement: DST, month edges, overflow, hostile text. */
function calendarFeed() {
  const feed = smallFeed();
  const extra = [
    // Across the March change (Sunday 29 March 2026, 2:00 → 3:00).
    {
      id: 'cis/nuit-mars',
      title: 'Nuit de l’innovation (exemple)',
      network: 'cis',
      start: '2026-03-28T20:00:00+01:00',
      end: '2026-03-29T10:00:00+02:00',
      attendance: 'in-person',
    },
    {
      id: 'cis/mars-9h',
      title: 'Atelier de printemps (exemple)',
      network: 'cis',
      start: '2026-03-29T09:00:00+02:00',
      end: '2026-03-29T12:00:00+02:00',
      attendance: 'online',
    },
    {
      id: 'cis/octobre-9h',
      title: 'Atelier d’automne (exemple)',
      network: 'cis',
      start: '2026-10-25T09:00:00+01:00',
      end: '2026-10-25T12:00:00+01:00',
      attendance: 'online',
    },
    // Across the month edge.
    {
      id: 'cis/fin-annee',
      title: 'Rencontres de fin d’année (exemple)',
      network: 'cis',
      start: '2026-12-31T09:00:00+01:00',
      end: '2027-01-02T17:00:00+01:00',
      attendance: 'in-person',
      location: { name: 'Halle', territory: 'commune:29019' },
    },
    // Overflow on 8 December: with the webinar, four events.
    {
      id: 'ess/midi',
      title: 'Financer l’innovation sociale (exemple)',
      network: 'ess-france',
      start: '2026-12-08T12:30:00+01:00',
      end: '2026-12-08T13:30:00+01:00',
      attendance: 'online',
      status: 'moved-online',
    },
    {
      id: 'tiers-lieux/visite',
      title: 'Visite d’un tiers-lieu (exemple)',
      network: 'tiers-lieux',
      start: '2026-12-08T18:00:00+01:00',
      end: '2026-12-08T19:30:00+01:00',
      attendance: 'in-person',
      status: 'postponed',
    },
    // A course in three sessions on separate days.
    {
      id: 'cis/cycle',
      title: 'Cycle de formation (exemple)',
      network: 'cis',
      start: '2026-12-14T14:00:00+01:00',
      end: '2026-12-18T16:00:00+01:00',
      attendance: 'online',
      parts: [
        { title: 'Séance 1', start: '2026-12-14T14:00:00+01:00', end: '2026-12-14T16:00:00+01:00' },
        { title: 'Séance 2', start: '2026-12-16T14:00:00+01:00', end: '2026-12-16T16:00:00+01:00' },
        { title: 'Séance 3', start: '2026-12-18T14:00:00+01:00', end: '2026-12-18T16:00:00+01:00' },
      ],
    },
    {
      id: 'cis/hostile',
      title: '<img src=x onerror="window.__pwned=1">Atelier',
      description: '<script>window.__pwned=1</script>',
      network: 'cis',
      start: '2026-12-08T14:00:00+01:00',
      end: '2026-12-08T15:00:00+01:00',
      registrationUrl: 'javascript:alert(1)',
      url: 'data:text/html,hi',
    },
  ];
  feed.events.push(...(extra as typeof feed.events));
  return feed;
}

let network: MockNetwork;
interface A11yNode {
  role?: string;
  name?: string;
  children: A11yNode[];
}
const shadow = (el: TisEventCalendar) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cell = (el: TisEventCalendar, day: string) =>
  shadow(el).querySelector<HTMLElement>(`td[data-day="${day}"]`)!;
/** What a screen reader announces for a grid cell (its text, minus the aria-hidden parts). */
const cellName = (el: TisEventCalendar, day: string) =>
  text(cell(el, day).querySelector('.visually-hidden'));
const activeCell = (el: TisEventCalendar) =>
  (shadow(el).activeElement as HTMLElement | null)?.dataset.day;

async function ready(el: TisEventCalendar) {
  await waitUntil(
    () => shadow(el).querySelector('.calendar, .card, .card-root'),
    'calendar rendered',
    { timeout: 3000 },
  );
  await el.updateComplete;
  return el;
}

async function mount(attrs: Partial<Record<string, string>> = {}, width = 1000) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('tis-event-calendar');
  el.setAttribute('src', '/feed.json');
  el.now = NOW;
  // The visitor is in Paris unless a test says otherwise, so the suite also passes when the
  // runner's own zone is elsewhere: that run proves nothing reads the browser's local time.
  el.setAttribute('visitor-time-zone', 'Europe/Paris');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value ?? '');
  wrapper.append(el);
  return ready(el);
}

describe('<tis-event-calendar>', () => {
  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    network = mockNetwork({ '/feed.json': jsonResponse(calendarFeed()) });
  });
  afterEach(() => network.restore());

  describe('states', () => {
    it('shows the fallback content and a loading status while the feed loads', async () => {
      network.restore();
      network = mockNetwork({ '/slow.json': () => new Promise<Response>(() => {}) });
      const el = await fixture<TisEventCalendar>(
        html`<tis-event-calendar src="/slow.json"
          ><a href="https://example.org/agenda">Agenda</a></tis-event-calendar
        >`,
      );
      await aTimeout(0);
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[role="status"]'))).to.equal('Chargement…');
      expect(shadow(el).querySelector('slot')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the error, a retry button and the fallback on failure', async () => {
      const failed = oneEvent(document, 'tis-error');
      const el = await fixture<TisEventCalendar>(
        html`<tis-event-calendar src="/missing.json"
          ><a href="https://example.org/agenda">Agenda</a></tis-event-calendar
        >`,
      );
      await failed;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.state-error'))).to.contain(
        'L’agenda ne peut pas être affiché',
      );
      expect(shadow(el).querySelector('.state-error button')).to.exist;
      expect(shadow(el).querySelector('slot')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shares the initiative feed’s error box, sized to its content', async () => {
      await import('../../src/initiative-feed/define.js');
      const failed = oneEvent(document, 'tis-error');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:800px">
          <tis-event-calendar src="/missing.json"></tis-event-calendar>
          <tis-initiative-feed src="/missing.json"></tis-initiative-feed>
        </div>`,
      );
      await failed;
      const box = (tag: string) =>
        wrapper.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
      await waitUntil(
        () => box('tis-event-calendar') && box('tis-initiative-feed'),
        'both error boxes',
      );
      const [calendar, feed] = [box('tis-event-calendar')!, box('tis-initiative-feed')!];
      const look = (el: HTMLElement) => {
        const style = getComputedStyle(el);
        return [style.borderTopStyle, style.borderTopColor, style.paddingTop, style.textAlign];
      };
      expect(look(calendar)).to.deep.equal(look(feed));
      expect(calendar.getBoundingClientRect().height).to.be.below(200);
    });

    it('renders the month of `now`, fires tis-load and is accessible', async () => {
      const el = await mount({ view: 'month' });
      expect(text(shadow(el).querySelector('h2'))).to.equal('Décembre 2026');
      const headers = [...shadow(el).querySelectorAll('th')].map((th) => th.getAttribute('abbr'));
      expect(headers).to.deep.equal([
        'lundi',
        'mardi',
        'mercredi',
        'jeudi',
        'vendredi',
        'samedi',
        'dimanche',
      ]);
      expect(cell(el, '2026-12-01').getAttribute('aria-current')).to.equal('date');
      expect(cell(el, '2026-12-01').tabIndex).to.equal(0);
      expect(shadow(el).querySelectorAll('td[tabindex="0"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark colour scheme, month and list', async () => {
      const el = await mount({ view: 'month', theme: 'dark' });
      await expect(el).to.be.accessible();
      el.view = 'list';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('says so when a month is empty, and offers the next event', async () => {
      const el = await mount({ view: 'list', from: '2026-11' });
      expect(text(shadow(el).querySelector('.empty'))).to.contain('Aucun événement ce mois-ci.');
      const jump = shadow(el).querySelector<HTMLButtonElement>('.empty button')!;
      expect(text(jump)).to.contain('jeudi 3 décembre 2026');
      await expect(el).to.be.accessible();
      jump.click();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h2'))).to.equal('Décembre 2026');
    });
  });

  describe('month grid', () => {
    it('names cells with the full date and the number of events, with overflow', async () => {
      const el = await mount({ view: 'month' });
      expect(cellName(el, '2026-12-08')).to.equal('mardi 8 décembre 2026, 4 événements');
      expect(cellName(el, '2026-12-09')).to.equal('mercredi 9 décembre 2026, aucun événement');
      expect(cell(el, '2026-12-08').querySelectorAll('.chip')).to.have.length(2);
      expect(text(cell(el, '2026-12-08').querySelector('.more'))).to.equal('+ 2 autres');
    });

    it('repeats multi-day events across days and months with continuation marks', async () => {
      const el = await mount({ view: 'month' });
      const first = cell(el, '2026-12-31').querySelector('.chip')!;
      expect(first.classList.contains('continues')).to.equal(true);
      expect(first.classList.contains('continued')).to.equal(false);
      // The grid's trailing days belong to January and still show the event.
      const next = cell(el, '2027-01-01').querySelector('.chip')!;
      expect(next.classList.contains('continued')).to.equal(true);
      expect(cellName(el, '2026-12-10')).to.contain('1 événement');
      expect(cell(el, '2026-12-11').querySelector('.chip.continued')).to.exist;
    });

    it('shows chip times in the visitor’s zone, and the event’s own zone in its details', async () => {
      const feed = calendarFeed();
      feed.events.push({
        id: 'cis/noumea',
        title: 'Atelier à Nouméa',
        network: 'cis',
        territories: [],
        start: '2026-12-10T19:00:00+11:00',
        end: '2026-12-10T21:00:00+11:00',
        timeZone: 'Pacific/Noumea',
      } as unknown as (typeof feed.events)[number]);
      network.restore();
      network = mockNetwork({ '/feed.json': jsonResponse(feed) });
      const el = await mount({ view: 'month' });
      const chip = cell(el, '2026-12-10').querySelector<HTMLElement>('[data-event="cis/noumea"]')!;
      expect(text(chip.querySelector('.chip-time')), 'a Paris visitor’s time').to.equal('9 h');
      chip.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const dialog = shadow(el).querySelector('dialog')!;
      await waitUntil(() => dialog.open);
      const time = text(dialog.querySelector('.event-time'));
      expect(time).to.contain('19 h – 21 h');
      expect(time).to.contain('9 h – 11 h à votre heure');
      dialog.close();
    });

    it('places a multi-part event on the days of its sessions only', async () => {
      const el = await mount({ view: 'month' });
      expect(cellName(el, '2026-12-14')).to.contain('1 événement');
      expect(cellName(el, '2026-12-15')).to.contain('aucun événement');
      expect(cellName(el, '2026-12-16')).to.contain('1 événement');
      expect(cellName(el, '2026-12-18')).to.contain('1 événement');
      const chip = cell(el, '2026-12-16').querySelector('.chip')!;
      expect(chip.classList.contains('continued')).to.equal(false);
      expect(text(chip.querySelector('.chip-time'))).to.equal('14 h');
      chip.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const dialog = shadow(el).querySelector('dialog')!;
      await waitUntil(() => dialog.open);
      expect(text(dialog.querySelector('.event-time'))).to.equal(
        'lundi 14 décembre – vendredi 18 décembre, 3 séances',
      );
      expect([...dialog.querySelectorAll('.part-time')].map(text)).to.deep.equal([
        'lundi 14 décembre, 14 h – 16 h',
        'mercredi 16 décembre, 14 h – 16 h',
        'vendredi 18 décembre, 14 h – 16 h',
      ]);
      dialog.close();
    });

    it('places an event across the March daylight-saving change on both days', async () => {
      const el = await mount({ view: 'month', from: '2026-03' });
      expect(text(shadow(el).querySelector('h2'))).to.equal('Mars 2026');
      expect(cellName(el, '2026-03-28')).to.equal('samedi 28 mars 2026, 1 événement');
      expect(cellName(el, '2026-03-29')).to.equal('dimanche 29 mars 2026, 2 événements');
      expect(cellName(el, '2026-03-30')).to.contain('aucun événement');
    });

    it('is used with the keyboard only: arrows, Home/End, Page Up/Down, Enter, Escape', async () => {
      const el = await mount({ view: 'month' });
      cell(el, '2026-12-01').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(activeCell(el)).to.equal('2026-12-02');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(activeCell(el)).to.equal('2026-12-09');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(activeCell(el)).to.equal('2026-12-08');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(activeCell(el)).to.equal('2026-12-13');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(activeCell(el)).to.equal('2026-12-07');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(activeCell(el)).to.equal('2026-11-30');
      expect(text(shadow(el).querySelector('h2'))).to.equal('Novembre 2026');
      expect(text(shadow(el).querySelector('[aria-live="polite"]'))).to.equal(
        'Novembre 2026 : aucun événement',
      );
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(activeCell(el)).to.equal('2026-12-30');
      expect(text(shadow(el).querySelector('[aria-live="polite"]'))).to.equal(
        'Décembre 2026 : 9 événements',
      );
      expect(shadow(el).querySelectorAll('td[tabindex="0"]')).to.have.length(1);
      // Back to the busy day, then open it.
      for (const key of ['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowLeft'])
        await sendKeys({ press: key });
      await el.updateComplete;
      expect(activeCell(el)).to.equal('2026-12-08');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadow(el).querySelector('dialog')?.open);
      const dialog = shadow(el).querySelector('dialog')!;
      expect(text(dialog.querySelector('h2'))).to.equal('Événements du mardi 8 décembre 2026');
      expect(dialog.querySelectorAll('.day-events > li')).to.have.length(4);
      expect(dialog.contains(shadow(el).activeElement)).to.equal(true);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      await el.updateComplete;
      expect(activeCell(el)).to.equal('2026-12-08');
    });

    it('changes month with the buttons and announces it once', async () => {
      const el = await mount({ view: 'month' });
      const live = shadow(el).querySelector('[aria-live="polite"]')!;
      expect(text(live)).to.equal('');
      shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Mois suivant"]')!.click();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h2'))).to.equal('Janvier 2027');
      expect(text(live)).to.equal('Janvier 2027 : 1 événement');
      shadow(el).querySelector<HTMLButtonElement>('button.today')!.click();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h2'))).to.equal('Décembre 2026');
    });

    it('shows the same events after navigating months as a calendar opened on that month', async () => {
      /** Each cell: its events (chips) and what a screen reader hears for it. */
      const cells = (el: TisEventCalendar) =>
        [...shadow(el).querySelectorAll<HTMLElement>('td[data-day]')].map((td) => [
          td.dataset.day,
          [...td.querySelectorAll<HTMLElement>('.chip')].map((chip) => chip.dataset.event),
          cellName(el, td.dataset.day!),
        ]);
      const step = async (el: TisEventCalendar, label: string) => {
        shadow(el).querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!.click();
        await el.updateComplete;
      };
      const el = await mount({ view: 'month' });
      const december = cells(el);
      // Back to March 2026 (DST, several events), then forward past the year's end.
      const months = ['2026-11', '2026-10', '2026-09', '2026-08', '2026-07', '2026-06'];
      months.push('2026-05', '2026-04', '2026-03');
      for (const month of months) {
        await step(el, 'Mois précédent');
        const fresh = await mount({ view: 'month', from: month });
        expect(cells(el), month).to.deep.equal(cells(fresh));
      }
      expect(cells(el).flatMap(([, chips]) => chips)).to.include('cis/nuit-mars');
      for (let i = 0; i < months.length; i++) await step(el, 'Mois suivant');
      expect(cells(el)).to.deep.equal(december);
      await step(el, 'Mois suivant');
      expect(cells(el)).to.deep.equal(cells(await mount({ view: 'month', from: '2027-01' })));
      // A filter changed while away from the first month applies to the month shown.
      el.network = 'tiers-lieux';
      await step(el, 'Mois précédent');
      expect(cells(el)).to.deep.equal(
        cells(await mount({ view: 'month', from: '2026-12', network: 'tiers-lieux' })),
      );
      expect(cells(el)).not.to.deep.equal(december);
    });

    it('opens an event from its chip; the dialog returns focus on close', async () => {
      const el = await mount({ view: 'month' });
      const opened = oneEvent(el, 'tis-event-open');
      cell(el, '2026-12-03').querySelector<HTMLElement>('.chip')!.click();
      const event = (await opened) as unknown as TisEventOpenEvent;
      expect(event.event.id).to.equal('tiers-lieux/rencontre-rennes');
      const dialog = shadow(el).querySelector('dialog')!;
      await waitUntil(() => dialog.open);
      expect(text(dialog.querySelector('h2'))).to.equal('Rencontre des tiers-lieux (exemple)');
      expect(text(dialog)).to.contain('Complet');
      expect(text(dialog)).to.contain('Sur place');
      expect(text(dialog)).to.contain('Halle exemple, 1 place exemple, Rennes');
      await expect(el).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('.dialog-close')!.click();
      await waitUntil(() => activeCell(el) === '2026-12-03', 'focus back on the day');
      expect(dialog.open).to.equal(false);
    });
  });

  describe('list view and details', () => {
    it('groups upcoming events by day under headings', async () => {
      const el = await mount({ view: 'list' });
      const days = [...shadow(el).querySelectorAll('.agenda-date')].map(text);
      expect(days[0]).to.equal('Jeudi 3 décembre');
      expect(days).to.include('Mardi 8 décembre');
      expect(shadow(el).querySelectorAll('h3.agenda-date')).to.have.length(days.length);
      await expect(el).to.be.accessible();
    });

    it('hides this month’s past events behind a button', async () => {
      const el = await mount({ view: 'list' });
      el.now = Date.parse('2026-12-09T08:00:00+01:00');
      await el.updateComplete;
      const earlier = shadow(el).querySelector<HTMLButtonElement>('.earlier button')!;
      expect(text(earlier)).to.equal('Afficher 6 événements passés de ce mois');
      expect(text(shadow(el).querySelector('.agenda-date'))).to.equal('Jeudi 10 décembre');
      earlier.click();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.agenda-date'))).to.equal('Jeudi 3 décembre');
    });

    it('focuses the first revealed event when “past events” is used', async () => {
      const el = await mount({ view: 'list' });
      el.now = Date.parse('2026-12-09T08:00:00+01:00');
      await el.updateComplete;
      const earlier = shadow(el).querySelector<HTMLButtonElement>('.earlier button')!;
      earlier.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const active = shadow(el).activeElement as HTMLElement;
      expect(active?.classList.contains('title-button'), 'focus on an event').to.equal(true);
      expect(active.closest<HTMLElement>('.agenda-day')!.dataset.day).to.equal('2026-12-03');
    });

    it('focuses the target day when “go to the next event” is used', async () => {
      const el = await mount({ from: '2026-11' });
      const jump = shadow(el).querySelector<HTMLButtonElement>('.empty button')!;
      expect(text(jump)).to.contain('Aller au prochain événement');
      jump.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(activeCell(el)).to.equal('2026-12-03');
    });

    it('keeps focus on the same day when a resize switches grid and list', async () => {
      const el = await mount({}, 1000);
      cell(el, '2026-12-07').focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => activeCell(el) === '2026-12-08', 'arrow moved to the 8th');
      el.parentElement!.style.width = '400px';
      await waitUntil(() => shadow(el).querySelector('.agenda'), 'list when narrow');
      await el.updateComplete;
      const active = shadow(el).activeElement as HTMLElement | null;
      expect(active?.classList.contains('title-button'), 'focus on an event').to.equal(true);
      expect(active!.closest<HTMLElement>('.agenda-day')!.dataset.day).to.equal('2026-12-08');
      // And back: the day of the focused event in the grid.
      el.parentElement!.style.width = '1000px';
      await waitUntil(() => shadow(el).querySelector('.grid'), 'grid when wide');
      await el.updateComplete;
      expect(activeCell(el)).to.equal('2026-12-08');
    });

    it('labels every status; cancelled is struck through', async () => {
      const el = await mount({ view: 'list' });
      const titleOf = (id: string) =>
        shadow(el).querySelector(`button[data-event="${id}"]`)!.closest('article')!;
      const cancelled = titleOf('ess/reunion-marche');
      expect(cancelled.querySelector('s')).to.exist;
      expect(text(cancelled.querySelector('.badge'))).to.equal('Annulé');
      expect(text(titleOf('tiers-lieux/rencontre-rennes').querySelector('.badge'))).to.equal(
        'Complet',
      );
      expect(text(titleOf('tzc/forum-figeac').querySelector('.badge'))).to.equal('Date modifiée');
      expect(text(titleOf('tiers-lieux/visite').querySelector('.badge'))).to.equal('Reporté');
      expect(text(titleOf('ess/midi').querySelector('.badge'))).to.equal('Passé en ligne');
      expect(titleOf('cis/webinaire-coconstruction').querySelector('.badge')).to.equal(null);
    });

    it('names a list heading by its status once and its title, without "détails"', async () => {
      const el = await mount({ view: 'list' });
      const button = shadow(el).querySelector('button[data-event="ess/reunion-marche"]')!;
      // The heading's name is its text: the badge once, then the button's name.
      const heading = button.closest('h4')!;
      expect(text(heading)).to.equal('Annulé : Marché paysan (exemple)');
      // What the browser exposes: the button is named by the title alone…
      const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
      const node = findAccessibilityNode<A11yNode>(
        snapshot,
        (n) => n.role === 'button' && (n.name ?? '').includes('Marché paysan'),
      );
      expect(node?.name).to.equal('Marché paysan (exemple)');
      // …and "Détails" describes it, outside the heading.
      expect(button.hasAttribute('aria-label')).to.equal(false);
      const hint = shadow(el).getElementById(button.getAttribute('aria-describedby')!)!;
      expect(text(hint)).to.equal('Détails');
      expect(heading.contains(hint)).to.equal(false);
    });

    it('shifts every heading below heading-level', async () => {
      const levels = (el: TisEventCalendar) =>
        ['.heading', '.agenda-date', '.event-title'].map(
          (selector) => shadow(el).querySelector(selector)!.localName,
        );
      expect(levels(await mount({ view: 'list' }))).to.deep.equal(['h2', 'h3', 'h4']);
      expect(levels(await mount({ view: 'list', 'heading-level': '3' }))).to.deep.equal([
        'h3',
        'h4',
        'h5',
      ]);
      expect(levels(await mount({ view: 'list', 'heading-level': '5' }))).to.deep.equal([
        'h5',
        'h6',
        'h6',
      ]);
      const card = await mount({ event: 'cis/webinaire-coconstruction', 'heading-level': '4' });
      expect(shadow(card).querySelector('.card-title')!.localName).to.equal('h4');
    });

    it('shows an overseas event in its zone and in the visitor’s', async () => {
      const el = await mount({ view: 'list' });
      const article = shadow(el)
        .querySelector('button[data-event="ess/reunion-marche"]')!
        .closest('article')!;
      const time = text(article.querySelector('.event-time'));
      expect(time).to.contain('samedi 5 décembre, 8 h – 13 h (heure de La Réunion)');
      expect(time).to.contain('samedi 5 décembre, 5 h – 10 h à votre heure');
      const paris = shadow(el)
        .querySelector('button[data-event="cis/webinaire-coconstruction"]')!
        .closest('article')!;
      expect(text(paris.querySelector('.event-time'))).to.equal('mardi 8 décembre, 9 h – 12 h');
    });

    it('keeps 9 h at 9 h on both sides of the daylight-saving changes', async () => {
      const el = await mount({ view: 'list', from: '2026-03' });
      const spring = shadow(el)
        .querySelector('button[data-event="cis/mars-9h"]')!
        .closest('article')!;
      expect(text(spring.querySelector('.event-time'))).to.equal('dimanche 29 mars, 9 h – 12 h');
      const night = shadow(el)
        .querySelector('button[data-event="cis/nuit-mars"]')!
        .closest('article')!;
      expect(text(night.querySelector('.event-time'))).to.equal(
        'samedi 28 mars, 20 h – dimanche 29 mars, 10 h',
      );
      el.from = '2026-10';
      await el.updateComplete;
      const autumn = shadow(el)
        .querySelector('button[data-event="cis/octobre-9h"]')!
        .closest('article')!;
      expect(text(autumn.querySelector('.event-time'))).to.equal('dimanche 25 octobre, 9 h – 12 h');
    });

    it('adds the visitor’s time for a visitor abroad (Toronto)', async () => {
      const el = await mount({ view: 'list', 'visitor-time-zone': 'America/Toronto' });
      const paris = shadow(el)
        .querySelector('button[data-event="cis/webinaire-coconstruction"]')!
        .closest('article')!;
      const time = text(paris.querySelector('.event-time'));
      expect(time).to.contain('mardi 8 décembre, 9 h – 12 h (heure d’Europe centrale)');
      expect(time).to.contain('mardi 8 décembre, 3 h – 6 h à votre heure');
    });

    it('adds the visitor’s time for a visitor in Nouméa, on the next day', async () => {
      const el = await mount({ view: 'list', 'visitor-time-zone': 'Pacific/Noumea' });
      const paris = shadow(el)
        .querySelector('button[data-event="tiers-lieux/rencontre-rennes"]')!
        .closest('article')!;
      const time = text(paris.querySelector('.event-time'));
      expect(time).to.contain('jeudi 3 décembre, 18 h – 20 h');
      expect(time).to.contain('vendredi 4 décembre, 4 h – 6 h à votre heure');
      // Events stay on the day announced by their organiser, whatever the visitor's zone.
      expect(text(paris.closest('.agenda-day')!.querySelector('h3'))).to.equal('Jeudi 3 décembre');
    });

    it('renders hostile feed text inert and drops unsafe links', async () => {
      const el = await mount({ view: 'list' });
      const button = shadow(el).querySelector<HTMLButtonElement>(
        'button[data-event="cis/hostile"]',
      )!;
      expect(text(button)).to.equal('<img src=x onerror="window.__pwned=1">Atelier');
      expect(shadow(el).querySelector('img')).to.equal(null);
      button.click();
      const dialog = shadow(el).querySelector('dialog')!;
      await waitUntil(() => dialog.open);
      expect(dialog.querySelector('script')).to.equal(null);
      const hrefs = [...dialog.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.every((href) => /^(https:|blob:)/.test(href))).to.equal(true);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      dialog.close();
    });

    it('switches between month and list with the view buttons', async () => {
      const el = await mount({ view: 'month' });
      const listButton = shadow(el).querySelector<HTMLButtonElement>('button[data-view="list"]')!;
      expect(listButton.getAttribute('aria-pressed')).to.equal('false');
      listButton.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('.agenda')).to.exist;
      expect(
        shadow(el).querySelector('button[data-view="list"]')!.getAttribute('aria-pressed'),
      ).to.equal('true');
    });

    it('defaults to the list when its own width is narrow, and to the month when wide', async () => {
      const el = await mount({}, 400);
      await waitUntil(() => shadow(el).querySelector('.agenda'), 'list when narrow');
      el.parentElement!.style.width = '900px';
      await waitUntil(() => shadow(el).querySelector('table[role="grid"]'), 'month when wide');
    });

    it('speaks English with lang="en"', async () => {
      const el = await mount({ view: 'month', lang: 'en' });
      expect(text(shadow(el).querySelector('h2'))).to.equal('December 2026');
      expect(cellName(el, '2026-12-03')).to.equal('Thursday, 3 December 2026, 1 event');
    });
  });

  describe('single-event card and add to calendar', () => {
    it('shows one event with its programme, links and a blob .ics download', async () => {
      const el = await mount({ event: 'cis/webinaire-coconstruction' }, 600);
      const card = shadow(el).querySelector('.card')!;
      expect(text(card.querySelector('h2'))).to.equal(
        'Webinaire de co-construction de la campagne #1000territoiresIS (exemple)',
      );
      const parts = [...card.querySelectorAll('.parts li')].map(text);
      expect(parts[0]).to.equal(
        '9 h – 10 h 20 Rappel du dispositif CRTE et élaboration du discours mobilisateur',
      );
      expect(text(card)).to.contain(
        'Réseaux invités : Réseau des tiers-lieux (exemple), Territoires zéro chômeur (exemple)',
      );
      expect(text(card)).to.contain('via Carrefour des innovations sociales');
      expect(card.querySelector('a[href="https://example.org/webinaire/inscription"]')).to.exist;
      const ics = card.querySelector<HTMLAnchorElement>('a[download]')!;
      expect(ics.getAttribute('download')).to.equal('webinaire-coconstruction.ics');
      expect(ics.href.startsWith('blob:')).to.equal(true);
      // XMLHttpRequest, not fetch: the test's network seam answers fetch, and a blob: URL is local.
      const body = await new Promise<string>((resolve) => {
        const xhr = new XMLHttpRequest();
        xhr.open('GET', ics.href);
        xhr.onload = () => resolve(xhr.responseText);
        xhr.send();
      });
      expect(body.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
      expect(body).to.contain('UID:cis/webinaire-coconstruction@1000territoires\r\n');
      expect(body).to.contain('DTSTART:20261208T080000Z\r\n');
      expect(body).to.equal(await el.icsText('cis/webinaire-coconstruction'));
      const google = card.querySelector<HTMLAnchorElement>(
        'a[href^="https://calendar.google.com/"]',
      )!;
      expect(new URL(google.href).searchParams.get('dates')).to.equal(
        '20261208T080000Z/20261208T110000Z',
      );
      expect(card.querySelector('a[href^="https://outlook.live.com/"]')).to.exist;
      // No request but the feed.
      expect(network.requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/feed.json']);
      await expect(el).to.be.accessible();
    });

    it('offers one .ics entry and one Google / Outlook link per part held on another day', async () => {
      const feed = calendarFeed();
      feed.events.push({
        id: 'cis/formation',
        title: 'Formation en deux sessions',
        network: 'cis',
        territories: ['region:53'],
        start: '2026-12-14T09:00:00+01:00',
        end: '2026-12-21T12:00:00+01:00',
        timeZone: 'Europe/Paris',
        parts: [
          {
            title: 'Session 1',
            start: '2026-12-14T09:00:00+01:00',
            end: '2026-12-14T12:00:00+01:00',
          },
          {
            title: 'Session 2',
            start: '2026-12-21T09:00:00+01:00',
            end: '2026-12-21T12:00:00+01:00',
          },
        ],
        attendance: 'online',
      } as unknown as (typeof feed.events)[number]);
      network.restore();
      network = mockNetwork({ '/feed.json': jsonResponse(feed) });
      const el = await mount({ event: 'cis/formation' }, 600);
      const card = shadow(el).querySelector('.card')!;
      const ics = (await el.icsText('cis/formation'))!;
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
      expect(ics).to.contain('UID:cis/formation#1@1000territoires\r\n');
      expect(ics).to.contain('UID:cis/formation#2@1000territoires\r\n');
      expect(ics).to.contain('RELATED-TO;RELTYPE=PARENT:cis/formation@1000territoires\r\n');
      expect(ics).to.contain('DTSTART:20261221T080000Z\r\nDTEND:20261221T110000Z\r\n');
      expect(ics, 'no place made from the territory of an online event').not.to.contain('LOCATION');
      const dates = [
        ...card.querySelectorAll<HTMLAnchorElement>('a[href^="https://calendar.google.com/"]'),
      ].map((a) => new URL(a.href).searchParams.get('dates'));
      expect(dates).to.deep.equal([
        '20261214T080000Z/20261214T110000Z',
        '20261221T080000Z/20261221T110000Z',
      ]);
      expect(card.querySelectorAll('a[href^="https://outlook.live.com/"]')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('says so when the event does not exist', async () => {
      const el = await mount({ event: 'nope' });
      expect(text(shadow(el).querySelector('.card-root'))).to.contain('introuvable');
      await expect(el).to.be.accessible();
    });

    it('writes STATUS:CANCELLED for a cancelled event', async () => {
      const el = await mount({ event: 'ess/reunion-marche' });
      expect(await el.icsText('ess/reunion-marche')).to.contain('\r\nSTATUS:CANCELLED\r\n');
      expect(shadow(el).querySelector('.card .badge-cancelled')).to.exist;
    });
  });

  describe('subscription', () => {
    it('offers webcal and https links from an https subscribe-url', async () => {
      const el = await mount({ view: 'list', 'subscribe-url': 'https://example.org/ics/all.ics' });
      const hrefs = [...shadow(el).querySelectorAll('.subscribe a')].map((a) =>
        a.getAttribute('href'),
      );
      expect(hrefs).to.deep.equal([
        'webcal://example.org/ics/all.ics',
        'https://example.org/ics/all.ics',
      ]);
    });

    it('offers no webcal link for http, and nothing for unsafe URLs', async () => {
      const el = await mount({ view: 'list', 'subscribe-url': 'http://example.org/all.ics' });
      expect(
        [...shadow(el).querySelectorAll('.subscribe a')].map((a) => a.getAttribute('href')),
      ).to.deep.equal(['http://example.org/all.ics']);
      el.subscribeUrl = 'javascript:alert(1)';
      await el.updateComplete;
      expect(shadow(el).querySelector('.subscribe')).to.equal(null);
    });
  });

  describe('filters', () => {
    const ids = (el: TisEventCalendar) =>
      [...shadow(el).querySelectorAll<HTMLElement>('button[data-event]')].map(
        (b) => b.dataset.event,
      );

    it('filters by network, with or without the events it is invited to', async () => {
      const el = await mount({ view: 'list', network: 'tiers-lieux' });
      expect(ids(el)).to.deep.equal(['tiers-lieux/rencontre-rennes', 'tiers-lieux/visite']);
      el.includeInvited = true;
      await el.updateComplete;
      expect(ids(el)).to.include('cis/webinaire-coconstruction');
    });

    it('filters by territory through the hierarchy and by transition', async () => {
      const el = await mount({ view: 'list', territory: 'departement:35' });
      expect(ids(el)).to.deep.equal(['tiers-lieux/rencontre-rennes']);
      el.territory = undefined;
      el.theme = 'modes-de-vie';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['cis/webinaire-coconstruction']);
    });

    it('does not mistake the colour theme for a theme filter', async () => {
      const el = await mount({ view: 'list', theme: 'dark' });
      expect(ids(el).length).to.be.greaterThan(5);
    });

    it('filters by attendance; mixed events match both', async () => {
      const el = await mount({ view: 'list', attendance: 'in-person' });
      expect(ids(el)).to.include('tzc/forum-figeac');
      expect(ids(el)).not.to.include('cis/webinaire-coconstruction');
    });

    it('lets the visitor filter and fires tis-select', async () => {
      const el = await mount({ view: 'list' });
      const select = shadow(el).querySelector<HTMLSelectElement>('select[name="network"]')!;
      select.value = 'ess-france';
      const selected = oneEvent(el, 'tis-select');
      select.dispatchEvent(new Event('change'));
      expect(((await selected) as unknown as TisSelectEvent).selection.network).to.equal(
        'ess-france',
      );
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['ess/reunion-marche', 'ess/midi']);
      await expect(el).to.be.accessible();
    });

    it('announces the month’s result when the visitor changes a filter', async () => {
      const el = await mount();
      const live = shadow(el).querySelector('.live')!;
      expect(text(live)).to.equal('');
      const choose = async (name: string, value: string) => {
        const select = shadow(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
      };
      await choose('network', 'ess-france');
      expect(text(live)).to.equal('Décembre 2026 : 2 événements');
      // Nothing in this month any more: the emptied grid is not silent.
      await choose('territory', 'departement:46');
      expect(text(live)).to.equal('Aucun événement ne correspond à ces filtres ce mois-ci.');
    });

    it('inside <tis-feed>, a shared selection change is announced once per widget', async () => {
      const provider = await fixture(
        html`<tis-feed src="/feed.json">
          <div style="width:1000px">
            <tis-event-calendar .now=${NOW}></tis-event-calendar>
            <tis-initiative-feed></tis-initiative-feed>
          </div>
        </tis-feed>`,
      );
      const el = provider.querySelector('tis-event-calendar')!;
      const feed = provider.querySelector('tis-initiative-feed')!;
      await ready(el);
      await waitUntil(() => feed.shadowRoot?.querySelector('.count'), 'feed rendered');
      const texts = new Map<Element, string[]>();
      const observers = [el, feed].map((widget) => {
        const region = widget.shadowRoot!.querySelector(
          widget === el ? '.live' : '.root > [role="status"]',
        )!;
        texts.set(widget, []);
        const observer = new MutationObserver(() => texts.get(widget)!.push(text(region)));
        observer.observe(region, { childList: true, characterData: true, subtree: true });
        return observer;
      });
      // The visitor picks a network in the calendar: both widgets show its result.
      const select = shadow(el).querySelector<HTMLSelectElement>('select[name="network"]')!;
      select.value = 'ess-france';
      select.dispatchEvent(new Event('change'));
      await aTimeout(900);
      observers.forEach((o) => o.disconnect());
      expect(texts.get(el)).to.deep.equal(['Décembre 2026 : 2 événements']);
      expect(texts.get(feed)).to.have.length(1);
    });

    it('follows the shared selection of an enclosing <tis-feed>', async () => {
      const provider = await fixture(
        html`<tis-feed src="/feed.json" territory="departement:46">
          <div style="width:1000px">
            <tis-event-calendar view="list" .now=${NOW}></tis-event-calendar>
          </div>
        </tis-feed>`,
      );
      const el = provider.querySelector('tis-event-calendar')!;
      await ready(el);
      await waitUntil(() => shadow(el).querySelector('button[data-event]'));
      expect(ids(el)).to.deep.equal(['tzc/forum-figeac']);
      expect(network.count('/feed.json')).to.equal(1);
    });
  });
});
