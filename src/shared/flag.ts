import { LitElement, type PropertyDeclaration } from 'lit';

/**
 * The accessor of a boolean property (`type: Boolean`), with the empty string set as the property
 * counting as true, as the empty attribute does (`FlaggedElement` passes Lit's accessors through
 * it).
 *
 * Why: frameworks set a value as a property when the element has a property of that name, so a
 * boolean option written as in HTML (`dismissible=""` in React 19, the docs' form for booleans)
 * reaches the property as `""`, which Lit keeps and which reads as false. Any other value is kept
 * as Lit keeps it (`true`, `false`; `null`, `undefined` read as false).
 */
export function flagged(
  descriptor: PropertyDescriptor | undefined,
  options: PropertyDeclaration,
): PropertyDescriptor | undefined {
  const set = descriptor?.set;
  if (!set || options.type !== Boolean) return descriptor;
  return {
    ...descriptor,
    set(this: object, value: unknown) {
      set.call(this, value === '' || value);
    },
  };
}

/**
 * The base of the widgets whose boolean options must read `""` as true: Lit's accessor of every
 * `type: Boolean` property goes through `flagged`.
 *
 * @internal Not a widget: no tag of its own.
 */
export class FlaggedElement extends LitElement {
  /** @internal */
  protected static override getPropertyDescriptor(
    name: PropertyKey,
    key: string | symbol,
    options: PropertyDeclaration,
  ): PropertyDescriptor | undefined {
    return flagged(super.getPropertyDescriptor(name, key, options), options);
  }
}
