/**
 * The snippet generator: a CMS editor picks a widget and its options, sees it live on the demo
 * feed, and copies either a script snippet (versioned jsDelivr URL with `integrity` from
 * dist/cdn/sri.json, and an import map whose `integrity` pins the shared chunks that module
 * imports, listed in dist/cdn/modules.json) or an iframe snippet (the embed page, plus the
 * optional resize script).
 * French interface, English on request. The preview is built with createElement/setAttribute:
 * nothing typed here is ever parsed as HTML.
 */
import '../src/define.js';
import { loadFeed } from '../src/data/client.js';
import { getFeedIndex, type FeedIndex } from '../src/data/queries.js';
import { TRANSITIONS, type Feed } from '../src/data/schema.js';
import { toSafeUrl } from '../src/data/url.js';
import { localize } from '../src/i18n/localize.js';
import { VERSION } from '../src/shared/define.js';
import { EMBED_RULES, cleanValue, isEmbedWidget, type EmbedWidget } from './embed-options.js';

type Lang = 'fr' | 'en';

const PACKAGE = '@1000territoires/widgets';
const CDN = `https://cdn.jsdelivr.net/npm/${PACKAGE}@${VERSION}/dist/cdn/`;
const DEMO_FEED = new URL('./published/index.json', location.href).href;
const CAMPAIGN_URL = 'https://www.carrefourdesinnovationssociales.fr/';
/** sri.json from the sources (`npm start`: demo/ → dist/cdn/) or beside the built demo (dist/demo/ → dist/cdn/). */
const SRI_URL = import.meta.env.DEV ? '../dist/cdn/sri.json' : '../cdn/sri.json';
/** modules.json, beside sri.json: the chunks each CDN module imports. */
const MODULES_URL = SRI_URL.replace('sri.json', 'modules.json');
const FRAME_HEIGHT: Record<EmbedWidget, number> = {
  banner: 240,
  'initiative-feed': 900,
  'event-calendar': 800,
  'territory-counter': 360,
};

const texts = {
  fr: {
    nav: 'Démo',
    navDemo: 'Démonstration',
    navGenerator: 'Générateur de code',
    navEmbed: 'Page d’intégration (iframe)',
    toggle: 'English',
    toggleLang: 'en',
    pageTitle: 'Générateur de code — widgets #1000territoiresIS',
    title: 'Générateur de code d’intégration',
    intro:
      'Choisissez un widget et ses réglages, vérifiez l’aperçu, puis copiez le code à coller dans votre site.',
    widgetLegend: 'Widget',
    wBanner: 'Bannière de la campagne',
    wFeed: 'Initiatives',
    wCalendar: 'Agenda des événements',
    wCounter: 'Compteur de territoires',
    dataLegend: 'Contenu',
    network: 'Réseau',
    none: 'Aucun',
    networkHint:
      'Pour la bannière : votre réseau, affiché en co-marquage. Pour les autres : filtre.',
    territorySearch: 'Rechercher un territoire',
    territory: 'Territoire',
    allTerritories: 'Tous les territoires',
    theme: 'Thème',
    allThemes: 'Tous les thèmes',
    src: 'Adresse du flux (facultatif)',
    srcHint: 'Laissez vide pour le flux public de la campagne.',
    displayLegend: 'Affichage',
    lang: 'Langue du widget',
    langAuto: 'Celle de la page',
    scheme: 'Couleurs',
    schemeLight: 'Claires',
    schemeDark: 'Sombres',
    schemeAuto: 'Selon le réglage du visiteur',
    layout: 'Présentation',
    layoutCards: 'Cartes',
    layoutList: 'Liste',
    layoutCompact: 'Compacte (titres seuls)',
    layoutMap: 'Carte de France et liste',
    counterView: 'Présentation',
    viewNumber: 'Le nombre',
    viewMap: 'Le nombre et une carte de France',
    pageSize: 'Initiatives par page',
    view: 'Vue',
    viewAuto: 'Selon la largeur',
    viewMonth: 'Mois',
    viewWeek: 'Semaine',
    viewList: 'Liste',
    metric: 'Ce qui est compté',
    metricTerritories: 'Territoires engagés',
    metricInitiatives: 'Initiatives',
    metricNetworks: 'Réseaux partenaires',
    metricEvents: 'Événements à venir',
    breakdown: 'Détail',
    breakdownNone: 'Aucun',
    breakdownRegion: 'Par région',
    breakdownDepartement: 'Par département',
    breakdownKind: 'Par type de territoire',
    showCount: 'Afficher le nombre de territoires engagés',
    showEvent: 'Afficher le prochain événement',
    dismissible: 'Bouton pour fermer la bannière',
    hideFilters: 'Masquer les filtres du visiteur',
    hideProgress: 'Masquer la barre de progression',
    embedLegend: 'Page d’intégration (variante iframe)',
    embedUrl: 'Adresse de embed.html',
    embedUrlHint: 'Par défaut, la page embed.html publiée à côté de ce générateur.',
    baseUrl: 'Adresse de votre copie des fichiers (facultatif)',
    baseUrlHint:
      'Le dossier où vous avez publié une copie de dist/ (il contient cdn/ et demo/) : tous les codes l’utilisent. Vide : jsDelivr, et la page d’intégration publiée avec ce générateur.',
    devEmbedNote:
      'Attention : ce générateur tourne sur le serveur de développement, qui ne sert pas la page d’intégration à un cadre isolé (sandbox). Le code iframe pointe vers la page construite (npm run build:demo) : publiez dist/ et indiquez son adresse ci-dessus.',
    preview: 'Aperçu',
    previewFeed: (url: string, demo: boolean) =>
      demo
        ? `Aperçu sur le flux de démonstration (contenu d’exemple) : ${url}. Sans adresse de flux, votre code lira le flux public de la campagne.`
        : `Aperçu sur le flux indiqué : ${url}`,
    pageTitle2: 'Plusieurs widgets sur la même page',
    pageHint:
      'Ajoutez chaque widget réglé ci-dessus : un seul script (le chargeur widgets.js) pour tous les éléments, Lit et les données ne sont chargés qu’une fois.',
    addToPage: 'Ajouter ce widget à la page',
    clearPage: 'Vider',
    copyPage: 'Copier le code de la page',
    snippets: 'Code à copier',
    scriptTitle: 'Script + élément (la plupart des CMS)',
    iframeTitle: 'Iframe (CMS qui retirent les scripts : WordPress.com, Wix, articles SPIP)',
    iframeHint:
      'La ligne <script> du redimensionnement est facultative : sans elle, le cadre garde sa hauteur fixe.',
    copyScript: 'Copier le code script',
    copyIframe: 'Copier le code iframe',
    copied: 'Code copié dans le presse-papiers.',
    copyFailed: 'Copie impossible : le code est sélectionné, copiez-le avec Ctrl+C (⌘+C).',
    sriOk: (version: string) =>
      `Empreinte SRI (integrity) de la version ${version}, lue dans dist/cdn/sri.json ; la carte d’import (importmap) épingle aussi les fichiers partagés que le module charge (Chrome et Edge 127+, Firefox 138+, Safari 18+ la vérifient). Sous une CSP stricte, autorisez ce script en ligne par son empreinte ou un nonce.`,
    sriMissing:
      'Empreinte SRI indisponible (dist/cdn/sri.json introuvable) : l’attribut integrity est omis. Lancez « npm run build » pour l’obtenir.',
    feedError:
      'Le flux de démonstration n’a pas pu être lu : listes de réseaux, territoires et thèmes indisponibles.',
    found: (n: number) =>
      n === 0
        ? 'Aucun territoire trouvé.'
        : n === 1
          ? '1 territoire trouvé.'
          : `${n} territoires trouvés.`,
    transitions: 'Transitions',
    themes: 'Thèmes',
    transition: {
      ecologique: 'Transition écologique (tous ses thèmes)',
      economique: 'Transition économique (tous ses thèmes)',
      'modes-de-vie': 'Transition des modes de vie (tous ses thèmes)',
    },
    kinds: {
      commune: 'commune',
      epci: 'intercommunalité',
      departement: 'département',
      region: 'région',
      crte: 'CRTE',
    },
    fallback: {
      banner: '#1000territoiresIS — 1000 territoires d’innovation sociale',
      'initiative-feed': 'Les initiatives de la campagne #1000territoiresIS',
      'event-calendar': 'L’agenda de la campagne #1000territoiresIS',
      'territory-counter': 'Les territoires engagés dans #1000territoiresIS',
    },
    frameTitle: {
      banner: 'Bannière #1000territoiresIS',
      'initiative-feed': 'Initiatives #1000territoiresIS',
      'event-calendar': 'Agenda #1000territoiresIS',
      'territory-counter': 'Territoires engagés #1000territoiresIS',
    },
  },
  en: {
    nav: 'Demo',
    navDemo: 'Demo',
    navGenerator: 'Snippet generator',
    navEmbed: 'Embed page (iframe)',
    toggle: 'Français',
    toggleLang: 'fr',
    pageTitle: 'Snippet generator — #1000territoiresIS widgets',
    title: 'Embed snippet generator',
    intro:
      'Choose a widget and its settings, check the preview, then copy the code to paste into your site.',
    widgetLegend: 'Widget',
    wBanner: 'Campaign banner',
    wFeed: 'Initiatives',
    wCalendar: 'Event calendar',
    wCounter: 'Territory counter',
    dataLegend: 'Content',
    network: 'Network',
    none: 'None',
    networkHint: 'For the banner: your network, shown as co-branding. For the others: a filter.',
    territorySearch: 'Search for a territory',
    territory: 'Territory',
    allTerritories: 'All territories',
    theme: 'Theme',
    allThemes: 'All themes',
    src: 'Feed address (optional)',
    srcHint: 'Leave empty for the campaign’s public feed.',
    displayLegend: 'Display',
    lang: 'Widget language',
    langAuto: 'The page’s language',
    scheme: 'Colours',
    schemeLight: 'Light',
    schemeDark: 'Dark',
    schemeAuto: 'Follow the visitor’s setting',
    layout: 'Layout',
    layoutCards: 'Cards',
    layoutList: 'List',
    layoutCompact: 'Compact (titles only)',
    layoutMap: 'Map of France and list',
    counterView: 'Display',
    viewNumber: 'The number',
    viewMap: 'The number and a map of France',
    pageSize: 'Initiatives per page',
    view: 'View',
    viewAuto: 'Depends on width',
    viewMonth: 'Month',
    viewWeek: 'Week',
    viewList: 'List',
    metric: 'What is counted',
    metricTerritories: 'Territories that joined',
    metricInitiatives: 'Initiatives',
    metricNetworks: 'Partner networks',
    metricEvents: 'Upcoming events',
    breakdown: 'Breakdown',
    breakdownNone: 'None',
    breakdownRegion: 'By region',
    breakdownDepartement: 'By département',
    breakdownKind: 'By kind of territory',
    showCount: 'Show the number of territories that joined',
    showEvent: 'Show the next event',
    dismissible: 'Button to close the banner',
    hideFilters: 'Hide the visitor’s filters',
    hideProgress: 'Hide the progress bar',
    embedLegend: 'Embed page (iframe variant)',
    embedUrl: 'Address of embed.html',
    embedUrlHint: 'By default, the embed.html published next to this generator.',
    baseUrl: 'Address of your self-hosted copy (optional)',
    baseUrlHint:
      'The folder where you published a copy of dist/ (it holds cdn/ and demo/): every snippet uses it. Empty: jsDelivr, and the embed page published with this generator.',
    devEmbedNote:
      'Note: this generator runs on the development server, which cannot serve the embed page to a sandboxed frame. The iframe snippet points at the built page (npm run build:demo): publish dist/ and enter its address above.',
    preview: 'Preview',
    previewFeed: (url: string, demo: boolean) =>
      demo
        ? `Preview on the demo feed (example content): ${url}. Without a feed address, your snippet reads the campaign's public feed.`
        : `Preview on the given feed: ${url}`,
    pageTitle2: 'Several widgets on one page',
    pageHint:
      'Add each widget set up above: one script (the widgets.js loader) for every element, so Lit and the data load once.',
    addToPage: 'Add this widget to the page',
    clearPage: 'Clear',
    copyPage: 'Copy the page code',
    snippets: 'Code to copy',
    scriptTitle: 'Script + element (most CMSes)',
    iframeTitle: 'Iframe (CMSes that strip scripts: WordPress.com, Wix, SPIP articles)',
    iframeHint:
      'The resize <script> line is optional: without it, the frame keeps its fixed height.',
    copyScript: 'Copy the script code',
    copyIframe: 'Copy the iframe code',
    copied: 'Code copied to the clipboard.',
    copyFailed: 'Could not copy: the code is selected, copy it with Ctrl+C (⌘+C).',
    sriOk: (version: string) =>
      `SRI hash (integrity) of version ${version}, read from dist/cdn/sri.json; the import map also pins the shared files the module loads (checked by Chrome and Edge 127+, Firefox 138+, Safari 18+). Under a strict CSP, allow that inline script by its hash or a nonce.`,
    sriMissing:
      'SRI hash unavailable (dist/cdn/sri.json not found): the integrity attribute is left out. Run “npm run build” to get it.',
    feedError: 'The demo feed could not be read: network, territory and theme lists unavailable.',
    found: (n: number) =>
      n === 0 ? 'No territory found.' : n === 1 ? '1 territory found.' : `${n} territories found.`,
    transitions: 'Transitions',
    themes: 'Themes',
    transition: {
      ecologique: 'Ecological transition (all its themes)',
      economique: 'Economic transition (all its themes)',
      'modes-de-vie': 'Ways-of-life transition (all its themes)',
    },
    kinds: {
      commune: 'commune',
      epci: 'intercommunality',
      departement: 'département',
      region: 'region',
      crte: 'CRTE',
    },
    fallback: {
      banner: '#1000territoiresIS — 1000 territories of social innovation',
      'initiative-feed': 'The initiatives of the #1000territoiresIS campaign',
      'event-calendar': 'The #1000territoiresIS campaign calendar',
      'territory-counter': 'The territories in #1000territoiresIS',
    },
    frameTitle: {
      banner: '#1000territoiresIS banner',
      'initiative-feed': '#1000territoiresIS initiatives',
      'event-calendar': '#1000territoiresIS events',
      'territory-counter': '#1000territoiresIS territories',
    },
  },
};
type Texts = (typeof texts)['fr'];

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#generator');
const preview = $<HTMLDivElement>('#preview');
const scriptOut = $<HTMLTextAreaElement>('#snippet-script');
const iframeOut = $<HTMLTextAreaElement>('#snippet-iframe');
const sriNote = $<HTMLParagraphElement>('#sri-note');
const status = $<HTMLParagraphElement>('#copy-status');
const territorySearch = $<HTMLInputElement>('#territory-search');
const territorySelect = $<HTMLSelectElement>('#territory');
const territoryCount = $<HTMLParagraphElement>('#territory-count');
const embedUrlInput = $<HTMLInputElement>('#embed-url');
const baseUrlInput = $<HTMLInputElement>('#base-url');
const pageOut = $<HTMLTextAreaElement>('#snippet-page');
const previewFeed = $<HTMLParagraphElement>('#preview-feed');
const iframeHint = $<HTMLParagraphElement>('#iframe-hint');

let uiLang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr';
let t: Texts = texts[uiLang] as Texts;
let feed: Feed | undefined;
let index: FeedIndex | undefined;
let sri: Record<string, string> | undefined;
let modules: Record<string, string[]> | undefined;
/** The elements added to the several-widgets snippet, as their markup. */
const pageElements: string[] = [];

/** Attribute values for the snippet: quotes and markup characters escaped. */
const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function option(value: string, label: string): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

function currentWidget(): EmbedWidget {
  const value = new FormData(form).get('widget');
  return isEmbedWidget(value) ? value : 'banner';
}

/** The widget's attributes from the form, in the order of the embed table, validated by it. */
function attributes(widget: EmbedWidget): Array<[string, string]> {
  const data = new FormData(form);
  const base = location.href;
  const result: Array<[string, string]> = [];
  for (const [name, rule] of Object.entries(EMBED_RULES[widget])) {
    const raw = data.get(name);
    if (rule.kind === 'bool') {
      if (raw === 'on') result.push([name, '']);
      continue;
    }
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const value = cleanValue(rule, raw, base);
    if (value !== undefined) result.push([name, value]);
  }
  return result;
}

/** The partner's self-hosted copy of dist/ (with a trailing slash), when given. */
function filesBase(): string | undefined {
  const url = toSafeUrl(baseUrlInput.value);
  return url && (url.endsWith('/') ? url : `${url}/`);
}

/** A CDN file's address: the partner's copy (same bytes, so the same SRI hashes) or jsDelivr. */
function scriptUrl(file: string): string {
  const base = filesBase();
  return base ? `${base}cdn/${file}` : `${CDN}${file}`;
}

function integrity(file: string): string {
  const hash = sri?.[file];
  return hash ? ` integrity="${escapeAttr(hash)}" crossorigin="anonymous"` : '';
}

/**
 * An import map pinning every chunk `file` may load (modules.json) with its SRI hash: the
 * `integrity` attribute of a script tag covers that file only, not what it imports.
 */
function importMap(file: string): string[] {
  const chunks = modules?.[file] ?? [];
  if (!sri || chunks.length === 0 || !chunks.every((chunk) => sri?.[chunk])) return [];
  const integrity = Object.fromEntries(chunks.map((chunk) => [scriptUrl(chunk), sri![chunk]]));
  const json = JSON.stringify({ integrity }, null, 2).replaceAll('<', '\\u003c');
  return ['<script type="importmap">', json, '</script>'];
}

/**
 * The embed page of the iframe snippet: the one typed in, else the partner's copy, else the
 * BUILT page. On the dev server that is dist/demo/embed.html: the dev server's own embed.html
 * refuses the requests of a sandboxed (opaque-origin) frame, which then stays blank.
 */
function embedBase(): string {
  const base = filesBase();
  return (
    toSafeUrl(embedUrlInput.value) ??
    (base
      ? `${base}demo/embed.html`
      : new URL(import.meta.env.DEV ? '../dist/demo/embed.html' : './embed.html', location.href)
          .href)
  );
}

function elementMarkup(widget: EmbedWidget, attrs: Array<[string, string]>): string {
  const tag = `tis-${widget}`;
  const list = attrs
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('');
  const pageLang = attrs.find(([name]) => name === 'lang')?.[1] === 'en' ? 'en' : 'fr';
  const fallbackText = texts[pageLang].fallback[widget];
  return [
    `<${tag}${list}>`,
    `  <a href="${CAMPAIGN_URL}">${escapeText(fallbackText)}</a>`,
    `</${tag}>`,
  ].join('\n');
}

/** One loader script for every element added: each widget's code is loaded once, Lit too. */
function renderPageSnippet(): void {
  pageOut.value = pageElements.length
    ? [
        ...importMap('widgets.js'),
        `<script type="module" src="${scriptUrl('widgets.js')}"${integrity('widgets.js')}></script>`,
        ...pageElements,
      ].join('\n')
    : '';
}

function renderSnippets(widget: EmbedWidget, attrs: Array<[string, string]>): void {
  const pageLang = attrs.find(([name]) => name === 'lang')?.[1] === 'en' ? 'en' : 'fr';
  scriptOut.value = [
    ...importMap(`${widget}.js`),
    `<script type="module" src="${scriptUrl(`${widget}.js`)}"${integrity(`${widget}.js`)}></script>`,
    elementMarkup(widget, attrs),
  ].join('\n');

  const query = new URLSearchParams({ widget });
  for (const [name, value] of attrs) query.set(name, value === '' ? '' : value);
  const src = `${embedBase()}?${query.toString()}`;
  iframeOut.value = [
    `<iframe data-tis-embed src="${escapeAttr(src)}" title="${escapeAttr(texts[pageLang].frameTitle[widget])}"`,
    `  width="100%" height="${FRAME_HEIGHT[widget]}" style="width:100%;border:0" loading="lazy"`,
    `  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer"></iframe>`,
    `<script src="${scriptUrl('embed-resize.js')}"${integrity('embed-resize.js')}></script>`,
  ].join('\n');
  sriNote.textContent = sri?.[`${widget}.js`] ? t.sriOk(VERSION) : t.sriMissing;
  const devNote =
    import.meta.env.DEV && !filesBase() && !toSafeUrl(embedUrlInput.value)
      ? ` ${t.devEmbedNote}`
      : '';
  iframeHint.textContent = `${t.iframeHint}${devNote}`;
  renderPageSnippet();
}

function renderPreview(widget: EmbedWidget, attrs: Array<[string, string]>): void {
  const element = document.createElement(`tis-${widget}`);
  for (const [name, value] of attrs) element.setAttribute(name, value);
  const own = attrs.find(([name]) => name === 'src')?.[1];
  if (!own) element.setAttribute('src', DEMO_FEED);
  previewFeed.textContent = t.previewFeed(own ?? DEMO_FEED, !own);
  const link = document.createElement('a');
  link.href = CAMPAIGN_URL;
  link.textContent = t.fallback[widget];
  element.append(link);
  preview.replaceChildren(element);
}

/** Shows only the controls that apply to the chosen widget. */
function showFields(widget: EmbedWidget): void {
  for (const field of form.querySelectorAll<HTMLElement>('[data-for]')) {
    field.hidden = !field.dataset.for!.split(' ').includes(widget);
  }
}

function update(): void {
  const widget = currentWidget();
  showFields(widget);
  const attrs = attributes(widget);
  renderPreview(widget, attrs);
  renderSnippets(widget, attrs);
}

function fillNetworks(): void {
  const select = $<HTMLSelectElement>('#network');
  const chosen = select.value;
  const none = option('', t.none);
  const networks = [...(feed?.networks ?? [])]
    .map((network) => [network.id, localize(network.name, uiLang)] as const)
    .sort((a, b) => a[1].localeCompare(b[1], uiLang));
  select.replaceChildren(none, ...networks.map(([id, name]) => option(id, name)));
  select.value = chosen;
}

function fillThemes(): void {
  const select = $<HTMLSelectElement>('#theme');
  const chosen = select.value;
  const transitions = document.createElement('optgroup');
  transitions.label = t.transitions;
  transitions.append(...TRANSITIONS.map((id) => option(id, t.transition[id])));
  const themes = document.createElement('optgroup');
  themes.label = t.themes;
  themes.append(
    ...[...(feed?.themes ?? [])]
      .map((theme) => [theme.id, localize(theme.label, uiLang)] as const)
      .sort((a, b) => a[1].localeCompare(b[1], uiLang))
      .map(([id, label]) => option(id, label)),
  );
  select.replaceChildren(option('', t.allThemes), transitions, themes);
  select.value = chosen;
}

function fillTerritories(announce: boolean): void {
  const chosen = territorySelect.value;
  const query = territorySearch.value;
  const matches = index && query.trim() ? index.searchTerritories(query, 30) : [];
  const options = matches.map((territory) =>
    option(
      territory.id,
      `${territory.name} (${t.kinds[territory.kind]}, ${territory.id.split(':')[1]})`,
    ),
  );
  const kept =
    chosen && !matches.some((territory) => territory.id === chosen)
      ? index?.territories.get(chosen)
      : undefined;
  if (kept)
    options.unshift(
      option(kept.id, `${kept.name} (${t.kinds[kept.kind]}, ${kept.id.split(':')[1]})`),
    );
  territorySelect.replaceChildren(option('', t.allTerritories), ...options);
  territorySelect.value = chosen;
  if (announce) territoryCount.textContent = query.trim() ? t.found(matches.length) : '';
}

function translate(): void {
  document.documentElement.lang = uiLang;
  document.title = t.pageTitle;
  const dictionary = t as unknown as Record<string, unknown>;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = dictionary[element.dataset.i18n!];
    if (typeof value === 'string') element.textContent = value;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const value = dictionary[element.dataset.i18nLabel!];
    if (typeof value === 'string') element.setAttribute('aria-label', value);
  }
  const toggle = $<HTMLButtonElement>('#ui-lang');
  toggle.textContent = t.toggle;
  toggle.lang = t.toggleLang;
  fillNetworks();
  fillThemes();
  fillTerritories(false);
  territoryCount.textContent = '';
  status.textContent = '';
}

async function copy(target: HTMLTextAreaElement): Promise<void> {
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(target.value);
    status.textContent = t.copied;
  } catch {
    target.focus();
    target.select();
    // Older browsers and non-secure pages: the deprecated command still works there.
    status.textContent = document.execCommand('copy') ? t.copied : t.copyFailed;
  }
}

async function loadSri(): Promise<void> {
  try {
    const graph = await fetch(new URL(MODULES_URL, location.href), { cache: 'no-cache' });
    const list: unknown = graph.ok ? await graph.json() : undefined;
    if (list && typeof list === 'object') {
      modules = Object.fromEntries(
        Object.entries(list).filter((entry): entry is [string, string[]] =>
          Array.isArray(entry[1]),
        ),
      );
    }
  } catch {
    // No modules.json: the snippet pins the module only.
  }
  try {
    const response = await fetch(new URL(SRI_URL, location.href), { cache: 'no-cache' });
    const data: unknown = response.ok ? await response.json() : undefined;
    if (data && typeof data === 'object') {
      sri = Object.fromEntries(
        Object.entries(data).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && entry[1].startsWith('sha384-'),
        ),
      );
    }
  } catch {
    // Not built yet, or not JSON: the snippet goes without integrity, and says so.
  }
}

async function loadLists(): Promise<void> {
  const state = await loadFeed(DEMO_FEED);
  if (!state.feed) {
    territoryCount.textContent = t.feedError;
    return;
  }
  feed = state.feed;
  index = getFeedIndex(feed);
  fillNetworks();
  fillThemes();
  fillTerritories(false);
}

form.addEventListener('input', (event) => {
  if (event.target === territorySearch) {
    fillTerritories(true);
    return;
  }
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  button.addEventListener('click', () => copy($<HTMLTextAreaElement>(`#${button.dataset.target}`)));
}
$<HTMLButtonElement>('#add-to-page').addEventListener('click', () => {
  const widget = currentWidget();
  pageElements.push(elementMarkup(widget, attributes(widget)));
  renderPageSnippet();
});
$<HTMLButtonElement>('#clear-page').addEventListener('click', () => {
  pageElements.length = 0;
  renderPageSnippet();
});
$<HTMLButtonElement>('#ui-lang').addEventListener('click', () => {
  uiLang = uiLang === 'fr' ? 'en' : 'fr';
  t = texts[uiLang] as Texts;
  translate();
  update();
});

embedUrlInput.placeholder = new URL('./embed.html', location.href).href;
translate();
update();
await Promise.all([loadSri(), loadLists()]);
update();
