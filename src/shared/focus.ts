/**
 * Focus helpers that see the page as the keyboard does: the flat tree, shadow roots and slotted
 * content included. `document.querySelectorAll` stops at shadow boundaries, so it skipped the
 * links and buttons inside other widgets.
 */

const TABBABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), iframe, summary, [tabindex], [contenteditable=""], [contenteditable="true"]';

/** The children of a node in rendered order: its shadow tree, or a slot's assigned nodes. */
function flatChildren(node: Element | ShadowRoot | Document): Iterable<Element> {
  if (node instanceof Element && node.shadowRoot) return node.shadowRoot.children;
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedElements({ flatten: true });
    return assigned.length > 0 ? assigned : node.children;
  }
  return node.children;
}

/** Elements of a subtree in the order they are rendered and tabbed through. */
function* flatTree(node: Element | ShadowRoot | Document): Generator<Element> {
  for (const child of flatChildren(node)) {
    yield child;
    yield* flatTree(child);
  }
}

/** Whether Tab can reach this element (focusable, rendered, not taken out of the order). */
export function isTabbable(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) && !(element instanceof SVGElement)) return false;
  if (!element.matches(TABBABLE)) return false;
  if ((element as HTMLElement).tabIndex < 0) return false;
  if (element.closest('[inert]')) return false;
  if (element.localName === 'summary' && element.parentElement?.localName !== 'details')
    return false;
  const visible =
    typeof element.checkVisibility === 'function'
      ? element.checkVisibility({ checkVisibilityCSS: true } as CheckVisibilityOptions)
      : element.getClientRects().length > 0;
  return visible && element.getClientRects().length > 0;
}

/**
 * The first element Tab would reach after `host` and everything inside it, in the rendered order
 * of the whole page (other widgets' shadow trees included), or `undefined` at the end.
 */
export function nextTabbableAfter(host: Element): HTMLElement | undefined {
  let passed = false;
  const skip = new Set<Element>();
  for (const element of flatTree(host.ownerDocument)) {
    if (element === host) {
      passed = true;
      for (const inner of flatTree(host)) skip.add(inner);
      continue;
    }
    if (!passed || skip.has(element)) continue;
    if (isTabbable(element)) return element;
  }
  return undefined;
}
