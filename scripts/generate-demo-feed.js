#!/usr/bin/env node
/**
 * Writes `demo/feed.json`: a realistic feed in format v1 for the demo, the stories and the tests.
 *
 * - Territories are REAL: régions, départements, EPCI and communes of the Code officiel
 *   géographique 2026, from @etalab/decoupage-administratif 6.0.0 (data under the Licence
 *   Ouverte / Open Licence, INSEE and DGCL).
 * - Initiatives, events and every network but the Carrefour des innovations sociales are
 *   FICTIONAL examples: every initiative and event carries `example: true` and a title ending
 *   in "(exemple)" / "(example)"; fictional networks say "(exemple)" and live on example.org.
 * - Deterministic: a seeded PRNG (mulberry32), no clock, no network. Running it twice writes the
 *   same bytes. It validates its output with the library's own `parseFeed` and fails on any
 *   problem.
 *
 * Usage: `npm run demo:feed` (or `node scripts/generate-demo-feed.js`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DAY,
  HOUR,
  isoInZone,
  MINUTE,
  offsetMinutes,
  pad,
  wall,
  weekday,
} from './demo-feed/dates.js';
import { Random, WeightedList } from './demo-feed/random.js';
import {
  allCommunes,
  cogVersion,
  communeOf,
  communes,
  communesByDepartement,
  departements,
  epciByCode,
  overseasCommunes,
  townWeight,
  UsedTerritories,
} from './demo-feed/territories.js';
import { atFr, lowerFirst, slugify } from './demo-feed/text.js';
import { campaign, subjects } from './demo-feed/data.js';
import { generateInitiatives } from './demo-feed/initiatives.js';
import { ALL_THEMES, CAMPAIGN_THEMES, parseFeed } from './demo-feed/library.js';
import { feedNetworks, NETWORKS, pickNetwork } from './demo-feed/networks.js';
import { ROOT } from './import-ts.js';

const started = performance.now();
const used = new UsedTerritories();
const OUTPUT = join(ROOT, 'demo', 'feed.json');
const GENERATED_AT = '2026-11-28T08:00:00+01:00';
const INITIATIVE_COUNT = 3200;
const EVENT_COUNT = 250;
const JOINED = { communes: 300, epci: 90, departements: 10 };
const MAX_BYTES = 3 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Events: 250 over the twelve months from 2026-11-01
// ---------------------------------------------------------------------------------------------

const VENUES = [
  'Médiathèque municipale',
  'Salle polyvalente',
  'Maison des associations',
  'Hôtel de ville, salle du conseil',
  'Centre social',
  'Halle du marché',
  'Tiers-lieu La Fabrique (exemple)',
  'Ferme pédagogique (exemple)',
  'Maison de l’économie sociale et solidaire',
  'Salle des fêtes',
];
const STREETS = [
  'rue de la République',
  'place de la Mairie',
  'avenue Jean-Jaurès',
  'rue Victor-Hugo',
  'chemin des Écoles',
  'boulevard de la Liberté',
  'rue du Port',
  'place du Marché',
  'rue des Tilleuls',
  'allée des Sports',
];
const PRACTICAL = [
  ['Entrée libre sur inscription.', 'Free entry, registration required.'],
  ['Gratuit, ouvert à toutes et à tous.', 'Free and open to all.'],
  ['Places limitées : inscription conseillée.', 'Limited places: registration recommended.'],
  ['Accessible aux personnes à mobilité réduite.', 'Accessible to people with reduced mobility.'],
  ['Un temps d’échange convivial suivra.', 'An informal get-together will follow.'],
];

/** Event formats: title, attendance, schedule. */
const FORMATS = {
  webinaire: {
    weight: 28,
    title: (s) => [
      `Webinaire : ${s.labelFr}, retours d’expérience`,
      `Webinar: ${s.labelEn}, lessons learned`,
    ],
    intro: [
      'Un webinaire d’une heure pour découvrir des initiatives et échanger avec leurs porteurs.',
      'A one-hour webinar to discover initiatives and talk with the people behind them.',
    ],
    attendance: () => 'online',
    times: [
      [9, 30, 60],
      [11, 0, 60],
      [12, 30, 60],
      [14, 0, 90],
      [17, 30, 75],
    ],
  },
  atelier: {
    weight: 20,
    title: (s) => [`Atelier pratique : ${s.subjectFr}`, `Hands-on workshop: ${s.subjectEn}`],
    intro: [
      'Un atelier pour apprendre en faisant, avec des porteurs de projets du territoire.',
      'A learning-by-doing workshop with local project leaders.',
    ],
    attendance: (r) => (r.chance(0.7) ? 'in-person' : 'mixed'),
    times: [
      [9, 30, 150],
      [14, 0, 180],
    ],
  },
  visite: {
    weight: 12,
    title: (s) => [`Visite apprenante : ${s.subjectFr}`, `Learning visit: ${s.subjectEn}`],
    intro: [
      'Une visite de terrain pour voir l’initiative en fonctionnement et en comprendre le modèle.',
      'A field visit to see the initiative at work and understand how it runs.',
    ],
    attendance: () => 'in-person',
    times: [
      [10, 0, 120],
      [14, 30, 120],
    ],
  },
  rencontre: {
    weight: 12,
    title: (s) => [`Rencontre des acteurs : ${s.labelFr}`, `Stakeholders meeting: ${s.labelEn}`],
    intro: [
      'Élus, services de l’État, entreprises de l’ESS et associations se retrouvent pour construire des projets communs.',
      'Councillors, State services, social-economy firms and associations meet to build joint projects.',
    ],
    attendance: (r) => (r.chance(0.5) ? 'mixed' : 'in-person'),
    times: [
      [9, 0, 240],
      [9, 0, 420],
      [14, 0, 180],
    ],
  },
  cafe: {
    weight: 10,
    title: (s) => [
      `Café-débat : ${s.labelFr}, quelles solutions locales ?`,
      `Discussion café: ${s.labelEn}, which local answers?`,
    ],
    intro: [
      'Un moment convivial pour débattre des besoins du territoire et des réponses possibles.',
      'A friendly evening to discuss local needs and possible answers.',
    ],
    attendance: () => 'in-person',
    times: [[18, 30, 120]],
  },
  forum: {
    weight: 6,
    title: (s) => [
      `Forum de l’innovation sociale ${s.placeFr}`,
      `Social innovation forum ${s.placeEn}`,
    ],
    intro: [
      'Stands, tables rondes et ateliers : le rendez-vous des innovations sociales du territoire.',
      'Stands, round tables and workshops: the meeting point of local social innovation.',
    ],
    attendance: (r) => (r.chance(0.6) ? 'in-person' : 'mixed'),
    times: [[9, 0, 480]],
  },
  portesOuvertes: {
    weight: 5,
    title: (s) => [`Journée portes ouvertes : ${s.subjectFr}`, `Open day: ${s.subjectEn}`],
    intro: [
      'Toute la journée, l’équipe et les bénévoles accueillent le public et présentent leurs activités.',
      'All day long, staff and volunteers welcome visitors and show what they do.',
    ],
    attendance: () => 'in-person',
    allDay: true,
  },
  cycle: {
    weight: 4,
    title: (s) => [`Cycle de formation : ${s.labelFr}`, `Training course: ${s.labelEn}`],
    intro: [
      'Un cycle en trois séances pour passer de l’idée au projet, avec des exercices entre chaque séance.',
      'A three-session course to go from idea to project, with exercises between sessions.',
    ],
    attendance: (r) => (r.chance(0.6) ? 'online' : 'in-person'),
    sessions: 3,
  },
  seminaire: {
    weight: 3,
    title: (s) => [
      `Séminaire ${s.labelFr} : deux jours pour agir`,
      `${s.labelEn} seminar: two days to act`,
    ],
    intro: [
      'Deux journées de travail entre acteurs de terrain, collectivités et financeurs.',
      'Two working days for field actors, local authorities and funders.',
    ],
    attendance: (r) => (r.chance(0.6) ? 'in-person' : 'mixed'),
    days: 2,
  },
};

/** Public holidays in France over the period: no event is generated on them. */
const HOLIDAYS = new Set([
  '2026-11-11',
  '2026-12-25',
  '2027-01-01',
  '2027-03-29',
  '2027-05-01',
  '2027-05-06',
  '2027-05-08',
  '2027-05-17',
  '2027-07-14',
  '2027-08-15',
]);

/** Events per month, quieter at Christmas and in August; the fixed events count in their month. */
const MONTHS = [
  [2026, 11, 24],
  [2026, 12, 14],
  [2027, 1, 20],
  [2027, 2, 20],
  [2027, 3, 26],
  [2027, 4, 24],
  [2027, 5, 22],
  [2027, 6, 26],
  [2027, 7, 12],
  [2027, 8, 4],
  [2027, 9, 26],
  [2027, 10, 32],
];

function generateEvents(activeCommunes) {
  const random = new Random('events');
  const events = [];
  const ids = new Set();
  const otherNetworks = NETWORKS.filter((n) => n.id !== 'cis').map((n) => n.id);
  const hosts = new WeightedList(activeCommunes, townWeight);

  const add = (event, startWall, zone) => {
    const titleFr = (typeof event.title === 'string' ? event.title : event.title.fr).replace(
      /\s*\(exemple\)$/,
      '',
    );
    let id = `${event.network}/${slugify(titleFr, 60)}-${new Date(startWall).toISOString().slice(0, 10).replace(/-/g, '')}`;
    if (ids.has(id)) id = `${id}-${events.length + 1}`;
    ids.add(id);
    events.push({
      item: { id, ...event, example: true },
      sortKey: startWall - offsetMinutes(zone, startWall) * MINUTE,
    });
  };
  const location = (commune, venue) => ({
    name: venue ?? random.pick(VENUES),
    address: `${random.int(1, 48)} ${random.pick(STREETS)}, ${commune.postcode} ${commune.name}`,
    territory: used.commune(commune),
  });
  const url = (network, slug) => `https://example.org/${network}/evenements/${slug}`;

  // --- Fixed events -------------------------------------------------------------------------
  const PARIS = 'Europe/Paris';
  // The co-construction webinar of the campaign text: 8 April, 9:00-12:00, two parts.
  add(
    {
      title: {
        fr: 'Webinaire de co-construction de la campagne #1000territoiresIS (exemple)',
        en: 'Co-construction webinar of the #1000territoiresIS campaign (example)',
      },
      description: {
        fr: 'Le CIS vous invite au webinaire de co-construction de la campagne #1000territoiresIS. Il se déroulera en deux parties séparées par une pause et sera animé par l’équipe de la Compagnie Générale des Autres.',
        en: 'The CIS invites you to the co-construction webinar of the #1000territoiresIS campaign. It runs in two parts with a break in between, facilitated by the team of the Compagnie Générale des Autres.',
      },
      url: url('cis', 'webinaire-coconstruction'),
      network: 'cis',
      invitedNetworks: otherNetworks,
      themes: ['acces-services-numeriques'],
      start: isoInZone(wall(2027, 4, 8, 9), PARIS),
      end: isoInZone(wall(2027, 4, 8, 12), PARIS),
      timeZone: PARIS,
      parts: [
        {
          title: {
            fr: 'Rappel du dispositif CRTE et élaboration du discours mobilisateur',
            en: 'The CRTE scheme, and writing a mobilising message',
          },
          start: isoInZone(wall(2027, 4, 8, 9), PARIS),
          end: isoInZone(wall(2027, 4, 8, 10, 20), PARIS),
        },
        {
          title: {
            fr: 'Conception et diffusion des outils de mobilisation',
            en: 'Designing and spreading the mobilisation tools',
          },
          start: isoInZone(wall(2027, 4, 8, 10, 40), PARIS),
          end: isoInZone(wall(2027, 4, 8, 12), PARIS),
        },
      ],
      status: 'scheduled',
      attendance: 'online',
      onlineUrl: 'https://example.org/cis/visio/webinaire-coconstruction',
      registrationUrl: url('cis', 'webinaire-coconstruction/inscription'),
    },
    wall(2027, 4, 8, 9),
    PARIS,
  );

  const multiDay = (network, titleFr, titleEn, communeCode, [y, m, d], days, status, dayTitles) => {
    const commune = communeOf.get(communeCode);
    const zone = commune.zone;
    const parts = dayTitles.map(([fr, en], i) => ({
      title: { fr, en },
      start: isoInZone(wall(y, m, d + i, 9), zone),
      end: isoInZone(wall(y, m, d + i, 17), zone),
    }));
    add(
      {
        title: { fr: `${titleFr} (exemple)`, en: `${titleEn} (example)` },
        description: {
          fr: `${days} jours de rencontres, d’ateliers et de visites ${atFr(commune.name)} pour les réseaux engagés dans #1000territoiresIS.`,
          en: `${days} days of meetings, workshops and visits in ${commune.name} for the networks taking part in #1000territoiresIS.`,
        },
        url: url(network, slugify(titleFr)),
        network,
        invitedNetworks: random.sample(
          otherNetworks.filter((n) => n !== network),
          4,
        ),
        themes: random.sample(ALL_THEMES, 3),
        territories: [used.commune(commune)],
        start: parts[0].start,
        end: parts[parts.length - 1].end,
        timeZone: zone,
        parts,
        status,
        attendance: 'mixed',
        location: location(commune, 'Palais des congrès (exemple)'),
        onlineUrl: `https://example.org/${network}/visio/${slugify(titleFr)}`,
        registrationUrl: url(network, `${slugify(titleFr)}/inscription`),
      },
      wall(y, m, d, 9),
      zone,
    );
  };
  multiDay(
    'cis',
    'Rencontres régionales #1000territoiresIS en Bretagne',
    '#1000territoiresIS regional meetings in Brittany',
    '35238',
    [2027, 3, 18],
    2,
    'scheduled',
    [
      ['Jour 1 : diagnostics partagés', 'Day 1: shared diagnoses'],
      ['Jour 2 : feuilles de route CRTE', 'Day 2: CRTE roadmaps'],
    ],
  );
  multiDay(
    'ess-territoires',
    'Rencontres régionales #1000territoiresIS en Occitanie',
    '#1000territoiresIS regional meetings in Occitanie',
    '31555',
    [2027, 6, 10],
    2,
    'rescheduled',
    [
      ['Jour 1 : visites de terrain', 'Day 1: field visits'],
      ['Jour 2 : ateliers de coopération', 'Day 2: cooperation workshops'],
    ],
  );
  multiDay(
    'tiers-lieux-ensemble',
    'Rencontres régionales #1000territoiresIS dans les Hauts-de-France',
    '#1000territoiresIS regional meetings in Hauts-de-France',
    '59350',
    [2027, 10, 7],
    2,
    'scheduled',
    [
      [
        'Jour 1 : les tiers-lieux, fabriques de territoire',
        'Day 1: third places as local workshops',
      ],
      ['Jour 2 : passer à l’échelle', 'Day 2: scaling up'],
    ],
  );
  multiDay(
    'cis',
    'Université d’automne de l’innovation sociale',
    'Autumn university of social innovation',
    '69123',
    [2027, 10, 20],
    3,
    'full',
    [
      ['Jour 1 : transition écologique', 'Day 1: ecological transition'],
      ['Jour 2 : transition économique', 'Day 2: economic transition'],
      ['Jour 3 : transition des modes de vie', 'Day 3: lifestyle transition'],
    ],
  );
  multiDay(
    'archipels',
    'Forum des innovations sociales des outre-mer',
    'Overseas social innovation forum',
    '97411',
    [2027, 5, 26],
    2,
    'scheduled',
    [
      ['Jour 1 : économie circulaire insulaire', 'Day 1: island circular economy'],
      ['Jour 2 : santé et services de proximité', 'Day 2: local health and services'],
    ],
  );

  // Nouvelle-Calédonie is not among the 101 départements: location only, no territory id.
  const NOUMEA = 'Pacific/Noumea';
  add(
    {
      title: {
        fr: 'Rencontre des innovateurs sociaux du Pacifique (exemple)',
        en: 'Pacific social innovators meeting (example)',
      },
      description:
        'Une journée d’échanges entre porteurs de projets de Nouvelle-Calédonie, de Polynésie française et de Wallis-et-Futuna.',
      url: url('archipels', 'rencontre-pacifique'),
      network: 'archipels',
      themes: ['tourisme-social', 'circuits-courts'],
      start: isoInZone(wall(2027, 2, 17, 9), NOUMEA),
      end: isoInZone(wall(2027, 2, 17, 16), NOUMEA),
      timeZone: NOUMEA,
      status: 'scheduled',
      attendance: 'in-person',
      location: {
        name: 'Maison de la coopération (exemple)',
        address: '5 rue de l’Exemple, 98800 Nouméa, Nouvelle-Calédonie',
      },
    },
    wall(2027, 2, 17, 9),
    NOUMEA,
  );
  add(
    {
      title: {
        fr: 'Webinaire : l’innovation sociale en Océanie, regards croisés (exemple)',
        en: 'Webinar: social innovation in Oceania, crossed perspectives (example)',
      },
      description: {
        fr: 'À 19 h à Nouméa, 9 h à Paris : un webinaire pour relier les innovateurs du Pacifique et de l’Hexagone.',
        en: 'At 7 pm in Nouméa, 9 am in Paris: a webinar linking Pacific and mainland innovators.',
      },
      url: url('archipels', 'webinaire-oceanie'),
      network: 'archipels',
      invitedNetworks: ['cis'],
      themes: ['acces-services-numeriques'],
      start: isoInZone(wall(2026, 12, 3, 19), NOUMEA),
      end: isoInZone(wall(2026, 12, 3, 20, 30), NOUMEA),
      timeZone: NOUMEA,
      status: 'scheduled',
      attendance: 'online',
      onlineUrl: 'https://example.org/archipels/visio/webinaire-oceanie',
    },
    wall(2026, 12, 3, 19),
    NOUMEA,
  );
  const cayenne = communeOf.get('97302');
  add(
    {
      title: 'Atelier : les circuits courts en Guyane (exemple)',
      description: 'Report à une date ultérieure en raison des conditions météorologiques.',
      network: 'terres-et-assiettes',
      themes: ['circuits-courts', 'agriculture-durable'],
      territories: [used.commune(cayenne)],
      start: isoInZone(wall(2027, 1, 21, 9), cayenne.zone),
      end: isoInZone(wall(2027, 1, 21, 12), cayenne.zone),
      timeZone: cayenne.zone,
      status: 'postponed',
      attendance: 'in-person',
      location: location(cayenne),
    },
    wall(2027, 1, 21, 9),
    cayenne.zone,
  );
  add(
    {
      title: {
        fr: 'Point d’étape : cap sur les 500 territoires (exemple)',
        en: 'Progress update: heading for 500 territories (example)',
      },
      description: {
        fr: 'Où en est la démarche #1000territoiresIS ? Chiffres, témoignages et prochaines étapes.',
        en: 'Where does #1000territoiresIS stand? Figures, stories and next steps.',
      },
      url: url('cis', 'point-etape-500'),
      network: 'cis',
      invitedNetworks: otherNetworks,
      start: isoInZone(wall(2027, 1, 14, 11), PARIS),
      end: isoInZone(wall(2027, 1, 14, 12), PARIS),
      status: 'scheduled',
      attendance: 'online',
      onlineUrl: 'https://example.org/cis/visio/point-etape-500',
    },
    wall(2027, 1, 14, 11),
    PARIS,
  );
  const nantes = communeOf.get('44109');
  add(
    {
      title: {
        fr: 'Hackathon des services publics numériques (exemple)',
        en: 'Digital public services hackathon (example)',
      },
      description:
        'Deux jours pour prototyper, avec des usagers, des services publics numériques plus simples.',
      url: url('clic-solidaire', 'hackathon'),
      network: 'clic-solidaire',
      themes: ['acces-services-numeriques'],
      territories: [used.commune(nantes)],
      start: isoInZone(wall(2027, 9, 24, 9), PARIS),
      end: isoInZone(wall(2027, 9, 25, 18), PARIS),
      timeZone: PARIS,
      status: 'scheduled',
      attendance: 'in-person',
      location: location(nantes, 'Halle numérique (exemple)'),
      registrationUrl: url('clic-solidaire', 'hackathon/inscription'),
    },
    wall(2027, 9, 24, 9),
    PARIS,
  );

  // --- Generated events, month by month -----------------------------------------------------
  const fixedPerMonth = new Map();
  for (const e of events) {
    const key = e.item.start.slice(0, 7);
    fixedPerMonth.set(key, (fixedPerMonth.get(key) ?? 0) + 1);
  }
  const target = MONTHS.reduce((sum, [, , n]) => sum + n, 0);
  if (target !== EVENT_COUNT)
    throw new Error(`month counts add up to ${target}, not ${EVENT_COUNT}`);
  const formats = Object.entries(FORMATS).map(([key, f]) => [key, f.weight]);

  for (const [year, month, count] of MONTHS) {
    const key = `${year}-${pad(month)}`;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    for (let k = fixedPerMonth.get(key) ?? 0; k < count; k++) {
      const format = FORMATS[random.weighted(formats)];
      const theme = random.pick(ALL_THEMES);
      const themeInfo = CAMPAIGN_THEMES.find((t) => t.id === theme);
      const {
        subject: { fr: subjectFr, en: subjectEn },
      } = random.pick(subjects[theme]);
      const overseas = random.chance(0.1);
      const commune = overseas ? overseasCommunes.pick(random) : hosts.pick(random);
      const zone = commune.zone;
      const network = pickNetwork(random, theme, commune);
      let attendance = format.attendance(random);

      // A weekday (Saturday for open days) that leaves room for the whole event in the month.
      const candidates = [];
      for (let d = 1; d <= daysInMonth; d++) {
        const wd = weekday(wall(year, month, d));
        if (month === 12 && d > 19) continue;
        if (HOLIDAYS.has(`${year}-${pad(month)}-${pad(d)}`)) continue;
        if (format.allDay ? wd === 6 : wd === 0 || wd === 6) continue;
        if (format.days && (wd === 5 || d + format.days - 1 > daysInMonth)) continue;
        if (format.sessions && d > 14) continue;
        candidates.push(d);
      }
      const day = random.pick(candidates);

      const placeFr = atFr(commune.name);
      const [titleFr, titleEn] = format.title({
        labelFr: lowerFirst(themeInfo.label.fr),
        labelEn: lowerFirst(themeInfo.label.en),
        subjectFr: lowerFirst(subjectFr),
        subjectEn: lowerFirst(subjectEn),
        placeFr,
        placeEn: `in ${commune.name}`,
      });
      const english = random.chance(0.3);
      const [practicalFr, practicalEn] = random.pick(PRACTICAL);
      const descriptionFr = `${format.intro[0]} Thème : ${lowerFirst(themeInfo.label.fr)}. ${practicalFr}`;
      const descriptionEn = `${format.intro[1]} Theme: ${lowerFirst(themeInfo.label.en)}. ${practicalEn}`;

      let startWall;
      let endWall;
      let parts;
      if (format.allDay) {
        startWall = wall(year, month, day);
        endWall = startWall + DAY;
      } else if (format.sessions) {
        const [hour, minute, minutes] = random.pick([
          [14, 0, 150],
          [18, 0, 120],
          [9, 30, 180],
        ]);
        parts = Array.from({ length: format.sessions }, (_, i) => {
          const s = wall(year, month, day + 7 * i, hour, minute);
          return { s, e: s + minutes * MINUTE };
        });
        startWall = parts[0].s;
        endWall = parts[parts.length - 1].e;
        const SESSION_TITLES = [
          ['Séance 1 : comprendre', 'Session 1: understand'],
          ['Séance 2 : agir', 'Session 2: act'],
          ['Séance 3 : évaluer et essaimer', 'Session 3: evaluate and spread'],
        ];
        parts = parts.map((p, i) => ({
          title: { fr: SESSION_TITLES[i][0], en: SESSION_TITLES[i][1] },
          start: isoInZone(p.s, zone),
          end: isoInZone(p.e, zone),
        }));
      } else if (format.days) {
        startWall = wall(year, month, day, 9);
        endWall = wall(year, month, day + format.days - 1, 17);
        if (random.chance(0.5))
          parts = Array.from({ length: format.days }, (_, i) => ({
            title: { fr: `Jour ${i + 1}`, en: `Day ${i + 1}` },
            start: isoInZone(wall(year, month, day + i, 9), zone),
            end: isoInZone(wall(year, month, day + i, 17), zone),
          }));
      } else {
        const [hour, minute, minutes] = random.pick(format.times);
        startWall = wall(year, month, day, hour, minute);
        endWall = startWall + minutes * MINUTE;
      }

      const status = random.weighted([
        ['scheduled', 78],
        ['cancelled', 6],
        ['full', 6],
        ['postponed', 3],
        ['rescheduled', 4],
        [
          'moved-online',
          attendance === 'online' || format.allDay || format === FORMATS.visite ? 0 : 4,
        ],
      ]);
      if (status === 'moved-online') attendance = 'online';

      const slug = slugify(titleFr, 60);
      const event = {
        title: english
          ? { fr: `${titleFr} (exemple)`, en: `${titleEn} (example)` }
          : `${titleFr} (exemple)`,
        description: english ? { fr: descriptionFr, en: descriptionEn } : descriptionFr,
      };
      if (random.chance(0.8)) event.url = url(network, slug);
      event.network = network;
      if (random.chance(0.3))
        event.invitedNetworks = random.sample(
          otherNetworks.filter((n) => n !== network),
          random.int(1, 3),
        );
      event.themes = random.chance(0.3)
        ? [theme, random.pick(ALL_THEMES.filter((t) => t !== theme))]
        : [theme];
      // In-person events happen in a commune; online ones may address a département or a région.
      if (attendance !== 'online' || status === 'moved-online')
        event.territories = [used.commune(commune)];
      else if (random.chance(0.5))
        event.territories = [
          random.chance(0.5) ? `departement:${commune.departement}` : `region:${commune.region}`,
        ];
      event.start = isoInZone(startWall, zone);
      event.end = isoInZone(endWall, zone);
      if (zone !== PARIS || format.allDay || random.chance(0.6)) event.timeZone = zone;
      if (format.allDay) event.allDay = true;
      if (parts) event.parts = parts;
      event.status = status;
      event.attendance = attendance;
      if (status === 'moved-online' || attendance !== 'online') event.location = location(commune);
      if (attendance !== 'in-person')
        event.onlineUrl = `https://example.org/${network}/visio/${slug}`;
      if (random.chance(0.65)) event.registrationUrl = url(network, `${slug}/inscription`);
      add(event, startWall, zone);
    }
  }
  if (events.length !== EVENT_COUNT)
    throw new Error(`generated ${events.length} events, not ${EVENT_COUNT}`);
  events.sort((a, b) => a.sortKey - b.sortKey || (a.item.id < b.item.id ? -1 : 1));
  return events.map((e) => e.item);
}

// ---------------------------------------------------------------------------------------------
// Territories that joined: 400, from 2026-01-15 to 2026-11-27
// ---------------------------------------------------------------------------------------------

function generateJoined(initiatives) {
  const random = new Random('joined');
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
  const active = communes.filter((c) => initiativeCount.has(c.code));
  const activeList = new WeightedList(active, townWeight);

  const joined = new Map();
  while (joined.size < JOINED.communes) {
    const c = random.chance(0.8) ? activeList.pick(random) : allCommunes.pick(random);
    joined.set(used.commune(c), c);
  }
  const epciList = new WeightedList(
    [...new Set(active.filter((c) => c.epci).map((c) => c.epci))],
    (code) => Math.sqrt(epciByCode.get(code).populationMunicipale ?? 1),
  );
  const epciJoined = new Set();
  while (epciJoined.size < JOINED.epci) epciJoined.add(epciList.pick(random));
  for (const code of epciJoined) {
    const member = communeOf.get(epciByCode.get(code).membres[0].code);
    joined.set(used.epciId(code), member);
  }
  for (const d of random.sample(departements, JOINED.departements))
    joined.set(
      `departement:${d.code}`,
      communeOf.get(d.chefLieu) ?? communesByDepartement.get(d.code).items[0],
    );

  // A launch burst, then a steady, slowly accelerating flow.
  const start = wall(2026, 1, 15);
  const end = wall(2026, 11, 27);
  const out = new Map();
  for (const [id, commune] of joined) {
    let day = random.chance(0.1)
      ? random.int(0, 14)
      : Math.floor(Math.pow(random.next(), 0.8) * ((end - start) / DAY));
    if (weekday(start + day * DAY) === 0) day = Math.min(day + 1, (end - start) / DAY);
    const at = start + day * DAY + random.int(9, 17) * HOUR + random.pick([0, 15, 30, 45]) * MINUTE;
    const candidates = networksAt.get(id) ?? [
      random.chance(0.5) ? 'cis' : random.pick(NETWORKS).id,
    ];
    const networks = random.sample(candidates, random.chance(0.25) ? 2 : 1);
    if (random.chance(0.15) && !networks.includes('cis')) networks.push('cis');
    out.set(id, { joinedAt: isoInZone(at, commune.zone), networks });
  }
  return { joined: out, active };
}

// ---------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------

/** One item per line: readable, diffable, and much smaller than fully indented JSON. */
function serialize(feed) {
  const lines = ['{'];
  const entries = Object.entries(feed);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value)) {
      lines.push(`  ${JSON.stringify(key)}: [`);
      value.forEach((item, j) =>
        lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`),
      );
      lines.push(`  ]${comma}`);
    } else {
      lines.push(
        `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}`,
      );
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

const initiatives = generateInitiatives(INITIATIVE_COUNT, used);
const { joined, active } = generateJoined(initiatives);
const events = generateEvents(active);
const feed = {
  version: 1,
  generatedAt: GENERATED_AT,
  campaign,
  networks: feedNetworks(),
  themes: CAMPAIGN_THEMES.map((t) => ({ id: t.id, label: t.label, transition: t.transition })),
  territories: used.list(joined),
  initiatives: initiatives.map((i) => i.item),
  events,
};

const text = serialize(feed);
const bytes = Buffer.byteLength(text);

// Self-check with the library's own parser: the demo feed must be spotless.
const { feed: parsed, problems } = parseFeed(JSON.parse(text));
if (problems.length > 0 || !parsed) {
  for (const p of problems.slice(0, 20))
    console.error(`${p.severity} ${p.code} ${p.path}: ${p.message.en}`);
  console.error(`demo feed NOT written: ${problems.length} problem(s)`);
  process.exit(1);
}
if (bytes > MAX_BYTES) {
  console.error(`demo feed NOT written: ${bytes} bytes is over the ${MAX_BYTES}-byte budget`);
  process.exit(1);
}
const previous = (() => {
  try {
    return readFileSync(OUTPUT, 'utf8');
  } catch {
    return undefined;
  }
})();
if (previous !== text) writeFileSync(OUTPUT, text);

const joinedCount = feed.territories.filter((t) => t.joinedAt).length;
console.log(
  `demo/feed.json ${previous === text ? 'unchanged' : 'written'}: ${bytes} bytes, ` +
    `${feed.territories.length} territories (${joinedCount} joined), ${feed.initiatives.length} initiatives, ` +
    `${feed.events.length} events, ${feed.networks.length} networks; territories from ` +
    `@etalab/decoupage-administratif ${cogVersion} (COG 2026); ${Math.round(performance.now() - started)} ms`,
);
