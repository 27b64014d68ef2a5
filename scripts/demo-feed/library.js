/**
 * What the generator takes from the library itself, so there is one source of truth: the
 * campaign's themes, and the parser that checks the output.
 */
import { importTs } from '../import-ts.js';

export const { CAMPAIGN_THEMES, parseFeed } = await importTs(
  "export { CAMPAIGN_THEMES } from './src/data/themes.ts';\nexport { parseFeed } from './src/data/parse.ts';",
);

export const ALL_THEMES = CAMPAIGN_THEMES.map((t) => t.id);
const TRANSITIONS = ['ecologique', 'economique', 'modes-de-vie'];
for (const transition of TRANSITIONS)
  if (!CAMPAIGN_THEMES.some((t) => t.transition === transition))
    throw new Error(`no theme for transition ${transition}`);

/** The theme `id` of the library: `{ id, label: { fr, en }, transition }`. */
export const themeOf = (id) => CAMPAIGN_THEMES.find((t) => t.id === id);
