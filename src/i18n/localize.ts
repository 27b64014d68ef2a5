/** A map of language code to text; `fr` is the reference language (the feed's localised texts). */
export type LocalizedText = Readonly<Record<string, string>>;

/** Supported interface languages; French is the reference. */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/**
 * Picks the text for a language: the language asked for, else French, else any language present.
 */
export function localize(text: LocalizedText | undefined, lang: string): string {
  return localized(text, lang).text;
}

/**
 * `localize()` that also says which language it picked (the key of the text it fell back to),
 * so the text can carry its own `lang` inside an interface in another language (WCAG 3.1.2).
 */
export function localized(
  text: LocalizedText | undefined,
  lang: string,
): { text: string; lang: string } {
  if (!text) return { text: '', lang };
  const base = lang.split('-')[0]!;
  for (const key of [lang, base, 'fr']) {
    const value = text[key];
    if (value !== undefined) return { text: value, lang: key };
  }
  const [key, value] = Object.entries(text)[0] ?? [lang, ''];
  return { text: value, lang: key };
}

/**
 * The `lang` a feed text needs inside an interface in `uiLang`: the language it fell back to,
 * or `undefined` when it is already in the interface's language (nothing to mark).
 */
export function langOf(text: LocalizedText | undefined, uiLang: string): string | undefined {
  if (!text) return undefined;
  const picked = localized(text, uiLang).lang;
  return picked.split('-')[0] === uiLang.split('-')[0] ? undefined : picked;
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
