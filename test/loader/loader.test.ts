import { expect, waitUntil } from '@open-wc/testing';
import { startLoader } from '../../src/loader/loader.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';

/**
 * The loader in the unit suite (source modules, so `import()` reaches src/): one per page, tags
 * found in the document, in registered shadow roots and in placements. Failures (a module that
 * does not load) are covered by test/e2e/loader.e2e.mjs against the built files.
 */
describe('loader', () => {
  let network: MockNetwork;
  const added: Element[] = [];
  const add = <T extends Element>(element: T): T => {
    added.push(element);
    document.body.append(element);
    return element;
  };

  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    network = mockNetwork({ '/feed.json': jsonResponse(smallFeed()) });
  });

  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
    network.restore();
  });

  it('starts once per page: a second start returns the running loader, also as a global', () => {
    const loader = startLoader();
    expect(startLoader()).to.equal(loader);
    expect((globalThis as { TisWidgetsLoader?: unknown }).TisWidgetsLoader).to.equal(loader);
  });

  it('loads the module of a tag inserted in the document', async () => {
    startLoader();
    const feed = add(document.createElement('tis-feed'));
    feed.setAttribute('src', '/feed.json');
    await waitUntil(() => customElements.get('tis-feed'), 'tis-feed defined', { timeout: 5000 });
  });

  it('watches a shadow root it is told about, and stops when asked', async () => {
    const loader = startLoader();
    const host = add(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    const stop = loader.observe(root);
    const counter = document.createElement('tis-territory-counter');
    counter.setAttribute('src', '/feed.json');
    root.append(counter);
    await waitUntil(() => customElements.get('tis-territory-counter'), 'counter defined', {
      timeout: 5000,
    });
    stop();
  });

  it('mounts data-tis-widget placements, then loads the widget they create', async () => {
    startLoader();
    const placeholder = add(document.createElement('div'));
    placeholder.setAttribute('data-tis-widget', 'banner');
    placeholder.setAttribute('data-src', '/feed.json');
    await waitUntil(() => placeholder.querySelector('tis-banner'), 'mounted', { timeout: 5000 });
    await waitUntil(() => customElements.get('tis-banner'), 'banner defined', { timeout: 5000 });
  });

  it('rejects a tag it does not know', async () => {
    const error = await startLoader()
      .load('tis-unknown')
      .then(
        () => undefined,
        (reason: unknown) => reason,
      );
    expect(error).to.be.instanceOf(Error);
  });
});
