// Runs whole campaigns with AI (or reference policies) in every seat: the simulator, the
// benchmark, the calibration suite and the strategy lab all use this. No DOM, no clock.
import { policyFor, type Policy } from '../../ai';
import {
  POWERS,
  alignmentValue,
  dateOfTurn,
  opinionOf,
  outcome,
  stateHash,
  type Action,
  type GameRecord,
  type GameState,
  type IslandId,
  type IslandState,
  type Outcome,
  type PowerId,
  type Reason,
  type Scenario,
  type TreatyStage,
  ISLANDS,
} from '../../engine';
import { Session } from '../play/session';

export interface TraceTurn {
  turn: number;
  date: string;
  alignment: number;
  opinions: Record<PowerId, Partial<Record<PowerId, number>>>;
  islands: Record<IslandId, Pick<IslandState, 'administeredBy' | 'access' | 'militarisation'>>;
  treatyStage: TreatyStage;
  sanctions: number;
  actions: { power: PowerId; action: Action; reasons: Reason[] }[];
}

export interface CampaignOptions {
  scenario: Scenario;
  seed: number;
  /** Japan's reference policy by name (default balanced). */
  japanPolicy?: string;
  /** Policies that replace the defaults for given seats (tests use this). */
  policies?: Partial<Record<PowerId, Policy>>;
  trace?: boolean;
  record?: boolean;
  /**
   * Keep the news log (default true). Batches that read no news turn it off; it stays on
   * anyway when a seat's policy reads it (plan and "my decisions" policies).
   */
  news?: boolean;
  /**
   * Wraps every AI decision, with the seat deciding, so that the benchmark can time it (the
   * runner itself never reads a clock).
   */
  timeDecision?: <T>(run: () => T, power: PowerId) => T;
}

export interface CampaignResult {
  state: GameState;
  outcome: Outcome;
  /** The final state's hash, taken when first read: batches that read only outcomes never pay for it. */
  readonly finalHash: string;
  trace?: TraceTurn[];
  record?: GameRecord;
}

export function runCampaign(options: CampaignOptions): CampaignResult {
  const { scenario, seed } = options;
  const policies: Record<PowerId, Policy> = {
    japan: options.policies?.japan ?? policyFor('japan', options.japanPolicy ?? 'balanced'),
    russia: options.policies?.russia ?? policyFor('russia'),
    china: options.policies?.china ?? policyFor('china'),
    usa: options.policies?.usa ?? policyFor('usa'),
  };
  const news = options.news !== false || POWERS.some((power) => policies[power].readsNews === true);
  const started = Session.start(
    { scenario, seed, controllers: { japan: 'ai', russia: 'ai', china: 'ai', usa: 'ai' }, news },
    { policies, keepRecord: options.record === true },
  );
  if (!started.ok) throw new RangeError(started.error.message);
  const session = started.value;
  const trace: TraceTurn[] | undefined = options.trace ? [] : undefined;
  let turnActions: TraceTurn['actions'] = [];
  // Every seat is the AI's, so one call plays the whole campaign.
  session.playAi({
    timeDecision: options.timeDecision,
    onStep: trace
      ? (step, decision) => {
          turnActions.push({ power: step.power, action: step.action, reasons: decision.reasons });
          if (step.endedTurn !== null) {
            trace.push(traceTurn(step.after, step.endedTurn, turnActions));
            turnActions = [];
          }
        }
      : undefined,
  });
  const state = session.state;
  let hash: string | undefined;
  const out: CampaignResult = {
    state,
    outcome: outcome(state),
    get finalHash() {
      return (hash ??= stateHash(state));
    },
  };
  if (trace) out.trace = trace;
  if (options.record) out.record = session.record;
  return out;
}

/** One turn's entry of a trace: the measures after the turn and the actions taken in it. */
export function traceTurn(state: GameState, turn: number, actions: TraceTurn['actions']): TraceTurn {
  const opinions = {} as TraceTurn['opinions'];
  for (const from of POWERS) {
    opinions[from] = {};
    for (const to of POWERS) if (from !== to) opinions[from][to] = opinionOf(state, from, to);
  }
  const islands = {} as TraceTurn['islands'];
  for (const id of ISLANDS) {
    const i = state.islands[id];
    islands[id] = { administeredBy: i.administeredBy, access: i.access, militarisation: i.militarisation };
  }
  return {
    turn,
    date: dateOfTurn(state, turn),
    alignment: alignmentValue(state),
    opinions,
    islands,
    treatyStage: state.treaty.stage,
    sanctions: state.world.sanctions,
    actions,
  };
}
