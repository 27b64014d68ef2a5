/**
 * Forced colours (Windows high contrast, WCAG 1.4.11 and 1.4.1): the states drawn with
 * backgrounds (today, the pressed view, outside days, the counter's track and bars) stay
 * visible with system colours or borders. Screenshots go to .screenshots/forced-colors-*.png.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';

const NOW = Date.parse('2026-12-01T10:00:00+01:00');

/** What a system colour resolves to on this page now. */
function systemColor(name: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = name;
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

describe('forced colours', () => {
  let network: MockNetwork;
  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    network = mockNetwork({ '/feed.json': jsonResponse(smallFeed()) });
  });
  afterEach(async () => {
    network.restore();
    await forcedColors(false);
  });

  it('keeps every state visible with system colours', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 900px">
        <tis-event-calendar src="/feed.json" .now=${NOW} view="month"></tis-event-calendar>
        <tis-territory-counter
          src="/feed.json"
          no-animation
          breakdown="region"
        ></tis-territory-counter>
        <tis-banner src="/feed.json" show-count .now=${NOW}></tis-banner>
        <tis-initiative-feed src="/feed.json" page-size="2"></tis-initiative-feed>
      </div>`,
    );
    const [calendar, counter, banner, feed] = [...wrap.children] as HTMLElement[];
    for (const widget of [calendar!, counter!, banner!, feed!])
      await waitUntil(() => widget.shadowRoot?.querySelector('.root:not(.is-loading)'), '', {
        timeout: 5000,
      });
    await waitUntil(() => calendar!.shadowRoot!.querySelector('.is-today'), 'calendar grid');
    await waitUntil(() => counter!.shadowRoot!.querySelector('.fill'), 'counter track');
    await waitUntil(() => feed!.shadowRoot!.querySelector('.themes'), 'feed theme panel');
    // Opened by script: the chips are built on its `toggle` event.
    feed!.shadowRoot!.querySelector<HTMLDetailsElement>('.themes')!.open = true;
    await waitUntil(() => feed!.shadowRoot!.querySelector('.filter-chip'), 'feed chips');
    feed!.shadowRoot!.querySelector<HTMLButtonElement>('.filter-chip')!.click();
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const highlight = systemColor('Highlight');
    const canvas = systemColor('Canvas');
    const gray = systemColor('GrayText');
    expect(highlight).not.to.equal(canvas);
    const style = (widget: HTMLElement, selector: string) =>
      getComputedStyle(widget.shadowRoot!.querySelector(selector)!);

    // Calendar: today, the pressed view, outside days.
    expect(style(calendar!, '.is-today .day-number').backgroundColor).to.equal(highlight);
    expect(style(calendar!, '.view-button[aria-pressed="true"]').backgroundColor).to.equal(
      highlight,
    );
    expect(style(calendar!, '.view-button[aria-pressed="false"]').backgroundColor).not.to.equal(
      highlight,
    );
    expect(style(calendar!, '.day.outside .day-number').color).to.equal(gray);

    // Counter: track, fill, breakdown bars.
    expect(style(counter!, '.track').borderTopStyle).to.equal('solid');
    expect(style(counter!, '.fill').backgroundColor).to.equal(highlight);
    expect(style(counter!, '.bar').borderTopStyle).to.equal('solid');
    expect(style(counter!, '.bar-fill').backgroundColor).to.equal(highlight);

    // Banner: the count's meter.
    expect(style(banner!, '.meter-fill').backgroundColor).to.equal(highlight);

    // Feed: the pressed theme chip.
    await waitUntil(() => feed!.shadowRoot!.querySelector('.filter-chip[aria-pressed="true"]'));
    expect(style(feed!, '.filter-chip[aria-pressed="true"]').backgroundColor).to.equal(highlight);

    await executeServerCommand('save-screenshot', { name: 'forced-colors-widgets' });
  });
});
