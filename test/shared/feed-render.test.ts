/**
 * `FeedController.render()`, the one loading/error/complete switch of the widgets, in the shape
 * of `@lit/task`'s `render()`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { getFeedIndex } from '../../src/data/queries.js';
import { shardLoading } from '../../src/data/shard-set.js';
import { FeedController } from '../../src/shared/feed-controller.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';

class FeedStateProbe extends LitElement {
  static override properties = { src: {} };
  src?: string;
  readonly feedController = new FeedController(this, { index: getFeedIndex });

  override render() {
    return this.feedController.render({
      pending: () => html`<p>pending</p>`,
      error: (error) => html`<p>error: ${error?.kind} ${error?.status}</p>`,
      complete: (feed, index) =>
        html`<p>complete: ${feed.initiatives.length} / ${index?.networks.size ?? 'no index'}</p>`,
    });
  }
}
customElements.define('test-feed-state-probe', FeedStateProbe);

/** A widget that reads the feed as it is: no `index` option, no query index built. */
class PlainProbe extends LitElement {
  static override properties = { src: {} };
  src?: string;
  readonly feedController = new FeedController(this);

  override render() {
    return this.feedController.render({
      complete: (feed, index) =>
        html`<p>${feed.networks.length} networks, ${index ? 'an index' : 'no index'}</p>`,
    });
  }
}
customElements.define('test-feed-plain-probe', PlainProbe);

/** The same, for a widget that shows shards: it hands the shard loading to its controller. */
class ShardedProbe extends FeedStateProbe {
  readonly shardedController = new FeedController(this, { shards: shardLoading });
}
customElements.define('test-feed-sharded-probe', ShardedProbe);

const shown = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('FeedController.render()', () => {
  let network: MockNetwork;
  beforeEach(() => {
    resetFeedClient({ retries: 0 });
  });
  afterEach(() => network.restore());

  it('renders pending, then complete with the feed and its index', async () => {
    const feed = smallFeed();
    let answer!: (response: Response) => void;
    network = mockNetwork({
      '/feed.json': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const el = await fixture(
      html`<test-feed-state-probe src="/feed.json"></test-feed-state-probe>`,
    );
    expect(shown(el)).to.equal('pending');
    await waitUntil(() => answer, 'no request');
    answer(jsonResponse(feed));
    await waitUntil(() => shown(el).startsWith('complete'), shown(el), { timeout: 3000 });
    expect(shown(el)).to.equal(`complete: ${feed.initiatives.length} / ${feed.networks.length}`);
  });

  it('builds no query index for a widget without the index option', async () => {
    const feed = smallFeed();
    network = mockNetwork({ '/feed.json': jsonResponse(feed) });
    const el = await fixture<PlainProbe>(
      html`<test-feed-plain-probe src="/feed.json"></test-feed-plain-probe>`,
    );
    await waitUntil(() => shown(el).length > 0, 'nothing rendered', { timeout: 3000 });
    expect(shown(el)).to.equal(`${feed.networks.length} networks, no index`);
    expect(el.feedController.index).to.equal(undefined);
  });

  it('renders error when the feed cannot load and there is no copy', async () => {
    network = mockNetwork({ '/feed.json': new Response('nope', { status: 500 }) });
    const el = await fixture(
      html`<test-feed-state-probe src="/feed.json"></test-feed-state-probe>`,
    );
    await waitUntil(() => shown(el).startsWith('error'), shown(el), { timeout: 3000 });
    expect(shown(el)).to.equal('error: http 500');
  });

  it('need(): says what is missing without the shard loading, meets a monolithic feed with it', async () => {
    network = mockNetwork({ '/feed.json': jsonResponse(smallFeed()) });
    const el = await fixture<ShardedProbe>(
      html`<test-feed-sharded-probe src="/feed.json"></test-feed-sharded-probe>`,
    );
    await waitUntil(() => shown(el).startsWith('complete'), shown(el), { timeout: 3000 });
    expect(() => el.feedController.need({ events: 'all' })).to.throw(/shards/);
    expect(el.shardedController.need({ events: 'all' })).to.deep.equal({
      total: 0,
      loaded: 0,
      failed: [],
      complete: true,
    });
  });
});
