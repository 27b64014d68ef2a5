/**
 * What the iframe mode (`embed.html?widget=…`) accepts, widget by widget: the only attributes
 * a URL may set, each with the shape of its value. Anything else in the URL is ignored; every
 * accepted value is set as an attribute (never parsed as HTML). The snippet generator builds
 * its iframe URLs from the same table.
 */
import { toSafeUrl } from '../src/data/url.js';

export type EmbedWidget = 'banner' | 'initiative-feed' | 'event-calendar' | 'territory-counter';

type Rule =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'bool' }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'id' }
  | { kind: 'text' }
  | { kind: 'url' };

const id: Rule = { kind: 'id' };
const bool: Rule = { kind: 'bool' };
const text: Rule = { kind: 'text' };
const url: Rule = { kind: 'url' };
const oneOf = (...values: string[]): Rule => ({ kind: 'enum', values });
const int = (min: number, max: number): Rule => ({ kind: 'int', min, max });

/** Attributes every widget takes. */
const common: Record<string, Rule> = {
  src: url,
  lang: oneOf('fr', 'en'),
  'color-scheme': oneOf('light', 'dark', 'auto'),
};

export const EMBED_RULES: Record<EmbedWidget, Record<string, Rule>> = {
  // No `variant`: a fixed bar or corner ribbon makes no sense inside a frame.
  banner: {
    ...common,
    network: id,
    'show-event': bool,
    'show-count': bool,
    dismissible: bool,
    'dismiss-days': int(0, 365),
  },
  // No `sync-url`: the frame's own address is not the visitor's.
  'initiative-feed': {
    ...common,
    layout: oneOf('cards', 'list', 'compact', 'map'),
    'map-level': oneOf('departement', 'region'),
    territory: id,
    theme: id,
    network: id,
    query: text,
    controls: text,
    sort: oneOf('recent', 'alpha'),
    'page-size': int(1, 100),
    'heading-level': int(2, 6),
  },
  'event-calendar': {
    ...common,
    view: oneOf('month', 'week', 'list'),
    event: id,
    from: text,
    territory: id,
    theme: id,
    network: id,
    attendance: oneOf('in-person', 'online'),
    'include-invited': bool,
    'hide-filters': bool,
    'subscribe-url': url,
  },
  'territory-counter': {
    ...common,
    metric: oneOf('territories', 'initiatives', 'networks', 'events'),
    territory: id,
    network: id,
    goal: int(1, 1_000_000),
    breakdown: oneOf('none', 'region', 'departement', 'kind'),
    view: oneOf('number', 'map'),
    'no-animation': bool,
    // Deprecated (old embed URLs): animate=false is no-animation.
    animate: oneOf('true', 'false'),
    'hide-goal': bool,
    'hide-progress': bool,
    'hide-milestones': bool,
    'hide-freshness': bool,
    'hide-caption': bool,
  },
};

export const EMBED_WIDGETS = Object.keys(EMBED_RULES) as EmbedWidget[];

export function isEmbedWidget(value: unknown): value is EmbedWidget {
  return typeof value === 'string' && Object.hasOwn(EMBED_RULES, value);
}

/** Feed ids: a slug, or `kind:code` for territories (`departement:2A`, `commune:29019`). */
const ID_PATTERN = /^[a-z][a-z0-9-]*(:[A-Za-z0-9_-]+)?$/;
const MAX_TEXT = 200;

/**
 * The value to give attribute `name`, or `undefined` to leave it out. Booleans come back as
 * `''` (present); `false`, `0`, `no` and `off` leave them out. Relative URLs resolve against
 * `base` (the embed page), then must be absolute http(s).
 */
export function cleanValue(rule: Rule, raw: string, base: string): string | undefined {
  const value = raw.trim();
  switch (rule.kind) {
    case 'enum':
      return rule.values.includes(value) ? value : undefined;
    case 'bool':
      return ['false', '0', 'no', 'off'].includes(value.toLowerCase()) ? undefined : '';
    case 'int': {
      if (!/^\d{1,9}$/.test(value)) return undefined;
      const number = Number(value);
      return number >= rule.min && number <= rule.max ? String(number) : undefined;
    }
    case 'id':
      return value.length <= 100 && ID_PATTERN.test(value) ? value : undefined;
    case 'text':
      return value && value.length <= MAX_TEXT ? value : undefined;
    case 'url': {
      if (!value) return undefined;
      try {
        return toSafeUrl(new URL(value, base).href);
      } catch {
        return undefined;
      }
    }
  }
}

/** The accepted attributes of `widget` found in `params`, in table order. */
export function embedAttributes(
  widget: EmbedWidget,
  params: URLSearchParams,
  base: string,
): Array<[string, string]> {
  const attributes: Array<[string, string]> = [];
  for (const [name, rule] of Object.entries(EMBED_RULES[widget])) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = cleanValue(rule, raw, base);
    if (value !== undefined) attributes.push([name, value]);
  }
  return attributes;
}

/** Frame ids echoed in the height messages: short, plain tokens only. */
export function cleanFrameId(raw: string | null): string | undefined {
  return raw && /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? raw : undefined;
}
