/**
 * The cartogram's data against the official list it was drawn from, and the numbered classes
 * of the legend.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import departements from '../../node_modules/@etalab/decoupage-administratif/data/departements.json';
import regions from '../../node_modules/@etalab/decoupage-administratif/data/regions.json';
import { classOf, classesOf, MAX_CLASSES } from '../../src/map/classes.js';
import {
  GRID_COLUMNS,
  GRID_ROWS,
  REGION_NAMES,
  TILES,
  areasOf,
  boundsOf,
  outlineOf,
} from '../../src/map/geometry.js';

interface Official {
  code: string;
  region: string;
  nom: string;
  zone: string;
}

describe('map geometry', () => {
  it('has one tile per département of France, overseas included, with its official région and name', () => {
    const official = (departements as unknown as Official[]).filter((d) => d.zone !== 'com');
    expect(official).to.have.length(101);
    expect(TILES).to.have.length(101);
    for (const d of official) {
      const tile = TILES.find((t) => t.code === d.code);
      expect(tile, d.code).to.exist;
      expect(tile!.region).to.equal(`region:${d.region}`);
      expect(tile!.name).to.equal(d.nom);
    }
    const officialRegions = (regions as unknown as Official[]).filter((r) => r.zone !== 'com');
    expect([...REGION_NAMES.keys()].sort()).to.deep.equal(
      officialRegions.map((r) => `region:${r.code}`).sort(),
    );
    for (const r of officialRegions) expect(REGION_NAMES.get(`region:${r.code}`)).to.equal(r.nom);
  });

  it('puts every tile in its own cell of the grid', () => {
    const cells = new Set(TILES.map((t) => `${t.x},${t.y}`));
    expect(cells.size).to.equal(TILES.length);
    for (const t of TILES) {
      expect(t.x).to.be.within(0, GRID_COLUMNS - 1);
      expect(t.y).to.be.within(0, GRID_ROWS - 1);
    }
  });

  it('draws every région as one connected block of its départements', () => {
    for (const region of REGION_NAMES.keys()) {
      const tiles = TILES.filter((t) => t.region === region);
      const seen = new Set([tiles[0]!]);
      const stack = [tiles[0]!];
      while (stack.length) {
        const at = stack.pop()!;
        for (const other of tiles)
          if (!seen.has(other) && Math.abs(other.x - at.x) + Math.abs(other.y - at.y) === 1) {
            seen.add(other);
            stack.push(other);
          }
      }
      expect(seen.size, region).to.equal(tiles.length);
    }
  });

  it('keeps neighbours that share a border next to each other', () => {
    const at = (code: string) => TILES.find((t) => t.code === code)!;
    const touching = (a: string, b: string) =>
      Math.abs(at(a).x - at(b).x) <= 1 && Math.abs(at(a).y - at(b).y) <= 1;
    for (const [a, b] of [
      ['29', '22'],
      ['75', '92'],
      ['75', '93'],
      ['75', '94'],
      ['69', '01'],
      ['13', '84'],
      ['2A', '2B'],
      ['59', '62'],
      ['64', '40'],
    ])
      expect(touching(a!, b!), `${a} and ${b}`).to.equal(true);
  });

  it('groups départements into régions, in reading order, and restricts to one région', () => {
    expect(areasOf('departement')).to.have.length(101);
    const regionAreas = areasOf('region');
    expect(regionAreas).to.have.length(18);
    expect(
      regionAreas
        .find((a) => a.id === 'region:53')!
        .tiles.map((t) => t.code)
        .sort(),
    ).to.deep.equal(['22', '29', '35', '56']);
    const bretagne = areasOf('departement', 'region:53');
    expect(bretagne.map((a) => a.id)).to.have.members([
      'departement:22',
      'departement:29',
      'departement:35',
      'departement:56',
    ]);
    for (let i = 1; i < bretagne.length; i++)
      expect(bretagne[i]!.cy).to.be.at.least(bretagne[i - 1]!.cy);
    expect(boundsOf(bretagne.flatMap((a) => a.tiles))).to.deep.equal({ x: 1, y: 3, w: 3, h: 2 });
  });

  it('outlines a block of tiles along its outer edges only', () => {
    const two = TILES.filter((t) => t.code === '29' || t.code === '22');
    // Two tiles side by side: 6 outer unit edges, the shared one left out.
    expect(outlineOf(two).match(/M/g)).to.have.length(6);
  });
});

describe('map classes', () => {
  it('gives few distinct values one class each, ranges contiguous from 1', () => {
    expect(classesOf([1, 3, 3, 0, 7])).to.deep.equal([
      { index: 1, min: 1, max: 1 },
      { index: 2, min: 2, max: 3 },
      { index: 3, min: 4, max: 7 },
    ]);
    expect(classesOf([0, 0])).to.deep.equal([]);
    expect(classOf(0, classesOf([1, 2]))).to.equal(0);
  });

  it('puts every count in exactly one of at most four contiguous classes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 120 }), (values) => {
        const classes = classesOf(values);
        expect(classes.length).to.be.at.most(MAX_CLASSES);
        const positive = values.filter((v) => v > 0);
        if (!positive.length) {
          expect(classes).to.deep.equal([]);
          return;
        }
        expect(classes[0]!.min).to.equal(1);
        expect(classes.at(-1)!.max).to.equal(Math.max(...positive));
        for (let i = 1; i < classes.length; i++)
          expect(classes[i]!.min).to.equal(classes[i - 1]!.max + 1);
        for (const value of positive) {
          const index = classOf(value, classes);
          const range = classes[index - 1]!;
          expect(value).to.be.within(range.min, range.max);
        }
      }),
    );
  });
});
