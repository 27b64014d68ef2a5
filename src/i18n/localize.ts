import type { LocalizedText } from '../data/schema.js';

/** Supported interface languages; French is the reference. */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/**
 * Picks the text for a language: the language asked for, else French, else any language present.
 */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] ?? text[lang.split('-')[0]!] ?? text.fr ?? Object.values(text)[0] ?? '';
}

/** Maps any BCP 47 tag to a supported language: `en-GB` → `en`, `fr-CA` or unknown → `fr`. */
export function toLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/**
 * The language of an element: its own `lang`, else the closest `[lang]` ancestor (crossing
 * shadow roots), else the document's, else French.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return toLang(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(element.ownerDocument?.documentElement.lang);
}

/** Intl locale for a language. */
export const localeOf = (lang: Lang): string => (lang === 'en' ? 'en-GB' : 'fr-FR');
