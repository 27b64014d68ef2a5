/**
 * WCAG 1.4.12 (RGAA 10.12): text spacing set by the page (a user style sheet, a bookmarklet)
 * reaches the text inside every widget.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';

const NOW = Date.parse('2026-11-28T12:00:00+01:00');

describe('text spacing set by the page', () => {
  let network: MockNetwork;
  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    network = mockNetwork({ '/feed.json': jsonResponse(smallFeed()) });
  });
  afterEach(() => network.restore());

  it('letter and word spacing of the host reach the text of every widget', async () => {
    // The spacing of the WCAG 1.4.12 test, as a bookmarklet sets it on the page.
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="letter-spacing: 0.12em; word-spacing: 0.16em; font-size: 20px">
        <tis-banner src="/feed.json" now=${NOW}></tis-banner>
        <tis-initiative-feed src="/feed.json"></tis-initiative-feed>
        <tis-event-calendar src="/feed.json" now=${NOW}></tis-event-calendar>
        <tis-territory-counter src="/feed.json"></tis-territory-counter>
      </div>`,
    );
    const widgets = [...wrap.children] as HTMLElement[];
    for (const widget of widgets) {
      await waitUntil(
        () => widget.shadowRoot?.querySelector('.root:not(.is-loading)'),
        `${widget.localName} never rendered`,
        { timeout: 5000 },
      );
      const root = widget.shadowRoot!.querySelector('.root')!;
      const style = getComputedStyle(root);
      expect(style.letterSpacing, widget.localName).to.equal('2.4px');
      expect(style.wordSpacing, widget.localName).to.equal('3.2px');
    }
  });
});
