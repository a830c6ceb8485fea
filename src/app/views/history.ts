// Per-turn points for the graphs: the measures that matter, read from the state at the
// start of each turn (and once more when the campaign ends). The controller keeps one
// point per turn; a loaded game rebuilds them by replaying its record.
import {
  TREATY_STAGES,
  alignmentValue,
  islandsHeldByJapan,
  type IslandId,
  dateOfTurn,
  meanMilitarisation,
  opinionOf,
  pressureOnJapanValue,
  type GameState,
  type TreatyStage,
} from '../../engine';

export interface TurnPoint {
  /** The turn this point opens (lastTurn + 1 for the final state). */
  turn: number;
  date: string;
  alignment: number;
  /** Each power's opinion of Japan, and Japan's of each. */
  ofJapan: { russia: number; china: number; usa: number };
  byJapan: { russia: number; china: number; usa: number };
  russiaChina: number;
  sanctions: number;
  treatyStage: TreatyStage;
  /** The disputed islands Japan administers, in the order of ISLANDS. */
  held: IslandId[];
  /** Japan's budget, bn US$. */
  budget: number;
  /** 0 (stalled) to 4 (signed), for plotting. */
  treatyLevel: number;
  tensionChina: number;
  approval: number;
  militarisation: number;
  pressure: number;
}

export function turnPoint(state: GameState): TurnPoint {
  return {
    turn: state.turn,
    date: dateOfTurn(state, state.turn),
    alignment: alignmentValue(state),
    ofJapan: { russia: opinionOf(state, 'russia', 'japan'), china: opinionOf(state, 'china', 'japan'), usa: opinionOf(state, 'usa', 'japan') },
    byJapan: { russia: opinionOf(state, 'japan', 'russia'), china: opinionOf(state, 'japan', 'china'), usa: opinionOf(state, 'japan', 'usa') },
    russiaChina: (opinionOf(state, 'russia', 'china') + opinionOf(state, 'china', 'russia')) / 2,
    sanctions: state.world.sanctions,
    treatyStage: state.treaty.stage,
    held: islandsHeldByJapan(state),
    budget: state.powers.japan.budget,
    treatyLevel: TREATY_STAGES.indexOf(state.treaty.stage),
    tensionChina: state.world.tension['china-japan'],
    approval: state.powers.japan.approval,
    militarisation: meanMilitarisation(state),
    pressure: pressureOnJapanValue(state),
  };
}
