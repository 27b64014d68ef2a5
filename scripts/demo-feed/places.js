/** Where an initiative happens, and how its title and id say so. */
import { atFr, slugify } from './text.js';
import {
  allCommunes,
  communesByDepartement,
  departements,
  epciByCode,
  regions,
} from './territories.js';

/** Where an initiative happens: one commune mostly, sometimes an EPCI, a département, a région. */
export function planTerritory(random, anchor) {
  if (anchor) return { kind: 'commune', communes: [anchor] };
  const kind = random.weighted([
    ['commune', 78],
    ['epci', 14],
    ['departement', 4.5],
    ['region', 1.5],
    ['several', 2],
  ]);
  const commune = allCommunes.pick(random);
  if (kind === 'epci' && commune.epci) return { kind, epci: commune.epci, communes: [commune] };
  if (kind === 'departement')
    return { kind, departement: commune.departement, communes: [commune] };
  if (kind === 'region') return { kind, region: commune.region, communes: [commune] };
  if (kind === 'several') {
    const pool = communesByDepartement.get(commune.departement);
    const others = new Map([[commune.code, commune]]);
    for (let i = 0, n = random.int(1, 3); i < n * 3 && others.size <= n; i++) {
      const other = pool.pick(random);
      others.set(other.code, other);
    }
    if (others.size > 1) return { kind, communes: [...others.values()] };
  }
  return { kind: 'commune', communes: [commune] };
}

/** A territory seen as a whole: "– Finistère". */
const wholeArea = (id, name) => ({
  ids: [id],
  fr: `– ${name}`,
  en: `– ${name}`,
  slug: slugify(name, 40),
});

/**
 * The place of a plan: its territory ids (noted in `used`), the words that end its titles in
 * French and English, and the slug that ends its id.
 */
export function placeOf(plan, used) {
  const [first] = plan.communes;
  switch (plan.kind) {
    case 'epci':
      return wholeArea(used.epci(plan.epci), epciByCode.get(plan.epci).nom);
    case 'departement':
      return wholeArea(
        `departement:${plan.departement}`,
        departements.find((d) => d.code === plan.departement).nom,
      );
    case 'region':
      return wholeArea(`region:${plan.region}`, regions.find((r) => r.code === plan.region).nom);
    case 'several': {
      const n = plan.communes.length - 1;
      return {
        ids: plan.communes.map((c) => used.commune(c)),
        fr: `${atFr(first.name)} et ${n === 1 ? 'une commune voisine' : `${n} communes voisines`}`,
        en: `in ${first.name} and ${n === 1 ? 'a neighbouring town' : `${n} neighbouring towns`}`,
        slug: slugify(first.name, 40),
      };
    }
    default:
      return {
        ids: [used.commune(first)],
        fr: atFr(first.name),
        en: `in ${first.name}`,
        slug: slugify(first.name, 40),
      };
  }
}
