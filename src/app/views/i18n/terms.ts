// The game's terms in the current language, by id: the powers, the islands (as Japan names
// them) and the score categories. Each key is written out (see ./index.ts). The words are
// those of src/locales/GLOSSARY.md.
import type { Category, IslandId, PowerId } from '../../../engine';
import { formatQuarter, formatWhole } from './format';
import { t } from './index';

export const powerName = (id: PowerId): string =>
  ({
    japan: () => t('power.japan'),
    russia: () => t('power.russia'),
    china: () => t('power.china'),
    usa: () => t('power.usa'),
  })[id]();

/** An island by the name Japan gives it (Russia's names come with the scenario text, issue 11 part 2). */
export const islandName = (id: IslandId): string =>
  ({
    etorofu: () => t('island.etorofu'),
    kunashiri: () => t('island.kunashiri'),
    shikotan: () => t('island.shikotan'),
    habomai: () => t('island.habomai'),
  })[id]();

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
