import { aTimeout, expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/territory-counter/define.js';
import '../../src/feed/define.js';
import {
  FEED_META,
  MOUNTED_ATTRIBUTE,
  NETWORK_META,
  mountPlacements,
  startPlacement,
  type Placement,
} from '../../src/placement/index.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';

/** A scratch container in the document, holding markup as a CMS would have saved it. */
function page(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.className = 'placement-test';
  // The markup is the test's own constant, as a CMS page would serve it.
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

/** Waits for the MutationObserver to run (a microtask) and a little more. */
const observed = () => aTimeout(0);

const attributesOf = (el: Element) =>
  Object.fromEntries([...el.attributes].map((attribute) => [attribute.name, attribute.value]));

const counterNumber = (el: Element | null) =>
  el?.shadowRoot?.querySelector('[part~="number"]')?.textContent?.trim();

describe('markup-only placement', () => {
  let network: MockNetwork;
  let placement: Placement | undefined;
  let warn: typeof console.warn;
  let warnings: unknown[][];

  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    network = mockNetwork({ '/feed.json': jsonResponse(smallFeed()) });
    warn = console.warn;
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });

  afterEach(() => {
    placement?.stop();
    placement = undefined;
    console.warn = warn;
    network.restore();
    for (const host of document.querySelectorAll('.placement-test')) host.remove();
    fixtureCleanup();
  });

  describe('attributes', () => {
    it('creates the widget inside the placeholder with the allowed data-* attributes, one to one', () => {
      const host = page(
        `<div data-tis-widget="initiative-feed" data-territory="departement:29" data-page-size="6"
              data-sync-url data-layout="list" data-theme="economie-circulaire"
              data-color-scheme="dark" data-tis-extra="x" data-onclick="alert(1)" data-dismissible
              class="partner-box" id="box"><a href="https://example.org/">Les initiatives</a></div>`,
      );
      const [widget] = mountPlacements(host);
      const placeholder = host.querySelector('#box')!;
      expect(widget!.localName).to.equal('tis-initiative-feed');
      expect(widget!.parentElement).to.equal(placeholder);
      expect(placeholder.hasAttribute(MOUNTED_ATTRIBUTE)).to.be.true;
      expect(placeholder.className).to.equal('partner-box');
      expect(attributesOf(widget!)).to.deep.equal({
        territory: 'departement:29',
        'page-size': '6',
        'sync-url': '',
        layout: 'list',
        theme: 'economie-circulaire',
        'color-scheme': 'dark',
      });
      // The fallback link moved inside the widget (light DOM), nothing else is left beside it.
      expect(placeholder.children.length).to.equal(1);
      expect(widget!.querySelector('a')!.textContent).to.equal('Les initiatives');
    });

    it('reads booleans written as "false" or "0" as absent, and the old animate="false" as no-animation', () => {
      const host = page(
        `<div data-tis-widget="banner" data-dismissible="false" data-show-count="0" data-show-event="true"></div>
         <div data-tis-widget="territory-counter" data-animate="false" data-hide-goal=""></div>
         <div data-tis-widget="territory-counter" data-no-animation data-animate="true"></div>`,
      );
      const [banner, counter, current] = mountPlacements(host);
      expect(attributesOf(banner!)).to.deep.equal({ 'show-event': '' });
      expect(attributesOf(counter!)).to.deep.equal({ 'no-animation': '', 'hide-goal': '' });
      expect(attributesOf(current!)).to.deep.equal({ 'no-animation': '' });
    });

    it('accepts the widget name in any case and with spaces around it', () => {
      const host = page(`<div data-tis-widget=" Territory-Counter "></div>`);
      expect(mountPlacements(host).map((el) => el.localName)).to.deep.equal([
        'tis-territory-counter',
      ]);
    });

    it('mounts a working widget that reads the feed, with the fallback in its light DOM', async () => {
      const host = page(
        `<div data-tis-widget="territory-counter" data-src="/feed.json" data-animate="false">
           <a href="https://example.org/">#1000territoiresIS</a></div>`,
      );
      const [counter] = mountPlacements(host);
      await waitUntil(() => counterNumber(counter!), 'the counter never showed a number');
      expect(counterNumber(counter!)).to.match(/^\d/);
      expect(network.count('/feed.json')).to.equal(1);
      await expect(counter).to.be.accessible();
    });

    it('places widgets of a markup-only <tis-feed> inside it, so they share its feed', async () => {
      const host = page(
        `<div data-tis-widget="feed" data-src="/feed.json">
           <div data-tis-widget="territory-counter" data-animate="false"></div>
           <div data-tis-widget="territory-counter" data-metric="initiatives" data-animate="false"></div>
         </div>`,
      );
      const mounted = mountPlacements(host);
      expect(mounted.map((el) => el.localName)).to.deep.equal([
        'tis-feed',
        'tis-territory-counter',
        'tis-territory-counter',
      ]);
      const [feed, ...counters] = mounted;
      for (const counter of counters) expect(counter!.closest('tis-feed')).to.equal(feed);
      await waitUntil(() => counters.every((counter) => counterNumber(counter)));
      expect(network.count('/feed.json')).to.equal(1);
    });
  });

  describe('page-wide defaults', () => {
    let metas: HTMLMetaElement[] = [];
    const meta = (name: string, content: string) => {
      const el = document.createElement('meta');
      el.name = name;
      el.content = content;
      document.head.append(el);
      metas.push(el);
    };
    afterEach(() => {
      for (const el of metas) el.remove();
      metas = [];
    });

    it('takes the feed and the banner network from <meta> when the placeholder has none', () => {
      meta(FEED_META, 'https://partner.example/feed.json');
      meta(NETWORK_META, 'cis');
      const host = page(
        `<div data-tis-widget="banner"></div>
         <div data-tis-widget="initiative-feed" data-src="https://other.example/f.json"></div>
         <div data-tis-widget="territory-counter"></div>
         <div data-tis-widget="feed"><div data-tis-widget="territory-counter"></div></div>`,
      );
      const [banner, feed, counter, provider, inner] = mountPlacements(host);
      expect(attributesOf(banner!)).to.deep.equal({
        src: 'https://partner.example/feed.json',
        network: 'cis',
      });
      expect(feed!.getAttribute('src')).to.equal('https://other.example/f.json');
      // The network default is the banner's co-branding, never a filter of other widgets.
      expect(attributesOf(counter!)).to.deep.equal({ src: 'https://partner.example/feed.json' });
      expect(provider!.getAttribute('src')).to.equal('https://partner.example/feed.json');
      expect(inner!.hasAttribute('src')).to.be.false;
    });

    it('ignores a feed <meta> that is not an http(s) URL', () => {
      meta(FEED_META, 'javascript:alert(1)');
      const host = page(`<div data-tis-widget="banner"></div>`);
      const [banner] = mountPlacements(host);
      expect(banner!.hasAttribute('src')).to.be.false;
    });
  });

  describe('CMS noise', () => {
    it('survives a <p> wrapper, <br>, blank lines and &nbsp; around the fallback', async () => {
      // What wpautop makes of a placement pasted over several lines.
      const host = page(
        `<p><span data-tis-widget="territory-counter" data-src="/feed.json" data-animate="false"><br />
           &nbsp;<br>
           <a href="https://example.org/">Rejoindre</a><br />
         </span></p>
         <div data-tis-widget="territory-counter" data-src="/feed.json" data-animate="false">
           <p></p><p>&nbsp;</p>
           <p><a href="https://example.org/">Découvrir</a><br>la campagne</p>
           <p><br></p>
         </div>`,
      );
      const [inline, block] = mountPlacements(host);
      expect(inline!.parentElement!.parentElement!.localName).to.equal('p');
      expect([...inline!.childNodes].map((node) => node.nodeName)).to.deep.equal(['A']);
      expect([...block!.childNodes].map((node) => node.nodeName)).to.deep.equal(['P']);
      // A <br> inside the meaningful fallback stays: it is the partner's own line break.
      expect(block!.querySelector('p')!.innerHTML).to.equal(
        '<a href="https://example.org/">Découvrir</a><br>la campagne',
      );
      await waitUntil(() => counterNumber(inline!) && counterNumber(block!));
    });

    it('keeps the placeholder when it has no fallback at all', () => {
      const host = page(`<div data-tis-widget="banner">&nbsp;</div>`);
      const [banner] = mountPlacements(host);
      expect(banner!.childNodes.length).to.equal(0);
      expect(host.firstElementChild!.firstElementChild).to.equal(banner);
    });
  });

  describe('late insertion', () => {
    it('mounts placeholders added to the page later, each once', async () => {
      placement = startPlacement(document);
      const host = page('');
      await observed();
      host.innerHTML = `<div data-tis-widget="territory-counter" data-src="/feed.json" data-animate="false"><a href="/">x</a></div>`;
      await observed();
      const counters = host.querySelectorAll('tis-territory-counter');
      expect(counters.length).to.equal(1);
      // Moving the placeholder (as a CMS script re-rendering a block does) mounts nothing again.
      const other = page('');
      other.append(host.firstElementChild!);
      await observed();
      expect(document.querySelectorAll('.placement-test tis-territory-counter').length).to.equal(1);
      await waitUntil(() => counterNumber(counters[0]!));
    });

    it('mounts an element that becomes a placeholder when the attribute is set later', async () => {
      placement = startPlacement(document);
      const host = page(`<div id="later"></div>`);
      await observed();
      host.querySelector('#later')!.setAttribute('data-tis-widget', 'banner');
      await observed();
      expect(host.querySelector('#later > tis-banner')).to.exist;
    });

    it('mounts the placeholders already in the page when it starts', () => {
      const host = page(`<div data-tis-widget="banner"></div>`);
      placement = startPlacement(document);
      expect(host.querySelector('tis-banner')).to.exist;
    });

    it('stops watching after stop()', async () => {
      placement = startPlacement(document);
      placement.stop();
      const host = page('');
      host.innerHTML = `<div data-tis-widget="banner"></div>`;
      await observed();
      expect(host.querySelector('tis-banner')).to.not.exist;
    });
  });

  describe('unknown widgets', () => {
    it('ignores an unknown widget name with one warning, whatever the number of placeholders', async () => {
      placement = startPlacement(document);
      const host = page(
        `<div data-tis-widget="carousel"><a href="/">Lien</a></div><div data-tis-widget="carousel"></div>`,
      );
      await observed();
      page(`<div data-tis-widget="carousel"></div>`);
      await observed();
      expect(host.querySelector('[data-tis-widget] > *')!.localName).to.equal('a');
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.contain('carousel');
      // Processed once: marked, so it is not looked at again.
      expect(host.querySelectorAll(`[${MOUNTED_ATTRIBUTE}]`).length).to.equal(2);
    });

    it('ignores names inherited from Object.prototype', () => {
      const host = page(
        `<div data-tis-widget="__proto__"></div><div data-tis-widget="constructor"></div><div data-tis-widget="toString"></div>`,
      );
      expect(mountPlacements(host)).to.deep.equal([]);
      expect(host.querySelectorAll('[data-tis-widget] > *').length).to.equal(0);
    });
  });

  describe('hostile values', () => {
    afterEach(() => {
      delete (window as { tisPwned?: unknown }).tisPwned;
    });

    it('copies values as inert attribute strings and drops event-handler attributes', async () => {
      const hostile = `"><img src=x onerror="window.tisPwned=1"><script>window.tisPwned=2</script>`;
      const host = document.createElement('div');
      host.className = 'placement-test';
      const placeholder = document.createElement('div');
      placeholder.setAttribute('data-tis-widget', 'banner');
      placeholder.setAttribute('data-network', hostile);
      placeholder.setAttribute('data-src', 'javascript:window.tisPwned=3');
      placeholder.setAttribute('data-onload', 'window.tisPwned=4');
      placeholder.setAttribute('data-variant', hostile);
      host.append(placeholder);
      document.body.append(host);
      const [banner] = mountPlacements(host);
      expect(banner!.getAttribute('network')).to.equal(hostile);
      expect(banner!.hasAttribute('onload')).to.be.false;
      expect(banner!.hasAttribute('data-onload')).to.be.false;
      expect(host.querySelector('img, script')).to.not.exist;
      await aTimeout(100);
      expect(banner!.shadowRoot?.querySelector('img[src="x"], script')).to.not.exist;
      expect((window as { tisPwned?: unknown }).tisPwned).to.be.undefined;
      expect(network.requests.some((request) => request.url.startsWith('javascript:'))).to.be.false;
    });
  });

  describe('double loading', () => {
    it('starts once per document, even from a second copy of the bundle', async () => {
      await import('../../src/placement/define.js');
      const first = startPlacement(document);
      expect(startPlacement(document)).to.equal(first);
      // A second copy of the module, as when the plugin and a pasted script both load the bundle.
      const copyUrl = new URL('../../src/placement/placement.ts?copy=2', import.meta.url).href;
      const copy = (await import(
        /* @vite-ignore */ copyUrl
      )) as typeof import('../../src/placement/placement.js');
      expect(copy.startPlacement).to.not.equal(startPlacement);
      expect(copy.startPlacement(document)).to.equal(first);
      const host = page('');
      host.innerHTML = `<div data-tis-widget="banner"><a href="/">x</a></div>`;
      await observed();
      expect(host.querySelectorAll('tis-banner').length).to.equal(1);
      expect(host.querySelector('tis-banner > a')).to.exist;
      placement = first;
    });
  });
});
