/** The library version, written into every registered class for conflict warnings. */
export const VERSION = '0.1.0';

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
        console.warn(
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
