// What a rule of the action table is, and the small builders the tables share.
import type { Action, ActionError, ActionErrorCode, ActionType, Board, GameState, PowerId } from './types';
import type { Dice } from './rng';

export interface Cost {
  capital: number;
  budget: number;
  approval: number;
}

export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

export interface Rule<T extends ActionType> {
  powers: readonly PowerId[];
  group: 'turn' | 'economy' | 'islands' | 'summit' | 'wedge' | 'security' | 'china' | 'response' | 'military' | 'policy';
  label: string;
  /** At most once per turn for the acting power (per distinct key, see `onceKey`). */
  oncePerTurn: boolean;
  cost: (state: Board, action: ActionOf<T>) => Cost;
  /** Why the action is not allowed now (beyond cost and once-a-turn); null when it is. */
  check: (state: Board, action: ActionOf<T>) => ActionError | null;
  /** Mutates the draft; returns the news line. */
  apply: (draft: GameState, action: ActionOf<T>, dice: Dice) => string;
  /** Concrete actions to list among the legal actions, in a stable order. */
  candidates: (state: Board, power: PowerId) => ActionOf<T>[];
}

export const free: Cost = Object.freeze({ capital: 0, budget: 0, approval: 0 });
export const capital = (n: number, budget = 0, approval = 0): Cost => Object.freeze({ capital: n, budget, approval });
/** A cost that never varies, built once: listing legal actions asks for thousands of costs. */
export const fixed = (cost: Cost) => () => cost;
export const SUMMIT_COST = { russia: capital(3), other: capital(2) };
export const fail = (code: ActionErrorCode, message: string): ActionError => ({ code, message });
export const japanOnly = ['japan'] as const;
export const single = <T extends ActionType>(action: ActionOf<T>) => [action];
/** Candidates that never vary, built once and frozen: they are listed on every AI step. */
export const constant = <T extends ActionType>(actions: ActionOf<T>[]) => {
  const frozen = Object.freeze(actions.map((a) => Object.freeze(a))) as ActionOf<T>[];
  return () => frozen;
};

