// The map snapshot: everything the map scene draws, computed from the state for one
// viewer. The scene only renders this; it never reads the game state itself.
import { ISLANDS, POWERS, alignmentValue, explainOpinion, opinionOf, type Board, type IslandId, type PowerId, type Proposal, type Reason } from '../../engine';
import { ACCESS_LABELS, POWER_SHORT, alignmentWord, islandNames, opinionWord, regionName, signed, POWER_NAMES } from './names';
import { t } from './i18n';
import { formatList, formatQuarter, formatWhole } from './i18n/format';
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
  /** a's opinion of b and b's of a (for the Russia–China line, both are the alignment). */
  ab: number;
  ba: number;
}

/**
 * A treaty text drawn on the inset: the player's own draft when it has any terms, else the
 * proposal on the table, else the agreed text. Which islands it would hand over, and how.
 */
export interface ProposalView {
  /** "Your draft", "On the table: Russia's counter-proposal", "Agreed text". */
  title: string;
  /** One line: "Shikotan, Habomai to Japan: sovereignty, on signing", or what else it offers. */
  summary: string;
  /** Per island, what the text does to it ('' when nothing). */
  islands: Record<IslandId, string>;
  /** The islands it would hand over to Japan (outlined on the map). */
  handover: IslandId[];
}

/** Where a mark sits: on a disputed island, at a power (its capital or off-map arrow), or over the island chain. */
export type MarkPlace = IslandId | PowerId | 'kurils';

/** A turning point drawn on the map (replay and debrief). */
export interface MapMark {
  at: MarkPlace;
  /** A short text beside the marker. */
  text: string;
}

/** One other power's opinion of the viewer and the viewer's of it, for the map's text view. */
export interface OpinionView {
  power: PowerId;
  name: string;
  /** Its opinion of the viewer, and that in a word. */
  ofViewer: number;
  word: string;
  /** The viewer's opinion of it. */
  viewers: number;
}

export interface MapSnapshot {
  viewer: PowerId;
  /** The viewer's name (the text view's column heads say whose opinion is whose). */
  viewerName: string;
  opinions: OpinionView[];
  lands: Record<LandId, LandView>;
  islands: Record<IslandId, IslandView>;
  regionName: string;
  relations: RelationView[];
  alignment: { value: number; start: number; word: string };
  selected: IslandId | null;
  proposal: ProposalView | null;
  /** Turning points to mark (empty in play). */
  marks: MapMark[];
}

const LAND_POWER: Partial<Record<LandId, PowerId>> = { japan: 'japan', russia: 'russia', china: 'china' };

/**
 * The map for `viewer`. `draft` is the treaty text the viewer is building (shown on the inset
 * when it has any terms; otherwise the inset shows the proposal on the table or the agreed text).
 */
export function mapSnapshot(state: Board, viewer: PowerId, selected: IslandId | null, dateOf: (turn: number) => string, draft: Proposal | null = null): MapSnapshot {
  const lands = {} as Record<LandId, LandView>;
  for (const id of LAND_IDS) {
    const power = LAND_POWER[id];
    if (power === viewer) {
      lands[id] = { id, label: t('panels.map.you', { name: POWER_NAMES[power] }), detail: '', fill: COLOURS.self, terms: [] };
    } else if (power) {
      const value = opinionOf(state, power, viewer);
      lands[id] = {
        id,
        label: POWER_NAMES[power],
        detail: t('panels.map.opinionOf', { viewer: POWER_NAMES[viewer], value: signed(value), word: opinionWord(value) }),
        fill: opinionColour(value),
        terms: explainOpinion(state, power, viewer),
      };
    } else if (id === 'south-korea') {
      lands[id] = { id, label: t('panels.map.land.southKorea'), detail: '', fill: COLOURS.neutralLand, terms: [] };
    } else if (id === 'north-korea') {
      lands[id] = { id, label: t('panels.map.land.northKorea'), detail: '', fill: COLOURS.northKorea, terms: [] };
    } else {
      lands[id] = { id, label: t('panels.map.land.mongolia'), detail: '', fill: COLOURS.neutralLand, terms: [] };
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
      transfer: island.transferDueTurn !== null ? t('panels.map.transferDue', { date: formatQuarter(dateOf(island.transferDueTurn)) }) : '',
      fill: island.administeredBy === 'japan' ? COLOURS.disputedJapanese : COLOURS.disputedRussian,
      ring: island.access,
    };
  }
  const pair = (a: PowerId, b: PowerId): RelationView => {
    const ab = opinionOf(state, a, b);
    const ba = opinionOf(state, b, a);
    return { a, b, colour: opinionColour((ab + ba) / 2), width: 3, label: t('panels.map.relation', { a: POWER_SHORT[a], b: POWER_SHORT[b], ab: signed(ab), ba: signed(ba) }), ab, ba };
  };
  const wedge = alignmentValue(state);
  const relations: RelationView[] = [
    pair('japan', 'russia'),
    pair('japan', 'china'),
    pair('japan', 'usa'),
    { a: 'russia', b: 'china', colour: COLOURS.wedge, width: 2 + Math.round(wedge / 12), label: t('panels.map.alignment', { value: formatWhole(wedge) }), ab: wedge, ba: wedge },
  ];
  const opinions = POWERS.filter((p) => p !== viewer).map((power) => {
    const ofViewer = opinionOf(state, power, viewer);
    return { power, name: POWER_NAMES[power], ofViewer, word: opinionWord(ofViewer), viewers: opinionOf(state, viewer, power) };
  });
  return {
    viewer,
    viewerName: POWER_NAMES[viewer],
    opinions,
    lands,
    islands,
    regionName: regionName(viewer),
    relations,
    alignment: { value: wedge, start: state.alignmentStart, word: alignmentWord(wedge) },
    selected,
    proposal: proposalView(state, viewer, draft),
    marks: [],
  };
}

const transferWord = (kind: 'administration' | 'sovereignty'): string => (kind === 'administration' ? t('panels.map.transfer.administration') : t('panels.map.transfer.sovereignty'));
const scheduleWord = (schedule: Proposal['schedule']): string =>
  ({ onSigning: () => t('panels.map.schedule.onSigning'), phased: () => t('panels.map.schedule.phased'), deferred: () => t('panels.map.schedule.deferred') })[schedule]();
const accessWord = (access: 'visits' | 'joint'): string => (access === 'visits' ? t('panels.map.access.visits') : t('panels.map.access.joint'));

const pendingTitle = (from: PowerId): string => (from === 'russia' ? t('panels.map.proposal.russia') : t('panels.map.proposal.japan'));

const hasTerms = (p: Proposal): boolean => ISLANDS.some((id) => p.transfers[id] !== 'none' || p.access[id] !== 'none');

export function proposalView(state: Board, viewer: PowerId, draft: Proposal | null): ProposalView | null {
  const pending = state.treaty.pending;
  const source: { title: string; proposal: Proposal } | null =
    draft && hasTerms(draft)
      ? { title: t('panels.map.proposal.draft'), proposal: draft }
      : pending
        ? { title: pendingTitle(pending.from), proposal: pending.proposal }
        : state.treaty.agreed
          ? { title: t('panels.map.proposal.agreed'), proposal: state.treaty.agreed }
          : null;
  if (!source) return null;
  const p = source.proposal;
  const islands = {} as Record<IslandId, string>;
  const handover: IslandId[] = [];
  for (const id of ISLANDS) {
    const transfer = p.transfers[id];
    const access = p.access[id];
    // An island already in Japan's hands is not handed over again.
    const handed = transfer !== 'none' && state.islands[id].administeredBy !== 'japan';
    if (handed) handover.push(id);
    islands[id] = handed ? t('panels.map.proposal.toJapan', { kind: transferWord(transfer) }) : access !== 'none' ? accessWord(access) : '';
  }
  const names = handover.map((id) => islandNames(state, id, viewer).name);
  const kinds = [...new Set(handover.map((id) => transferWord(p.transfers[id] as 'administration' | 'sovereignty')))];
  const access = ISLANDS.filter((id) => !handover.includes(id) && p.access[id] !== 'none').map((id) => islandNames(state, id, viewer).name);
  const summary = handover.length
    ? t('panels.map.proposal.summary', { islands: names.join(t('panels.common.comma')), kinds: formatList(kinds), schedule: scheduleWord(p.schedule) })
    : access.length
      ? t('panels.map.proposal.accessOnly', { islands: access.join(t('panels.common.comma')) })
      : t('panels.map.proposal.none');
  return { title: source.title, summary, islands, handover };
}
