// "Replay my decisions as a policy": a Japanese policy that repeats, turn by turn, what a
// player did in a recorded game, so the lab can ask how those choices fare under other
// dice. In each turn it takes the player's actions in their order, skipping any that are
// not legal in this game's state, then ends the turn. Answers to events are left to the
// expert, since a different seed brings different events.
import type { Action, GameRecord } from '../engine';
import { balanced } from './japan';
import { partition, type Policy } from './policy';

const same = (a: Action, b: Action) => JSON.stringify(a) === JSON.stringify(b);

export function decisionsPolicy(record: GameRecord, power: Action['power'] = 'japan'): Policy {
  const byTurn = new Map<number, Action[]>();
  for (const { turn, action } of record.actions) {
    if (action.power !== power || action.type === 'endTurn' || action.type === 'answerEvent' || action.type === 'injectEvent') continue;
    byTurn.set(turn, [...(byTurn.get(turn) ?? []), action]);
  }
  return {
    name: `replay of seed ${record.seed}`,
    decide(view, legal, dice) {
      if (legal.some((a) => a.type === 'answerEvent' || a.type === 'answerProposal')) return balanced.decide(view, legal, dice);
      const planned = byTurn.get(view.turn) ?? [];
      // The recorded actions of this turn still to come: those not yet taken this turn.
      const done = view.log.filter((e) => e.turn === view.turn && e.power === power && e.action).map((e) => e.action!);
      // A custom island proposal is never in the legal list; it is legal whenever proposing is.
      const isLegal = (action: Action) =>
        action.type === 'propose' ? legal.some((a) => a.type === 'propose') : legal.some((a) => same(a, action));
      for (const action of planned) {
        if (done.some((d) => same(d, action)) || !isLegal(action)) continue;
        return { action, reasons: [{ label: 'as the player did in the recorded game', value: 1 }], score: 1 };
      }
      const { endTurn } = partition(legal);
      return { action: endTurn ?? legal[0]!, reasons: [{ label: 'the player did nothing more this turn', value: 0 }], score: 0 };
    },
  };
}
