// Fixed plans: `plan:<item>+<item>+<item>`, one to three items that Japan takes in the
// order given every turn, each when it is legal, before ending the turn. They are the straw
// men of calibration target 9 and the search space of the exploit scan
// (scripts/exploit-scan.ts). Items are read off the engine's RULES, so a Japanese action
// type added later becomes an item without a change here.
// The module itself, not the data layer's index: the index brings the validator (zod), which
// the lab's worker, playing fixed plans, has no use for.
import { builtinScenario } from '../data/builtin';
import { RULES, clip, createGame, err, ok, presetProposals, type Action, type ActionType, type Board, type Result, type View } from '../engine';
import { affordableProject, bestAcceptableDraft } from './japan';
import { best, type Decision, type Policy } from './policy';
import { scoreEventAnswer } from './powers';

export const PLAN_PREFIX = 'plan:';
export const MAX_PLAN_ITEMS = 3;

/** Japanese action types that are no move of a plan: the turn's end, forced answers, a teacher's inject. */
const NOT_PLANNED: readonly ActionType[] = ['endTurn', 'answerEvent', 'injectEvent'];

/** The scenario whose opening board lists the candidates that items are named after. */
const REFERENCE_SCENARIO = 'north-asia-2016';

interface PlanItem {
  id: string;
  /** Takes every action it can each turn (every affordable project); otherwise at most one. */
  many: boolean;
  /** Whether a move already made this turn was this item's (to see how far the plan has got). */
  matches(action: Action): boolean;
  /** The item's move now, or null when it has nothing legal to do. */
  pick(view: View, legal: readonly Action[]): Action | null;
}

type Parameter = string | number | boolean;

/** An action's parameters (every field but type and power), or null when one is not a plain value. */
function parametersOf(action: Action): [string, Parameter][] | null {
  const out: [string, Parameter][] = [];
  for (const [key, value] of Object.entries(action)) {
    if (key === 'type' || key === 'power') continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null;
    out.push([key, value]);
  }
  return out;
}

/** An item for one candidate: `type`, or `type:value` for an action with parameters. */
function candidateItem(action: Action): PlanItem {
  const params = parametersOf(action) ?? [];
  const matches = (a: Action) => a.type === action.type && params.every(([key, value]) => (a as unknown as Record<string, unknown>)[key] === value);
  return {
    id: [action.type, ...params.map(([, value]) => String(value))].join(':'),
    many: false,
    matches,
    pick: (_view, legal) => legal.find(matches) ?? null,
  };
}

/** An item for a whole type, when its candidates cannot be named: its first legal action. */
function typeItem(type: ActionType): PlanItem {
  const matches = (a: Action) => a.type === type;
  return { id: type, many: false, matches, pick: (_view, legal) => legal.find(matches) ?? null };
}

const startProjectItem: PlanItem = {
  id: 'startProject',
  many: true,
  matches: (a) => a.type === 'startProject',
  pick: (view, legal) => legal.find((a) => affordableProject(a, view)) ?? null,
};

const proposeBestItem: PlanItem = {
  id: 'propose:best',
  many: false,
  matches: (a) => a.type === 'propose',
  pick: (view, legal) => {
    // Whether a proposal may be sent does not depend on its terms: any listed one will do.
    if (!legal.some((a) => a.type === 'propose')) return null;
    const choice = bestAcceptableDraft(view);
    return choice ? { type: 'propose', power: 'japan', proposal: choice.proposal } : null;
  },
};

function presetItem(id: string, key: string): PlanItem {
  const matches = (a: Action) => a.type === 'propose' && JSON.stringify(a.proposal) === key;
  return { id: `propose:${id}`, many: false, matches, pick: (_view, legal) => legal.find(matches) ?? null };
}

/** The types whose items are not their candidates: every affordable project; the best or a preset draft. */
const SPECIAL: Partial<Record<ActionType, () => PlanItem[]>> = {
  startProject: () => [startProjectItem],
  propose: () => [proposeBestItem, ...presetProposals().map((p) => presetItem(p.id, JSON.stringify(p.proposal)))],
};

let items: ReadonlyMap<string, PlanItem> | null = null;

/** Every item, in the order of RULES and then of each rule's candidates on the reference board. */
function planItems(): ReadonlyMap<string, PlanItem> {
  if (items) return items;
  const board: Board = createGame({ scenario: builtinScenario(REFERENCE_SCENARIO), seed: 1 });
  const out = new Map<string, PlanItem>();
  const add = (item: PlanItem) => {
    if (!out.has(item.id)) out.set(item.id, item);
  };
  for (const type of Object.keys(RULES) as ActionType[]) {
    const rule = RULES[type];
    if (!rule.powers.includes('japan') || NOT_PLANNED.includes(type)) continue;
    const special = SPECIAL[type];
    if (special) {
      special().forEach(add);
      continue;
    }
    const candidates = (rule.candidates as (s: Board, p: 'japan') => Action[])(board, 'japan');
    // A type whose candidates are none at the start, or carry more than plain values, is one item.
    if (candidates.length === 0 || candidates.some((a) => parametersOf(a) === null)) add(typeItem(type));
    else candidates.forEach((a) => add(candidateItem(a)));
  }
  items = out;
  return out;
}

/** The names of every plan item, in canonical order (projects and summits before proposals). */
export function PLAN_ITEMS(): string[] {
  return [...planItems().keys()];
}

/**
 * Reads `plan:<item>+<item>+<item>`: one to three known items, none twice. The error is a
 * sentence naming what is wrong, for the command line.
 */
export function parsePlan(name: string): Result<string[], string> {
  if (!name.startsWith(PLAN_PREFIX)) return err(`a plan is named ${PLAN_PREFIX}<item>+<item>+<item>`);
  const body = name.slice(PLAN_PREFIX.length);
  if (body === '') return err('a plan needs one to three items');
  const parts = body.split('+');
  if (parts.length > MAX_PLAN_ITEMS) return err(`a plan has at most three items, got ${parts.length}`);
  const known = planItems();
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '') return err(`item ${i + 1} of the plan is empty`);
    if (!known.has(part)) return err(`unknown plan item "${clip(part)}"`);
    if (parts.indexOf(part) !== i) return err(`plan item "${clip(part)}" is given twice`);
  }
  return ok(parts);
}

/** The canonical name of a plan of items. */
export const planName = (ids: readonly string[]): string => `${PLAN_PREFIX}${ids.join('+')}`;

/**
 * How far this turn's plan has got, read from this turn's news: the item of the last move
 * made (moves are matched to items in plan order) and which items have moved. A pure
 * function of the view, so the policy keeps no memory between decisions.
 */
function progress(view: View, plan: readonly PlanItem[]): { cursor: number; moved: boolean[] } {
  const moves: Action[] = [];
  for (let k = view.log.length - 1; k >= 0; k--) {
    const entry = view.log[k]!;
    if (entry.turn !== view.turn) break;
    if (entry.power === view.viewer && entry.action && !NOT_PLANNED.includes(entry.action.type)) moves.push(entry.action);
  }
  let cursor = 0;
  const moved = plan.map(() => false);
  for (let m = moves.length - 1; m >= 0; m--) {
    for (let i = cursor; i < plan.length; i++) {
      if (plan[i]!.matches(moves[m]!)) {
        cursor = i;
        moved[i] = true;
        break;
      }
    }
  }
  return { cursor, moved };
}

/**
 * The policy of a plan of known items (see parsePlan). Each turn it goes once through the
 * items in order, taking each item's move when it is legal (every affordable project for
 * `startProject`), then ends the turn. Events are answered as the expert would.
 */
export function planPolicy(ids: readonly string[]): Policy {
  const known = planItems();
  const plan = ids.map((id) => {
    const item = known.get(id);
    if (!item) throw new Error(`unknown plan item "${id}"`);
    return item;
  });
  const name = planName(ids);
  return {
    name,
    // Its progress this turn is read from the news (see progress).
    readsNews: true,
    decide(view, legal): Decision {
      const events = legal.filter((a): a is Extract<Action, { type: 'answerEvent' }> => a.type === 'answerEvent');
      if (events.length) return best(events.map((a) => scoreEventAnswer(view, a)), undefined);
      const { cursor, moved } = progress(view, plan);
      for (let i = cursor; i < plan.length; i++) {
        const item = plan[i]!;
        if (moved[i] && !item.many) continue;
        const action = item.pick(view, legal);
        if (action) return { action, reasons: [{ label: `${name}, step ${i + 1}: ${item.id}`, value: 1 }], score: 1 };
      }
      const endTurn = legal.find((a) => a.type === 'endTurn');
      if (endTurn) return { action: endTurn, reasons: [{ label: `${name}: the plan is done for this turn`, value: 0 }], score: 0 };
      return { action: legal[0]!, reasons: [{ label: `${name}: forced`, value: 0 }], score: 0 };
    },
  };
}
