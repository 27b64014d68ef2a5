/**
 * Territories that joined the campaign (invented, like their dates): communes and EPCI mostly
 * where initiatives are, a few départements, from 2026-01-15 to 2026-11-27.
 */
import { DAY, HOUR, isoInZone, MINUTE, wall, weekday } from './dates.js';
import { NETWORKS } from './networks.js';
import { Random, WeightedList } from './random.js';
import {
  allCommunes,
  communeOf,
  communes,
  communesByDepartement,
  departements,
  epciByCode,
  townWeight,
} from './territories.js';

/** Per commune and EPCI id, the networks of its initiatives; and the communes that have some. */
function whereInitiativesAre(initiatives) {
  const networksAt = new Map();
  const note = (key, network) => {
    const list = networksAt.get(key) ?? [];
    if (!list.includes(network)) list.push(network);
    networksAt.set(key, list);
  };
  const initiativeCount = new Map();
  for (const { item, plan } of initiatives)
    for (const c of plan.communes) {
      note(`commune:${c.code}`, item.network);
      if (c.epci) note(`epci:${c.epci}`, item.network);
      initiativeCount.set(c.code, (initiativeCount.get(c.code) ?? 0) + 1);
    }
  return { networksAt, active: communes.filter((c) => initiativeCount.has(c.code)) };
}

/**
 * Which territories joined: id → the commune whose time zone dates it. Communes mostly where
 * initiatives are, EPCI that hold some, départements at random.
 */
function pickJoined(random, active, counts, used) {
  const activeList = new WeightedList(active, townWeight);
  const joined = new Map();
  while (joined.size < counts.communes) {
    const c = random.chance(0.8) ? activeList.pick(random) : allCommunes.pick(random);
    joined.set(used.commune(c), c);
  }
  const epciList = new WeightedList(
    [...new Set(active.filter((c) => c.epci).map((c) => c.epci))],
    (code) => Math.sqrt(epciByCode.get(code).populationMunicipale ?? 1),
  );
  const epciJoined = new Set();
  while (epciJoined.size < counts.epci) epciJoined.add(epciList.pick(random));
  for (const code of epciJoined) {
    const member = communeOf.get(epciByCode.get(code).membres[0].code);
    joined.set(used.epci(code), member);
  }
  for (const d of random.sample(departements, counts.departements))
    joined.set(
      `departement:${d.code}`,
      communeOf.get(d.chefLieu) ?? communesByDepartement.get(d.code).items[0],
    );
  return joined;
}

/** A launch burst, then a steady, slowly accelerating flow; never on a Sunday (a wall time). */
function joinedAtWall(random, start, end) {
  let day = random.chance(0.1)
    ? random.int(0, 14)
    : Math.floor(Math.pow(random.next(), 0.8) * ((end - start) / DAY));
  if (weekday(start + day * DAY) === 0) day = Math.min(day + 1, (end - start) / DAY);
  return start + day * DAY + random.int(9, 17) * HOUR + random.pick([0, 15, 30, 45]) * MINUTE;
}

/** The networks that brought a territory: those of its initiatives, sometimes with the CIS. */
function networksOf(random, candidates) {
  const networks = random.sample(
    candidates ?? [random.chance(0.5) ? 'cis' : random.pick(NETWORKS).id],
    random.chance(0.25) ? 2 : 1,
  );
  if (random.chance(0.15) && !networks.includes('cis')) networks.push('cis');
  return networks;
}

/**
 * The joined territories (`counts`: how many communes, EPCI and départements), as
 * id → `{ joinedAt, networks }`, and the communes that have initiatives.
 */
export function generateJoined(initiatives, counts, used) {
  const random = new Random('joined');
  const { networksAt, active } = whereInitiativesAre(initiatives);
  const joined = pickJoined(random, active, counts, used);
  const start = wall(2026, 1, 15);
  const end = wall(2026, 11, 27);
  const out = new Map();
  for (const [id, commune] of joined) {
    const at = joinedAtWall(random, start, end);
    const networks = networksOf(random, networksAt.get(id));
    out.set(id, { joinedAt: isoInZone(at, commune.zone), networks });
  }
  return { joined: out, active };
}
