/**
 * The embedded demo feed (demo/feed.json, written by `npm run demo:feed`) is what `npm start`,
 * the demo and the stories show: it must be a spotless v1 feed of the promised size.
 * It is a static file of the repository, so it is loaded for real from the test server (not
 * through the network mock).
 *
 * Why `import()` and not `fetch()`: the test runner's esbuild plugin (`json: true`, needed by
 * the fixtures) turns EVERY `.json` response into a JavaScript module, so `fetch` would get
 * `var version = 1; ...` instead of JSON. Importing it gets the same bytes, decoded.
 */
import { expect } from '@open-wc/testing';
import { parseFeed, type ParseResult } from '../../src/data/parse.js';
import { TRANSITIONS } from '../../src/data/schema.js';
import { CAMPAIGN_THEMES } from '../../src/data/themes.js';

describe('demo feed (demo/feed.json)', () => {
  let raw: Record<string, unknown[]> & { campaign?: unknown };
  let result: ParseResult;

  before(async () => {
    // A computed specifier keeps TypeScript from typing the 3 MB file.
    const url = new URL('/demo/feed.json', document.baseURI).href;
    raw = structuredClone((await import(/* @vite-ignore */ url)).default);
    result = parseFeed(raw);
  });

  it('parses with no error and no warning', () => {
    expect(result.problems.map((p) => `${p.severity} ${p.path}: ${p.message.en}`)).to.deep.equal(
      [],
    );
    expect(result.feed).to.not.equal(null);
  });

  it('keeps every item it lists', () => {
    const feed = result.feed!;
    for (const name of ['networks', 'themes', 'territories', 'initiatives', 'events'] as const)
      expect(feed[name].length, name).to.equal(raw[name]!.length);
  });

  it('has the promised size: 3,000+ initiatives, 250 events, 10 networks, 400+ joined', () => {
    const feed = result.feed!;
    expect(feed.initiatives.length).to.be.at.least(3000);
    expect(feed.events.length).to.equal(250);
    expect(feed.networks.length).to.equal(10);
    expect(feed.territories.filter((t) => t.joinedAt).length).to.be.at.least(400);
  });

  it('uses every theme of the three transitions', () => {
    const feed = result.feed!;
    const used = new Set(feed.initiatives.flatMap((i) => i.themes));
    const missing = CAMPAIGN_THEMES.filter((t) => !used.has(t.id)).map((t) => t.id);
    expect(missing).to.deep.equal([]);
    expect(new Set(feed.themes.map((t) => t.transition))).to.deep.equal(new Set(TRANSITIONS));
  });

  it('marks every initiative and event as an example', () => {
    const feed = result.feed!;
    const unmarked = [...feed.initiatives, ...feed.events].filter(
      (item) => item.example !== true || !/\(exemple\)$/.test(item.title.fr ?? ''),
    );
    expect(unmarked.map((item) => item.id)).to.deep.equal([]);
  });

  it('covers all 18 régions and 101 départements, with a commune hierarchy', () => {
    const feed = result.feed!;
    const kinds = (kind: string) => feed.territories.filter((t) => t.kind === kind);
    expect(kinds('region').length).to.equal(18);
    expect(kinds('departement').length).to.equal(101);
    const ids = new Set(feed.territories.map((t) => t.id));
    const dangling = feed.territories.flatMap((t) => (t.parents ?? []).filter((p) => !ids.has(p)));
    expect(dangling).to.deep.equal([]);
  });

  it('spreads events over the twelve months from 2026-11-01, with overseas time zones', () => {
    const events = result.feed!.events;
    const starts = events.map((e) => Date.parse(e.start));
    expect(Math.min(...starts)).to.be.at.least(Date.parse('2026-11-01T00:00:00+01:00'));
    expect(Math.max(...starts)).to.be.below(Date.parse('2027-11-01T00:00:00+01:00'));
    const zones = new Set(events.map((e) => e.timeZone));
    for (const zone of ['Indian/Reunion', 'America/Cayenne', 'Pacific/Noumea'])
      expect(zones.has(zone), zone).to.equal(true);
    expect(events.some((e) => (e.parts?.length ?? 0) >= 2)).to.equal(true);
    for (const status of ['cancelled', 'full', 'postponed', 'rescheduled', 'moved-online'])
      expect(
        events.some((e) => e.status === status),
        status,
      ).to.equal(true);
  });
});
