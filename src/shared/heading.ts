import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** What a widget's heading carries besides its level and content. */
export interface HeadingAttributes {
  class: string;
  id?: string;
  part?: string;
}

/**
 * A native heading of the given level (`h2`…`h6`, clamped), for widgets whose `heading-level`
 * fits them into the host page's outline. One template per level, not a tag name built at run
 * time: no `lit/static-html.js`, and every template stays plain HTML for the build's minifier.
 */
export function heading(level: number, attrs: HeadingAttributes, content: unknown): TemplateResult {
  const id = ifDefined(attrs.id);
  const part = ifDefined(attrs.part);
  switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
    case 2:
      return html`<h2 class=${attrs.class} id=${id} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${attrs.class} id=${id} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${attrs.class} id=${id} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${attrs.class} id=${id} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${attrs.class} id=${id} part=${part}>${content}</h6>`;
  }
}
