/**
 * The validators generated from the zod schemas (src/data/validators.ts, written by
 * scripts/gen-validators.mjs) must agree with zod exactly: where zod accepts an item, the same
 * output (same keys, same absent keys) and the same dropped links; where zod rejects one, `FAIL`.
 * The widgets trust them alone for valid items and load zod only to explain a failure.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../src/data/parse.js';
import { parseFeedCore } from '../../src/data/parse-core.js';
import {
  campaignSchema,
  collectionSchemas,
  feedHeaderSchema,
  summarySchema,
  type CollectionName,
} from '../../src/data/schema.js';
import { collectUnsafeUrls, toSafeUrl } from '../../src/data/url.js';
import { FAIL, validators } from '../../src/data/validators.js';
import { smallFeed } from '../fixtures/small-feed.js';

const run = (numRuns: number) => ({ seed: 20261207, numRuns, endOnFailure: true });

const SCHEMAS = {
  ...collectionSchemas,
  campaign: campaignSchema,
  summary: summarySchema,
  header: feedHeaderSchema,
};
type Name = keyof typeof SCHEMAS;

const show = (value: unknown) => {
  try {
    return JSON.stringify(value)?.slice(0, 300) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Whether zod accepts the value; throws when the generated validator does not say the same. */
function agrees(name: Name, value: unknown): boolean {
  const zod = collectUnsafeUrls(() => SCHEMAS[name].safeParse(value));
  const ours = collectUnsafeUrls(() => validators[name](value));
  if (!zod.result.success) {
    if (ours.result !== FAIL)
      throw new Error(`${name}: the validator accepts what zod rejects: ${show(value)}`);
    return false;
  }
  if (ours.result === FAIL)
    throw new Error(`${name}: the validator rejects what zod accepts: ${show(value)}`);
  // Same keys present (an absent optional stays absent), same values, same links dropped.
  expect(ours.result, name).to.deep.equal(zod.result.data);
  expect(ours.dropped, `${name} links`).to.deep.equal(zod.dropped);
  return true;
}

function itemsOf(feed: Record<string, unknown>): Array<[Name, unknown]> {
  const out: Array<[Name, unknown]> = [];
  out.push(['header', feed]);
  if (feed.campaign !== undefined) out.push(['campaign', feed.campaign]);
  if (feed.summary !== undefined) out.push(['summary', feed.summary]);
  for (const name of Object.keys(collectionSchemas) as CollectionName[]) {
    const list = feed[name];
    if (Array.isArray(list)) for (const item of list) out.push([name, item]);
  }
  return out;
}

/** A small feed with one of each problem. */
function hostileFeed() {
  const feed = smallFeed() as unknown as Record<string, Record<string, unknown>[]>;
  feed.initiatives[0]!.title = { fr: '   ' };
  feed.initiatives[1]!.url = 'javascript:alert(1)';
  feed.initiatives[2]!.territories = ['commune:29019', 'nowhere'];
  feed.initiatives[3]!.image = { url: 'data:text/html,x', alt: 'x' };
  feed.initiatives[4]!.themes = ['unknown-theme'];
  feed.events[0]!.end = '2000-01-01T00:00:00Z';
  feed.events[1]!.timeZone = 'Mars/Base';
  feed.territories[0]!.kind = 'epci';
  return feed;
}

/** Replacement values that hit the rules: wrong types, unsafe links, bad dates, long text. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    undefined,
    null,
    '',
    '  padded  ',
    'javascript:alert(1)',
    'https://example.org/a b',
    'https://exa mple.org/',
    '2026-12-08T09:00:00',
    '2026-12-08T09:00:00+01:00',
    'commune:29019',
    'Mars/Base',
    'x'.repeat(3000),
    { fr: 'Texte', en: 'Text' },
    { fr: ' ' },
    { FR: 'Texte' },
    { __proto__: 'x' },
    {},
    [],
    -1,
    1.5,
  ),
);

describe('the generated validators', () => {
  it('cover every schema the parser uses', () => {
    // That the file is what the schemas give today: the generator's --check, in the Node suite.
    expect(Object.keys(validators).sort()).to.deep.equal(Object.keys(SCHEMAS).sort());
  });

  it('accept every item of a valid feed', () => {
    const feed = smallFeed() as unknown as Record<string, unknown>;
    const items = itemsOf(feed);
    expect(items.length).to.be.greaterThan(50);
    for (const [name, item] of items) expect(agrees(name, item), name).to.equal(true);
  });

  it('agree with zod on every item of the demo feed and of the published index', async () => {
    for (const url of ['/demo/feed.json', '/demo/published/index.json']) {
      // The test server serves JSON as a module; a computed specifier keeps TypeScript out of it.
      const href = new URL(url, document.baseURI).href;
      const feed = structuredClone((await import(/* @vite-ignore */ href)).default) as Record<
        string,
        unknown
      >;
      const items = itemsOf(feed);
      expect(items.length, url).to.be.greaterThan(20);
      for (const [name, item] of items) expect(agrees(name, item), `${url} ${name}`).to.equal(true);
    }
  });

  it('agree with zod on items with random fields replaced or deleted', () => {
    const feed = smallFeed() as unknown as Record<string, unknown>;
    const items = itemsOf(feed).filter(([name]) => name !== 'territories');
    const territories = (feed.territories as unknown[]).slice(0, 20);
    const pool = [...items, ...territories.map((t): [Name, unknown] => ['territories', t])];
    const mutated = fc
      .tuple(
        fc.constantFrom(...pool),
        fc.array(fc.tuple(fc.nat(), nasty, fc.boolean()), { minLength: 1, maxLength: 3 }),
      )
      .map(([[name, item], edits]) => {
        const copy = structuredClone(item) as Record<string, unknown>;
        for (const [at, value, nested] of edits) {
          const keys = Object.keys(copy);
          const key = keys[at % keys.length]!;
          const inner = copy[key];
          if (nested && inner && typeof inner === 'object') {
            const innerKeys = Object.keys(inner);
            if (innerKeys.length)
              (inner as Record<string, unknown>)[innerKeys[at % innerKeys.length]!] = value;
          } else if (value === undefined) delete copy[key];
          else copy[key] = value;
        }
        return [name, copy] as [Name, unknown];
      });
    fc.assert(
      fc.property(mutated, ([name, item]) => {
        agrees(name, item);
      }),
      run(600),
    );
  });

  it('agree with zod on any value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(SCHEMAS) as Name[])), fc.anything(), (n, v) => {
        agrees(n, v);
      }),
      run(300),
    );
  });

  it('agree with zod on language maps with symbol, hidden, __proto__ and numeric keys', () => {
    const hidden = { fr: 'Texte' };
    Object.defineProperty(hidden, 'en', { value: 'Text', enumerable: false });
    const withSymbol = { fr: 'Texte', [Symbol('en')]: 'Text' };
    const hiddenSymbol = { fr: 'Texte' };
    Object.defineProperty(hiddenSymbol, Symbol('en'), { value: 'Text', enumerable: false });
    const bare = Object.assign(Object.create(null), { en: 'Text', fr: 'Texte' });
    const owned = JSON.parse('{"__proto__": "x", "fr": "Texte"}');
    const numeric = { 1: 'un', fr: 'Texte' };
    const titles = [hidden, withSymbol, hiddenSymbol, bare, owned, numeric];
    const verdicts = titles.map((title) =>
      agrees('themes', { id: 'theme-a', label: title, transition: 'ecologique' }),
    );
    // A hidden key is skipped, an enumerable symbol or a numeric key fails the key test.
    expect(verdicts).to.deep.equal([true, false, true, true, true, false]);
  });

  it('agree with zod on whether an event ends before it starts, whatever the offsets', () => {
    const event = smallFeed().events.find((e) => !e.parts)!;
    const cases: Array<[string, string, boolean]> = [
      ['2027-03-01T10:00:00+01:00', '2027-03-01T10:00:00+01:00', true],
      ['2027-03-01T10:00:00+01:00', '2027-03-01T09:59:59+01:00', false],
      // Same text order, other offsets: 10:00 at +02:00 is before 09:30 at +01:00.
      ['2027-03-01T10:00:00+02:00', '2027-03-01T09:30:00+01:00', true],
      ['2027-03-01T10:00:00-01:00', '2027-03-01T10:30:00+01:00', false],
      ['2027-03-01T10:00:00Z', '2027-03-01T10:00:00.5Z', true],
      ['2027-03-01T10:00:00.25Z', '2027-03-01T10:00:00.3Z', true],
      ['2027-03-01T10:00:00.9Z', '2027-03-01T10:00:00.1Z', false],
      ['2027-03-01T23:30:00Z', '2027-03-01T23:00:00-01:00', true],
    ];
    for (const [start, end, valid] of cases)
      expect(agrees('events', { ...event, start, end }), `${start} → ${end}`).to.equal(valid);
  });

  it('leave the same problems as the zod-only parser did on hostile items', () => {
    const feed = hostileFeed();
    const { problems } = parseFeed(feed);
    // Recorded from the parser before the cheap walk existed (zod's safeParse on every item).
    expect(
      problems.map((p) => [p.severity, p.code, p.path, p.itemId, p.message.fr, p.message.en]),
    ).to.deep.equal([
      [
        'error',
        'invalid-item',
        'territories[0].kind',
        'region:04',
        '« region:04 » ignoré : territories[0].kind : le préfixe de l’identifiant ne correspond pas au type',
        '"region:04" dropped: territories[0].kind: the id prefix does not match the kind',
      ],
      [
        'error',
        'invalid-item',
        'initiatives[0].title.fr',
        'cis/recyclerie-brest',
        '« cis/recyclerie-brest » ignoré : initiatives[0].title.fr : texte vide',
        '"cis/recyclerie-brest" dropped: initiatives[0].title.fr: empty text',
      ],
      [
        'warning',
        'unsafe-url',
        'initiatives[1].url',
        'cis/ecole-numerique-sein',
        'lien retiré (seuls http et https sont acceptés) : initiatives[1].url',
        'link removed (only http and https are allowed): initiatives[1].url',
      ],
      [
        'error',
        'invalid-item',
        'initiatives[2].territories[1]',
        'tiers-lieux/fablab-rennes',
        '« tiers-lieux/fablab-rennes » ignoré : initiatives[2].territories[1] : format invalide (invalid territory id)',
        '"tiers-lieux/fablab-rennes" dropped: initiatives[2].territories[1]: invalid format (invalid territory id)',
      ],
      [
        'warning',
        'unsafe-url',
        'initiatives[3].image.url',
        'tzc/figeac-emploi',
        'lien retiré (seuls http et https sont acceptés) : initiatives[3].image.url',
        'link removed (only http and https are allowed): initiatives[3].image.url',
      ],
      [
        'error',
        'invalid-item',
        'events[0].end',
        'cis/webinaire-coconstruction',
        "« cis/webinaire-coconstruction » ignoré : events[0].end : l'événement se termine avant de commencer",
        '"cis/webinaire-coconstruction" dropped: events[0].end: the event ends before it starts',
      ],
      [
        'error',
        'invalid-item',
        'events[1].timeZone',
        'tiers-lieux/rencontre-rennes',
        '« tiers-lieux/rencontre-rennes » ignoré : events[1].timeZone : fuseau horaire inconnu',
        '"tiers-lieux/rencontre-rennes" dropped: events[1].timeZone: unknown time zone',
      ],
      [
        'warning',
        'unknown-reference',
        'initiatives[4].themes',
        'cis/velo-lyon',
        '« cis/velo-lyon » : thème inconnu « unknown-theme »',
        '"cis/velo-lyon": unknown theme "unknown-theme"',
      ],
    ]);
  });

  it('drop the same items without zod, each with a provisional reason and its item path', () => {
    const core = parseFeedCore(hostileFeed());
    const full = parseFeed(hostileFeed());
    expect(core.feed).to.deep.equal(full.feed);
    const brief = (list: typeof core.problems) => list.map((p) => [p.severity, p.code, p.itemId]);
    expect(brief(core.problems)).to.deep.equal(brief(full.problems));
    expect(core.unexplained.map((u) => u.path)).to.deep.equal([
      'territories[0]',
      'initiatives[0]',
      'initiatives[2]',
      'events[0]',
      'events[1]',
    ]);
    const title = core.problems[1]!;
    expect([title.path, title.message.fr, title.message.en]).to.deep.equal([
      'initiatives[0]',
      '« cis/recyclerie-brest » ignoré : initiatives[0] : valeur invalide',
      '"cis/recyclerie-brest" dropped: initiatives[0]: invalid value',
    ]);
  });
});

/** `toSafeUrl` as it was before its shortcut for already-normal links: always `new URL()`. */
function parsedSafeUrl(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
}

describe('toSafeUrl', () => {
  /** Pieces that the URL parser rewrites: case, ports, dots, escapes, IPv4 numbers, punycode. */
  const piece = fc.constantFrom(
    'a',
    'Z',
    '0',
    '9',
    '-',
    '.',
    '..',
    '/',
    '//',
    '/./',
    '/../',
    '%2e',
    '%2E',
    '%41',
    '%7e',
    '%zz',
    '?',
    '#',
    '&',
    '=',
    ':',
    ':80',
    ':443',
    '@',
    '\\',
    ' ',
    '\t',
    "'",
    '"',
    '<',
    '`',
    '{',
    '|',
    '^',
    '~',
    '!',
    '(',
    '*',
    'é',
    '\u00a0',
    'xn--',
    'xn--bcher-kva',
    '0x7f',
    '127',
    '1.2.3',
    'www.',
    '.org',
    'localhost',
  );
  const urlLike = fc
    .tuple(
      fc.constantFrom('http://', 'https://', 'HTTP://', 'https:/', 'javascript://', ' https://'),
      fc.array(piece, { maxLength: 12 }),
    )
    .map(([scheme, rest]) => scheme + rest.join(''));

  it('gives what the URL parser gives, on any link', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), urlLike),
        (url) => {
          expect(toSafeUrl(url), url).to.equal(parsedSafeUrl(url));
        },
      ),
      run(3000),
    );
  });
});
