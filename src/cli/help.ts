/** `--help` texts of `tis-feed`, in French and English, with examples. */
import type { Lang } from '../i18n/localize.js';

type Help = Record<Lang, string>;

const COMMON_FR = `Options communes :
  --lang fr|en     langue des messages (sinon LANG, sinon français)
  -q, --quiet      aucune progression sur la sortie d’erreur
  --progress       progression même hors terminal
  -h, --help       cette aide`;
const COMMON_EN = `Common options:
  --lang fr|en     language of the messages (else LANG, else French)
  -q, --quiet      no progress on standard error
  --progress       progress even when not on a terminal
  -h, --help       this help`;

export const HELP: Record<string, Help> = {
  main: {
    fr: `tis-feed — outils du flux partagé #1000territoiresIS (format v1)

Usage : tis-feed <commande> [options]

Commandes :
  validate <fichier-ou-url>          vérifie un flux ou une contribution
  merge <contribution>... -o f.json  assemble les contributions des réseaux
  publish <flux.json> <dossier>      publie l’arbre statique lu par les widgets
  split <flux.json> -o dossier/      (remplacé par publish) découpe par région
  export ics <flux.json>             agenda iCalendar (RFC 5545) des événements
  export jsonfeed <flux.json>        JSON Feed 1.1 des initiatives et événements
  import ics <fichier-ou-url>        transforme un agenda .ics en contribution
  schema                             affiche le JSON Schema du format
  build <dossier> -o <site>          construit le flux publié depuis un dossier de contributions
  init <dossier>                     crée le dépôt modèle où les réseaux contribuent

« tis-feed <commande> --help » détaille chaque commande, avec des exemples.
Codes de sortie : 0 réussite, 1 erreurs trouvées, 2 erreur d’utilisation ou entrée illisible.

${COMMON_FR}`,
    en: `tis-feed — tools for the shared #1000territoiresIS feed (format v1)

Usage: tis-feed <command> [options]

Commands:
  validate <file-or-url>             check a feed or a contribution
  merge <contribution>... -o f.json  assemble the networks' contributions
  publish <feed.json> <dir>          write the static tree that widgets read
  split <feed.json> -o dir/          (superseded by publish) cut by région
  export ics <feed.json>             iCalendar (RFC 5545) calendar of the events
  export jsonfeed <feed.json>        JSON Feed 1.1 of initiatives and events
  import ics <file-or-url>           turn an .ics calendar into a contribution
  schema                             print the JSON Schema of the format
  build <dir> -o <site>              build the published feed from a contributions folder
  init <dir>                         create the template repository networks contribute to

"tis-feed <command> --help" details each command, with examples.
Exit codes: 0 success, 1 problems found, 2 usage error or unreadable input.

${COMMON_EN}`,
  },
  validate: {
    fr: `Usage : tis-feed validate <fichier-ou-url>... [options]

Vérifie un flux ou la contribution d’un réseau selon le format v1 : chaque problème avec
son chemin JSON, l’identifiant de l’élément et la raison, puis un résumé. Le document
est lu en entier (100 Mo au plus) et vérifié par le même analyseur que les widgets.
Un JSON mal formé est signalé avec sa ligne et sa colonne. « - » lit l’entrée standard.

Options :
  --strict             les alertes comptent comme des erreurs (code 1)
  --format text|json   sortie lisible (défaut) ou JSON pour les machines
  --max-problems N     n’affiche que les N premiers problèmes (défaut : tous)
  --campaign FLUX      vérifie la contribution avec les règles de merge : réseau, thèmes et
                       territoires connus de ce flux partagé (fichier ou URL) ; code 1 pour
                       tout ce que merge écarterait. « reseau=fichier.json » nomme le réseau.
                       Sans --campaign, les références ne sont pas vérifiées (une note le dit).

Code de sortie : 0 valide, 1 erreurs (ou alertes avec --strict), 2 utilisation.

Exemples :
  tis-feed validate contribution.json
  tis-feed validate --campaign https://exemple.org/1000territoires/feed.json contribution.json
  tis-feed validate https://exemple.org/1000territoires/feed.json --strict
  tis-feed validate feed.json --format json > rapport.json

${COMMON_FR}`,
    en: `Usage: tis-feed validate <file-or-url>... [options]

Checks a feed or a network's contribution against format v1: every problem with its
JSON path, the item id and the reason, then a summary. The document is read whole
(100 MB at most) and checked by the same parser as the widgets. Malformed JSON is
reported with its line and column. "-" reads standard input.

Options:
  --strict             warnings count as errors (exit code 1)
  --format text|json   readable output (default) or JSON for machines
  --max-problems N     list only the first N problems (default: all)
  --campaign FEED      check the contribution with merge's rules: network, themes and
                       territories known to this shared feed (file or URL); exit 1 for
                       anything merge would drop. "network=file.json" names the network.
                       Without --campaign, references are not checked (a note says so).

Exit code: 0 valid, 1 errors (or warnings with --strict), 2 usage.

Examples:
  tis-feed validate contribution.json
  tis-feed validate --campaign https://example.org/1000territoires/feed.json contribution.json
  tis-feed validate https://example.org/1000territoires/feed.json --strict
  tis-feed validate feed.json --format json > report.json

${COMMON_EN}`,
  },
  merge: {
    fr: `Usage : tis-feed merge <contribution>... --campaign campagne.json -o feed.json

Assemble les contributions des réseaux en un flux partagé :
- chaque contribution appartient à UN réseau : son unique entrée de « networks », ou
  « reseau=fichier.json » pour l’indiquer ; un élément d’un autre réseau est refusé ;
- les identifiants deviennent « <réseau>/<id> » (sauf s’ils le sont déjà) : deux réseaux
  ne se gênent jamais ; un doublon dans un même réseau est signalé ;
- le bloc « campaign » (et les thèmes de référence) vient du fichier --campaign ;
- un territoire rejoint par plusieurs réseaux est fusionné : « joinedAt » le plus ancien,
  tous les réseaux gardés ;
- sortie déterministe : clés et éléments triés ; mêmes entrées, mêmes octets (les ETag
  du CDN ne changent que si le contenu change).

Avec --base, le flux partagé est mis à jour réseau par réseau : il garde les éléments de
tous les autres réseaux et son bloc « campaign » ; chaque « reseau=contribution.json »
remplace les éléments de ce réseau.

Options :
  --campaign FICHIER    fichier de la campagne (bloc « campaign », thèmes, territoires) ;
                        ses initiatives et événements sont ignorés (une alerte le dit)
  --base FLUX           flux partagé à mettre à jour (remplace --campaign)
  --max-problems N      n’affiche que les N premiers problèmes (défaut : tous)
  -o, --output FICHIER  fichier écrit (défaut : sortie standard)
  --generated-at DATE   date « generatedAt » (défaut : la plus récente des entrées)
  --compact             JSON sans indentation
  --strict              les alertes comptent comme des erreurs

Code de sortie : 0 fusion sans erreur, 1 des éléments ont été écartés (le fichier est
quand même écrit), 2 utilisation.

Exemples :
  tis-feed merge contributions/*.json --campaign campagne.json -o public/feed.json
  tis-feed merge cis=cis.json tle=agenda-tle.json --campaign campagne.json -o feed.json
  tis-feed merge --base public/feed.json tle=agenda-tle.json -o public/feed.json

${COMMON_FR}`,
    en: `Usage: tis-feed merge <contribution>... --campaign campaign.json -o feed.json

Assembles the networks' contributions into the shared feed:
- each contribution belongs to ONE network: its only entry in "networks", or
  "network=file.json" to say so; an item of another network is refused;
- ids become "<network>/<id>" (unless already so): two networks never clash; a
  duplicate within a network is reported;
- the "campaign" block (and the reference themes) comes from the --campaign file;
- a territory joined through several networks is merged: earliest "joinedAt", all
  networks kept;
- deterministic output: keys and items sorted; same inputs, same bytes (CDN ETags
  only change when the content does).

With --base, the shared feed is updated network by network: it keeps every other
network's items and its "campaign" block; each "network=contribution.json" replaces
that network's items.

Options:
  --campaign FILE       the campaign file ("campaign" block, themes, territories); its
                        initiatives and events are ignored (a warning says so)
  --base FEED           the shared feed to update (instead of --campaign)
  --max-problems N      list only the first N problems (default: all)
  -o, --output FILE     file to write (default: standard output)
  --generated-at DATE   "generatedAt" (default: the latest of the inputs)
  --compact             JSON without indentation
  --strict              warnings count as errors

Exit code: 0 merged without errors, 1 items were dropped (the file is still written),
2 usage.

Examples:
  tis-feed merge contributions/*.json --campaign campaign.json -o public/feed.json
  tis-feed merge cis=cis.json tle=calendar-tle.json --campaign campaign.json -o feed.json
  tis-feed merge --base public/feed.json tle=calendar-tle.json -o public/feed.json

${COMMON_EN}`,
  },
  publish: {
    fr: `Usage : tis-feed publish <flux.json> <dossier>

Écrit l’arbre publié du flux (format v1.1), que tout hébergement statique ou CDN sert
tel quel : « index.json » (la seule adresse à donner aux widgets : campagne, réseaux,
thèmes, régions et départements, prochains événements, chiffres du bandeau et du
compteur, liste des fichiers) et des fichiers nommés par l’empreinte de leur contenu :
initiatives par territoire (pages), événements par mois, territoires par région.
Liens relatifs : l’arbre marche où qu’il soit hébergé. Même flux, mêmes octets.
Un fichier « _headers » donne les règles de cache (voir docs/hosting.md).

Options :
  --page-size N         initiatives par page d’un territoire (défaut : 200)

Exemple :
  tis-feed publish feed.json public/feed/

${COMMON_FR}`,
    en: `Usage: tis-feed publish <feed.json> <dir>

Writes the published tree of the feed (format v1.1), which any static host or CDN
serves as is: "index.json" (the one URL widgets are given: campaign, networks, themes,
régions and départements, next events, the banner's and counter's figures, the list
of shards) and shards named by a hash of their content: initiatives by territory
(paged), events by month, territories by région. Links are relative: the tree works
wherever it is hosted. Same feed, same bytes. A "_headers" file gives the cache rules
(see docs/hosting.md).

Options:
  --page-size N         initiatives per page of a territory (default: 200)

Example:
  tis-feed publish feed.json public/feed/

${COMMON_EN}`,
  },
  split: {
    fr: `Usage : tis-feed split <flux.json> -o dossier/ --base-url URL

Découpe un gros flux en un fichier par région (« region-53.json »...) et un index
(« feed.json ») qui les liste dans « parts ». L’index garde la campagne, les réseaux,
les thèmes, tous les territoires et les éléments sans région.

Options :
  -o, --output DOSSIER  dossier écrit (obligatoire)
  --base-url URL        adresse publique du dossier, pour les liens « parts » (obligatoire)
  --index NOM           nom de l’index (défaut : feed.json)
  --compact             JSON sans indentation

Exemple :
  tis-feed split feed.json -o public/feed/ --base-url https://exemple.org/feed/

${COMMON_FR}`,
    en: `Usage: tis-feed split <feed.json> -o dir/ --base-url URL

Cuts a large feed into one file per région ("region-53.json"...) and an index
("feed.json") that lists them in "parts". The index keeps the campaign, networks,
themes, every territory and the items in no région.

Options:
  -o, --output DIR      folder to write (required)
  --base-url URL        public address of that folder, for the "parts" links (required)
  --index NAME          name of the index (default: feed.json)
  --compact             JSON without indentation

Example:
  tis-feed split feed.json -o public/feed/ --base-url https://example.org/feed/

${COMMON_EN}`,
  },
  'export ics': {
    fr: `Usage : tis-feed export ics <flux-ou-url> [--network X] [--territory T] -o agenda.ics

Écrit un agenda iCalendar (RFC 5545) des événements, à s’abonner dans n’importe quelle
application d’agenda. Même code ICS que le widget agenda : heures en UTC, journées
entières en dates, statut (annulé...), lignes pliées à 75 octets.

Options :
  --network ID          événements organisés par ce réseau, ou auxquels il est invité
  --territory ID        événements dans ce territoire (ex. region:53, departement:29)
  --from DATE           seulement les événements qui finissent après cette date
  --name TEXTE          nom de l’agenda (défaut : nom de la campagne)
  --refresh DURÉE       fréquence de mise à jour conseillée aux abonnés (défaut : PT6H)
  --now DATE            horodatage DTSTAMP (défaut : « generatedAt » du flux)
  --lang fr|en          langue des textes
  -o, --output FICHIER  fichier écrit (défaut : sortie standard)

Exemples :
  tis-feed export ics feed.json -o public/agenda.ics
  tis-feed export ics feed.json --network cis --territory region:53 -o cis-bretagne.ics

${COMMON_FR}`,
    en: `Usage: tis-feed export ics <feed-or-url> [--network X] [--territory T] -o events.ics

Writes an iCalendar (RFC 5545) calendar of the events, to subscribe to in any calendar
app. The same ICS code as the calendar widget: times in UTC, all-day events as dates,
status (cancelled...), lines folded at 75 octets.

Options:
  --network ID          events organised by this network, or to which it is invited
  --territory ID        events within this territory (e.g. region:53, departement:29)
  --from DATE           only events ending after this date
  --name TEXT           calendar name (default: the campaign's name)
  --refresh DURATION    refresh interval suggested to subscribers (default: PT6H)
  --now DATE            DTSTAMP (default: the feed's "generatedAt")
  --lang fr|en          language of the texts
  -o, --output FILE     file to write (default: standard output)

Examples:
  tis-feed export ics feed.json -o public/events.ics
  tis-feed export ics feed.json --network cis --territory region:53 -o cis-brittany.ics

${COMMON_EN}`,
  },
  'export jsonfeed': {
    fr: `Usage : tis-feed export jsonfeed <flux-ou-url> [options] -o feed-lecteur.json

Écrit un JSON Feed 1.1 (https://jsonfeed.org/version/1.1) des initiatives et des
événements, lisible dans les lecteurs de flux.

Options :
  --network ID, --territory ID, --from DATE   mêmes filtres que export ics
  --only initiatives|events   un seul type d’élément
  --feed-url URL        adresse publique de ce JSON Feed (feed_url)
  --home-page-url URL   page d’accueil (défaut : url de la campagne)
  --title TEXTE         titre (défaut : nom de la campagne)
  --limit N             seulement les N éléments les plus récents
  --now DATE            date par défaut des éléments (défaut : « generatedAt » du flux)
  -o, --output FICHIER  fichier écrit (défaut : sortie standard)

Exemple :
  tis-feed export jsonfeed feed.json --feed-url https://exemple.org/feed.jsonfeed.json -o public/feed.jsonfeed.json

${COMMON_FR}`,
    en: `Usage: tis-feed export jsonfeed <feed-or-url> [options] -o reader-feed.json

Writes a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of initiatives and events,
readable in feed readers.

Options:
  --network ID, --territory ID, --from DATE   same filters as export ics
  --only initiatives|events   one kind of item only
  --feed-url URL        public address of this JSON Feed (feed_url)
  --home-page-url URL   home page (default: the campaign's url)
  --title TEXT          title (default: the campaign's name)
  --limit N             only the N most recent items
  --now DATE            default date of items (default: the feed's "generatedAt")
  -o, --output FILE     file to write (default: standard output)

Example:
  tis-feed export jsonfeed feed.json --feed-url https://example.org/feed.jsonfeed.json -o public/feed.jsonfeed.json

${COMMON_EN}`,
  },
  'import ics': {
    fr: `Usage : tis-feed import ics <fichier-ou-url> --network X -o contribution.json

Transforme l’agenda existant d’un réseau (.ics) en contribution au format v1 : fuseaux
horaires (VTIMEZONE ou noms IANA), journées entières, événements récurrents développés
sur une fenêtre bornée (RRULE, EXDATE, occurrences déplacées), événements annulés
gardés avec « status: cancelled ».

Options :
  --network ID          identifiant du réseau (obligatoire)
  --network-name TEXTE  nom du réseau dans la contribution
  --territory ID        territoire donné à chaque événement (répétable)
  --time-zone ZONE      zone des heures « flottantes » et des journées entières
                        (défaut : Europe/Paris)
  --from DATE           début de la fenêtre (défaut : il y a 90 jours)
  --to DATE             fin de la fenêtre (défaut : dans 365 jours)
  --now DATE            « maintenant », pour des résultats reproductibles
  -o, --output FICHIER  fichier écrit (défaut : sortie standard)

Exemples :
  tis-feed import ics agenda.ics --network tiers-lieux-ensemble -o contribution.json
  tis-feed import ics https://agenda.exemple.org/public.ics --network cis --territory region:53 -o cis.json

${COMMON_FR}`,
    en: `Usage: tis-feed import ics <file-or-url> --network X -o contribution.json

Turns a network's existing calendar (.ics) into a format v1 contribution: time zones
(VTIMEZONE or IANA names), all-day events, recurring events expanded over a bounded
window (RRULE, EXDATE, moved occurrences), cancelled events kept with
"status: cancelled".

Options:
  --network ID          the network's id (required)
  --network-name TEXT   the network's name in the contribution
  --territory ID        territory given to every event (repeatable)
  --time-zone ZONE      zone of "floating" times and all-day events
                        (default: Europe/Paris)
  --from DATE           start of the window (default: 90 days ago)
  --to DATE             end of the window (default: in 365 days)
  --now DATE            "now", for reproducible results
  -o, --output FILE     file to write (default: standard output)

Examples:
  tis-feed import ics calendar.ics --network tiers-lieux-ensemble -o contribution.json
  tis-feed import ics https://calendar.example.org/public.ics --network cis --territory region:53 -o cis.json

${COMMON_EN}`,
  },
  schema: {
    fr: `Usage : tis-feed schema [-o fichier]

Affiche le JSON Schema (draft 2020-12) du format v1, généré depuis les mêmes schémas que
le parseur. Pour valider une contribution sans JavaScript.

Exemple :
  tis-feed schema -o feed-format.schema.json

${COMMON_FR}`,
    en: `Usage: tis-feed schema [-o file]

Prints the JSON Schema (draft 2020-12) of format v1, generated from the same schemas as
the parser. To validate a contribution without JavaScript.

Example:
  tis-feed schema -o feed-format.schema.json

${COMMON_EN}`,
  },
  build: {
    fr: `Usage : tis-feed build <dossier> -o <site>

Construit en une commande l’arbre publié du flux (comme publish) depuis un dossier :
  <dossier>/campaign.json                 la campagne, les réseaux, thèmes, territoires
  <dossier>/contributions/<réseau>.json   la contribution d’un réseau (format v1)
  <dossier>/contributions/<réseau>.ics    un agenda, importé comme par « import ics »
  <dossier>/contributions/<réseau>.ics.url  l’adresse d’un agenda (1re ligne), puis
                                          des lignes « territory: region:53 », « time-zone: … »
Chaque contribution est vérifiée avec les règles de « validate --campaign » : un élément
invalide est écarté avec sa raison. Une contribution inutilisable (pas du JSON, trop grosse,
agenda injoignable ou page HTML, éléments d’un autre réseau) est écartée entière : ce réseau
garde les éléments de la construction précédente (<site>/feed.json), les autres sont publiés,
et le code de sortie est 1.
Écrit aussi <site>/feed.json (le flux fusionné) et <site>/report.json (le rapport), dans un
dossier temporaire remplacé d’un coup : jamais de site à moitié écrit. Mêmes entrées, mêmes
octets : la date vient des entrées, ou de --generated-at.

Options :
  -o, --output DOSSIER  le site à écrire (obligatoire)
  --generated-at DATE   date du flux (ISO 8601) ; « now » pour l’horloge
                        (défaut : la plus récente de campaign.json et des contributions)
  --previous F|URL      le feed.json de la publication précédente (défaut : <site>/feed.json)
  --max-size MO         taille maximale d’un fichier ou d’un agenda (défaut : 20)
  --ics-timeout S       délai maximal pour lire un agenda en ligne (défaut : 30)
  --page-size N         initiatives par page d’un territoire (défaut : 200)

Exemples :
  tis-feed build . -o site/
  tis-feed build . -o site/ --generated-at now --previous https://flux.example.org/feed.json

Voir docs/running-the-feed.md.

${COMMON_FR}`,
    en: `Usage: tis-feed build <dir> -o <site>

Builds the published tree of the feed (as publish does) from a folder, in one command:
  <dir>/campaign.json                   the campaign, networks, themes, territories
  <dir>/contributions/<network>.json    a network's contribution (format v1)
  <dir>/contributions/<network>.ics     a calendar, imported as "import ics" does
  <dir>/contributions/<network>.ics.url a calendar's URL (first line), then optional
                                        "territory: region:53", "time-zone: …" lines
Every contribution is checked with the rules of "validate --campaign": an invalid item is
dropped with its reason. A contribution that cannot be used (not JSON, too large, calendar
unreachable or an HTML page, items of another network) is left out whole: that network keeps
the items of the previous build (<site>/feed.json), the others are published, and the exit
code is 1.
Also writes <site>/feed.json (the merged feed) and <site>/report.json (the report), in a
temporary folder swapped in at once: never a half-written site. Same inputs, same bytes: the
date comes from the inputs, or from --generated-at.

Options:
  -o, --output DIR      the site to write (required)
  --generated-at DATE   the feed's date (ISO 8601); "now" for the clock
                        (default: the latest of campaign.json and the contributions)
  --previous F|URL      the previous build's feed.json (default: <site>/feed.json)
  --max-size MB         largest file or calendar read (default: 20)
  --ics-timeout S       longest wait for an online calendar (default: 30)
  --page-size N         initiatives per page of a territory (default: 200)

Examples:
  tis-feed build . -o site/
  tis-feed build . -o site/ --generated-at now --previous https://feed.example.org/feed.json

See docs/running-the-feed.md.

${COMMON_EN}`,
  },
  init: {
    fr: `Usage : tis-feed init <dossier>

Crée le dépôt modèle du flux d’une campagne : campaign.json, une contribution d’exemple
(données fictives), un README pour les réseaux (français puis anglais), un workflow GitHub
Actions et le même enchaînement en script shell (scripts/feed.sh) pour toute autre CI :
vérification et rapport sur chaque pull request, construction et déploiement sur main et
toutes les six heures.

Options :
  --force               écrit même si le dossier n’est pas vide

Exemple :
  tis-feed init flux-campagne && cd flux-campagne && git init

Voir docs/running-the-feed.md.

${COMMON_FR}`,
    en: `Usage: tis-feed init <dir>

Creates the template repository of a campaign's feed: campaign.json, an example contribution
(made-up data), a README for networks (French, then English), a GitHub Actions workflow and
the same steps as a shell script (scripts/feed.sh) for any other CI: a check and a report on
each pull request, a build and a deploy on main and every six hours.

Options:
  --force               write even when the folder is not empty

Example:
  tis-feed init campaign-feed && cd campaign-feed && git init

See docs/running-the-feed.md.

${COMMON_EN}`,
  },
};
