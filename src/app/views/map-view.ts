// The map snapshot: everything the map scene draws, computed from the state for one
// viewer. The scene only renders this; it never reads the game state itself.
import { ISLANDS, alignmentValue, explainOpinion, opinionOf, type Board, type IslandId, type PowerId, type Reason } from '../../engine';
import { ACCESS_LABELS, POWER_SHORT, alignmentWord, islandNames, opinionWord, regionName, signed, POWER_NAMES } from './names';
import { COLOURS, opinionColour } from './palette';

export const LAND_IDS = ['japan', 'russia', 'china', 'north-korea', 'south-korea', 'mongolia'] as const;
export type LandId = (typeof LAND_IDS)[number];

export interface LandView {
  id: LandId;
  label: string;
  /** A second line: the number behind the tint, in words too. */
  detail: string;
  fill: number;
  /** The named terms behind the number (explainOpinion), for the hover text. */
  terms: Reason[];
}

export interface IslandView {
  id: IslandId;
  name: string;
  other: string;
  administeredBy: 'japan' | 'russia';
  access: string;
  militarisation: number;
  /** "transfer due 2018Q2" or '' */
  transfer: string;
  fill: number;
  /** Outline for access: none, visits (thin ring) or joint activity (thick ring). */
  ring: 'none' | 'visits' | 'joint';
}

export interface RelationView {
  a: PowerId;
  b: PowerId;
  colour: number;
  width: number;
  label: string;
}

export interface MapSnapshot {
  viewer: PowerId;
  lands: Record<LandId, LandView>;
  islands: Record<IslandId, IslandView>;
  regionName: string;
  relations: RelationView[];
  alignment: { value: number; start: number; word: string };
  selected: IslandId | null;
}

const LAND_POWER: Partial<Record<LandId, PowerId>> = { japan: 'japan', russia: 'russia', china: 'china' };

export function mapSnapshot(state: Board, viewer: PowerId, selected: IslandId | null, dateOf: (turn: number) => string): MapSnapshot {
  const lands = {} as Record<LandId, LandView>;
  for (const id of LAND_IDS) {
    const power = LAND_POWER[id];
    if (power === viewer) {
      lands[id] = { id, label: `${POWER_NAMES[power]} (you)`, detail: '', fill: COLOURS.self, terms: [] };
    } else if (power) {
      const value = opinionOf(state, power, viewer);
      lands[id] = {
        id,
        label: POWER_NAMES[power],
        detail: `opinion of ${POWER_NAMES[viewer]} ${signed(value)} · ${opinionWord(value)}`,
        fill: opinionColour(value),
        terms: explainOpinion(state, power, viewer),
      };
    } else if (id === 'south-korea') {
      lands[id] = { id, label: 'South Korea', detail: '', fill: COLOURS.neutralLand, terms: [] };
    } else if (id === 'north-korea') {
      lands[id] = { id, label: 'North Korea', detail: '', fill: COLOURS.northKorea, terms: [] };
    } else {
      lands[id] = { id, label: 'Mongolia', detail: '', fill: COLOURS.neutralLand, terms: [] };
    }
  }
  const islands = {} as Record<IslandId, IslandView>;
  for (const id of ISLANDS) {
    const island = state.islands[id];
    const names = islandNames(state, id, viewer);
    islands[id] = {
      id,
      name: names.name,
      other: names.other,
      administeredBy: island.administeredBy,
      access: ACCESS_LABELS[island.access],
      militarisation: Math.round(island.militarisation),
      transfer: island.transferDueTurn !== null ? `transfer due ${dateOf(island.transferDueTurn)}` : '',
      fill: island.administeredBy === 'japan' ? COLOURS.disputedJapanese : COLOURS.disputedRussian,
      ring: island.access,
    };
  }
  const pair = (a: PowerId, b: PowerId): RelationView => {
    const ab = opinionOf(state, a, b);
    const ba = opinionOf(state, b, a);
    return { a, b, colour: opinionColour((ab + ba) / 2), width: 3, label: `${POWER_SHORT[a]}→${POWER_SHORT[b]} ${signed(ab)} · ${POWER_SHORT[b]}→${POWER_SHORT[a]} ${signed(ba)}` };
  };
  const wedge = alignmentValue(state);
  const relations: RelationView[] = [
    pair('japan', 'russia'),
    pair('japan', 'china'),
    pair('japan', 'usa'),
    { a: 'russia', b: 'china', colour: COLOURS.wedge, width: 2 + Math.round(wedge / 12), label: `RU–CN alignment ${Math.round(wedge)}` },
  ];
  return {
    viewer,
    lands,
    islands,
    regionName: regionName(viewer),
    relations,
    alignment: { value: wedge, start: state.alignmentStart, word: alignmentWord(wedge) },
    selected,
  };
}
