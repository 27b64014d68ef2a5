/**
 * The generator's texts and settings, kept as JSON in `data/` so they can be read and edited
 * without reading code. Every initiative, event and network but the Carrefour des innovations
 * sociales is fictional: their texts say "(exemple)" / "(example)" where a reader sees them.
 */
import { readFileSync } from 'node:fs';

const read = (name) => JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url)));

/** The campaign, in the words of its own text. */
export const campaign = read('campaign');
/** The ten networks: `themes` is a list of theme ids or `"all"`. */
export const networks = read('networks');
/** Per theme, the kinds of projects: `{ subject, summary }`, each `{ fr, en }`. */
export const subjects = read('subjects');
/** Forced places, how projects work, what they achieved, who carries them. */
export const initiativeTexts = read('initiatives');
/** Event formats, months, holidays, venues and streets of the generated events. */
export const eventTexts = read('events');
/** Events written by hand: the campaign's own and a few that test edge cases (zones, parts). */
export const fixedEvents = read('fixed-events');
