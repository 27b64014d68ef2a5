/**
 * Written above the `@property({ type: Boolean, … })` of every boolean property: the empty string
 * set as the property counts as true, as the empty attribute does.
 *
 * Why: frameworks set a value as a property when the element has a property of that name, so a
 * boolean option written as in HTML (`dismissible=""` in React 19, the docs' form for booleans)
 * reaches the property as `""`, which Lit keeps and which reads as false. Any other value is kept
 * as Lit keeps it (`true`, `false`; `null`, `undefined` read as false).
 */
export function flag(proto: object, name: PropertyKey): void {
  // The accessor that `@property` (applied first, being written below) put on the prototype.
  const lit = Object.getOwnPropertyDescriptor(proto, name)!;
  const set = lit.set!;
  Object.defineProperty(proto, name, {
    ...lit,
    set(this: object, value: unknown) {
      set.call(this, value === '' || value);
    },
  });
}
