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
  isIslandOrOverseas,
  overseasCommunes,
  regions,
  townWeight,
  UsedTerritories,
} from './demo-feed/territories.js';
import { atFr, lowerFirst, numberEn, numberFr, slugify } from './demo-feed/text.js';
import { importTs, ROOT } from './import-ts.js';

const started = performance.now();
const used = new UsedTerritories();
const OUTPUT = join(ROOT, 'demo', 'feed.json');
const GENERATED_AT = '2026-11-28T08:00:00+01:00';
const INITIATIVE_COUNT = 3200;
const EVENT_COUNT = 250;
const JOINED = { communes: 300, epci: 90, departements: 10 };
const MAX_BYTES = 3 * 1024 * 1024;

// The themes and the parser come from the library itself: one source of truth.
const { CAMPAIGN_THEMES, parseFeed } = await importTs(
  "export { CAMPAIGN_THEMES } from './src/data/themes.ts';\nexport { parseFeed } from './src/data/parse.ts';",
);

// ---------------------------------------------------------------------------------------------
// Campaign, networks, themes
// ---------------------------------------------------------------------------------------------

/** From the campaign text (/work/shared/campaign): its own words. */
const campaign = {
  id: '1000territoiresIS',
  hashtag: '#1000territoiresIS',
  name: {
    fr: '1000 territoires d’innovation sociale',
    en: '1000 territories of social innovation',
  },
  motto: {
    fr: 'L’innovation sociale est un mouvement porté par une multitude d’initiatives, de structures et de communautés : une diversité irréductible qui contribue à de grands enjeux communs.',
    en: 'Social innovation is a movement carried by a multitude of initiatives, organisations and communities: an irreducible diversity that contributes to great common challenges.',
  },
  url: 'https://www.carrefourdesinnovationssociales.fr/',
  goal: 1000,
  startDate: '2026-01-15',
  endDate: '2027-12-31',
  status: 'active',
  callToAction: {
    label: { fr: 'Rejoindre la démarche', en: 'Join the campaign' },
    url: 'https://example.org/1000territoires/rejoindre',
  },
  milestones: [250, 500, 750, 1000],
};

const ALL_THEMES = CAMPAIGN_THEMES.map((t) => t.id);
const TRANSITIONS = ['ecologique', 'economique', 'modes-de-vie'];
for (const transition of TRANSITIONS)
  if (!CAMPAIGN_THEMES.some((t) => t.transition === transition))
    throw new Error(`no theme for transition ${transition}`);

/**
 * Ten networks. Only the Carrefour des innovations sociales is real; the nine others are
 * invented for the demo, say so in their name and live on example.org.
 */
const NETWORKS = [
  {
    id: 'cis',
    name: 'Carrefour des innovations sociales',
    url: 'https://www.carrefourdesinnovationssociales.fr/',
    color: '#000091',
    description: {
      fr: 'Le Carrefour des innovations sociales recense plus de 3000 initiatives et réunit les acteurs de l’innovation sociale ; il porte la démarche #1000territoiresIS.',
      en: 'The Carrefour des innovations sociales lists more than 3,000 initiatives and brings social-innovation actors together; it leads the #1000territoiresIS campaign.',
    },
    weight: 2.2,
    themes: ALL_THEMES,
  },
  {
    id: 'tiers-lieux-ensemble',
    name: { fr: 'Tiers-lieux ensemble (exemple)', en: 'Third places together (example)' },
    color: '#18753c',
    description: {
      fr: 'Réseau fictif de tiers-lieux ruraux et urbains, inventé pour la démonstration.',
      en: 'A fictional network of rural and urban third places, made up for the demo.',
    },
    themes: [
      'economie-circulaire',
      'metiers-competences',
      'acces-services-numeriques',
      'culture-sport',
      'revitalisation-centres-villes',
      'reindustrialisation',
    ],
  },
  {
    id: 'ess-territoires',
    name: { fr: 'ESS & territoires (exemple)', en: 'Social economy & territories (example)' },
    color: '#6e2e8f',
    description: {
      fr: 'Réseau fictif d’entreprises de l’économie sociale et solidaire, inventé pour la démonstration.',
      en: 'A fictional network of social and solidarity economy enterprises, made up for the demo.',
    },
    themes: [
      'economie-circulaire',
      'reindustrialisation',
      'metiers-competences',
      'circuits-courts',
      'tourisme-social',
      'revitalisation-centres-villes',
    ],
  },
  {
    id: 'energies-citoyennes',
    name: { fr: 'Énergies citoyennes en réseau (exemple)', en: 'Citizen energy network (example)' },
    color: '#a94400',
    description: {
      fr: 'Réseau fictif de projets d’énergie renouvelable portés par les habitants, inventé pour la démonstration.',
      en: 'A fictional network of community renewable-energy projects, made up for the demo.',
    },
    themes: [
      'energies-renouvelables',
      'reduction-emissions',
      'ressources-naturelles',
      'adaptation-climat',
      'sobriete-fonciere',
    ],
  },
  {
    id: 'mobilites-partagees',
    name: { fr: 'Mobilités partagées (exemple)', en: 'Shared mobility (example)' },
    color: '#006a6f',
    description: {
      fr: 'Réseau fictif d’acteurs de la mobilité solidaire, inventé pour la démonstration.',
      en: 'A fictional network of inclusive-mobility actors, made up for the demo.',
    },
    themes: [
      'mobilites-durables',
      'reduction-emissions',
      'acces-services-numeriques',
      'vieillissement',
      'metiers-competences',
    ],
  },
  {
    id: 'terres-et-assiettes',
    name: { fr: 'Terres et assiettes (exemple)', en: 'From field to plate (example)' },
    color: '#586b00',
    description: {
      fr: 'Réseau fictif de l’alimentation durable et des circuits courts, inventé pour la démonstration.',
      en: 'A fictional network for sustainable food and short supply chains, made up for the demo.',
    },
    themes: [
      'agriculture-durable',
      'circuits-courts',
      'biodiversite',
      'ressources-naturelles',
      'sante',
      'tourisme-social',
    ],
  },
  {
    id: 'clic-solidaire',
    name: { fr: 'Clic solidaire (exemple)', en: 'Inclusive click (example)' },
    color: '#3a3a8c',
    description: {
      fr: 'Réseau fictif de médiation et d’inclusion numériques, inventé pour la démonstration.',
      en: 'A fictional network for digital mediation and inclusion, made up for the demo.',
    },
    themes: ['acces-services-numeriques', 'education', 'metiers-competences', 'vieillissement'],
  },
  {
    id: 'sante-proximite',
    name: { fr: 'Santé de proximité (exemple)', en: 'Local health (example)' },
    color: '#b3003c',
    description: {
      fr: 'Réseau fictif de centres et de maisons de santé participatifs, inventé pour la démonstration.',
      en: 'A fictional network of participatory health centres, made up for the demo.',
    },
    themes: ['sante', 'vieillissement', 'espaces-publics-logement', 'culture-sport', 'education'],
  },
  {
    id: 'centres-bourgs',
    name: { fr: 'Centres-bourgs en commun (exemple)', en: 'Village centres in common (example)' },
    color: '#7a4a00',
    description: {
      fr: 'Réseau fictif de petites villes et de bourgs qui se réinventent, inventé pour la démonstration.',
      en: 'A fictional network of small towns and villages reinventing themselves, made up for the demo.',
    },
    themes: [
      'revitalisation-centres-villes',
      'espaces-publics-logement',
      'sobriete-fonciere',
      'tourisme-social',
      'culture-sport',
      'biodiversite',
      'adaptation-climat',
    ],
  },
  {
    id: 'archipels',
    name: {
      fr: 'Archipels d’innovation sociale (exemple)',
      en: 'Social innovation archipelagos (example)',
    },
    color: '#005f8f',
    description: {
      fr: 'Réseau fictif des îles et des outre-mer, inventé pour la démonstration.',
      en: 'A fictional network of islands and overseas territories, made up for the demo.',
    },
    themes: ALL_THEMES,
    islands: true,
  },
].map((n) => ({ weight: 2, ...n, url: n.url ?? `https://example.org/reseaux/${n.id}` }));

/** A network for a theme and a place: by affinity, islands and overseas favour "archipels". */
function pickNetwork(random, theme, commune) {
  if (commune && isIslandOrOverseas(commune) && random.chance(0.45)) return 'archipels';
  if (random.chance(0.1)) return random.pick(NETWORKS.filter((n) => !n.islands)).id;
  return random.weighted(
    NETWORKS.filter((n) => !n.islands && n.themes.includes(theme)).map((n) => [n.id, n.weight]),
  );
}

// ---------------------------------------------------------------------------------------------
// Content templates, per theme: [subject fr, subject en, what it does fr, what it does en]
// ---------------------------------------------------------------------------------------------

const SUBJECTS = {
  'energies-renouvelables': [
    [
      'Coopérative citoyenne d’énergie solaire',
      'Citizen solar energy cooperative',
      'Des habitants financent et installent des panneaux photovoltaïques sur les toits des écoles et des salles communales.',
      'Residents fund and install solar panels on the roofs of schools and community halls.',
    ],
    [
      'Toits solaires partagés',
      'Shared solar roofs',
      'Les toits des bâtiments publics sont loués à une société citoyenne qui revend l’électricité produite sur place.',
      'Public roofs are leased to a citizen company that sells the power produced on site.',
    ],
    [
      'Réseau de chaleur au bois local',
      'Local wood-fired heating network',
      'Une chaufferie alimentée par le bois des forêts voisines chauffe l’école, la mairie et une trentaine de logements.',
      'A boiler fed with wood from nearby forests heats the school, the town hall and about thirty homes.',
    ],
    [
      'Méthaniseur agricole collectif',
      'Shared farm biogas plant',
      'Des exploitations voisines valorisent leurs effluents en biogaz injecté dans le réseau.',
      'Neighbouring farms turn their manure into biogas fed into the grid.',
    ],
    [
      'Éolien participatif',
      'Community wind farm',
      'Un parc de quatre éoliennes dont le capital est ouvert aux habitants et aux collectivités.',
      'A four-turbine wind farm whose capital is open to residents and local authorities.',
    ],
    [
      'Autoconsommation collective de quartier',
      'Neighbourhood shared self-consumption',
      'Les voisins partagent l’électricité produite par les panneaux du gymnase et suivent leur consommation.',
      'Neighbours share the power produced by the gym’s panels and track their use.',
    ],
  ],
  'mobilites-durables': [
    [
      'Vélo-école pour adultes',
      'Cycling school for adults',
      'Des bénévoles apprennent à circuler à vélo en ville à des adultes qui n’en ont jamais fait.',
      'Volunteers teach adults who never rode a bike how to cycle in town.',
    ],
    [
      'Garage solidaire',
      'Social garage',
      'Un garage associatif répare à prix coûtant les véhicules des personnes en parcours d’insertion.',
      'A non-profit garage repairs the cars of people returning to work at cost price.',
    ],
    [
      'Autopartage rural',
      'Rural car sharing',
      'Trois voitures électriques partagées entre habitants d’un même bourg, réservables en ligne ou en mairie.',
      'Three shared electric cars for the residents of one village, booked online or at the town hall.',
    ],
    [
      'Transport solidaire à la demande',
      'On-demand volunteer transport',
      'Des chauffeurs bénévoles conduisent les personnes sans voiture à leurs rendez-vous médicaux et administratifs.',
      'Volunteer drivers take people without a car to medical and official appointments.',
    ],
    [
      'Atelier vélo participatif',
      'Community bike workshop',
      'On y apprend à réparer soi-même son vélo avec des outils partagés et des pièces de réemploi.',
      'People learn to fix their own bikes with shared tools and reused parts.',
    ],
    [
      'Plateforme de mobilité pour l’emploi',
      'Mobility-for-work platform',
      'Conseil, location de scooters et aide au permis pour lever le frein de la mobilité dans l’accès à l’emploi.',
      'Advice, scooter hire and driving-licence support to remove transport barriers to work.',
    ],
  ],
  'sobriete-fonciere': [
    [
      'Réhabilitation d’une friche en logements',
      'Brownfield converted into homes',
      'Une ancienne friche artisanale devient logements et ateliers sans artificialiser de nouvelles terres.',
      'A former workshop site becomes homes and studios without building on new land.',
    ],
    [
      'Foncière solidaire',
      'Social land trust',
      'Une foncière rachète des bâtiments vacants du centre pour y installer commerces et logements abordables.',
      'A land trust buys empty buildings in the centre for shops and affordable homes.',
    ],
    [
      'Habitat participatif en cœur de bourg',
      'Cohousing in the village centre',
      'Huit ménages rénovent ensemble un ancien corps de ferme plutôt que de construire en extension.',
      'Eight households jointly renovate an old farm building instead of building on new land.',
    ],
    [
      'Inventaire partagé des logements vacants',
      'Shared empty-homes survey',
      'Habitants et élus recensent les logements vacants et accompagnent les propriétaires vers la remise en location.',
      'Residents and councillors map empty homes and help owners let them again.',
    ],
    [
      'Urbanisme transitoire',
      'Meanwhile use of an empty site',
      'Un terrain en attente de projet accueille jardins, ateliers et événements pendant trois ans.',
      'A site awaiting redevelopment hosts gardens, workshops and events for three years.',
    ],
    [
      'Désimperméabilisation des cours d’école',
      'Depaving school playgrounds',
      'Les enfants, les parents et les agents transforment une cour bitumée en espace végétalisé.',
      'Children, parents and staff turn a tarmac playground into a green space.',
    ],
  ],
  'adaptation-climat': [
    [
      'Îlots de fraîcheur de quartier',
      'Neighbourhood cool islands',
      'Plantation d’arbres et espaces ombragés conçus avec les habitants les plus exposés aux canicules.',
      'Trees and shaded spaces designed with the residents most exposed to heatwaves.',
    ],
    [
      'Réseau de vigilance canicule',
      'Heatwave watch network',
      'Des voisins volontaires prennent des nouvelles des personnes isolées pendant les épisodes de forte chaleur.',
      'Volunteer neighbours check on isolated people during heatwaves.',
    ],
    [
      'Ateliers climat du territoire',
      'Local climate workshops',
      'Des ateliers pour comprendre les risques climatiques du territoire et imaginer des réponses collectives.',
      'Workshops to understand local climate risks and imagine shared answers.',
    ],
    [
      'Gestion citoyenne de l’eau de pluie',
      'Community rainwater management',
      'Récupérateurs d’eau, noues et jardins de pluie installés avec les riverains.',
      'Rain barrels, swales and rain gardens installed with local residents.',
    ],
    [
      'Culture du risque inondation',
      'Flood-risk awareness',
      'Repères de crue, exercices et plans familiaux de mise en sûreté préparés avec les écoles.',
      'Flood markers, drills and family safety plans prepared with schools.',
    ],
    [
      'Forêt comestible résiliente',
      'Resilient food forest',
      'Une parcelle communale plantée d’essences adaptées à la sécheresse et ouverte à la cueillette.',
      'A council plot planted with drought-tolerant species and open for picking.',
    ],
  ],
  biodiversite: [
    [
      'Atlas participatif de la biodiversité',
      'Participatory biodiversity atlas',
      'Les habitants inventorient la faune et la flore de la commune lors de sorties naturalistes.',
      'Residents survey local wildlife and plants on nature walks.',
    ],
    [
      'Refuges pour les pollinisateurs',
      'Pollinator refuges',
      'Prairies fleuries, hôtels à insectes et fauche tardive sur les espaces verts communaux.',
      'Wildflower meadows, insect hotels and late mowing on council green spaces.',
    ],
    [
      'Chantier nature d’insertion',
      'Nature-restoration job scheme',
      'Des salariés en insertion restaurent haies, mares et berges de rivière.',
      'People on a back-to-work scheme restore hedges, ponds and riverbanks.',
    ],
    [
      'Plantation de haies bocagères',
      'Hedgerow planting',
      'Agriculteurs, écoles et bénévoles replantent des kilomètres de haies champêtres.',
      'Farmers, schools and volunteers replant miles of hedgerows.',
    ],
    [
      'Trame noire et sobriété lumineuse',
      'Dark corridors and lighting sobriety',
      'Extinction nocturne concertée de l’éclairage public pour protéger la faune nocturne.',
      'Public lighting switched off at night, agreed with residents, to protect nocturnal wildlife.',
    ],
    [
      'Jardin partagé en permaculture',
      'Permaculture community garden',
      'Un jardin ouvert à tous où l’on apprend à cultiver en préservant le sol et la biodiversité.',
      'A garden open to all where people learn to grow food while protecting soil and wildlife.',
    ],
  ],
  'reduction-emissions': [
    [
      'Accompagnement à la rénovation énergétique',
      'Home energy-renovation support',
      'Des conseillers aident les ménages modestes à rénover leur logement et à mobiliser les aides.',
      'Advisers help low-income households renovate their homes and secure grants.',
    ],
    [
      'Défi des familles économes',
      'Energy-saving families challenge',
      'Des familles se lancent le défi de réduire leur consommation d’énergie et d’eau pendant un hiver.',
      'Families take on the challenge of cutting their energy and water use over a winter.',
    ],
    [
      'Lutte contre la précarité énergétique',
      'Fighting fuel poverty',
      'Visites à domicile, petits équipements économes et orientation vers les dispositifs d’aide.',
      'Home visits, small energy-saving kits and referral to support schemes.',
    ],
    [
      'Bilan carbone des associations',
      'Carbon footprint for associations',
      'Un outil simple pour que les associations et les commerces mesurent et réduisent leurs émissions.',
      'A simple tool for associations and shops to measure and cut their emissions.',
    ],
    [
      'Logistique urbaine en vélo-cargo',
      'Cargo-bike urban logistics',
      'Les livraisons du dernier kilomètre se font en vélo-cargo avec une coopérative de coursiers.',
      'Last-mile deliveries made by cargo bike with a couriers’ cooperative.',
    ],
    [
      'Qualité de l’air dans les écoles',
      'Indoor air quality in schools',
      'Capteurs et ateliers avec les élèves pour mieux aérer les classes et réduire les polluants.',
      'Sensors and workshops with pupils to air classrooms better and reduce pollutants.',
    ],
  ],
  'ressources-naturelles': [
    [
      'Économies d’eau partagées',
      'Shared water savings',
      'Un programme collectif de réduction des consommations d’eau dans les équipements publics et les foyers.',
      'A joint programme to cut water use in public buildings and homes.',
    ],
    [
      'Compostage collectif de quartier',
      'Neighbourhood composting',
      'Des composteurs partagés gérés par des guides composteurs bénévoles.',
      'Shared compost bins run by volunteer compost guides.',
    ],
    [
      'Gestion durable de la forêt communale',
      'Sustainable management of the council forest',
      'Un plan de gestion concerté entre propriétaires, habitants et filière bois locale.',
      'A management plan agreed between owners, residents and the local timber trade.',
    ],
    [
      'Matériauthèque de réemploi',
      'Building-materials reuse library',
      'Les matériaux de chantier récupérés sont stockés et revendus aux artisans et aux particuliers.',
      'Salvaged building materials are stored and resold to tradespeople and residents.',
    ],
    [
      'Protection de la ressource en eau potable',
      'Drinking-water protection',
      'Agriculteurs et syndicat des eaux s’accordent sur des pratiques qui protègent les captages.',
      'Farmers and the water board agree on practices that protect water catchments.',
    ],
    [
      'Réseau de grainothèques',
      'Seed-library network',
      'Des semences locales échangées librement dans les médiathèques et les jardins partagés.',
      'Local seeds swapped freely in libraries and community gardens.',
    ],
  ],
  reindustrialisation: [
    [
      'Atelier de fabrication relocalisée',
      'Relocated manufacturing workshop',
      'Une petite unité de production reprend la fabrication locale d’objets auparavant importés.',
      'A small plant brings back local production of goods that used to be imported.',
    ],
    [
      'Reprise d’entreprise en coopérative',
      'Worker buy-out as a cooperative',
      'Les salariés reprennent leur entreprise sous forme coopérative pour maintenir l’emploi sur place.',
      'Employees take over their company as a cooperative to keep jobs in the area.',
    ],
    [
      'Fablab industriel partagé',
      'Shared industrial fablab',
      'Machines à commande numérique mutualisées entre artisans, PME et porteurs de projets.',
      'Digital machine tools shared between craftspeople, small firms and project leaders.',
    ],
    [
      'Filière textile locale',
      'Local textile supply chain',
      'De la laine des élevages voisins à la confection, une filière recréée avec des ateliers d’insertion.',
      'From local sheep’s wool to finished garments, a supply chain rebuilt with back-to-work workshops.',
    ],
    [
      'Pôle territorial de coopération économique',
      'Local economic cooperation hub',
      'Entreprises de l’ESS, PME et collectivités mutualisent locaux, compétences et projets.',
      'Social-economy firms, SMEs and local authorities pool premises, skills and projects.',
    ],
    [
      'Manufacture de proximité',
      'Neighbourhood manufacture',
      'Un lieu de production partagé qui accueille artisans et jeunes entreprises industrielles.',
      'A shared production space for craftspeople and young industrial firms.',
    ],
  ],
  'revitalisation-centres-villes': [
    [
      'Boutique à l’essai',
      'Trial shop',
      'Un local commercial vacant est proposé à loyer modéré pour tester une activité pendant six mois.',
      'An empty shop is offered at a low rent to test a business for six months.',
    ],
    [
      'Café associatif de centre-bourg',
      'Village-centre community café',
      'Un café géré par les habitants redonne un lieu de rencontre au centre du bourg.',
      'A café run by residents brings back a meeting place to the village centre.',
    ],
    [
      'Épicerie multiservice',
      'Multi-service grocery',
      'Épicerie, point poste et dépôt de pain réunis dans le dernier commerce du village.',
      'Grocery, post point and bread drop combined in the village’s last shop.',
    ],
    [
      'Marché de créateurs locaux',
      'Local makers’ market',
      'Un marché mensuel met en valeur artisans et producteurs dans les rues du centre.',
      'A monthly market showcases craftspeople and producers in the centre streets.',
    ],
    [
      'Réouverture de commerces vacants',
      'Reopening empty shops',
      'Une démarche concertée entre commune, propriétaires et commerçants pour réoccuper les vitrines vides.',
      'A joint approach by the council, owners and traders to fill empty shop windows.',
    ],
    [
      'Maison des projets en centre-ville',
      'Town-centre project house',
      'Un lieu ouvert où habitants et élus imaginent ensemble l’avenir du centre-ville.',
      'An open space where residents and councillors imagine the town centre’s future together.',
    ],
  ],
  'economie-circulaire': [
    [
      'Recyclerie solidaire',
      'Community reuse centre',
      'Collecte, réparation et revente à petits prix d’objets du quotidien, avec des emplois en insertion.',
      'Collection, repair and low-price resale of everyday items, with back-to-work jobs.',
    ],
    [
      'Repair café',
      'Repair café',
      'Des bénévoles aident chaque mois les habitants à réparer leurs appareils plutôt que de les jeter.',
      'Every month volunteers help residents fix their appliances rather than throw them away.',
    ],
    [
      'Ressourcerie du bâtiment',
      'Building materials reuse centre',
      'Les déchets de chantier deviennent des ressources pour l’auto-réhabilitation accompagnée.',
      'Construction waste becomes a resource for assisted self-renovation.',
    ],
    [
      'Consigne des emballages en verre',
      'Glass deposit-return scheme',
      'Bouteilles et bocaux sont collectés, lavés et réutilisés par les producteurs locaux.',
      'Bottles and jars are collected, washed and reused by local producers.',
    ],
    [
      'Atelier de couture et d’upcycling',
      'Sewing and upcycling workshop',
      'Des textiles usagés transformés en nouveaux produits par des couturières en insertion.',
      'Used textiles turned into new products by seamstresses on a back-to-work scheme.',
    ],
    [
      'Écologie industrielle territoriale',
      'Industrial symbiosis',
      'Les entreprises d’une zone d’activités échangent chaleur, matières et déchets.',
      'Firms on a business park swap heat, materials and waste.',
    ],
  ],
  'agriculture-durable': [
    [
      'Espace-test agricole',
      'Farm incubator',
      'De futurs paysans testent leur projet sur des terres mises à disposition avant de s’installer.',
      'Would-be farmers test their project on loaned land before setting up.',
    ],
    [
      'Ferme collective en agroécologie',
      'Collective agroecology farm',
      'Une ferme partagée qui forme aux pratiques agroécologiques et accueille le public.',
      'A shared farm that trains in agroecological practices and welcomes visitors.',
    ],
    [
      'Groupe d’agriculteurs pour des sols vivants',
      'Farmers’ group for living soils',
      'Des exploitants échangent leurs pratiques pour réduire le travail du sol et les intrants.',
      'Farmers share practices to reduce tillage and inputs.',
    ],
    [
      'Couveuse paysanne',
      'Smallholder business incubator',
      'Accompagnement à l’installation de maraîchers et d’éleveurs venus d’autres métiers.',
      'Support for new market gardeners and livestock farmers coming from other trades.',
    ],
    [
      'Banque de terres agricoles',
      'Farmland bank',
      'Les terres libérées par les départs en retraite sont repérées et transmises à de jeunes agriculteurs.',
      'Land freed by retiring farmers is identified and passed on to young farmers.',
    ],
    [
      'Cantine bio et locale',
      'Organic local canteen',
      'La cuisine centrale s’approvisionne auprès des fermes du territoire et forme ses cuisiniers.',
      'The central kitchen buys from local farms and trains its cooks.',
    ],
  ],
  'circuits-courts': [
    [
      'Épicerie paysanne coopérative',
      'Farmers’ cooperative grocery',
      'Des producteurs vendent ensemble leurs produits dans une boutique qu’ils tiennent à tour de rôle.',
      'Producers sell together in a shop they take turns running.',
    ],
    [
      'Paniers paysans de quartier',
      'Neighbourhood farm boxes',
      'Des familles s’engagent auprès d’un maraîcher et reçoivent chaque semaine un panier de saison.',
      'Families commit to a grower and receive a seasonal box every week.',
    ],
    [
      'Plateforme logistique des producteurs locaux',
      'Local producers’ logistics hub',
      'Une plateforme mutualise la collecte et la livraison des produits fermiers aux restaurants collectifs.',
      'A hub pools the collection and delivery of farm produce to canteens.',
    ],
    [
      'Drive fermier',
      'Farm click-and-collect',
      'Commande en ligne et retrait hebdomadaire des produits de plusieurs fermes voisines.',
      'Online orders and weekly pick-up from several nearby farms.',
    ],
    [
      'Légumerie solidaire',
      'Social vegetable-processing unit',
      'Les légumes locaux sont lavés et préparés pour les cantines par des salariés en insertion.',
      'Local vegetables are washed and prepared for canteens by people on a back-to-work scheme.',
    ],
    [
      'Halle de producteurs',
      'Producers’ market hall',
      'Une halle rénovée accueille chaque semaine les producteurs installés à moins de cinquante kilomètres.',
      'A renovated hall hosts producers from within fifty kilometres every week.',
    ],
  ],
  'metiers-competences': [
    [
      'Entreprise à but d’emploi',
      'Job-creating enterprise',
      'Des personnes privées durablement d’emploi sont embauchées pour des activités utiles au territoire.',
      'Long-term unemployed people are hired for activities the area needs.',
    ],
    [
      'Chantier d’insertion aux métiers du bâtiment',
      'Building-trades back-to-work site',
      'Une formation qualifiante sur chantier réel pour des personnes éloignées de l’emploi.',
      'Qualifying training on real building sites for people far from employment.',
    ],
    [
      'Groupement d’employeurs solidaire',
      'Shared employers’ group',
      'Plusieurs structures partagent des salariés à temps plein sur des besoins à temps partiel.',
      'Several organisations share full-time staff across part-time needs.',
    ],
    [
      'École de production',
      'Production school',
      'Des jeunes apprennent un métier en réalisant de vraies commandes pour des clients.',
      'Young people learn a trade by fulfilling real customer orders.',
    ],
    [
      'Coopérative d’activité et d’emploi',
      'Business and employment cooperative',
      'Des entrepreneurs salariés testent et développent leur activité au sein d’une coopérative.',
      'Salaried entrepreneurs test and grow their business within a cooperative.',
    ],
    [
      'Parrainage vers l’emploi',
      'Job mentoring',
      'Des professionnels bénévoles accompagnent des jeunes diplômés et des demandeurs d’emploi.',
      'Volunteer professionals mentor young graduates and jobseekers.',
    ],
  ],
  'tourisme-social': [
    [
      'Village vacances solidaire',
      'Social holiday village',
      'Des séjours à tarifs adaptés pour les familles qui ne partent pas en vacances.',
      'Affordable stays for families who never go on holiday.',
    ],
    [
      'Itinérance douce et accueil chez l’habitant',
      'Slow travel and home stays',
      'Des circuits à pied et à vélo reliant hébergements chez l’habitant et producteurs.',
      'Walking and cycling routes linking home stays and local producers.',
    ],
    [
      'Gîte d’insertion',
      'Back-to-work guesthouse',
      'Un gîte de groupe géré par une structure d’insertion qui forme aux métiers de l’accueil.',
      'A group guesthouse run by a back-to-work organisation that trains hospitality staff.',
    ],
    [
      'Tourisme accessible à tous',
      'Tourism accessible to all',
      'Sites et sentiers aménagés pour les personnes en situation de handicap.',
      'Sites and trails adapted for people with disabilities.',
    ],
    [
      'Séjours de répit pour les aidants',
      'Respite breaks for carers',
      'Des séjours qui accueillent ensemble aidants et personnes aidées.',
      'Breaks that welcome carers and the people they care for together.',
    ],
    [
      'Patrimoine raconté par les habitants',
      'Heritage told by residents',
      'Des habitants guides font découvrir le patrimoine méconnu de leur commune.',
      'Resident guides show visitors the hidden heritage of their town.',
    ],
  ],
  'acces-services-numeriques': [
    [
      'Bus des services publics',
      'Public-services bus',
      'Un bus aménagé sillonne les villages pour aider aux démarches administratives.',
      'A converted bus tours the villages to help with official paperwork.',
    ],
    [
      'Permanences numériques de proximité',
      'Local digital drop-in sessions',
      'Des permanences pour apprendre à utiliser un smartphone, une messagerie et les services en ligne.',
      'Drop-in sessions to learn to use a smartphone, email and online services.',
    ],
    [
      'Ordinateurs reconditionnés solidaires',
      'Refurbished computers for all',
      'Des ordinateurs reconditionnés par des salariés en insertion et remis à prix solidaire.',
      'Computers refurbished by people on a back-to-work scheme and sold at social prices.',
    ],
    [
      'Tiers-lieu numérique rural',
      'Rural digital third place',
      'Espace de coworking, accès à internet et ateliers d’initiation au cœur du village.',
      'Coworking, internet access and beginner workshops in the heart of the village.',
    ],
    [
      'Accès aux droits pour tous',
      'Access to rights for all',
      'Un accompagnement pour que chacun connaisse et obtienne les aides auxquelles il a droit.',
      'Support so that everyone knows and receives the benefits they are entitled to.',
    ],
    [
      'Médiation numérique pour les aînés',
      'Digital mediation for older people',
      'Des jeunes en service civique initient les aînés aux outils numériques à domicile.',
      'Young civic-service volunteers introduce older people to digital tools at home.',
    ],
  ],
  'culture-sport': [
    [
      'Sport santé en plein air',
      'Outdoor health sport',
      'Des séances gratuites d’activité physique adaptée dans les parcs et les quartiers.',
      'Free adapted physical-activity sessions in parks and neighbourhoods.',
    ],
    [
      'Musée numérique itinérant',
      'Travelling digital museum',
      'Des œuvres des grands musées présentées sur écran dans les salles des fêtes et les écoles.',
      'Works from major museums shown on screen in village halls and schools.',
    ],
    [
      'Bibliothèque de rue',
      'Street library',
      'Des lectures et des prêts de livres au pied des immeubles tout l’été.',
      'Reading and book lending at the foot of housing blocks all summer.',
    ],
    [
      'Fabrique culturelle partagée',
      'Shared cultural workshop',
      'Une ancienne usine reconvertie en lieu de création et de pratiques artistiques amateurs.',
      'A former factory turned into a place for creation and amateur arts.',
    ],
    [
      'Club sportif inclusif',
      'Inclusive sports club',
      'Un club qui accueille ensemble sportifs valides et en situation de handicap.',
      'A club where disabled and non-disabled athletes play together.',
    ],
    [
      'Orchestre des quartiers',
      'Neighbourhood orchestra',
      'Des enfants apprennent un instrument gratuitement et jouent ensemble en orchestre.',
      'Children learn an instrument free of charge and play together in an orchestra.',
    ],
  ],
  sante: [
    [
      'Maison de santé participative',
      'Participatory health centre',
      'Soignants et habitants gèrent ensemble un lieu de soins de premier recours.',
      'Health workers and residents jointly run a primary-care centre.',
    ],
    [
      'Centre de santé communautaire',
      'Community health centre',
      'Médecins salariés, médiateurs en santé et actions de prévention au cœur du quartier.',
      'Salaried doctors, health mediators and prevention work in the heart of the neighbourhood.',
    ],
    [
      'Bus de prévention santé',
      'Health-prevention bus',
      'Dépistages et consultations de prévention dans les communes sans médecin.',
      'Screenings and prevention check-ups in towns without a doctor.',
    ],
    [
      'Médiation en santé',
      'Health mediation',
      'Des médiateurs accompagnent les personnes éloignées du soin dans leur parcours.',
      'Mediators support people far from healthcare through their care pathway.',
    ],
    [
      'Santé mentale et pair-aidance',
      'Mental health peer support',
      'Un lieu d’accueil animé par des pairs pour rompre l’isolement et prévenir les crises.',
      'A drop-in run by peers to break isolation and prevent crises.',
    ],
    [
      'Téléconsultation accompagnée en pharmacie',
      'Assisted telehealth in pharmacies',
      'Des consultations à distance assistées par le pharmacien dans les communes rurales.',
      'Remote consultations assisted by the pharmacist in rural towns.',
    ],
  ],
  education: [
    [
      'Soutien scolaire solidaire',
      'Community homework help',
      'Des étudiants bénévoles accompagnent les collégiens après la classe.',
      'Student volunteers help secondary pupils after school.',
    ],
    [
      'École ouverte aux parents',
      'School open to parents',
      'Des ateliers pour que les parents comprennent l’école et accompagnent la scolarité.',
      'Workshops so that parents understand school and support their children’s learning.',
    ],
    [
      'Classe dehors',
      'Outdoor classroom',
      'Les enseignants font classe une demi-journée par semaine en pleine nature.',
      'Teachers take their class outdoors for half a day each week.',
    ],
    [
      'Lutte contre l’illettrisme',
      'Adult literacy',
      'Des ateliers de lecture et d’écriture pour les adultes, en lien avec les employeurs.',
      'Reading and writing workshops for adults, in partnership with employers.',
    ],
    [
      'Éducation aux médias',
      'Media literacy',
      'Les jeunes apprennent à décrypter l’information et à créer leurs propres médias.',
      'Young people learn to decode news and create their own media.',
    ],
    [
      'Alliance éducative de quartier',
      'Neighbourhood education alliance',
      'École, familles, associations et services publics coordonnent leurs actions autour des enfants.',
      'School, families, associations and public services coordinate their work around children.',
    ],
  ],
  vieillissement: [
    [
      'Habitat inclusif pour seniors',
      'Inclusive housing for older people',
      'Des logements adaptés autour d’un espace commun et d’une animatrice partagée.',
      'Adapted homes around a shared space and a shared coordinator.',
    ],
    [
      'Colocation intergénérationnelle',
      'Intergenerational home sharing',
      'Des aînés hébergent des étudiants en échange d’une présence et de petits services.',
      'Older people host students in return for company and small services.',
    ],
    [
      'Lutte contre l’isolement des aînés',
      'Tackling loneliness among older people',
      'Des équipes de bénévoles rendent visite chaque semaine aux personnes âgées isolées.',
      'Teams of volunteers visit isolated older people every week.',
    ],
    [
      'Halte-répit pour les aidants',
      'Respite drop-in for carers',
      'Un accueil de jour qui soulage les proches aidants de personnes atteintes de troubles cognitifs.',
      'A day centre that relieves the carers of people with dementia.',
    ],
    [
      'Adaptation des logements au vieillissement',
      'Adapting homes for ageing',
      'Ergothérapeutes et artisans adaptent les logements pour rester chez soi en sécurité.',
      'Occupational therapists and tradespeople adapt homes so people can stay safely at home.',
    ],
    [
      'Ateliers seniors actifs',
      'Active seniors workshops',
      'Ateliers mémoire, gym douce et sorties culturelles proposés par et pour les habitants.',
      'Memory workshops, gentle exercise and cultural outings run by and for residents.',
    ],
  ],
  'espaces-publics-logement': [
    [
      'Place du village co-conçue',
      'Co-designed village square',
      'Habitants, enfants et élus redessinent ensemble la place centrale.',
      'Residents, children and councillors jointly redesign the main square.',
    ],
    [
      'Auto-réhabilitation accompagnée',
      'Assisted self-renovation',
      'Des ménages rénovent leur logement avec l’aide d’artisans encadrants.',
      'Households renovate their homes with the help of supervising tradespeople.',
    ],
    [
      'Résidence pour jeunes actifs',
      'Residence for young workers',
      'Des logements meublés à loyer modéré pour les apprentis et les jeunes salariés.',
      'Low-rent furnished flats for apprentices and young workers.',
    ],
    [
      'Jardins au pied des immeubles',
      'Gardens at the foot of housing blocks',
      'Les locataires cultivent ensemble les espaces verts de leur résidence.',
      'Tenants jointly cultivate the green spaces of their estate.',
    ],
    [
      'Accession solidaire à la propriété',
      'Affordable home ownership',
      'Un organisme foncier solidaire permet à des familles modestes de devenir propriétaires.',
      'A community land trust lets low-income families become homeowners.',
    ],
    [
      'Rue aux enfants',
      'Play street',
      'Une rue fermée à la circulation un dimanche par mois pour jouer et se rencontrer.',
      'A street closed to traffic one Sunday a month for play and meeting neighbours.',
    ],
  ],
};
for (const id of ALL_THEMES)
  if (!SUBJECTS[id]) throw new Error(`no content template for theme ${id}`);

/** How the project works: [fr, en]. */
const METHODS = [
  [
    'La démarche s’appuie sur un diagnostic partagé avec les habitants et les élus.',
    'The approach builds on a diagnosis shared with residents and councillors.',
  ],
  [
    'Le projet est inscrit au contrat de relance et de transition écologique (CRTE) du territoire.',
    'The project is part of the area’s recovery and ecological transition contract (CRTE).',
  ],
  [
    'Il associe la commune, des entreprises de l’ESS et des bénévoles.',
    'It brings together the council, social-economy enterprises and volunteers.',
  ],
  [
    'Les habitants participent à chaque étape, de la conception à l’évaluation.',
    'Residents take part at every stage, from design to evaluation.',
  ],
  [
    'L’initiative essaime dans plusieurs communes voisines.',
    'The initiative is spreading to several neighbouring towns.',
  ],
  [
    'Un comité réunit chaque trimestre usagers, financeurs et partenaires.',
    'A committee of users, funders and partners meets every quarter.',
  ],
  [
    'Le modèle économique combine recettes d’activité, mécénat local et soutien public.',
    'The business model combines earned income, local sponsorship and public support.',
  ],
  [
    'Le projet a été lauréat d’un appel à projets régional.',
    'The project won a regional call for projects.',
  ],
];

/** What it achieved: a function of the random stream, returning [fr, en]. */
const IMPACTS = [
  (r) => {
    const n = r.int(20, 900);
    const year = r.int(2015, 2025);
    return [
      `${numberFr(n)} habitants impliqués depuis ${year}.`,
      `${numberEn(n)} residents involved since ${year}.`,
    ];
  },
  (r) => {
    const n = r.int(30, 1500);
    return [
      `${numberFr(n)} personnes accompagnées chaque année.`,
      `${numberEn(n)} people supported each year.`,
    ];
  },
  (r) => {
    const n = r.int(3, 40);
    const m = r.int(1, n);
    return [
      `${n} emplois créés, dont ${m} en insertion.`,
      `${n} jobs created, ${m} of them on back-to-work contracts.`,
    ];
  },
  (r) => {
    const n = r.int(8, 250);
    return [`${n} bénévoles mobilisés.`, `${n} volunteers on board.`];
  },
  (r) => {
    const year = r.int(2012, 2025);
    const n = r.int(40, 2400);
    return [
      `Lancé en ${year}, le projet touche aujourd’hui ${numberFr(n)} foyers.`,
      `Launched in ${year}, the project now reaches ${numberEn(n)} households.`,
    ];
  },
];

const CARRIER_KINDS = [
  'Association',
  'SCIC',
  'Collectif',
  'Centre social',
  'Régie de quartier',
  'Tiers-lieu',
  'Entreprise d’insertion',
  'Coopérative',
  'Fondation',
  'Groupement',
];
const CARRIER_NAMES = [
  'Les Communs',
  'Horizons partagés',
  'La Passerelle',
  'Trait d’union',
  'Les Ateliers du coin',
  'Cap solidaire',
  'Le Grand Chantier',
  'Racines communes',
  'Entre-Deux',
  'Les Liens',
  'Terre de partage',
  'Le Fil rouge',
  'L’Archipel',
  'Boussole',
  'Ensemble demain',
  'La Clé des champs',
  'Les Semeurs',
  'Ricochet',
  'L’Escale',
  'Pas à pas',
  'La Fabrique locale',
  'Cœur de bourg',
  'Les Mains ouvertes',
  'Les Passeurs',
  'Courte échelle',
  'Le Maillon',
  'Les Jardins d’à côté',
  'Point commun',
  'La Boussole verte',
  'Les Écureuils solidaires',
];

/** Where an initiative happens: one commune mostly, sometimes an EPCI, a département, a région. */
function planTerritory(random, anchor) {
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

function placeOf(plan) {
  const [first] = plan.communes;
  switch (plan.kind) {
    case 'epci': {
      const name = epciByCode.get(plan.epci).nom;
      return {
        ids: [used.epciId(plan.epci)],
        fr: `– ${name}`,
        en: `– ${name}`,
        slug: slugify(name, 40),
      };
    }
    case 'departement': {
      const name = departements.find((d) => d.code === plan.departement).nom;
      return {
        ids: [`departement:${plan.departement}`],
        fr: `– ${name}`,
        en: `– ${name}`,
        slug: slugify(name, 40),
      };
    }
    case 'region': {
      const name = regions.find((r) => r.code === plan.region).nom;
      return {
        ids: [`region:${plan.region}`],
        fr: `– ${name}`,
        en: `– ${name}`,
        slug: slugify(name, 40),
      };
    }
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

// ---------------------------------------------------------------------------------------------
// Initiatives
// ---------------------------------------------------------------------------------------------

/** Places that must appear: the three big cities, Corsica, islands in no EPCI, overseas. */
const FORCED = {
  75056: 12,
  13055: 10,
  69123: 10, // Paris, Marseille, Lyon
  '2A004': 3,
  '2B033': 3,
  '2B096': 1, // Ajaccio, Bastia, Corte
  22016: 1,
  29083: 2,
  29155: 2,
  85113: 2, // Bréhat, Sein, Ouessant, Yeu: in no EPCI
  97302: 3,
  97311: 1,
  97411: 3,
  97416: 1,
  97611: 2,
  97209: 2,
  97120: 2,
  97101: 1, // overseas
};

function generateInitiatives() {
  const random = new Random('initiatives');
  const plans = [];
  for (const [code, count] of Object.entries(FORCED)) {
    const commune = communeOf.get(code);
    if (!commune) throw new Error(`forced commune ${code} not found`);
    for (let i = 0; i < count; i++) plans.push(planTerritory(random, commune));
  }
  // Every département gets a few, so any territory filter finds something.
  for (const d of departements)
    for (let i = 0; i < 6; i++)
      plans.push(planTerritory(random, communesByDepartement.get(d.code).pick(random)));
  while (plans.length < INITIATIVE_COUNT) plans.push(planTerritory(random));
  random.shuffle(plans);

  // Themes: every theme well represented, some more popular than others.
  const themeWeights = ALL_THEMES.map((id) => [id, 0.6 + random.next()]);
  const totalWeight = themeWeights.reduce((sum, [, w]) => sum + w, 0);
  const themeOrder = [];
  for (const [id, w] of themeWeights)
    for (let i = 0; i < Math.floor((INITIATIVE_COUNT * w) / totalWeight); i++) themeOrder.push(id);
  while (themeOrder.length < INITIATIVE_COUNT) themeOrder.push(random.pick(ALL_THEMES));
  random.shuffle(themeOrder);

  const ids = new Set();
  const start = wall(2025, 1, 6);
  const span = wall(2026, 11, 27) - start;
  const initiatives = plans.map((plan, index) => {
    const theme = themeOrder[index];
    const [subjectFr, subjectEn, whatFr, whatEn] = random.pick(SUBJECTS[theme]);
    const place = placeOf(plan);
    const network = pickNetwork(random, theme, plan.communes[0]);
    const themes = [theme];
    if (random.chance(0.3)) {
      const transition = CAMPAIGN_THEMES.find((t) => t.id === theme).transition;
      const sameTransition = random.chance(0.6);
      const other = random.pick(
        CAMPAIGN_THEMES.filter(
          (t) => t.id !== theme && (t.transition === transition) === sameTransition,
        ),
      );
      themes.push(other.id);
    }

    let id = `${network}/${slugify(subjectFr, 40)}-${place.slug}`;
    if (ids.has(id)) id = `${id}-${index + 1}`;
    ids.add(id);

    const [methodFr, methodEn] = random.pick(METHODS);
    const [impactFr, impactEn] = random.pick(IMPACTS)(random);
    const titleFr = `${subjectFr} ${place.fr} (exemple)`;
    const titleEn = `${subjectEn} ${place.en} (example)`;
    const summaryFr = `${whatFr} ${methodFr} ${impactFr}`;
    const summaryEn = `${whatEn} ${methodEn} ${impactEn}`;
    const english = random.chance(0.22);

    // Updated recently more often than long ago, on working hours of the place.
    const day = Math.floor((1 - Math.pow(random.next(), 1.7)) * (span / DAY));
    let at = start + day * DAY;
    if (weekday(at) === 0) at += DAY;
    if (weekday(at) === 6) at -= DAY;
    at += random.int(8, 18) * HOUR + random.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]) * MINUTE;

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
          : `${random.pick(CARRIER_KINDS)} ${random.pick(CARRIER_NAMES)}`;
    item.updatedAt = isoInZone(at, plan.communes[0].zone);
    item.example = true;
    return { item, plan, sortKey: at };
  });
  initiatives.sort((a, b) => b.sortKey - a.sortKey || (a.item.id < b.item.id ? -1 : 1));
  return initiatives;
}

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
      const [subjectFr, subjectEn] = random.pick(SUBJECTS[theme]);
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

const initiatives = generateInitiatives();
const { joined, active } = generateJoined(initiatives);
const events = generateEvents(active);
const feed = {
  version: 1,
  generatedAt: GENERATED_AT,
  campaign,
  networks: NETWORKS.map(({ id, name, url, color, description }) => ({
    id,
    name,
    url,
    color,
    description,
  })),
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
