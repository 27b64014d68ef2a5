// Issue 16, point 6: `<meta name="tis-widgets-feed">` sets the feed of plain `<tis-*>` tags too.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/feed/define.js';
import '../../src/territory-counter/define.js';
import { DEFAULT_FEED_URL, resolveFeedUrl } from '../../src/data/client.js';
import { pageFeedUrl } from '../../src/data/page-feed.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';

let network: MockNetwork;
let meta: HTMLMetaElement | undefined;

function setMeta(content: string) {
  meta = document.createElement('meta');
  meta.name = 'tis-widgets-feed';
  meta.content = content;
  document.head.append(meta);
}

const paths = () => network.requests.map((r) => new URL(r.url).pathname);

describe('page-wide feed <meta name="tis-widgets-feed">', () => {
  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    network = mockNetwork({
      '/meta-feed.json': jsonResponse(smallFeed()),
      '/own.json': jsonResponse(smallFeed()),
      '/provider.json': jsonResponse(smallFeed()),
    });
  });
  afterEach(() => {
    network.restore();
    meta?.remove();
    meta = undefined;
  });

  it('is the feed of a plain tag without src', async () => {
    setMeta(`${location.origin}/meta-feed.json`);
    const el = await fixture(html`<tis-territory-counter no-animation></tis-territory-counter>`);
    await waitUntil(() => network.requests.length > 0, 'the counter fetched its feed');
    expect(paths()).to.deep.equal(['/meta-feed.json']);
    el.remove();
  });

  it('never beats an explicit src, nor a <tis-feed> provider', async () => {
    setMeta(`${location.origin}/meta-feed.json`);
    await fixture(
      html`<tis-territory-counter no-animation src="/own.json"></tis-territory-counter>`,
    );
    await fixture(
      html`<tis-feed src="/provider.json"
        ><tis-territory-counter no-animation></tis-territory-counter
      ></tis-feed>`,
    );
    await waitUntil(() => network.requests.length >= 2, 'both feeds fetched');
    expect(paths().sort()).to.deep.equal(['/own.json', '/provider.json']);
  });

  it('only counts an absolute http(s) URL; without it the campaign feed is the default', () => {
    expect(resolveFeedUrl(undefined)).to.equal(DEFAULT_FEED_URL);
    setMeta('javascript:alert(1)');
    expect(pageFeedUrl()).to.equal(undefined);
    expect(resolveFeedUrl(null)).to.equal(DEFAULT_FEED_URL);
    meta!.content = 'https://example.org/feed/index.json';
    expect(resolveFeedUrl('')).to.equal('https://example.org/feed/index.json');
  });
});
