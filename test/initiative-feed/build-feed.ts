/**
 * Builds a large v1 feed for the initiative feed's tests and measurements: the territories,
 * themes and networks of the small fixture, and `count` generated initiatives spread over them
 * (deterministic: the same count gives the same feed).
 */
import { smallFeed } from '../fixtures/small-feed.js';

const WORDS = [
  'recyclerie',
  'jardin partagé',
  'tiers-lieu',
  'épicerie solidaire',
  'atelier vélo',
  'fablab',
  'coopérative',
  'cantine',
  'ressourcerie',
  'maison de santé',
  'école',
  'mobilité',
  'énergie',
  'chantier d’insertion',
  'café associatif',
  'habitat partagé',
  'covoiturage',
  'compostage',
];
const CARRIERS = [
  'Association Les Ateliers',
  'SCIC Terres Communes',
  'Collectif Entraide',
  'Régie de quartier',
  'Mairie',
];

/** A feed with `count` initiatives; every 7th has an image, every 5th a summary in English too. */
export function buildFeed(count: number) {
  const feed = smallFeed();
  const territories = feed.territories.map((t) => String((t as Record<string, unknown>).id));
  const communes = territories.filter((id) => id.startsWith('commune:'));
  const themes = feed.themes.map((t) => t.id);
  const networks = feed.networks.map((n) => n.id);
  const initiatives = [];
  for (let i = 0; i < count; i++) {
    const word = WORDS[i % WORDS.length]!;
    const place = communes[(i * 7) % communes.length]!;
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    initiatives.push({
      id: `gen/${i}`,
      title:
        i % 5 === 0
          ? { fr: `${word} n° ${i}`, en: `${word} no. ${i}` }
          : `${word[0]!.toUpperCase()}${word.slice(1)} n° ${i}`,
      summary: `Une initiative de ${word} portée par des habitants, des associations et la collectivité, numéro ${i}.`,
      url: `https://example.org/initiatives/${i}`,
      ...(i % 7 === 0
        ? {
            image: {
              url: `https://example.org/img/${i}.jpg`,
              alt: 'Photo',
              width: 640,
              height: 360,
            },
          }
        : {}),
      network: networks[i % networks.length]!,
      territories: i % 11 === 0 ? [place, communes[(i * 13) % communes.length]!] : [place],
      themes: [
        themes[i % themes.length]!,
        ...(i % 3 === 0 ? [themes[(i * 5 + 1) % themes.length]!] : []),
      ],
      carrier: CARRIERS[i % CARRIERS.length],
      updatedAt: `2026-${month}-${day}T10:00:00+01:00`,
      example: true,
    });
  }
  return { ...feed, initiatives };
}
