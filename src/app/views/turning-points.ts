// Turning points of a game, for the replay's and the debrief's timeline and map: the turns
// where the treaty changed stage, an island changed hands or a handover was agreed, a
// summit was held, or the West's sanctions on Russia moved. Read from the states at the
// end of each turn and the recorded actions; pure, so it can be tested without a browser.
import { ISLANDS, dateOfTurn, type Board, type IslandId, type PowerId, type RecordedAction } from '../../engine';
import { POWER_NAMES, STAGE_LABELS, islandNames } from './names';
import { t } from './i18n';
import { formatQuarter, formatWhole } from './i18n/format';
import type { MapMark, MarkPlace } from './map-view';

export type TurningKind = 'treaty' | 'handover' | 'summit' | 'sanctions';

export interface TurningPoint {
  /** The frame it belongs to: 0 is the start, i the end of turn i. */
  frame: number;
  turn: number;
  kind: TurningKind;
  /** A short sentence for the timeline and the map, in the viewer's island names. */
  text: string;
  at: MarkPlace;
}

export interface TurnFrame {
  turn: number;
  state: Board;
}

/** A move of the sanctions measure this large within one turn counts even without a US decision. */
export const SANCTIONS_SHIFT = 10;

/** Every turning point of `frames` (frame 0 is the start), oldest first; within a frame in the order treaty, handover, summit, sanctions. */
export function turningPoints(frames: readonly TurnFrame[], actions: readonly RecordedAction[]): TurningPoint[] {
  const out: TurningPoint[] = [];
  for (let i = 1; i < frames.length; i++) {
    const before = frames[i - 1]!.state;
    const after = frames[i]!.state;
    const turn = frames[i]!.turn;
    const add = (kind: TurningKind, text: string, at: MarkPlace) => out.push({ frame: i, turn, kind, text, at });
    if (before.treaty.stage !== after.treaty.stage) {
      add('treaty', t('panels.turning.treaty', { from: STAGE_LABELS[before.treaty.stage], to: STAGE_LABELS[after.treaty.stage] }), 'kurils');
    }
    for (const id of ISLANDS) {
      const name = islandNames(after, id, 'japan').name;
      const was = before.islands[id];
      const is = after.islands[id];
      if (was.administeredBy !== is.administeredBy) add('handover', t('panels.turning.handover', { island: name, power: POWER_NAMES[is.administeredBy] }), id as IslandId);
      else if (was.transferDueTurn === null && is.transferDueTurn !== null) add('handover', t('panels.turning.agreed', { island: name, date: formatQuarter(dateOfTurn(after, is.transferDueTurn)) }), id as IslandId);
    }
    const moves = actions.filter((a) => a.turn === turn);
    for (const { action } of moves) {
      if (action.type === 'summit') add('summit', summitText(action.partner), action.partner);
    }
    const shift = after.world.sanctions - before.world.sanctions;
    const decision = moves.map((m) => m.action).find((a) => a.type === 'setSanctions');
    const range = { from: formatWhole(before.world.sanctions), to: formatWhole(after.world.sanctions) };
    if (decision) add('sanctions', decision.direction === 'ease' ? t('panels.turning.usEases', range) : t('panels.turning.usTightens', range), 'usa');
    else if (Math.abs(shift) >= SANCTIONS_SHIFT) add('sanctions', shift < 0 ? t('panels.turning.eased', range) : t('panels.turning.tightened', range), 'usa');
  }
  return out;
}

const summitText = (partner: PowerId): string =>
  ({ japan: () => t('panels.turning.summit.japan'), russia: () => t('panels.turning.summit.russia'), china: () => t('panels.turning.summit.china'), usa: () => t('panels.turning.summit.usa') })[partner]();

/** The marks to draw on the map for one frame. */
export function marksAt(points: readonly TurningPoint[], frame: number): MapMark[] {
  return points.filter((p) => p.frame === frame).map((p) => ({ at: p.at, text: p.text }));
}
