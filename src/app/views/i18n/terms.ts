// The game's terms in the current language, by id: the powers, the islands and their region
// (as the viewer's side names them) and the score categories. Each key is written out (see ./index.ts). The words are
// those of src/locales/GLOSSARY.md.
import { ISLANDS, type Category, type IslandId, type PowerId } from '../../../engine';
import { formatQuarter, formatWhole } from './format';
import { language, t, type Language } from './index';

export const powerName = (id: PowerId): string =>
  ({
    japan: () => t('power.japan'),
    russia: () => t('power.russia'),
    china: () => t('power.china'),
    usa: () => t('power.usa'),
  })[id]();

/**
 * An island's name in the language, as the viewer's side names it: Russia's seat reads
 * Russia's names (Iturup, イトゥルップ島), every other seat Japan's (Etorofu, 択捉島), and so
 * does a caller that names no viewer. Every screen names the islands through here.
 */
export const islandName = (id: IslandId, viewer?: PowerId, lng: Language = language()): string =>
  viewer === 'russia'
    ? {
        etorofu: () => t('islandRussian.etorofu', { lng }),
        kunashiri: () => t('islandRussian.kunashiri', { lng }),
        shikotan: () => t('islandRussian.shikotan', { lng }),
        habomai: () => t('islandRussian.habomai', { lng }),
      }[id]()
    : {
        etorofu: () => t('island.etorofu', { lng }),
        kunashiri: () => t('island.kunashiri', { lng }),
        shikotan: () => t('island.shikotan', { lng }),
        habomai: () => t('island.habomai', { lng }),
      }[id]();

/** The viewer's name for an island and the other side's, for "Etorofu (Iturup)" where space allows. */
export function islandNames(id: IslandId, viewer?: PowerId, lng: Language = language()): { name: string; other: string } {
  const name = islandName(id, viewer, lng);
  const other = islandName(id, viewer === 'russia' ? 'japan' : 'russia', lng);
  return { name, other };
}

/**
 * The four islands as one region, as the viewer's side names it: the Northern Territories
 * (北方領土) for Japan and for a caller that names no viewer, the Southern Kurils (南クリル諸島)
 * for Russia, and a name that takes neither side for China and the United States.
 */
export function regionName(viewer?: PowerId, lng: Language = language()): string {
  if (viewer === undefined || viewer === 'japan') return t('region.japan', { lng });
  return viewer === 'russia' ? t('region.russia', { lng }) : t('region.other', { lng });
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Text written from Tokyo's side (the engine's and the scenario's) in the viewer's names:
 * for Russia's seat, Japan's names of the islands, the region and the Kuril chain, in the
 * language, become Russia's (Etorofu → Iturup, 北方領土 → 南クリル諸島); every other seat reads
 * the text as written. English names are replaced as whole words only.
 */
export function viewerWords(viewer: PowerId, lng: Language = language()): (text: string) => string {
  if (viewer !== 'russia') return (text) => text;
  const pairs: [string, string][] = [
    [regionName('japan', lng), regionName('russia', lng)],
    [t('kurils.japan', { lng }), t('kurils.russia', { lng })],
    ...ISLANDS.map((id): [string, string] => [islandName(id, 'japan', lng), islandName(id, 'russia', lng)]),
  ];
  const rules = pairs
    .filter(([from, to]) => from !== to)
    .map(([from, to]): [RegExp, string] => [new RegExp(/^[\x20-\x7e]+$/.test(from) ? `\\b${escapeRegExp(from)}\\b` : escapeRegExp(from), 'g'), to]);
  return (text) => rules.reduce((out, [pattern, name]) => out.replace(pattern, name), text);
}

export const categoryLabel = (id: Category['id']): string =>
  ({
    territory: () => t('category.territory'),
    treaty: () => t('category.treaty'),
    wedge: () => t('category.wedge'),
    security: () => t('category.security'),
    economy: () => t('category.economy'),
    domestic: () => t('category.domestic'),
  })[id]();

/** Where a game stands, for messages: "turn 5 of 8 (2017Q4)", or the end of the campaign. */
export const positionWords = (p: { over: boolean; turn: number; lastTurn: number; date: string }): string =>
  p.over ? t('position.end') : t('position.turn', { turn: formatWhole(p.turn), last: formatWhole(p.lastTurn), date: formatQuarter(p.date) });
