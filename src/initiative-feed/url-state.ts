/**
 * Deep links: the visitor's filters in the page's URL hash, so "initiatives about circular
 * economy in Finistère" can be shared. Keys are prefixed `tis-` and other hash parameters are
 * kept; a plain anchor (`#section`) is left alone until there is something to write.
 */
export interface UrlFilters {
  territory?: string;
  theme?: string;
  network?: string;
  query?: string;
}

const KEYS: Record<keyof UrlFilters, string> = {
  territory: 'tis-territory',
  theme: 'tis-theme',
  network: 'tis-network',
  query: 'tis-q',
};

const MAX_LENGTH = 200;

function hashParams(hash: string): URLSearchParams {
  const raw = hash.replace(/^#/, '');
  return new URLSearchParams(raw.includes('=') ? raw : '');
}

/** Reads the filters from a hash (`location.hash`). Values are length-capped plain strings. */
export function readUrlFilters(hash: string): UrlFilters {
  const params = hashParams(hash);
  const out: UrlFilters = {};
  for (const [key, name] of Object.entries(KEYS) as Array<[keyof UrlFilters, string]>) {
    const value = params.get(name)?.trim().slice(0, MAX_LENGTH);
    if (value) out[key] = value;
  }
  return out;
}

/** The hash that carries `filters`, keeping any other parameter of `hash`. */
export function writeUrlFilters(hash: string, filters: UrlFilters): string {
  const params = hashParams(hash);
  for (const [key, name] of Object.entries(KEYS) as Array<[keyof UrlFilters, string]>) {
    const value = filters[key];
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
