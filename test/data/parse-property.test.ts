/**
 * Property tests: whatever the input, the parser never throws, and everything it keeps passes
 * the schema again (re-parsing the kept feed gives the same feed and no error).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed, type ParseResult } from '../../src/data/parse.js';
import { collectionSchemas, type CollectionName } from '../../src/data/schema.js';
import { smallFeed } from '../fixtures/small-feed.js';

/**
 * Fixed seed: the same cases on every run; a failure prints its seed and path to replay it.
 * No shrinking (`endOnFailure`): shrinking 10 kB strings would outlast the test timeout.
 */
const run = (numRuns: number) => ({ seed: 20261128, numRuns, endOnFailure: true });

function parseSafely(input: unknown): ParseResult {
  try {
    return parseFeed(input);
  } catch (error) {
    throw new Error(`parseFeed threw: ${String(error)}`, { cause: error });
  }
}

/** The property: kept items validate on their own, and the kept feed re-parses to itself. */
function checkKept(result: ParseResult): void {
  if (!result.feed) return;
  const json = JSON.stringify(result.feed);
  const again = parseFeed(JSON.parse(json));
  const errors = again.problems.filter((p) => p.severity === 'error' || p.code === 'unsafe-url');
  if (errors.length) throw new Error(`re-parse reported ${JSON.stringify(errors[0])}`);
  if (JSON.stringify(again.feed) !== json)
    throw new Error(`re-parse changed the feed: ${json.slice(0, 300)}`);
  for (const name of Object.keys(collectionSchemas) as CollectionName[]) {
    for (const item of result.feed[name] ?? []) {
      if (!collectionSchemas[name].safeParse(JSON.parse(JSON.stringify(item))).success)
        throw new Error(`kept ${name} item fails its schema: ${JSON.stringify(item)}`);
    }
  }
}

/** Every path (object keys and array indexes) inside a value, the root excluded. */
function pathsOf(
  value: unknown,
  prefix: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
) {
  if (Array.isArray(value))
    value.forEach((v, i) => (out.push([...prefix, i]), pathsOf(v, [...prefix, i], out)));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      (out.push([...prefix, k]), pathsOf(v, [...prefix, k], out));
  return out;
}

const FEED_PATHS = pathsOf(smallFeed());
/** Paths outside the long territory list: the fields with the most rules. */
const ITEM_PATHS = FEED_PATHS.filter((path) => path[0] !== 'territories' && path[0] !== 'themes');

/** Values that hit the rules: unsafe links, missing offsets, long text, odd types. */
const nastyValue = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      undefined,
      null,
      '',
      '   ',
      'javascript:alert(1)',
      ' JAVA\tSCRIPT:alert(1)',
      'data:text/html,x',
      '//evil.com',
      `https://example.org/${'é'.repeat(400)}`,
      'https://example.org/ok',
      '2026-12-08T09:00:00',
      '2026-12-08T09:00:00+01:00',
      '2020-01-01T00:00:00Z',
      '2030-01-01T00:00:00-10:00',
      'commune:29019',
      'departement:29',
      'cis',
      'Europe/Paris',
      'Mars/Base',
      'A'.repeat(10_000),
      { fr: 'Texte', en: 'Text' },
      { en: '' },
      {},
      [],
      -1,
      0,
      1.5,
      2 ** 53,
    ),
  },
);

/** A valid feed with 1 to 6 random paths replaced by random values (or deleted). */
const mutatedFeed = fc
  .array(
    fc.tuple(
      fc.oneof(
        { arbitrary: fc.constantFrom(...ITEM_PATHS), weight: 3 },
        { arbitrary: fc.constantFrom(...FEED_PATHS), weight: 1 },
      ),
      nastyValue,
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((mutations) => {
    const feed = smallFeed() as unknown as Record<string | number, unknown>;
    for (const [path, value] of mutations) {
      let parent: unknown = feed;
      for (const key of path.slice(0, -1))
        parent = (parent as Record<string | number, unknown> | null)?.[key];
      if (!parent || typeof parent !== 'object') continue; // an earlier mutation replaced an ancestor
      const last = path.at(-1)!;
      if (value === undefined) delete (parent as Record<string | number, unknown>)[last];
      else (parent as Record<string | number, unknown>)[last] = value;
    }
    return feed;
  });

describe('parseFeed properties', () => {
  it('never throws on random JSON, and keeps only valid data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => checkKept(parseSafely(value))),
      run(400),
    );
  });

  it('never throws on random JSON shaped like a feed', () => {
    const item = fc.dictionary(
      fc.constantFrom(
        'id',
        'title',
        'name',
        'kind',
        'network',
        'territories',
        'themes',
        'start',
        'end',
        'url',
        'parents',
        'label',
        'transition',
        'x',
      ),
      nastyValue,
    );
    const feedLike = fc.record(
      {
        version: fc.constantFrom(1, '1', 2, undefined),
        networks: fc.array(item, { maxLength: 4 }),
        themes: fc.array(item, { maxLength: 4 }),
        territories: fc.array(item, { maxLength: 4 }),
        initiatives: fc.array(item, { maxLength: 4 }),
        events: fc.array(item, { maxLength: 4 }),
        campaign: item,
      },
      { requiredKeys: ['version'] },
    );
    fc.assert(
      fc.property(feedLike, (value) => checkKept(parseSafely(value))),
      run(300),
    );
  });

  it('never throws on any JavaScript value', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withSparseArray: true,
        }),
        (value) => {
          checkKept(parseSafely(value));
          checkKept(
            parseSafely({ version: 1, initiatives: [value], events: value, campaign: value }),
          );
        },
      ),
      run(300),
    );
  });

  it('any string as a link: removed, or kept in a form that passes again', () => {
    const linkText = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .string({ unit: 'binary', maxLength: 1200, size: 'large' })
        .map((path) => `https://example.org/${path}`),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    fc.assert(
      fc.property(linkText, (url) => {
        const { initiatives, events } = smallFeed();
        const feed = { version: 1, initiatives: [initiatives[0]!], events: [events[1]!] };
        feed.initiatives[0]!.url = url;
        feed.events[0]!.onlineUrl = url;
        const result = parseSafely(feed);
        checkKept(result);
        const kept = result.feed!.initiatives[0]!.url;
        if (kept !== undefined && !/^https?:\/\/[^/]/.test(kept)) throw new Error(`kept ${kept}`);
      }),
      run(200),
    );
  });

  it('on mutated valid feeds: keeps what is valid, and it re-parses to itself', () => {
    let kept = 0;
    fc.assert(
      fc.property(mutatedFeed, (feed) => {
        const result = parseSafely(feed);
        checkKept(result);
        kept += result.feed?.initiatives.length ?? 0;
      }),
      run(150),
    );
    // The mutations leave most items alone: the property was checked on real data.
    expect(kept).to.be.greaterThan(150 * 4);
  });
});
