import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties (and other style properties) through the CSSOM only.
 *
 * Lit's `styleMap` writes its first render as a `style="…"` attribute, which a strict
 * Content-Security-Policy without `'unsafe-inline'` blocks (`style-src-attr`), so the values
 * are lost and a violation is reported. `element.style.setProperty` is always allowed.
 *
 * ```ts
 * html`<span style=${cssProps({ '--_ratio': '0.4' })}></span>`
 * ```
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('cssProps() must be used in the style attribute');
    }
  }

  render(_props: Readonly<Record<string, string | undefined>>) {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string | undefined>>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (props[name] === undefined) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
