/** The library version, written into every registered class for conflict warnings. */
export const VERSION = '0.1.0';

/**
 * Tags already warned about per registry, shared by every copy of the library on the page (the
 * ES and the classic bundle, or one loaded twice): one warning per tag, not one per copy.
 */
const WARNED = Symbol.for('tis-widgets.define-warned');

function warnOnce(registry: CustomElementRegistry, tag: string, message: string): void {
  const page = globalThis as typeof globalThis & {
    [WARNED]?: WeakMap<CustomElementRegistry, Set<string>>;
  };
  const byRegistry = (page[WARNED] ??= new WeakMap());
  let warned = byRegistry.get(registry);
  if (!warned) byRegistry.set(registry, (warned = new Set()));
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(message);
}

/**
 * Registers a custom element without ever throwing.
 *
 * - A tag already defined with this class: nothing to do (the library was loaded twice).
 * - A tag already defined by something else: the first definition wins, one warning is logged,
 *   and the other tags still register.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== constructor) {
      const other = (existing as { version?: string }).version;
      if (other !== VERSION) {
        warnOnce(
          registry,
          tag,
          `[1000territoires] <${tag}> is already defined${other ? ` by version ${other}` : ' by another script'}; keeping that definition.`,
        );
      }
    }
    return;
  }
  try {
    registry.define(tag, constructor);
  } catch (error) {
    // For example, the same class already registered under another tag name.
    console.warn(`[1000territoires] could not define <${tag}>:`, error);
  }
}
