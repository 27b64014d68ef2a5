import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { TisFeed } from '../../src/feed/feed.js';
import { defineElement } from '../../src/shared/define.js';
import type { TisLoadEvent, TisSelectEvent } from '../../src/shared/events.js';
import { FeedController } from '../../src/shared/feed-controller.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';

/** A widget-to-be: renders its load state, feed size and selection as text. */
class TestConsumer extends LitElement {
  readonly feedController = new FeedController(this);

  @property() src?: string;
  @property() loading: 'eager' | 'lazy' = 'eager';

  override render() {
    const { state, selection } = this.feedController;
    return html`${state.status}|${state.feed?.initiatives.length ?? '-'}|${selection.territory ?? '-'}`;
  }
}
defineElement('test-consumer', TestConsumer);

const COUNT = smallFeed().initiatives.length;

/** Polls `condition` every few ms (at most 3 s). */
async function waitFor(condition: () => boolean, what = 'condition'): Promise<void> {
  const until = performance.now() + 3000;
  while (!condition()) {
    if (performance.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const textOf = (el: Element) => el.shadowRoot!.textContent!.replace(/<!--.*?-->/g, '').trim();
const consumers = (root: ParentNode) => [...root.querySelectorAll<TestConsumer>('test-consumer')];
const allReady = (list: TestConsumer[]) => () =>
  list.every((c) => c.feedController.state.status === 'ready');

describe('<tis-feed> and FeedController', () => {
  let net: MockNetwork;
  let container: HTMLElement;

  /** Puts static test markup into the page. */
  const mount = (markup: string) => {
    container.innerHTML = markup;
    return container;
  };

  beforeEach(() => {
    resetFeedClient();
    net = mockNetwork({
      '/feed.json': jsonResponse(smallFeed()),
      '/other.json': jsonResponse(smallFeed()),
    });
    container = document.body.appendChild(document.createElement('div'));
  });

  afterEach(() => {
    container.remove();
    net.restore();
  });

  // First, while <tis-feed> is not defined yet: the tests below define it.
  it('a provider upgraded after its widgets still provides, and they fetch nothing on their own', async () => {
    expect(customElements.get('tis-feed')).to.equal(undefined);
    mount(`
      <tis-feed src="/feed.json" territory="region:53">
        <test-consumer></test-consumer>
        <div><test-consumer src="/other.json"></test-consumer></div>
      </tis-feed>`);
    const list = consumers(container);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(
      net.requests.map((r) => r.url),
      'nothing fetched before the provider exists',
    ).to.deep.equal([]);
    defineElement('tis-feed', TisFeed);
    await waitFor(allReady(list), 'consumers ready');
    expect(net.requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/feed.json']);
    for (const consumer of list) {
      expect(consumer.feedController.inProvider).to.equal(true);
      expect(consumer.feedController.selection.territory).to.equal('region:53');
      await consumer.updateComplete;
      expect(textOf(consumer)).to.equal(`ready|${COUNT}|region:53`);
    }
  });

  it('two widgets inside one <tis-feed> cause ONE request and get the same feed', async () => {
    defineElement('tis-feed', TisFeed);
    mount(`
      <tis-feed src="/feed.json">
        <test-consumer></test-consumer>
        <section><test-consumer></test-consumer></section>
      </tis-feed>`);
    const [a, b] = consumers(container);
    await waitFor(allReady([a!, b!]), 'consumers ready');
    expect(net.count('/feed.json')).to.equal(1);
    expect(net.requests).to.have.length(1);
    expect(a!.feedController.feed).to.equal(b!.feedController.feed);
    expect(a!.feedController.index).to.equal(b!.feedController.index);
    await a!.updateComplete;
    expect(textOf(a!)).to.equal(`ready|${COUNT}|-`);
  });

  it('each widget fires tis-load once', async () => {
    defineElement('tis-feed', TisFeed);
    const loads: TisLoadEvent[] = [];
    container.addEventListener('tis-load', (event) => loads.push(event));
    mount(
      `<tis-feed src="/feed.json"><test-consumer></test-consumer><test-consumer></test-consumer></tis-feed>`,
    );
    await waitFor(() => loads.length === 2, 'two tis-load');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).to.have.length(2);
    expect(loads[0]!.feed.initiatives).to.have.length(COUNT);
    expect(loads[0]!.stale).to.equal(false);
  });

  it('a selection made in one widget is seen by the other, and fires tis-select', async () => {
    defineElement('tis-feed', TisFeed);
    mount(
      `<tis-feed src="/feed.json"><test-consumer></test-consumer><test-consumer></test-consumer></tis-feed>`,
    );
    const [a, b] = consumers(container);
    await waitFor(allReady([a!, b!]), 'consumers ready');
    const selects: TisSelectEvent[] = [];
    container.addEventListener('tis-select', (event) => selects.push(event));

    a!.feedController.select({ territory: 'departement:29', theme: 'ecologique' });

    expect(selects).to.have.length(1);
    expect(selects[0]!.target).to.equal(a);
    expect(selects[0]!.selection).to.deep.include({
      territory: 'departement:29',
      theme: 'ecologique',
    });
    expect(b!.feedController.selection).to.deep.include({
      territory: 'departement:29',
      theme: 'ecologique',
    });
    await waitFor(() => textOf(b!).endsWith('departement:29'), 'b re-rendered');
    expect(textOf(b!)).to.equal(`ready|${COUNT}|departement:29`);

    b!.feedController.select({ territory: undefined });
    expect(a!.feedController.selection.territory).to.equal(undefined);
    expect(a!.feedController.selection.theme).to.equal('ecologique');
    expect(selects).to.have.length(2);
  });

  it('widgets outside any provider load by their own src, one request per URL', async () => {
    mount(`
      <test-consumer src="/feed.json"></test-consumer>
      <test-consumer src="/feed.json"></test-consumer>
      <div><test-consumer src="/other.json"></test-consumer></div>
      <test-consumer src="${new URL('/other.json', document.baseURI).href}"></test-consumer>`);
    const list = consumers(container);
    await waitFor(allReady(list), 'consumers ready');
    expect(net.count('/feed.json')).to.equal(1);
    expect(net.count('/other.json')).to.equal(1);
    expect(net.requests).to.have.length(2);
    for (const consumer of list) expect(consumer.feedController.inProvider).to.equal(false);
    expect(list[0]!.feedController.feed).to.equal(list[1]!.feedController.feed);
    expect(list[0]!.feedController.feed).to.not.equal(list[2]!.feedController.feed);
    expect(list[2]!.feedController.feed).to.equal(list[3]!.feedController.feed);
  });

  it('outside a provider, the selection is the widget’s own', async () => {
    mount(
      `<test-consumer src="/feed.json"></test-consumer><test-consumer src="/feed.json"></test-consumer>`,
    );
    const [a, b] = consumers(container);
    await waitFor(allReady([a!, b!]), 'consumers ready');
    a!.feedController.select({ network: 'cis' });
    expect(a!.feedController.selection.network).to.equal('cis');
    expect(b!.feedController.selection.network).to.equal(undefined);
  });

  it('a failing src: status error and one tis-error', async () => {
    const errors: Event[] = [];
    container.addEventListener('tis-error', (event) => errors.push(event));
    mount(`<test-consumer src="/missing.json"></test-consumer>`);
    const [consumer] = consumers(container);
    await waitFor(() => consumer!.feedController.state.status === 'error', 'error state');
    await waitFor(() => errors.length === 1, 'tis-error');
    expect(consumer!.feedController.state.error!.status).to.equal(404);
  });

  it('loading="lazy": no request until the widget nears the viewport', async () => {
    mount(
      `<div style="height: 5000px"></div><test-consumer src="/feed.json" loading="lazy"></test-consumer>`,
    );
    const [consumer] = consumers(container);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(net.requests).to.have.length(0);
    consumer!.scrollIntoView();
    await waitFor(() => consumer!.feedController.state.status === 'ready', 'lazy consumer ready');
    expect(net.count('/feed.json')).to.equal(1);
    window.scrollTo(0, 0);
  });
});
