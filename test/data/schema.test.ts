import { expect } from '@open-wc/testing';
import {
  MAX_PROBLEMS,
  parseFeed,
  parseFeedText,
  type FeedProblem,
  type ParseResult,
} from '../../src/data/parse.js';
import { collectionSchemas, type CollectionName, type Feed } from '../../src/data/schema.js';
import { localize } from '../../src/i18n/localize.js';
import { smallFeed } from '../fixtures/small-feed.js';

type RawFeed = ReturnType<typeof smallFeed>;
type Raw = Record<string, unknown>;

const errorsOf = (result: ParseResult) => result.problems.filter((p) => p.severity === 'error');
const warningsOf = (result: ParseResult, code?: string) =>
  result.problems.filter((p) => p.severity === 'warning' && (!code || p.code === code));
const idsOf = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);
/** The kept data as plain JSON, for comparisons. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Parses a fixture feed after `mutate` changed it. */
function parseMutated(mutate: (feed: RawFeed & Raw) => void): ParseResult {
  const input = smallFeed() as RawFeed & Raw;
  mutate(input);
  return parseFeed(input);
}

function expectOneError(result: ParseResult): FeedProblem {
  const errors = errorsOf(result);
  expect(errors, JSON.stringify(errors)).to.have.length(1);
  return errors[0]!;
}

describe('parseFeed: a valid feed', () => {
  it('keeps every item and field, with no problem at all', () => {
    const input = smallFeed();
    const result = parseFeed(input);
    expect(result.problems).to.deep.equal([]);
    const feed = result.feed!;
    expect(feed.version).to.equal(1);
    expect(feed.generatedAt).to.equal(input.generatedAt);
    expect(feed.campaign?.id).to.equal('1000territoiresIS');
    expect(feed.campaign?.callToAction?.url).to.equal(input.campaign.callToAction.url);
    expect(idsOf(feed.networks)).to.deep.equal(idsOf(input.networks));
    expect(idsOf(feed.themes)).to.deep.equal(idsOf(input.themes));
    expect(idsOf(feed.territories)).to.deep.equal(
      idsOf(input.territories as unknown as Array<{ id: string }>),
    );
    expect(idsOf(feed.initiatives)).to.deep.equal(idsOf(input.initiatives));
    expect(idsOf(feed.events)).to.deep.equal(idsOf(input.events));
    expect(feed.parts).to.deep.equal([]);
    // Field by field: the webinar keeps its parts, links and invited networks.
    const webinar = feed.events[0]!;
    expect(webinar.parts).to.have.length(2);
    expect(webinar.onlineUrl).to.equal('https://example.org/webinaire');
    expect(webinar.invitedNetworks).to.deep.equal(['tiers-lieux', 'territoires-zero-chomeur']);
    expect(feed.initiatives[2]!.image).to.deep.equal({
      url: new URL('/test/fixtures/image.png', location.href).href,
      alt: { fr: 'Atelier' },
      width: 640,
      height: 360,
    });
    expect(feed.territories.find((t) => t.id === 'commune:29019')).to.deep.include({
      joinedAt: '2026-03-02T10:00:00+01:00',
      networks: ['cis'],
      population: 142346,
    });
  });

  it('reads a plain string as French text and keeps a map as it is', () => {
    const feed = parseFeed(smallFeed()).feed!;
    expect(feed.initiatives[0]!.title).to.deep.equal({ fr: 'Recyclerie solidaire (exemple)' });
    expect(feed.initiatives[2]!.title).to.deep.equal({
      fr: 'Fablab de quartier (exemple)',
      en: 'Neighbourhood fablab (example)',
    });
  });

  it('accepts version 1 written as "1", "1.0" or "1.2.3"', () => {
    for (const version of [1, '1', '1.0', '1.2.3']) {
      const result = parseMutated((f) => (f.version = version as 1));
      expect(result.feed, String(version)).to.not.equal(null);
      expect(errorsOf(result)).to.deep.equal([]);
    }
  });
});

describe('parseFeed: one invalid item is dropped, the others are kept', () => {
  const cases: Array<{
    collection: CollectionName;
    id: string;
    field: string;
    value: unknown;
    why: RegExp;
  }> = [
    {
      collection: 'initiatives',
      id: 'tiers-lieux/fablab-rennes',
      field: 'network',
      value: 42,
      why: /expected string/,
    },
    {
      collection: 'events',
      id: 'tiers-lieux/rencontre-rennes',
      field: 'start',
      value: 'mardi prochain',
      why: /ISO 8601/,
    },
    {
      collection: 'territories',
      id: 'commune:29019',
      field: 'kind',
      value: 'village',
      why: /unknown value/,
    },
    { collection: 'networks', id: 'tiers-lieux', field: 'color', value: 'green', why: /#rrggbb/ },
    {
      collection: 'themes',
      id: 'sante',
      field: 'transition',
      value: 'numerique',
      why: /unknown value/,
    },
  ];
  for (const { collection, id, field, value, why } of cases) {
    it(`${collection}: "${id}" with a bad ${field}`, () => {
      const input = smallFeed() as RawFeed & Raw;
      const items = input[collection] as Raw[];
      const index = items.findIndex((item) => item.id === id);
      expect(index).to.be.greaterThan(-1);
      items[index]![field] = value;
      const valid = parseFeed(smallFeed()).feed!;
      const result = parseFeed(input);

      const error = expectOneError(result);
      expect(error.code).to.equal('invalid-item');
      expect(error.itemId).to.equal(id);
      expect(error.path).to.equal(`${collection}[${index}].${field}`);
      for (const message of [error.message.fr, error.message.en]) {
        expect(message).to.include(id);
        expect(message).to.include(`${collection}[${index}].${field}`);
      }
      expect(error.message.en).to.match(why);
      const kept = result.feed![collection] as Array<{ id: string }>;
      const expected = (valid[collection] as Array<{ id: string }>).filter(
        (item) => item.id !== id,
      );
      expect(plain(kept)).to.deep.equal(plain(expected));
    });
  }

  it('campaign: an invalid campaign is dropped, the collections are kept', () => {
    const result = parseMutated((f) => (f.campaign.goal = -5));
    const error = expectOneError(result);
    expect(error.path).to.equal('campaign.goal');
    expect(error.itemId).to.equal('1000territoiresIS');
    expect(result.feed!.campaign).to.equal(undefined);
    expect(result.feed!.initiatives).to.have.length(smallFeed().initiatives.length);
  });

  it('a missing required field names the field', () => {
    const result = parseMutated((f) => delete (f.initiatives[0] as Raw).title);
    const error = expectOneError(result);
    expect(error.path).to.equal('initiatives[0].title');
    expect(error.message.en).to.include('required field is missing');
    expect(error.message.fr).to.include('champ obligatoire manquant');
  });

  it('an item that is not an object is dropped with its index', () => {
    const result = parseMutated((f) => ((f.initiatives as unknown[])[1] = 'not an item'));
    const error = expectOneError(result);
    expect(error.path).to.equal('initiatives[1]');
    expect(error.itemId).to.equal(undefined);
    expect(result.feed!.initiatives).to.have.length(smallFeed().initiatives.length - 1);
  });

  it('a collection that is not a list is an error; the rest of the feed is kept', () => {
    const result = parseMutated((f) => ((f as Raw).initiatives = { a: 1 }));
    expect(expectOneError(result).code).to.equal('invalid-collection');
    expect(result.feed!.initiatives).to.deep.equal([]);
    expect(result.feed!.events).to.have.length(smallFeed().events.length);
  });

  it('duplicate ids: the first is kept, the second dropped', () => {
    const result = parseMutated((f) => {
      f.initiatives[1]!.id = f.initiatives[0]!.id;
      (f.territories[1] as Raw).id = (f.territories[0] as Raw).id;
    });
    const errors = errorsOf(result);
    expect(errors.map((e) => [e.code, e.path, e.itemId])).to.deep.equal([
      ['duplicate-id', 'territories[1]', 'region:04'],
      ['duplicate-id', 'initiatives[1]', 'cis/recyclerie-brest'],
    ]);
    expect(
      result.feed!.initiatives.map((i) => i.id).filter((id) => id === 'cis/recyclerie-brest'),
    ).to.have.length(1);
    expect(result.feed!.initiatives[0]!.title).to.deep.equal({
      fr: 'Recyclerie solidaire (exemple)',
    });
  });

  it('a reference to an unknown network, theme or territory is a warning; the item is kept', () => {
    const result = parseMutated((f) => {
      f.initiatives[0]!.network = 'nobody';
      f.initiatives[0]!.themes = ['no-such-theme'];
      f.initiatives[0]!.territories = ['commune:00000'];
    });
    expect(errorsOf(result)).to.deep.equal([]);
    expect(warningsOf(result, 'unknown-reference').map((w) => w.path)).to.deep.equal([
      'initiatives[0].network',
      'initiatives[0].themes',
      'initiatives[0].territories',
    ]);
    expect(result.feed!.initiatives[0]!.network).to.equal('nobody');
  });
});

describe('parseFeed never throws', () => {
  const notFeeds: unknown[] = [
    null,
    undefined,
    '',
    'feed',
    42,
    NaN,
    true,
    [],
    [smallFeed()],
    () => 1,
    Symbol('x'),
  ];
  for (const input of notFeeds) {
    it(`on ${typeof input === 'symbol' ? 'a symbol' : typeof input === 'function' ? 'a function' : (JSON.stringify(input) ?? String(input))}`, () => {
      const result = parseFeed(input);
      expect(result.feed).to.equal(null);
      expect(result.problems).to.have.length(1);
      expect(result.problems[0]!.code).to.equal('not-a-feed');
      expect(result.problems[0]!.message.fr).to.include('flux');
    });
  }

  it('on an object whose getters throw', () => {
    const hostile = { version: 1 } as Raw;
    Object.defineProperty(hostile, 'initiatives', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseFeed(hostile);
    expect(result.feed).to.equal(null);
    expect(result.problems[0]!.code).to.equal('unreadable');
  });

  it('on an HTML error page (parseFeedText)', () => {
    const result = parseFeedText(
      '<!DOCTYPE html>\n<html lang="fr"><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>',
    );
    expect(result.feed).to.equal(null);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]!.code).to.equal('not-json');
    expect(result.problems[0]!.message.en).to.include('HTML page');
    expect(result.problems[0]!.message.fr).to.include('page HTML');
  });

  it('on empty text and on JSON that is not an object', () => {
    expect(parseFeedText('').problems[0]!.code).to.equal('not-json');
    expect(parseFeedText('null').problems[0]!.code).to.equal('not-a-feed');
    expect(parseFeedText('"feed"').problems[0]!.code).to.equal('not-a-feed');
    expect(parseFeedText('[1, 2]').problems[0]!.code).to.equal('not-a-feed');
  });

  it('on a syntax error: reports its line and column', () => {
    const lines = JSON.stringify(smallFeed(), null, 2).split('\n');
    expect(lines[4]).to.equal('    "id": "1000territoiresIS",');
    lines[4] = '    "id" "1000territoiresIS",';
    const result = parseFeedText(lines.join('\n'));
    expect(result.feed).to.equal(null);
    expect(result.problems[0]!.code).to.equal('not-json');
    const column = lines[4].indexOf('"1000') + 1;
    expect(result.problems[0]!.message.en).to.equal(`malformed JSON (5:${column})`);
    expect(result.problems[0]!.message.fr).to.equal(`JSON invalide (5:${column})`);
  });

  it('on truncated JSON, wherever it is cut: reports a line and column', () => {
    const text = JSON.stringify(smallFeed(), null, 2);
    for (const cut of [
      1,
      2,
      15,
      100,
      501,
      2000,
      text.length - 300,
      text.length - 2,
      text.length - 1,
    ]) {
      const truncated = text.slice(0, cut);
      const result = parseFeedText(truncated);
      expect(result.feed, `cut at ${cut}`).to.equal(null);
      const match = /\((\d+):(\d+)\)$/.exec(result.problems[0]!.message.en);
      expect(match, `cut at ${cut}: ${result.problems[0]!.message.en}`).to.not.equal(null);
      const lines = truncated.split('\n');
      // The error is at the end of the text, where it was cut.
      expect(Number(match![1]), `line, cut at ${cut}`).to.equal(lines.length);
      expect(Number(match![2]), `column, cut at ${cut}`).to.be.within(1, lines.at(-1)!.length + 1);
    }
  });

  it('on 10 MB of junk items: keeps the valid ones, caps the problem list', () => {
    const valid = smallFeed().initiatives[0]!;
    const initiatives = Array.from({ length: 20_000 }, (_, i) =>
      i % 1000 === 0
        ? { ...valid, id: `valid-${i}` }
        : { id: `junk-${i}`, title: i, junk: 'x'.repeat(480), territories: 'nope' },
    );
    const text = JSON.stringify({ version: 1, initiatives });
    expect(text.length).to.be.greaterThan(10_000_000);
    const result = parseFeedText(text);
    expect(result.feed!.initiatives).to.have.length(20);
    expect(result.problems).to.have.length(MAX_PROBLEMS + 1);
    const last = result.problems.at(-1)!;
    expect(last.code).to.equal('too-many-problems');
    expect(last.message.en).to.equal(`${20_000 - 20 - MAX_PROBLEMS} more problems not listed`);
  });

  it('on 10 MB of text that is not JSON', () => {
    let junk = '';
    for (let i = 0; junk.length < 10_000_000; i++) junk += `{[${i}"\u00e9\\`.repeat(1000);
    const result = parseFeedText(junk);
    expect(result.feed).to.equal(null);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]!.code).to.equal('not-json');
  });

  it('on 100 000 nested arrays and objects', () => {
    const depth = 100_000;
    const arrays = '['.repeat(depth) + ']'.repeat(depth);
    const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    expect(parseFeedText(arrays).problems[0]!.code).to.equal('not-a-feed');
    expect(parseFeedText(objects).problems[0]!.code).to.equal('unsupported-version');
    const inside = parseFeedText(
      `{"version":1,"campaign":${objects},"initiatives":[${arrays},{"id":"x","title":${objects}}],"themes":${arrays}}`,
    );
    expect(inside.feed).to.not.equal(null);
    expect(errorsOf(inside).map((p) => p.path)).to.deep.equal([
      'campaign.id',
      'themes[0]',
      'initiatives[0]',
      'initiatives[1].title',
    ]);
  });
});

describe('parseFeed: links', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    '\tjavascript:alert(1)',
    '\n\njavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript:https://example.org/',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'blob:https://example.org/1234',
    '//evil.com/x',
    '\\\\evil.com\\x',
    '/relative/path',
    'relative.html',
    '?q=1',
    '#top',
    'https:evil.com',
    'https:/evil.com',
    'http://',
    'https://',
    '',
  ];
  for (const url of unsafe) {
    it(`removes ${JSON.stringify(url)} and keeps the item`, () => {
      const result = parseMutated((f) => (f.initiatives[0]!.url = url));
      expect(errorsOf(result)).to.deep.equal([]);
      const item = result.feed!.initiatives[0]!;
      expect(item.id).to.equal('cis/recyclerie-brest');
      expect(item.url).to.equal(undefined);
      const warnings = warningsOf(result, 'unsafe-url');
      expect(warnings).to.have.length(1);
      expect(warnings[0]!.path).to.equal('initiatives[0].url');
      expect(warnings[0]!.itemId).to.equal('cis/recyclerie-brest');
    });
  }

  it('removes unsafe links in every link field: campaign, network, image, event', () => {
    const bad = 'javascript:alert(document.cookie)';
    const result = parseMutated((f) => {
      f.campaign.url = bad;
      f.campaign.callToAction.url = bad;
      f.networks[0]!.url = bad;
      f.initiatives[2]!.image!.url = bad;
      f.events[0]!.onlineUrl = bad;
      f.events[0]!.registrationUrl = 'data:text/html,x';
      (f.events[0] as Raw).url = '//evil.com';
    });
    expect(errorsOf(result)).to.deep.equal([]);
    expect(warningsOf(result, 'unsafe-url').map((w) => w.path)).to.deep.equal([
      'campaign.url',
      'campaign.callToAction.url',
      'networks[0].url',
      'initiatives[2].image.url',
      'events[0].url',
      'events[0].onlineUrl',
      'events[0].registrationUrl',
    ]);
    const feed = result.feed!;
    expect(feed.campaign!.url).to.equal(undefined);
    expect(localize(feed.campaign!.callToAction!.label, 'fr')).to.equal('Engager mon territoire');
    expect(feed.campaign!.callToAction!.url).to.equal(undefined);
    expect(feed.networks[0]!.url).to.equal(undefined);
    expect(feed.initiatives[2]!.image).to.deep.equal({
      url: undefined,
      alt: { fr: 'Atelier' },
      width: 640,
      height: 360,
    });
    expect(feed.events[0]!.onlineUrl).to.equal(undefined);
    expect(feed.events[0]!.registrationUrl).to.equal(undefined);
    expect(JSON.stringify(feed)).to.not.match(/javascript|data:|evil/i);
  });

  it('keeps http(s) links, normalised', () => {
    const cases: Array<[string, string]> = [
      ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
      ['HTTP://EXAMPLE.ORG/x', 'http://example.org/x'],
      ['  https://example.org/x  ', 'https://example.org/x'],
      ['https://example.org', 'https://example.org/'],
    ];
    for (const [raw, expected] of cases) {
      const result = parseMutated((f) => (f.initiatives[0]!.url = raw));
      expect(result.problems).to.deep.equal([]);
      expect(result.feed!.initiatives[0]!.url).to.equal(expected);
    }
  });

  it('a link that grows past the length cap once normalised is removed, not kept', () => {
    // 1,000 "é" are 1,020 characters raw, 6,020 once percent-encoded by the URL parser.
    const result = parseMutated(
      (f) => (f.initiatives[0]!.url = `https://example.org/${'é'.repeat(1000)}`),
    );
    expect(errorsOf(result)).to.deep.equal([]);
    expect(result.feed!.initiatives[0]!.url).to.equal(undefined);
    expect(warningsOf(result, 'unsafe-url')).to.have.length(1);
    // What is kept passes the schema again.
    expect(errorsOf(parseFeed(plain(result.feed)))).to.deep.equal([]);
  });

  it('a link longer than the cap is an error for the item', () => {
    const result = parseMutated(
      (f) => (f.initiatives[0]!.url = `https://example.org/${'a'.repeat(3000)}`),
    );
    expect(expectOneError(result).path).to.equal('initiatives[0].url');
  });
});

describe('parseFeed: localised text', () => {
  it('falls back from the language asked for to French, then to any language', () => {
    const result = parseMutated((f) => {
      (f.initiatives[0] as Raw).title = { en: 'Only in English', de: 'Nur auf Deutsch' };
      (f.initiatives[1] as Raw).title = { fr: 'En français', en: 'In English' };
      (f.initiatives[3] as Raw).title = { de: 'Nur auf Deutsch' };
    });
    expect(errorsOf(result)).to.deep.equal([]);
    const [first, second, , fourth] = result.feed!.initiatives;
    expect(localize(first!.title, 'fr')).to.equal('Only in English');
    expect(localize(first!.title, 'de')).to.equal('Nur auf Deutsch');
    expect(localize(second!.title, 'en')).to.equal('In English');
    expect(localize(second!.title, 'en-GB')).to.equal('In English');
    expect(localize(second!.title, 'es')).to.equal('En français');
    expect(localize(fourth!.title, 'en')).to.equal('Nur auf Deutsch');
    expect(localize(undefined, 'fr')).to.equal('');
  });

  it('an empty map, an empty or blank text is an error', () => {
    for (const title of [{}, '', '   ', { fr: '' }]) {
      const result = parseMutated((f) => ((f.initiatives[0] as Raw).title = title));
      expect(expectOneError(result).path, JSON.stringify(title)).to.match(
        /^initiatives\[0\]\.title/,
      );
    }
  });

  it('trims text', () => {
    const result = parseMutated((f) => ((f.initiatives[0] as Raw).title = '  Titre  '));
    expect(result.feed!.initiatives[0]!.title).to.deep.equal({ fr: 'Titre' });
  });
});

describe('parseFeed: dates', () => {
  it('a date-time without an offset is an error', () => {
    for (const start of [
      '2026-12-03T18:00:00',
      '2026-12-03',
      '03/12/2026 18:00',
      '2026-12-03T18:00:00+0100x',
    ]) {
      const result = parseMutated((f) => (f.events[1]!.start = start));
      const error = expectOneError(result);
      expect(error.path, start).to.equal('events[1].start');
      expect(error.message.en).to.include('with offset');
      expect(error.message.fr).to.include('avec décalage');
    }
  });

  it('accepts Z and any offset', () => {
    const result = parseMutated((f) => {
      f.events[1]!.start = '2026-12-03T17:00:00Z';
      f.events[1]!.end = '2026-12-03T21:00:00+02:00';
    });
    expect(result.problems).to.deep.equal([]);
  });

  it('a territory joined at a date without offset is dropped', () => {
    const result = parseMutated((f) => {
      const brest = (f.territories as unknown as Raw[]).find((t) => t.id === 'commune:29019')!;
      brest.joinedAt = '2026-03-02';
    });
    expect(expectOneError(result).itemId).to.equal('commune:29019');
  });

  it('an event that ends before it starts is invalid', () => {
    const result = parseMutated((f) => (f.events[1]!.end = '2026-12-03T17:59:00+01:00'));
    const error = expectOneError(result);
    expect(error.path).to.equal('events[1].end');
    expect(error.itemId).to.equal('tiers-lieux/rencontre-rennes');
    expect(error.message.en).to.include('the event ends before it starts');
    expect(error.message.fr).to.include("l'événement se termine avant de commencer");
    expect(idsOf(result.feed!.events)).to.not.include('tiers-lieux/rencontre-rennes');
  });

  it('compares instants, not text: same instant in two offsets is fine', () => {
    const result = parseMutated((f) => {
      f.events[1]!.start = '2026-12-03T18:00:00+01:00';
      f.events[1]!.end = '2026-12-03T17:00:00Z';
    });
    expect(result.problems).to.deep.equal([]);
  });

  it('a part that ends before it starts drops the event', () => {
    const result = parseMutated((f) => (f.events[0]!.parts![1]!.end = '2026-12-08T10:39:00+01:00'));
    const error = expectOneError(result);
    expect(error.path).to.match(/^events\[0\]\.parts\[1\]/);
    expect(error.message.en).to.include('a part ends before it starts');
    expect(error.message.fr).to.include('une partie se termine avant de commencer');
  });

  it('an unknown time zone is an error', () => {
    const result = parseMutated((f) => (f.events[0]!.timeZone = 'Mars/Olympus_Mons'));
    expect(expectOneError(result).path).to.equal('events[0].timeZone');
  });
});

describe('parseFeed: length caps', () => {
  it('a 10 kB title is an error', () => {
    const result = parseMutated((f) => (f.initiatives[0]!.title = 'A'.repeat(10_000)));
    const error = expectOneError(result);
    expect(error.path).to.match(/^initiatives\[0\]\.title/);
    expect(result.feed!.initiatives).to.have.length(smallFeed().initiatives.length - 1);
  });

  it('a 10 kB translated title is an error too', () => {
    const result = parseMutated(
      (f) => ((f.initiatives[0] as Raw).title = { fr: 'Titre', en: 'A'.repeat(10_000) }),
    );
    expect(expectOneError(result).path).to.match(/^initiatives\[0\]\.title/);
  });

  it('names the cap in the reason', () => {
    const result = parseMutated((f) => (f.initiatives[0]!.carrier = 'A'.repeat(201)));
    const error = expectOneError(result);
    expect(error.path).to.equal('initiatives[0].carrier');
    expect(error.message.en).to.include('text too long (over 200 characters)');
    expect(error.message.fr).to.include('texte trop long (plus de 200 caractères)');
  });

  it('a description may be long, up to its own cap', () => {
    expect(
      parseMutated((f) => (f.events[0]!.description = 'A'.repeat(10_000))).problems,
    ).to.deep.equal([]);
    expect(
      expectOneError(parseMutated((f) => (f.events[0]!.description = 'A'.repeat(10_001)))).path,
    ).to.match(/^events\[0\]\.description/);
  });

  it('a list of 10 000 territories on one item is an error', () => {
    const result = parseMutated(
      (f) => (f.initiatives[0]!.territories = Array(10_000).fill('commune:29019')),
    );
    const error = expectOneError(result);
    expect(error.path).to.equal('initiatives[0].territories');
    expect(error.message.en).to.include('list too long');
  });
});

describe('parseFeed: versions and unknown fields', () => {
  it('ignores unknown fields at every level, and does not keep them', () => {
    const result = parseMutated((f) => {
      (f as Raw).futureCollection = [{ id: 'x' }];
      (f.campaign as Raw).sponsor = 'someone';
      (f.initiatives[0] as Raw).rating = 5;
      (f.initiatives[2]!.image as Raw).blurhash = 'LKO2?U%2Tw=w]~RBVZRi};RPxuwH';
      (f.events[0]!.parts![0] as Raw).speaker = 'Someone';
    });
    expect(result.problems).to.deep.equal([]);
    const feed = result.feed as Feed & Raw;
    expect(feed).to.not.have.property('futureCollection');
    expect(feed.campaign).to.not.have.property('sponsor');
    expect(feed.initiatives[0]).to.not.have.property('rating');
    expect(feed.initiatives[2]!.image).to.not.have.property('blurhash');
    expect(feed.events[0]!.parts![0]).to.not.have.property('speaker');
  });

  for (const version of [2, '2', '2.0', 'v1', 1.5, 0]) {
    it(`version ${JSON.stringify(version)} is a clear error`, () => {
      const result = parseMutated((f) => (f.version = version as 1));
      expect(result.feed).to.equal(null);
      const error = expectOneError(result);
      expect(error.code).to.equal('unsupported-version');
      expect(error.message.en).to.equal(
        `unsupported format version "${version}": this library reads version 1`,
      );
      expect(error.message.fr).to.include(`« ${version} »`);
    });
  }

  it('a missing version is a clear error', () => {
    const result = parseMutated((f) => delete (f as Raw).version);
    expect(result.feed).to.equal(null);
    const error = expectOneError(result);
    expect(error.code).to.equal('unsupported-version');
    expect(error.message.en).to.equal(
      'missing or invalid "version": this document is not a v1 feed',
    );
  });
});

describe('parseFeed: what is kept passes the schema again', () => {
  it('every kept item of the fixture validates on its own', () => {
    const feed = parseFeed(smallFeed()).feed!;
    for (const name of Object.keys(collectionSchemas) as CollectionName[]) {
      for (const item of feed[name] ?? []) {
        const again = collectionSchemas[name].safeParse(plain(item));
        expect(again.success, `${name}: ${JSON.stringify(item)}`).to.equal(true);
        expect(plain(again.data)).to.deep.equal(plain(item));
      }
    }
  });
});

describe('parseFeed: warning paths after a dropped item', () => {
  it('names the place of the item in the input, not among the kept items', () => {
    const input = smallFeed();
    input.initiatives[0] = { id: 'broken' } as never;
    input.initiatives[1]!.network = 'no-such-network';
    const { problems } = parseFeed(input);
    const warning = problems.find((p) => p.code === 'unknown-reference');
    expect(warning?.path).to.equal('initiatives[1].network');
    expect(warning?.itemId).to.equal(input.initiatives[1]!.id);
  });
});
