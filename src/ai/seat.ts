// One seat played by a policy, step by step through a game: the campaign runner, the
// controller and the search player's rollouts all drive seats the same way.
import { checkAction, legalActions, observe, type CheckedAction, type GameState, type PowerId } from '../engine';
import { deliberationDice, type Decision, type Policy } from './policy';

/**
 * One seat played by a policy. Where the policy plans whole phases, the seat keeps the plan
 * and hands out its actions one at a time, skipping any that stopped being legal; otherwise
 * it asks the policy step by step. A seat is a cache of the policy's intentions: given the
 * same sequence of states it makes the same decisions.
 */
export class Seat {
  private plan: Decision[] = [];
  private planTurn = -1;

  constructor(
    readonly power: PowerId,
    readonly policy: Policy,
  ) {}

  /** The seat's decision in `state`. */
  next(state: GameState): Decision {
    return this.nextChecked(state).decision;
  }

  /** The same, with the engine's check of the action in `state` (null when it is illegal). */
  nextChecked(state: GameState): SeatDecision {
    if (state.turn !== this.planTurn) this.plan = [];
    while (this.plan.length > 0) {
      const planned = this.plan.shift()!;
      const checked = checkAction(state, planned.action);
      if (checked) return { decision: planned, checked };
    }
    if (!this.policy.plan) return checkedDecision(state, decideWith(state, this.power, this.policy));
    const view = observe(state, this.power);
    const plan = this.policy.plan(view, legalActions(state, this.power), deliberationDice(state, this.power));
    // Even the plan's first action is checked: a policy may offer a draft of its own that
    // is not among the legal actions.
    for (let first = 0; first < plan.length; first++) {
      const checked = checkAction(state, plan[first]!.action);
      if (!checked) continue;
      this.planTurn = state.turn;
      this.plan = plan.slice(first + 1);
      return { decision: plan[first]!, checked };
    }
    return checkedDecision(state, decideWith(state, this.power, this.policy));
  }
}

/** A seat's decision, with the engine's check of its action in the state it was made in. */
export interface SeatDecision {
  decision: Decision;
  checked: CheckedAction | null;
}

const checkedDecision = (state: GameState, decision: Decision): SeatDecision => ({ decision, checked: checkAction(state, decision.action) });

/** The decision of `policy` for `power` in `state`, seeing only what that seat may see. */
export function decideWith(state: GameState, power: PowerId, policy: Policy): Decision {
  const view = observe(state, power);
  const legal = legalActions(state, power);
  return policy.decide(view, legal, deliberationDice(state, power));
}
