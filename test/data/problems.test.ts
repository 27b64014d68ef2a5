/**
 * A partly invalid feed is reported once per page: one console warning with counts by reason
 * (from the store) and one `tis-feed-problems` event (from the first widget that shows it),
 * whatever the number of widgets and revalidations.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getFeedStore } from '../../src/data/client.js';
import { countFeedProblems, describeFeedProblems } from '../../src/data/problem-report.js';
import type { FeedProblem } from '../../src/data/parse.js';
import '../../src/territory-counter/define.js';
import '../../src/feed/define.js';
import { TisFeedProblemsEvent } from '../../src/shared/events.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';

function partlyBad(): Record<string, unknown> {
  const feed = smallFeed();
  const [first, second] = feed.initiatives as unknown as Array<Record<string, unknown>>;
  const initiatives: unknown[] = [
    ...feed.initiatives,
    { ...first, id: 'x/no-title', title: undefined },
    { ...first, id: 'x/number-title', title: 42 },
    null,
    { ...second },
    { ...first, id: 'x/unsafe', url: 'javascript:alert(1)' },
  ];
  return { ...feed, initiatives };
}

describe('feed problems', () => {
  let network: MockNetwork;
  let warnings: unknown[][];

  beforeEach(() => {
    warnings = [];
    resetFeedClient({ warn: (...args: unknown[]) => void warnings.push(args) });
    network = mockNetwork({ '/bad.json': jsonResponse(partlyBad()) });
  });

  afterEach(() => {
    network.restore();
  });

  it('counts problems by reason', () => {
    const problem = (code: string, path: string, en = ''): FeedProblem => ({
      severity: 'error',
      code,
      path,
      message: { fr: '', en },
    });
    const counts = countFeedProblems([
      problem(
        'invalid-item',
        'initiatives[3].title',
        '"a" dropped: initiatives[3].title: expected string',
      ),
      problem(
        'invalid-item',
        'initiatives[9].title',
        '"b" dropped: initiatives[9].title: expected string',
      ),
      problem('duplicate-id', 'initiatives[4]'),
      problem('unsafe-url', 'events[0].url'),
      problem('unknown-reference', 'initiatives[1].network'),
      problem('too-many-problems', '$', '7 more problems not listed'),
    ]);
    expect(counts).to.deep.equal({
      dropped: 3,
      linksRemoved: 1,
      unknownReferences: 1,
      unlisted: 7,
      byReason: {
        'invalid initiatives.title (expected string)': 2,
        'duplicate-id': 1,
        'unsafe-url events.url': 1,
        'unknown-reference': 1,
        'not listed': 7,
      },
    });
    expect(describeFeedProblems(counts)).to.equal(
      '3 items dropped, 1 link removed, 1 unknown reference, 7 more not listed (not listed: 7, invalid initiatives.title (expected string): 2, duplicate-id: 1, unsafe-url events.url: 1, unknown-reference: 1)',
    );
  });

  it('warns once and fires one event for three widgets, a provider and a refresh', async () => {
    const events: TisFeedProblemsEvent[] = [];
    const listener = (event: Event) => events.push(event as TisFeedProblemsEvent);
    document.addEventListener('tis-feed-problems', listener);
    try {
      await fixture(
        html`<div>
          <tis-territory-counter src="/bad.json" no-animation></tis-territory-counter>
          <tis-territory-counter src="/bad.json" no-animation></tis-territory-counter>
          <tis-feed src="/bad.json"
            ><tis-territory-counter no-animation></tis-territory-counter
          ></tis-feed>
        </div>`,
      );
      const store = getFeedStore('/bad.json');
      await waitUntil(() => store.state.status === 'ready' && events.length > 0);
      await store.refresh();
      await new Promise((done) => setTimeout(done, 50));
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event).to.be.instanceOf(TisFeedProblemsEvent);
      expect(event.url).to.equal(new URL('/bad.json', document.baseURI).href);
      expect(event.counts.dropped).to.equal(4);
      expect(event.counts.linksRemoved).to.equal(1);
      expect(event.counts.byReason['duplicate-id']).to.equal(1);
      expect(event.problems.map((p) => p.code)).to.include.members(['invalid-item', 'unsafe-url']);
      const ours = warnings.filter((args) => String(args[0]).startsWith('[1000territoires] feed'));
      expect(ours).to.have.length(1);
      expect(String(ours[0]![0])).to.match(/4 items dropped, 1 link removed/);
    } finally {
      document.removeEventListener('tis-feed-problems', listener);
    }
  });

  it('stays silent for a clean feed', async () => {
    network.restore();
    network = mockNetwork({ '/clean.json': jsonResponse(smallFeed()) });
    const events: Event[] = [];
    const listener = (event: Event) => events.push(event);
    document.addEventListener('tis-feed-problems', listener);
    try {
      await fixture(
        html`<tis-territory-counter src="/clean.json" no-animation></tis-territory-counter>`,
      );
      const store = getFeedStore('/clean.json');
      await waitUntil(() => store.state.status === 'ready');
      await new Promise((done) => setTimeout(done, 50));
      expect(store.state.problems).to.deep.equal([]);
      expect(events).to.deep.equal([]);
      expect(
        warnings.filter((args) => String(args[0]).startsWith('[1000territoires] feed')),
      ).to.deep.equal([]);
    } finally {
      document.removeEventListener('tis-feed-problems', listener);
    }
  });
});
