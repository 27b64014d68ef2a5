/** Initiatives: fictional examples in real communes, every theme well represented. */
import { DAY, HOUR, isoInZone, MINUTE, wall, weekday } from './dates.js';
import { initiativeTexts, subjects } from './data.js';
import { ALL_THEMES, CAMPAIGN_THEMES, themeOf } from './library.js';
import { pickNetwork } from './networks.js';
import { placeOf, planTerritory } from './places.js';
import { Random } from './random.js';
import { fill, numberEn, numberFr, slugify } from './text.js';
import { communeOf, communesByDepartement, departements, epciByCode } from './territories.js';

const { forcedCommunes, methods, impacts, carrierKinds, carrierNames } = initiativeTexts;
for (const id of ALL_THEMES)
  if (!subjects[id]) throw new Error(`no content template for theme ${id}`);

/**
 * Where the initiatives happen: the forced places first (the three big cities, Corsica, islands
 * in no EPCI, overseas), a few in every département, then communes weighted by population.
 * `forcedCommunes` is in the order the seeded stream was first drawn in: reordering it changes
 * every initiative.
 */
function planTerritories(random, count) {
  const plans = [];
  for (const { code, name, count: times } of forcedCommunes) {
    const commune = communeOf.get(code);
    if (commune?.name !== name) throw new Error(`forced commune ${code} ${name} not found`);
    for (let i = 0; i < times; i++) plans.push(planTerritory(random, commune));
  }
  // Every département gets a few, so any territory filter finds something.
  for (const d of departements)
    for (let i = 0; i < 6; i++)
      plans.push(planTerritory(random, communesByDepartement.get(d.code).pick(random)));
  while (plans.length < count) plans.push(planTerritory(random));
  return random.shuffle(plans);
}

/** The main theme of each initiative: every theme well represented, some more popular than others. */
function themeSequence(random, count) {
  const themeWeights = ALL_THEMES.map((id) => [id, 0.6 + random.next()]);
  const totalWeight = themeWeights.reduce((sum, [, w]) => sum + w, 0);
  const order = [];
  for (const [id, w] of themeWeights)
    for (let i = 0; i < Math.floor((count * w) / totalWeight); i++) order.push(id);
  while (order.length < count) order.push(random.pick(ALL_THEMES));
  return random.shuffle(order);
}

/** Sometimes a second theme, of the same transition more often than not. */
function themesOf(random, theme) {
  const themes = [theme];
  if (random.chance(0.3)) {
    const { transition } = themeOf(theme);
    const sameTransition = random.chance(0.6);
    const other = random.pick(
      CAMPAIGN_THEMES.filter(
        (t) => t.id !== theme && (t.transition === transition) === sameTransition,
      ),
    );
    themes.push(other.id);
  }
  return themes;
}

/** One of `impacts`, its numbers drawn: `[fr, en]`. A draw's bound may name an earlier draw. */
function impactOf(random) {
  const { draw, fr, en } = random.pick(impacts);
  const values = {};
  for (const [name, min, max] of draw)
    values[name] = random.int(values[min] ?? min, values[max] ?? max);
  return [fill(fr, values, numberFr), fill(en, values, numberEn)];
}

/** Updated recently more often than long ago, on working hours of the place (a wall time). */
function updatedAtWall(random, start, span) {
  const day = Math.floor((1 - Math.pow(random.next(), 1.7)) * (span / DAY));
  let at = start + day * DAY;
  if (weekday(at) === 0) at += DAY;
  if (weekday(at) === 6) at -= DAY;
  return at + random.int(8, 18) * HOUR + random.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]) * MINUTE;
}

/** `count` initiatives, most recently updated first: `{ item, plan, sortKey }`. */
export function generateInitiatives(count, used) {
  const random = new Random('initiatives');
  const plans = planTerritories(random, count);
  const themeOrder = themeSequence(random, count);

  const ids = new Set();
  const start = wall(2025, 1, 6);
  const span = wall(2026, 11, 27) - start;
  const initiatives = plans.map((plan, index) => {
    const theme = themeOrder[index];
    const { subject, summary: what } = random.pick(subjects[theme]);
    const place = placeOf(plan, used);
    const network = pickNetwork(random, theme, plan.communes[0]);
    const themes = themesOf(random, theme);

    let id = `${network}/${slugify(subject.fr, 40)}-${place.slug}`;
    if (ids.has(id)) id = `${id}-${index + 1}`;
    ids.add(id);

    const method = random.pick(methods);
    const [impactFr, impactEn] = impactOf(random);
    const titleFr = `${subject.fr} ${place.fr} (exemple)`;
    const titleEn = `${subject.en} ${place.en} (example)`;
    const summaryFr = `${what.fr} ${method.fr} ${impactFr}`;
    const summaryEn = `${what.en} ${method.en} ${impactEn}`;
    const english = random.chance(0.22);
    const at = updatedAtWall(random, start, span);

    const item = {
      id,
      title: english ? { fr: titleFr, en: titleEn } : titleFr,
    };
    if (random.chance(0.96)) item.summary = english ? { fr: summaryFr, en: summaryEn } : summaryFr;
    if (random.chance(0.85)) item.url = `https://example.org/${network}/i/${index + 1}`;
    item.network = network;
    item.territories = place.ids;
    item.themes = themes;
    if (random.chance(0.9))
      item.carrier =
        plan.kind === 'epci' && random.chance(0.3)
          ? epciByCode.get(plan.epci).nom
          : `${random.pick(carrierKinds)} ${random.pick(carrierNames)}`;
    item.updatedAt = isoInZone(at, plan.communes[0].zone);
    item.example = true;
    return { item, plan, sortKey: at };
  });
  initiatives.sort((a, b) => b.sortKey - a.sortKey || (a.item.id < b.item.id ? -1 : 1));
  return initiatives;
}
