/**
 * Loads the map's chunk once per page, on first use: a page that draws no map never downloads
 * it. Resolves when `<tis-france-map>` is defined; a failure (network, CSP) rejects, and the
 * widget keeps its text alternative.
 */
let loading: Promise<unknown> | undefined;

export function loadMap(): Promise<unknown> {
  loading ??= import('../map/define.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
