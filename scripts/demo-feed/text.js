/** Text helpers of the demo-feed generator: ids, French prepositions, numbers. */

export function slugify(text, max = 48) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

export const lowerFirst = (text) => text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);

/** "à Brest", "au Havre", "aux Mureaux". */
export function atFr(name) {
  if (name.startsWith('Le ')) return `au ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

export const numberFr = (n) => n.toLocaleString('fr-FR').replace(/\u202f/g, '\u00a0');
export const numberEn = (n) => n.toLocaleString('en-GB');

/**
 * `text` with each `{name}` replaced by `values[name]`, and each `{name:number}` by
 * `number(values[name])`: "{n:number} bénévoles" → "1 200 bénévoles".
 */
export function fill(text, values, number = String) {
  return text.replace(/\{(\w+)(:number)?\}/g, (_, name, isNumber) => {
    if (!(name in values)) throw new Error(`no value for {${name}} in "${text}"`);
    return isNumber ? number(values[name]) : String(values[name]);
  });
}
