/**
 * Real territories: régions, départements, EPCI and communes of the Code officiel géographique
 * 2026, from @etalab/decoupage-administratif (Licence Ouverte / Open Licence, INSEE and DGCL),
 * indexed for the generator, and the feed's `territories` list built from the ones it used.
 */
import { createRequire } from 'node:module';
import { zoneOfDepartement } from './dates.js';
import { WeightedList } from './random.js';

const require = createRequire(import.meta.url);
const DATA = '@etalab/decoupage-administratif/data/';
export const regions = require(`${DATA}regions.json`).filter((r) => r.zone !== 'com');
export const departements = require(`${DATA}departements.json`).filter((d) => d.zone !== 'com');
const rawEpci = require(`${DATA}epci.json`);
const rawCommunes = require(`${DATA}communes.json`).filter(
  (c) => c.type === 'commune-actuelle' && c.zone !== 'com',
);
export const cogVersion = require('@etalab/decoupage-administratif/package.json').version;
if (regions.length !== 18 || departements.length !== 101)
  throw new Error(
    `expected 18 régions and 101 départements, got ${regions.length} and ${departements.length}`,
  );

const departementCodes = new Set(departements.map((d) => d.code));
const epciOfCommune = new Map();
export const epciByCode = new Map();
const communeByCode = new Map();
for (const c of rawCommunes) communeByCode.set(c.code, c);
for (const e of rawEpci) {
  const departementsOfEpci = new Set();
  for (const m of e.membres) {
    epciOfCommune.set(m.code, e.code);
    const dep = communeByCode.get(m.code)?.departement;
    if (!dep || !departementCodes.has(dep))
      throw new Error(`EPCI ${e.code}: member ${m.code} has no known département`);
    departementsOfEpci.add(dep);
  }
  epciByCode.set(e.code, { ...e, departements: [...departementsOfEpci].sort() });
}

/** Communes usable by the generator: with a population, so they can be weighted. */
export const communes = rawCommunes
  .filter((c) => typeof c.population === 'number' && c.population > 0)
  .map((c) => ({
    code: c.code,
    name: c.nom,
    departement: c.departement,
    region: c.region,
    population: c.population,
    epci: epciOfCommune.get(c.code) ?? null,
    postcode: c.codesPostaux?.[0] ?? c.code,
    overseas: c.zone === 'drom',
    zone: zoneOfDepartement(c.departement),
  }));
export const communeOf = new Map(communes.map((c) => [c.code, c]));

/** Weighted towards towns: √-ish of the population, so villages appear too. */
export const townWeight = (c) => Math.pow(c.population, 0.62);
export const allCommunes = new WeightedList(communes, townWeight);
export const communesByDepartement = new Map();
for (const d of departements)
  communesByDepartement.set(
    d.code,
    new WeightedList(
      communes.filter((c) => c.departement === d.code),
      townWeight,
    ),
  );
export const overseasCommunes = new WeightedList(
  communes.filter((c) => c.overseas),
  townWeight,
);

const populationOf = { departement: new Map(), region: new Map() };
for (const c of communes) {
  populationOf.departement.set(
    c.departement,
    (populationOf.departement.get(c.departement) ?? 0) + c.population,
  );
  populationOf.region.set(c.region, (populationOf.region.get(c.region) ?? 0) + c.population);
}

/** Islands without an EPCI, Corsica, overseas: an "archipelago" network is at home there. */
const ISLANDS = new Set(['22016', '29083', '29155', '85113']);
export const isIslandOrOverseas = (c) =>
  c.overseas || ISLANDS.has(c.code) || c.departement === '2A' || c.departement === '2B';

/**
 * The communes and EPCI the feed refers to. All régions and départements are listed anyway; a
 * commune or an EPCI is listed only once an initiative, an event or a joined territory uses it.
 */
export class UsedTerritories {
  communeCodes = new Set();
  epciCodes = new Set();

  /** The id of commune `c`, noted as used. */
  commune(c) {
    this.communeCodes.add(c.code);
    return `commune:${c.code}`;
  }

  /** The id of EPCI `code`, noted as used. */
  epci(code) {
    this.epciCodes.add(code);
    return `epci:${code}`;
  }

  /** The feed's `territories`, with `joined` (id → `{ joinedAt, networks }`) merged in. */
  list(joined) {
    for (const code of this.communeCodes) {
      const epci = communeOf.get(code).epci;
      if (epci) this.epciCodes.add(epci);
    }
    const withJoin = (t) => ({ ...t, ...(joined.get(t.id) ?? {}) });
    const list = [];
    for (const r of regions)
      list.push(
        withJoin({
          id: `region:${r.code}`,
          kind: 'region',
          name: r.nom,
          population: populationOf.region.get(r.code),
        }),
      );
    for (const d of departements)
      list.push(
        withJoin({
          id: `departement:${d.code}`,
          kind: 'departement',
          name: d.nom,
          parents: [`region:${d.region}`],
          population: populationOf.departement.get(d.code),
        }),
      );
    for (const code of [...this.epciCodes].sort()) {
      const e = epciByCode.get(code);
      list.push(
        withJoin({
          id: `epci:${code}`,
          kind: 'epci',
          name: e.nom,
          parents: e.departements.map((d) => `departement:${d}`),
          population: e.populationMunicipale,
        }),
      );
    }
    for (const code of [...this.communeCodes].sort()) {
      const c = communeOf.get(code);
      const parents = c.epci
        ? [`epci:${c.epci}`, `departement:${c.departement}`]
        : [`departement:${c.departement}`];
      list.push(
        withJoin({
          id: `commune:${code}`,
          kind: 'commune',
          name: c.name,
          parents,
          population: c.population,
        }),
      );
    }
    return list;
  }
}
