// "Replay my decisions as a policy": a Japanese policy that repeats, turn by turn, what a
// player did in a recorded game, so the lab can ask how those choices fare under other
// dice. In each turn it takes the player's actions in their order, skipping any that are
// not legal in this game's state, then ends the turn. Answers to events are left to the
// expert, since a different seed brings different events.
import { parseAction, whyNot, type Action, type GameRecord } from '../engine';
import { balanced } from './japan';
import { partition, type Policy } from './policy';

const same = (a: Action, b: Action) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The policy of a record's decisions. The record may come from a file: every action is
 * parsed again here (a fresh copy; throws naming the entry when one is malformed, which a
 * record read by parseRecord never is), and each is offered only when the engine says it
 * is legal in the game at hand.
 */
export function decisionsPolicy(record: GameRecord, power: Action['power'] = 'japan'): Policy {
  const byTurn = new Map<number, Action[]>();
  record.actions.forEach((entry, i) => {
    const parsed = parseAction(entry.action);
    if (!parsed.ok) throw new Error(`record.actions[${i}].${parsed.error.message}`);
    const action = parsed.value;
    if (action.power !== power || action.type === 'endTurn' || action.type === 'answerEvent' || action.type === 'injectEvent') return;
    byTurn.set(entry.turn, [...(byTurn.get(entry.turn) ?? []), action]);
  });
  return {
    name: `replay of seed ${record.seed}`,
    // It finds what it has done this turn in the news.
    readsNews: true,
    decide(view, legal, dice) {
      if (legal.some((a) => a.type === 'answerEvent' || a.type === 'answerProposal')) return balanced.decide(view, legal, dice);
      const planned = byTurn.get(view.turn) ?? [];
      // The recorded actions of this turn still to come: those not yet taken this turn.
      const done = view.log.filter((e) => e.turn === view.turn && e.power === power && e.action).map((e) => e.action!);
      // A custom island proposal is never in the legal list: the engine judges it as it stands.
      const isLegal = (action: Action) => (action.type === 'propose' ? whyNot(view, action) === null : legal.some((a) => same(a, action)));
      for (const action of planned) {
        if (done.some((d) => same(d, action)) || !isLegal(action)) continue;
        return { action, reasons: [{ label: 'as the player did in the recorded game', value: 1 }], score: 1 };
      }
      const { endTurn } = partition(legal);
      return { action: endTurn ?? legal[0]!, reasons: [{ label: 'the player did nothing more this turn', value: 0 }], score: 0 };
    },
  };
}
