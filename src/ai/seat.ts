// One seat played by a policy, step by step through a game: the campaign runner, the
// controller and the search player's rollouts all drive seats the same way.
import { legalActions, observe, whyNot, type GameState, type PowerId } from '../engine';
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

  next(state: GameState): Decision {
    if (state.turn !== this.planTurn) this.plan = [];
    while (this.plan.length > 0) {
      const planned = this.plan.shift()!;
      if (whyNot(state, planned.action) === null) return planned;
    }
    if (!this.policy.plan) return decideWith(state, this.power, this.policy);
    const view = observe(state, this.power);
    const plan = this.policy.plan(view, legalActions(state, this.power), deliberationDice(state, this.power));
    // Even the plan's first action is checked: a policy may offer a draft of its own that
    // is not among the legal actions, and the runner applies what a seat hands out unchecked.
    const first = plan.findIndex((d) => whyNot(state, d.action) === null);
    if (first < 0) return decideWith(state, this.power, this.policy);
    this.planTurn = state.turn;
    this.plan = plan.slice(first + 1);
    return plan[first]!;
  }
}

/** The decision of `policy` for `power` in `state`, seeing only what that seat may see. */
export function decideWith(state: GameState, power: PowerId, policy: Policy): Decision {
  const view = observe(state, power);
  const legal = legalActions(state, power);
  return policy.decide(view, legal, deliberationDice(state, power));
}
