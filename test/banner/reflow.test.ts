/**
 * Reflow and zoom (WCAG 1.4.10, 1.4.4, 2.4.11): at 320 × 256 CSS px (400 % zoom of a
 * 1280 × 1024 window) a fixed bar is one line with a collapse control, dismissible or not, and
 * the banner never removes content when narrow. Screenshots go to .screenshots/banner-*.png.
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/banner/define.js';
import type { TisBanner } from '../../src/banner/banner.js';
import { jsonResponse } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import { $, NOW, clearDismissals, settled, suiteFeed, wrapperFixture } from './helpers.js';

const ID = 'reflow-suite';

describe('<tis-banner> reflow and zoom', () => {
  let network: MockNetwork;
  beforeEach(() => {
    clearDismissals(ID);
    resetFeedClient({ retries: 0 });
    network = mockNetwork({ '/feed.json': jsonResponse(suiteFeed(ID)) });
  });
  afterEach(async () => {
    network.restore();
    clearDismissals(ID);
    await setViewport({ width: 800, height: 600 });
  });

  for (const variant of ['top', 'bottom'] as const) {
    it(`${variant} bar at 320 × 256: one line, a collapse control, focus not covered`, async () => {
      await setViewport({ width: 320, height: 256 });
      // A partner's page following the docs: room reserved, scroll padding for focus.
      const wrap = await wrapperFixture(
        html`<div>
          <style>
            html {
              scroll-padding-block: 4rem;
            }
          </style>
          <tis-banner
            src="/feed.json"
            variant=${variant}
            network="cis"
            show-event
            show-count
            now=${NOW}
          ></tis-banner>
          <p style="height: 600px">Texte de la page.</p>
          <a id="link" href="#link">Un lien de la page</a>
          <p style="height: 600px">Suite.</p>
        </div>`,
      );
      const el = wrap.querySelector<TisBanner>('tis-banner')!;
      await settled(el);
      const section = $(el, 'section')!;
      const height = section.getBoundingClientRect().height;
      expect(height, 'collapsed to one line').to.be.below(64);
      const toggle = $<HTMLButtonElement>(el, '.bar-toggle')!;
      expect(toggle, 'a collapse control without dismissible').to.exist;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#bar-content')!.hidden).to.equal(true);
      await expect(el).to.be.accessible();
      await executeServerCommand('save-screenshot', {
        name: `banner-${variant}-320x256-collapsed`,
      });

      // The visitor expands it with the keyboard, and collapses it again: focus stays.
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#bar-content')!.hidden).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      // Taller than the viewport, the expanded bar scrolls: nothing runs off the screen.
      const frame = $(el, '.frame')!;
      expect(frame.getBoundingClientRect().height).to.be.at.most(256);
      expect(getComputedStyle(frame).overflowY).to.equal('auto');
      await executeServerCommand('save-screenshot', { name: `banner-${variant}-320x256-expanded` });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(toggle);

      // A link of the page that gets focus is not under the bar.
      const link = wrap.querySelector<HTMLAnchorElement>('#link')!;
      link.focus();
      const bar = section.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      const covered = box.top < bar.bottom && box.bottom > bar.top;
      expect(covered, 'the focused link is covered by the bar').to.equal(false);
    });
  }

  it('a bar on a tall viewport shows everything and still offers to collapse', async () => {
    await setViewport({ width: 1280, height: 800 });
    const wrap = await wrapperFixture(
      html`<div>
        <tis-banner src="/feed.json" variant="top" show-count now=${NOW}></tis-banner>
      </div>`,
    );
    const el = wrap.querySelector<TisBanner>('tis-banner')!;
    await settled(el);
    expect($(el, '.bar-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle($(el, '.count')!).display).not.to.equal('none');
  });

  it('reflows instead of removing content at 320 px and in a narrow sidebar', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrap = await wrapperFixture(
      html`<div>
        <div style="width: 300px">
          <tis-banner src="/feed.json" network="cis" show-event show-count now=${NOW}></tis-banner>
        </div>
        <tis-banner src="/feed.json" variant="bottom" show-event show-count now=${NOW}></tis-banner>
      </div>`,
    );
    const [inline, bottom] = [...wrap.querySelectorAll<TisBanner>('tis-banner')];
    await settled(inline!);
    await settled(bottom!);
    for (const part of ['.event', '.motto', '.count', '.meter', '.network']) {
      const node = $(inline!, part)!;
      expect(getComputedStyle(node).display, part).not.to.equal('none');
      expect(node.getBoundingClientRect().width, part).to.be.greaterThan(1);
    }
    // Nothing sticks out sideways: it reflows at 300 px.
    const section = $(inline!, 'section')!;
    expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
    await executeServerCommand('save-screenshot', { name: 'banner-inline-300' });
    // The bottom bar, expanded at 640 px wide, keeps the count and the event.
    await setViewport({ width: 640, height: 800 });
    await bottom!.updateComplete;
    for (const part of ['.event', '.count'])
      expect(getComputedStyle($(bottom!, part)!).display, part).not.to.equal('none');
    // The bar's motto is not drawn, but it is still there for assistive technologies.
    const motto = $(bottom!, '.motto')!;
    expect(getComputedStyle(motto).display).not.to.equal('none');
    expect(getComputedStyle(motto).visibility).to.equal('visible');
  });
});
