import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/parse.js';
import { smallFeed } from '../fixtures/small-feed.js';

describe('parseFeed on the small fixture', () => {
  it('keeps every item of a valid feed and reports no error', () => {
    const input = smallFeed();
    const { feed, problems } = parseFeed(input);
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(feed?.initiatives.length).to.equal(input.initiatives.length);
    expect(feed?.events.length).to.equal(input.events.length);
    expect(feed?.territories.length).to.equal(input.territories.length);
  });
});
