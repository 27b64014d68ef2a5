/**
 * The banner's parts in chunks of their own (the overlay variants, the close button): what a
 * page sees while they load, and the cascade once their styles are adopted.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { css } from 'lit';
import '../../src/banner/define.js';
import { TisBanner } from '../../src/banner/banner.js';
import { jsonResponse } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import { $, NOW, clearDismissals, settled, suiteFeed } from './helpers.js';

const ID = 'banner-lazy-parts';

/** A partner's subclass that restyles the ribbon: its rules must keep winning. */
class GreenRibbonBanner extends TisBanner {
  static override styles = [
    ...(TisBanner.styles as []),
    css`
      .toggle {
        background: rgb(0, 128, 0);
      }
    `,
  ];
}
customElements.define('green-ribbon-banner', GreenRibbonBanner);

describe('<tis-banner> lazy parts', () => {
  let network: MockNetwork;

  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    clearDismissals(ID);
    network = mockNetwork({ '/feed.json': jsonResponse(suiteFeed(ID)) });
  });

  afterEach(() => {
    network.restore();
    clearDismissals(ID);
  });

  it("adopts the overlay's rules after the banner's own, before a subclass's", async () => {
    const el = await fixture<GreenRibbonBanner>(
      html`<green-ribbon-banner
        src="/feed.json"
        variant="corner"
        now=${NOW}
      ></green-ribbon-banner>`,
    );
    await settled(el);
    const toggle = $(el, '.toggle')!;
    // The overlay's own rules apply (a fixed ribbon, a round button)...
    expect(getComputedStyle($(el, '.frame')!).position).to.equal('fixed');
    expect(getComputedStyle(toggle).borderTopLeftRadius).to.not.equal('0px');
    // ...and the subclass's rule still wins over the overlay's background.
    expect(getComputedStyle(toggle).backgroundColor).to.equal('rgb(0, 128, 0)');
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    expect(sheets).to.have.length(TisBanner.elementStyles.length + 2);
  });

  it('is visible only once its parts are there', async () => {
    const el = await fixture<TisBanner>(
      html`<tis-banner src="/feed.json" variant="top" dismissible now=${NOW}></tis-banner>`,
    );
    await settled(el);
    expect(el.visible).to.equal(true);
    expect($(el, '.bar-toggle')).to.exist;
    expect($(el, '.close')).to.exist;
  });

  it('a close button asked for after the banner shows keeps the banner on screen', async () => {
    const el = await fixture<TisBanner>(
      html`<tis-banner src="/feed.json" now=${NOW}></tis-banner>`,
    );
    await settled(el);
    expect($(el, '.close')).to.not.exist;
    el.dismissible = true;
    // The first update after the change: the banner stays (no fallback while the part loads).
    await el.updateComplete;
    expect($(el, '.title')).to.exist;
    expect($(el, '.close')).to.exist;
    expect($(el, '.is-loading')).to.not.exist;
  });

  it('a bar collapses when the viewport becomes short, and expands when it grows again', async () => {
    await setViewport({ width: 800, height: 600 });
    try {
      const el = await fixture<TisBanner>(
        html`<tis-banner src="/feed.json" variant="bottom" now=${NOW}></tis-banner>`,
      );
      await settled(el);
      const expanded = () => $(el, '.bar-toggle')!.getAttribute('aria-expanded');
      expect(expanded()).to.equal('true');
      await setViewport({ width: 800, height: 256 });
      await waitUntil(() => expanded() === 'false', 'collapsed on a short viewport');
      await setViewport({ width: 800, height: 600 });
      await waitUntil(() => expanded() === 'true', 'expanded again');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
