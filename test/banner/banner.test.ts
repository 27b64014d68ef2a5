import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/banner/define.js';
import type { TisBanner } from '../../src/banner/banner.js';
import type { TisErrorEvent, TisLoadEvent } from '../../src/shared/events.js';
import { formatNumber } from '../../src/i18n/format.js';
import { jsonResponse } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import { $, NOW, clearDismissals, settled, suiteFeed, wrapperFixture } from './helpers.js';

const ID = 'banner-suite';
const smallFeed = () => suiteFeed(ID);

const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';

describe('<tis-banner>', () => {
  let network: MockNetwork;

  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    clearDismissals(ID);
    network = mockNetwork({
      '/feed.json': jsonResponse(smallFeed()),
      '/slow.json': () => new Promise<Response>(() => {}),
    });
  });

  afterEach(() => {
    network.restore();
    clearDismissals(ID);
  });

  describe('loading', () => {
    it('shows the fallback content and keeps room for the banner', async () => {
      const el = await fixture<TisBanner>(
        html`<tis-banner src="/slow.json"
          ><a href="https://example.org/c">#1000territoiresIS</a></tis-banner
        >`,
      );
      const slot = $<HTMLSlotElement>(el, 'slot')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal([
        '#1000territoiresIS',
      ]);
      expect($(el, '.is-loading')).to.exist;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });

    it('reserves more room when the attributes announce more content', async () => {
      const wrap = await wrapperFixture(
        html`<div style="width: 800px">
          <tis-banner src="/slow.json"></tis-banner>
          <tis-banner src="/slow.json" network="cis" show-count show-event></tis-banner>
        </div>`,
      );
      const [plain, full] = [...wrap.querySelectorAll('tis-banner')];
      expect(full!.getBoundingClientRect().height).to.be.greaterThan(
        plain!.getBoundingClientRect().height + 40,
      );
    });

    it('reserves no room for the fixed variants (they overlay the page)', async () => {
      const el = await fixture<TisBanner>(
        html`<tis-banner src="/slow.json" variant="top"></tis-banner>`,
      );
      expect(el.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('loaded', () => {
    it('shows the campaign in a region named after it, with the call to action', async () => {
      const el = await fixture<TisBanner>(
        html`<tis-banner src="/feed.json" now=${NOW}></tis-banner>`,
      );
      await settled(el);
      const region = $(el, 'section')!;
      const title = $(el, '#title')!;
      expect(region.getAttribute('aria-labelledby')).to.equal('title');
      expect(text(title)).to.equal('1000 territoires d’innovation sociale');
      expect(text($(el, '.hashtag'))).to.equal('#1000territoiresIS');
      expect(text($(el, '.motto'))).to.contain('un mouvement porté par une multitude');
      const cta = $<HTMLAnchorElement>(el, 'a.cta')!;
      expect(text(cta)).to.equal('Engager mon territoire');
      expect(cta.href).to.equal('https://example.org/1000territoires/rejoindre');
      expect($(el, '.mark svg')).to.exist;
      expect($(el, '.network')).to.be.null;
      expect($(el, '.facts')).to.be.null;
      expect($(el, '.close')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('fires tis-load once the feed is shown', async () => {
      const el = document.createElement('tis-banner');
      el.src = '/feed.json';
      el.now = NOW;
      const loaded = oneEvent(el, 'tis-load');
      const host = await wrapperFixture(html`<div></div>`);
      host.append(el);
      const event = (await loaded) as unknown as TisLoadEvent;
      expect(event.feed.campaign?.id).to.equal(ID);
    });

    it('co-brands with the network and adds ?via= to the link, without any request for it', async () => {
      const el = await fixture<TisBanner>(
        html`<tis-banner src="/feed.json" network="tiers-lieux" now=${NOW}></tis-banner>`,
      );
      await settled(el);
      expect(text($(el, '.network'))).to.equal(
        'Réseau des tiers-lieux (exemple) s’engage pour 1000 territoires d’innovation sociale',
      );
      const cta = $<HTMLAnchorElement>(el, 'a.cta')!;
      expect(new URL(cta.href).searchParams.get('via')).to.equal('tiers-lieux');
      expect(new URL(cta.href).pathname).to.equal('/1000territoires/rejoindre');
      expect(network.requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/feed.json']);
      // The feed's network colour paints the stripe.
      expect(getComputedStyle($(el, '.banner')!).borderInlineStartColor).to.equal(
        'rgb(24, 117, 60)',
      );
      await expect(el).to.be.accessible();
    });

    it('shows the network logo without leaking the referrer', async () => {
      const feed = smallFeed();
      (feed.networks[0] as Record<string, unknown>).logo = {
        url: 'https://example.org/cis.png',
        width: 90,
        height: 30,
      };
      network.restore();
      network = mockNetwork({
        '/feed.json': jsonResponse(feed),
        'https://example.org/cis.png': new Response('', { status: 404 }),
      });
      const el = await fixture<TisBanner>(
        html`<tis-banner src="/feed.json" network="cis" now=${NOW}></tis-banner>`,
      );
      await settled(el);
      const img = $<HTMLImageElement>(el, '.network-logo')!;
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('width')).to.equal('90');
      expect(img.alt).to.equal('');
    });

    it('keeps ?via= for a network missing from the feed, and ignores a malformed one', async () => {
      const el = await fixture<TisBanner>(
        html`<tis-banner src="/feed.json" network="autre" now=${NOW}></tis-banner>`,
      );
      await settled(el);
      expect($(el, '.network')).to.be.null;
      expect(new URL($<HTMLAnchorElement>(el, 'a.cta')!.href).searchParams.get('via')).to.equal(
        'autre',
      );
      el.network = '"><script>';
      await el.updateComplete;
      expect(new URL($<HTMLAnchorElement>(el, 'a.cta')!.href).searchParams.has('via')).to.equal(
        false,
      );
    });

    it('shows the next event and the territory count', async () => {
      const wrap = await wrapperFixture(
        html`<div style="width: 1000px">
          <tis-banner src="/feed.json" show-event show-count now=${NOW}></tis-banner>
        </div>`,
      );
      const el = wrap.querySelector('tis-banner')!;
      await settled(el);
      expect(text($(el, '.event'))).to.equal(
        'Prochain rendez-vous : Rencontre des tiers-lieux (exemple), jeudi 3 décembre, 18\u00a0h – 20\u00a0h',
      );
      expect(text($(el, '.count'))).to.equal(
        `6 territoires engagés sur ${formatNumber(1000, 'fr')}`,
      );
      await expect(el).to.be.accessible();
    });

    it('skips cancelled and past events, and says when one is under way', async () => {
      const feed = smallFeed();
      feed.events = feed.events.filter(
        (e) => e.id === 'cis/webinaire-coconstruction' || e.id === 'ess/reunion-marche',
      );
      network.restore();
      network = mockNetwork({ '/feed.json': jsonResponse(feed) });
      const during = Date.parse('2026-12-08T10:00:00+01:00');
      const el = await fixture<TisBanner>(
        html`<tis-banner src="/feed.json" show-event now=${NOW}></tis-banner>`,
      );
      await settled(el);
      expect(text($(el, '.event'))).to.contain('Webinaire de co-construction');
      expect(text($(el, '.event'))).to.contain('mardi 8 décembre, 9\u00a0h – 12\u00a0h');
      el.now = during;
      await el.updateComplete;
      expect(text($(el, '.event'))).to.match(/^En ce moment :/);
      el.now = Date.parse('2026-12-09T10:00:00+01:00');
      await el.updateComplete;
      expect($(el, '.event')).to.be.null;
    });

    it('speaks English when asked, from its own lang or the closest [lang]', async () => {
      const wrap = await wrapperFixture(
        html`<div lang="en-GB" style="width: 1000px">
          <tis-banner src="/feed.json" show-count show-event dismissible now=${NOW}></tis-banner>
        </div>`,
      );
      const el = wrap.querySelector('tis-banner')!;
      await settled(el);
      expect(text($(el, '#title'))).to.equal('1000 territories of social innovation');
      expect(text($(el, '.count'))).to.equal('6 territories committed out of 1,000');
      expect(text($(el, '.event'))).to.contain('Thursday 3 December');
      expect(text($(el, '.close'))).to.equal('Hide the campaign banner');
      el.lang = 'fr';
      await el.updateComplete;
      expect(text($(el, '.close'))).to.equal('Masquer le bandeau de campagne');
    });

    it('renders feed text as text, never as HTML', async () => {
      const feed = smallFeed();
      feed.campaign.motto = { fr: '<img src=x onerror="window.__pwned=1">', en: 'x' };
      network.restore();
      network = mockNetwork({ '/feed.json': jsonResponse(feed) });
      const el = await fixture<TisBanner>(
        html`<tis-banner src="/feed.json" now=${NOW}></tis-banner>`,
      );
      await settled(el);
      expect($(el, '.motto img')).to.be.null;
      expect(text($(el, '.motto'))).to.equal('<img src=x onerror="window.__pwned=1">');
    });
  });

  describe('feed error', () => {
    it('shows the partner’s fallback content and fires tis-error', async () => {
      const el = document.createElement('tis-banner');
      el.src = '/missing.json';
      el.innerHTML = '<a href="https://example.org/c">Campagne #1000territoiresIS</a>';
      const failed = oneEvent(el, 'tis-error');
      const host = await wrapperFixture(html`<div></div>`);
      host.append(el);
      const event = (await failed) as unknown as TisErrorEvent;
      expect(event.error.kind).to.equal('http');
      await settled(el);
      expect($<HTMLSlotElement>(el, 'slot')!.assignedElements()).to.have.length(1);
      expect(el.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('without fallback content, still links to the campaign instead of leaving a hole', async () => {
      const el = await fixture<TisBanner>(html`<tis-banner src="/missing.json"></tis-banner>`);
      await settled(el);
      const link = $<HTMLAnchorElement>(el, '.fallback-link')!;
      expect(text(link)).to.equal('Découvrir la campagne #1000territoiresIS');
      expect(link.href).to.match(/^https:\/\//);
      await expect(el).to.be.accessible();
    });
  });

  describe('variants', () => {
    it('top and bottom are bars fixed to the viewport edge', async () => {
      const wrap = await wrapperFixture(
        html`<div>
          <tis-banner src="/feed.json" variant="top" now=${NOW}></tis-banner>
          <tis-banner src="/feed.json" variant="bottom" now=${NOW}></tis-banner>
        </div>`,
      );
      const [top, bottom] = [...wrap.querySelectorAll('tis-banner')] as TisBanner[];
      await settled(top!);
      await settled(bottom!);
      const topFrame = getComputedStyle($(top!, '.frame')!);
      const bottomFrame = $(bottom!, '.frame')!;
      expect(topFrame.position).to.equal('fixed');
      expect(topFrame.top).to.equal('0px');
      expect(getComputedStyle(bottomFrame).position).to.equal('fixed');
      expect(Math.round(bottomFrame.getBoundingClientRect().bottom)).to.equal(window.innerHeight);
      // Overlays: takes no room in the page flow.
      expect(top!.getBoundingClientRect().height).to.equal(0);
      await expect(top!).to.be.accessible();
    });

    it('corner is a ribbon that opens a panel; Escape closes it and returns focus', async () => {
      const el = await fixture<TisBanner>(
        html`<tis-banner src="/feed.json" variant="corner" dismissible now=${NOW}></tis-banner>`,
      );
      await settled(el);
      const toggle = $<HTMLButtonElement>(el, '.toggle')!;
      const panel = $(el, '.banner')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
      expect(text(toggle.querySelector('span:not([aria-hidden])'))).to.equal('#1000territoiresIS');
      expect(panel.hidden).to.equal(true);
      await expect(el).to.be.accessible();

      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
      // Contrast is judged on the settled panel, not mid-way through its opening animation.
      await Promise.all(
        panel.getAnimations({ subtree: true }).map((animation) => animation.finished),
      );
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.classList.contains('cta')).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(panel.hidden).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    });

    it('corner panel closes on a click outside', async () => {
      const wrap = await wrapperFixture(
        html`<div>
          <p id="outside">Page</p>
          <tis-banner src="/feed.json" variant="corner" now=${NOW}></tis-banner>
        </div>`,
      );
      const el = wrap.querySelector('tis-banner')!;
      await settled(el);
      $<HTMLButtonElement>(el, '.toggle')!.click();
      await el.updateComplete;
      expect($(el, '.banner')!.hidden).to.equal(false);
      wrap
        .querySelector('#outside')!
        .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect($(el, '.banner')!.hidden).to.equal(true);
    });
  });

  describe('layout', () => {
    it('keeps all its content in a narrow container, reflowed within 320 px', async () => {
      const wrap = await wrapperFixture(
        html`<div style="width: 300px">
          <tis-banner
            src="/feed.json"
            network="cis"
            show-event
            show-count
            dismissible
            now=${NOW}
          ></tis-banner>
        </div>`,
      );
      const el = wrap.querySelector('tis-banner')!;
      await settled(el);
      // Reflow, never remove (WCAG 1.4.10): the event and the motto stay, on their own lines.
      expect(getComputedStyle($(el, '.event')!).display).not.to.equal('none');
      expect(getComputedStyle($(el, '.motto')!).display).not.to.equal('none');
      expect(getComputedStyle($(el, '.title')!).display).not.to.equal('none');
      expect(getComputedStyle($(el, '.cta')!).display).not.to.equal('none');
      expect(getComputedStyle($(el, '.count')!).display).not.to.equal('none');
      expect($(el, '.banner')!.scrollWidth).to.be.at.most(300);
      await expect(el).to.be.accessible();
    });

    it('shows everything in a wide container', async () => {
      const wrap = await wrapperFixture(
        html`<div style="width: 1100px">
          <tis-banner src="/feed.json" network="cis" show-event show-count now=${NOW}></tis-banner>
        </div>`,
      );
      const el = wrap.querySelector('tis-banner')!;
      await settled(el);
      for (const part of ['.event', '.motto', '.count', '.network'])
        expect(getComputedStyle($(el, part)!).display, part).not.to.equal('none');
    });

    it('resists hostile page CSS', async () => {
      const wrap = await wrapperFixture(
        html`<div>
          <style>
            * {
              box-sizing: content-box;
              font: 30px serif;
              color: red;
              text-transform: uppercase;
              letter-spacing: 5px;
            }
          </style>
          <tis-banner src="/feed.json" now=${NOW}></tis-banner>
        </div>`,
      );
      const el = wrap.querySelector('tis-banner')!;
      await settled(el);
      const title = getComputedStyle($(el, '#title')!);
      expect(title.color).to.equal('rgb(0, 0, 145)');
      expect(title.textTransform).to.equal('none');
      // Letter spacing is the reader's to choose (WCAG 1.4.12): inherited, not reset.
      expect(title.letterSpacing).to.equal('5px');
      expect(getComputedStyle($(el, '.inner')!).boxSizing).to.equal('border-box');
      expect(getComputedStyle($(el, '.cta')!).color).to.equal('rgb(255, 255, 255)');
    });

    it('follows theme="dark"', async () => {
      const el = await fixture<TisBanner>(
        html`<tis-banner src="/feed.json" theme="dark" now=${NOW}></tis-banner>`,
      );
      await settled(el);
      expect(getComputedStyle($(el, '#title')!).color).to.equal('rgb(139, 139, 255)');
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('reaches the call to action then the close button with Tab, and closes with Enter', async () => {
      const wrap = await wrapperFixture(
        html`<div>
          <button id="before">avant</button>
          <tis-banner src="/feed.json" dismissible now=${NOW}></tis-banner>
          <a id="after" href="#after">après</a>
        </div>`,
      );
      const el = wrap.querySelector('tis-banner')!;
      await settled(el);
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.classList.contains('cta')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.classList.contains('close')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, 'section')).to.be.null;
      expect(document.activeElement?.id).to.equal('after');
    });
  });
});
