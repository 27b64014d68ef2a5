/**
 * Markup-only placement: mounts widgets described with plain, CMS-safe HTML.
 *
 * A CMS that filters scripts and unknown tags (WordPress for Authors and Contributors, Drupal text
 * formats, SPIP) still keeps `<div>` and `data-*` attributes. With the bundle loaded once by the
 * site's administrator, an editor writes:
 *
 * ```html
 * <div data-tis-widget="banner" data-network="cis">
 *   <a href="https://1000territoires.fr">#1000territoiresIS</a>
 * </div>
 * ```
 *
 * and the placement creates `<tis-banner network="cis">` inside that `<div>` (the placeholder stays
 * as the container, so the CMS's markup is left as it was written), moving the placeholder's
 * children into the widget as its light-DOM fallback. Only the attribute names of a per-widget
 * allowlist are copied, as plain attribute strings: a hostile value stays inert text.
 */

import { FEED_META } from '../data/page-feed.js';
import { toSafeUrl } from '../data/url.js';

/** Attribute kinds: `text` is copied as is; `boolean` is present unless the value says no. */
type AttributeKind = 'text' | 'boolean';

const common: Record<string, AttributeKind> = {
  src: 'text',
  loading: 'text',
  lang: 'text',
  'color-scheme': 'text',
};

/**
 * Placeholder attributes of an earlier version, written as what replaced them: the counter's
 * `data-animate="false"` is `no-animation` (pages saved by a CMS keep the old form for years).
 */
const LEGACY: Record<string, (value: string) => string | undefined> = {
  'territory-counter animate': (value) =>
    value.toLowerCase() === 'false' ? 'no-animation' : undefined,
};

/** The widgets a placeholder may name (`data-tis-widget`), their tag and their attributes. */
export const PLACEMENT_WIDGETS: Readonly<
  Record<
    string,
    { readonly tag: string; readonly attributes: Readonly<Record<string, AttributeKind>> }
  >
> = {
  banner: {
    tag: 'tis-banner',
    attributes: {
      ...common,
      variant: 'text',
      network: 'text',
      dismissible: 'boolean',
      'dismiss-days': 'text',
      'show-event': 'boolean',
      'show-count': 'boolean',
      theme: 'text',
    },
  },
  'initiative-feed': {
    tag: 'tis-initiative-feed',
    attributes: {
      ...common,
      layout: 'text',
      territory: 'text',
      theme: 'text',
      network: 'text',
      query: 'text',
      controls: 'text',
      sort: 'text',
      'page-size': 'text',
      'heading-level': 'text',
      'sync-url': 'boolean',
    },
  },
  'event-calendar': {
    tag: 'tis-event-calendar',
    attributes: {
      ...common,
      view: 'text',
      event: 'text',
      from: 'text',
      territory: 'text',
      theme: 'text',
      network: 'text',
      attendance: 'text',
      'include-invited': 'boolean',
      'hide-filters': 'boolean',
      'subscribe-url': 'text',
    },
  },
  'territory-counter': {
    tag: 'tis-territory-counter',
    attributes: {
      ...common,
      metric: 'text',
      territory: 'text',
      network: 'text',
      goal: 'text',
      breakdown: 'text',
      'no-animation': 'boolean',
      // Deprecated: `data-animate="false"` becomes `no-animation` (see LEGACY below).
      animate: 'text',
      'hide-goal': 'boolean',
      'hide-progress': 'boolean',
      'hide-milestones': 'boolean',
      'hide-freshness': 'boolean',
      'hide-caption': 'boolean',
      theme: 'text',
    },
  },
  feed: {
    tag: 'tis-feed',
    attributes: { src: 'text', territory: 'text', theme: 'text', network: 'text', lang: 'text' },
  },
};

/**
 * Page-wide defaults a site can declare once (the WordPress plugin prints them), for placements
 * that do not say otherwise: `<meta name="tis-widgets-feed" content="https://…/feed.json">` (the
 * feed of every widget) and `<meta name="tis-widgets-network" content="cis">` (the banner's
 * network). Read when a placeholder is mounted; the first such tag in the document wins.
 */
export { FEED_META };
export const NETWORK_META = 'tis-widgets-network';

/** The attribute naming the widget. */
export const PLACEMENT_ATTRIBUTE = 'data-tis-widget';
/** Set on a placeholder once processed (mounted, or skipped for an unknown name). */
export const MOUNTED_ATTRIBUTE = 'data-tis-mounted';

const SELECTOR = `[${PLACEMENT_ATTRIBUTE}]:not([${MOUNTED_ATTRIBUTE}])`;
const FALSE_VALUES = new Set(['false', '0', 'no', 'non', 'off']);
const GUARD = Symbol.for('1000territoires.placement');

/** Whitespace, including the no-break spaces CMS editors insert (`&nbsp;`). */
const isBlankText = (node: Node) =>
  node.nodeType === Node.TEXT_NODE && !/[^\s\u00a0\u200b\ufeff]/.test(node.textContent ?? '');
const isComment = (node: Node) => node.nodeType === Node.COMMENT_NODE;

/** A `<br>`, or a `<p>` holding only blanks and `<br>`s (an empty paragraph added by autop). */
function isNoise(node: Node): boolean {
  if (isBlankText(node) || isComment(node)) return true;
  if (!(node instanceof Element)) return false;
  const name = node.localName;
  if (name === 'br') return true;
  if (name === 'p' && !node.attributes.length) return [...node.childNodes].every(isNoise);
  return false;
}

const warned = new Set<string>();
function warnOnce(name: string): void {
  if (warned.has(name)) return;
  warned.add(name);
  console.warn(
    `[1000territoires] unknown widget data-tis-widget="${name}" ignored; expected one of: ${Object.keys(PLACEMENT_WIDGETS).join(', ')}.`,
  );
}

/**
 * Mounts one placeholder: creates the widget inside it with its allowed attributes and moves the
 * placeholder's meaningful children into the widget as fallback content. Returns the widget, or
 * `undefined` when the placeholder was already processed or names no known widget.
 */
export function mountPlaceholder(placeholder: Element): HTMLElement | undefined {
  if (placeholder.hasAttribute(MOUNTED_ATTRIBUTE)) return undefined;
  const name = (placeholder.getAttribute(PLACEMENT_ATTRIBUTE) ?? '').trim().toLowerCase();
  placeholder.setAttribute(MOUNTED_ATTRIBUTE, '');
  const spec = Object.hasOwn(PLACEMENT_WIDGETS, name) ? PLACEMENT_WIDGETS[name] : undefined;
  if (!spec) {
    warnOnce(name);
    return undefined;
  }
  const doc = placeholder.ownerDocument;
  const widget = doc.createElement(spec.tag);
  for (const attribute of [...placeholder.attributes]) {
    if (!attribute.name.startsWith('data-')) continue;
    const target = attribute.name.slice(5);
    const kind = Object.hasOwn(spec.attributes, target) ? spec.attributes[target] : undefined;
    if (!kind) continue;
    const value = attribute.value.replace(/[\u00a0\s]+/g, ' ').trim();
    const legacy = LEGACY[`${name} ${target}`];
    if (legacy) {
      const renamed = legacy(value);
      if (renamed) widget.setAttribute(renamed, '');
    } else if (kind === 'boolean') {
      if (!FALSE_VALUES.has(value.toLowerCase())) widget.setAttribute(target, '');
    } else if (value !== '') {
      widget.setAttribute(target, value);
    }
  }
  applyPageDefaults(placeholder, name, widget);
  // Keep the partner's fallback (a plain link), minus the autop noise around it: blank text,
  // `&nbsp;`, `<br>` and empty paragraphs at either end. Everything else moves as is.
  const children = [...placeholder.childNodes];
  let start = 0;
  let end = children.length;
  while (start < end && isNoise(children[start]!)) start++;
  while (end > start && isNoise(children[end - 1]!)) end--;
  widget.append(...children.slice(start, end));
  placeholder.replaceChildren(widget);
  return widget;
}

const metaContent = (doc: Document, name: string) =>
  doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() || undefined;

/** Fills `src` (and the banner's `network`) from the page's `<meta>` defaults, when not set. */
function applyPageDefaults(placeholder: Element, name: string, widget: HTMLElement): void {
  const doc = placeholder.ownerDocument;
  // Inside a provider the provider's feed wins: leave `src` alone.
  const inProvider = placeholder.parentElement?.closest(
    `tis-feed, [${PLACEMENT_ATTRIBUTE}="feed"]`,
  );
  if (!widget.hasAttribute('src') && !inProvider) {
    const src = toSafeUrl(metaContent(doc, FEED_META));
    if (src) widget.setAttribute('src', src);
  }
  if (name === 'banner' && !widget.hasAttribute('network')) {
    const network = metaContent(doc, NETWORK_META);
    if (network) widget.setAttribute('network', network);
  }
}

/** Mounts every unprocessed placeholder in `root` (document order: outer `feed` before inner). */
export function mountPlacements(root: ParentNode = document): HTMLElement[] {
  const mounted: HTMLElement[] = [];
  const candidates: Element[] = [];
  if (root instanceof Element && root.matches(SELECTOR)) candidates.push(root);
  candidates.push(...root.querySelectorAll(SELECTOR));
  for (const placeholder of candidates) {
    const widget = mountPlaceholder(placeholder);
    if (widget) mounted.push(widget);
  }
  return mounted;
}

/** The running placement of a document. */
export interface Placement {
  /** Stops watching for new placeholders (mounted widgets stay). */
  stop(): void;
}

type GuardHolder = { [GUARD]?: WeakMap<Document, Placement> };

/**
 * Mounts the placeholders of `doc` now (or when it finishes parsing) and those added later.
 * Started once per document, even when the bundle is loaded twice: later calls return the
 * running placement.
 */
export function startPlacement(doc: Document = document): Placement {
  const holder = globalThis as GuardHolder;
  const running = (holder[GUARD] ??= new WeakMap());
  const existing = running.get(doc);
  if (existing) return existing;

  let observer: MutationObserver | undefined;
  let stopped = false;
  const begin = () => {
    if (stopped) return;
    mountPlacements(doc);
    observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') {
          if (record.target instanceof Element) mountPlacements(record.target);
          continue;
        }
        for (const node of record.addedNodes) {
          if (node instanceof Element && node.isConnected) mountPlacements(node);
        }
      }
    });
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [PLACEMENT_ATTRIBUTE],
    });
  };
  const placement: Placement = {
    stop() {
      stopped = true;
      observer?.disconnect();
      doc.removeEventListener('DOMContentLoaded', begin);
      if (running.get(doc) === placement) running.delete(doc);
    },
  };
  running.set(doc, placement);
  // A placeholder seen while the parser is still inside it would lose the children parsed later:
  // wait for the whole document before the first pass.
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();
  return placement;
}
