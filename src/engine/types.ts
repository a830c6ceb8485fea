// The glossary: every domain type of the rules engine. State is plain, JSON-serialisable
// data; nothing here holds functions, classes or cycles.

export const POWERS = ['japan', 'russia', 'china', 'usa'] as const;
export type PowerId = (typeof POWERS)[number];

export const ISLANDS = ['etorofu', 'kunashiri', 'shikotan', 'habomai'] as const;
export type IslandId = (typeof ISLANDS)[number];

export const TREATY_STAGES = ['stalled', 'talks', 'framework', 'draft', 'signed'] as const;
export type TreatyStage = (typeof TREATY_STAGES)[number];

/** Unordered pairs whose tension the model tracks; ids are sorted alphabetically. */
export const TENSION_PAIRS = ['russia-usa', 'china-usa', 'china-japan', 'japan-russia'] as const;
export type TensionPair = (typeof TENSION_PAIRS)[number];

export type Controller = 'human' | 'ai';
export type Controllers = Record<PowerId, Controller>;

export type AccessLevel = 'none' | 'visits' | 'joint';
export const ACCESS_LEVELS: readonly AccessLevel[] = ['none', 'visits', 'joint'];
export type TransferKind = 'none' | 'administration' | 'sovereignty';
export const TRANSFER_KINDS: readonly TransferKind[] = ['none', 'administration', 'sovereignty'];
export type Schedule = 'onSigning' | 'phased' | 'deferred';
export const SCHEDULES: readonly Schedule[] = ['onSigning', 'phased', 'deferred'];

/**
 * One named, decaying contribution to an opinion. `value` moves toward zero by `decay`
 * each turn and the modifier disappears at zero; decay 0 means it lasts.
 */
export interface Modifier {
  id: string;
  label: string;
  value: number;
  decay: number;
}

/** Directed opinion of one power toward another: a base plus named modifiers. */
export interface Opinion {
  base: number;
  modifiers: Modifier[];
}

/** Weights that make a power's AI (and its evaluation of proposals) its own. */
export interface Interests {
  sovereignty: number;
  military: number;
  investment: number;
  nationalism: number;
  chinaTies: number;
  alliance: number;
  caution: number;
  noise: number;
}

export interface PowerState {
  gdp: number; // bn US$
  growth: number; // % a year
  military: number; // bn US$ a year
  budget: number; // discretionary bn US$ available now
  budgetPerTurn: number;
  capital: number; // diplomatic capital left this turn
  capitalPerTurn: number;
  approval: number; // 0-100 domestic standing
  interests: Interests;
}

export interface IslandState {
  administeredBy: 'japan' | 'russia';
  /** What Japan holds once an island has passed to it: administration alone, or sovereignty. */
  heldAs: TransferKind;
  access: AccessLevel;
  militarisation: number; // 0-100
  /** Turn at which a signed transfer takes effect, or null. */
  transferDueTurn: number | null;
}

export interface Proposal {
  transfers: Record<IslandId, TransferKind>;
  access: Record<IslandId, AccessLevel>;
  schedule: Schedule;
  demilitarise: boolean;
  noUsForces: boolean;
  economicPackage: 0 | 1 | 2 | 3;
}

export interface Treaty {
  stage: TreatyStage;
  progress: number; // 0-100 within the current stage
  /** The proposal on the table: Japan's (awaiting Russia) or Russia's counter (awaiting Japan). */
  pending: { from: 'japan' | 'russia'; proposal: Proposal; turn: number } | null;
  /** The agreed text once the stage is draft or signed. */
  agreed: Proposal | null;
  lastAnswer: { turn: number; answer: 'accept' | 'reject' | 'counter'; score: number } | null;
  /** Turns a finished draft has waited for ratification (four and it dies). */
  stalledTurns: number;
  /** Russia has suspended the talks until this turn (exclusive), or null. */
  suspendedUntil: number | null;
  /** The first turn a framework was reached, or null: setbacks after it are counted. */
  frameworkTurn: number | null;
  /** bn US$ of Japan's budget held for the economic package on the table or agreed. */
  escrow: number;
  /** 0-100: how well a signed treaty is being carried out (handover, residents, fisheries). */
  implementation: number;
}

/** Tracks short of a treaty: visa-free and grave visits, joint economic activity, a security dialogue. */
export type JointActivityStage = 'none' | 'talks' | 'pilots' | 'operating';
export const JOINT_ACTIVITY_STAGES: readonly JointActivityStage[] = ['none', 'talks', 'pilots', 'operating'];

export interface Tracks {
  /** Visa-free exchange and grave visits to the islands, running since 1992 unless Moscow suspends them. */
  visits: 'running' | 'suspended';
  jointActivity: { stage: JointActivityStage; progress: number };
  /** 0-100: the Japan-Russia security dialogue ("2+2"). */
  dialogue: number;
  /** 0-100: Japan's channels to the Kremlin; they narrow Tokyo's estimate of Russia's answers. */
  contacts: number;
}

/**
 * What the Kremlin keeps to itself: a private margin in its weighing of any deal, drifting
 * turn to turn. Only Russia's seat sees it; the others see `KremlinEstimate`.
 */
export interface KremlinState {
  reserve: number;
  /** How far Tokyo's estimate is off this turn (within the estimate's spread). */
  estimateError: number;
}

/** Tokyo's estimate of the Kremlin's private margin: the true value lies within centre ± spread. */
export interface KremlinEstimate {
  centre: number;
  spread: number;
}

/** A project of the eight-point plan: funded one instalment a turn, delivered after the last. */
export interface ProjectState {
  id: string;
  startedTurn: number;
  /** Instalments paid so far (the first is paid on launch). */
  paid: number;
  delivered: boolean;
  /** 1 for a project's first run; a project delivered once may be run again, dearer and with less effect. */
  round: number;
}

export interface World {
  sanctions: number; // 0-100 Western sanctions on Russia
  usStance: number; // 0-100: 100 = the US administration courts Moscow
  missileDefence: number; // 0-100 US missile defence deployed in the region
  tension: Record<TensionPair, number>; // 0-100
  /** Russia-China trade and Japan-Russia trade, bn US$ a year: reward power on each side. */
  trade: { chinaRussia: number; japanRussia: number };
  /** Russian reliance on China for arms sales, energy buyers and credit, 0-100. */
  strategicTies: number;
  /** Russian unease about Chinese weight in the Far East, 0-100. */
  farEastUnease: number;
  /** Russian public hostility to any handover, 0-100 (Levada May 2016: 78% opposed). */
  nationalism: number;
  /** How alarmed Beijing is by Japan's wedge diplomacy, 0-100. */
  chinaAlarm: number;
  /** Progress of Japan's constitutional revision, 0-100. */
  constitution: number;
  /** Moscow's public and legal commitment never to cede the islands, 0-100. */
  hardLine: number;
  /** Chinese curbs on trade with and tourism to Japan, 0-100. */
  chinaCurbs: number;
  /** Japanese investment Moscow has seen delivered and still remembers, bn US$ (it fades). */
  investmentStock: number;
}

export interface PendingEvent {
  eventId: string;
  chooser: PowerId;
  turn: number;
}

/** Counts kept for the report and for calibration (they never steer the rules). */
export interface Tally {
  chinaCounterOffers: number;
  japanWedgeMoves: number;
  proposalsMade: number;
  usMissileDefenceMoves: number;
  investmentDelivered: number; // bn US$
  investmentSpent: number; // bn US$
  pressureSum: number; // sum over resolved turns of the pressure on Japan
  /** Times the talks stalled, went backwards or were suspended after a framework was reached. */
  talksSetbacks: number;
  /** Japanese cabinets brought down by low approval. */
  cabinetFalls: number;
}

export interface LogEntry {
  turn: number;
  power: PowerId | 'world';
  text: string;
  /** The action, when the entry records one (`actionText` renders it). */
  action?: Action;
  reasons?: Reason[];
}

export interface Reason {
  label: string;
  value: number;
}

export type Phase = { kind: 'acting'; power: PowerId } | { kind: 'over' };

/** The state of the xor128 generator from seedrandom, saved inside the game state. */
export interface RngState {
  x: number;
  y: number;
  z: number;
  w: number;
}

// ---------------------------------------------------------------------------------------
// Scenario definitions: the static catalogue a game is played with (projects, events,
// islands' worth). Shared by reference between states and never mutated.

export const WORLD_FIELDS = [
  'sanctions',
  'usStance',
  'missileDefence',
  'strategicTies',
  'farEastUnease',
  'nationalism',
  'chinaAlarm',
  'constitution',
  'hardLine',
  'chinaCurbs',
] as const;
export type WorldField = (typeof WORLD_FIELDS)[number];

/** The one registry of typed effects that events and options may carry. */
export type Effect =
  | { kind: 'opinion'; from: PowerId; to: PowerId; value: number; decay: number; label: string }
  | { kind: 'tension'; pair: TensionPair; delta: number }
  | { kind: 'world'; field: WorldField; delta: number }
  | { kind: 'trade'; field: 'chinaRussia' | 'japanRussia'; delta: number }
  | { kind: 'approval'; power: PowerId; delta: number }
  | { kind: 'budget'; power: PowerId; delta: number }
  | { kind: 'militarisation'; island: IslandId; delta: number }
  | { kind: 'treatyProgress'; delta: number }
  /** Moscow suspends the treaty talks for some turns. */
  | { kind: 'suspendTalks'; turns: number }
  /** The treaty track falls back one stage (a draft to a framework, a framework to talks). */
  | { kind: 'treatySetback' }
  /** The carrying out of a signed treaty goes better or worse. */
  | { kind: 'implementation'; delta: number };

export interface ProjectDef {
  id: string;
  point: number; // 1-8, the point of the May 2016 plan it belongs to
  name: string;
  description: string;
  costPerTurn: number; // bn US$
  turns: number;
  capital: number;
  /** Added to Japan-Russia trade on delivery, bn US$ a year. */
  tradeGain: number;
  /** Russian opinion of Japan on delivery, before the sanctions leverage factor. */
  goodwill: number;
  /** Cut in Russia's strategic reliance on China on delivery. */
  tiesCut: number;
}

export interface IslandDef {
  id: IslandId;
  nameJa: string;
  nameRu: string;
  areaKm2: number;
  /** What giving it up costs Russia in sovereignty, before interest weights. */
  sovereigntyValue: number;
  /** Its worth to Russia's Pacific Fleet (the Sea of Okhotsk straits). */
  militaryValue: number;
}

export interface EventOption {
  id: string;
  label: string;
  text: string;
  effects: Effect[];
}

export type EventTrigger =
  | { kind: 'scheduled'; turn: number }
  | {
      kind: 'random';
      weight: number;
      fromTurn: number;
      toTurn: number;
      repeatable: boolean;
      /** Turns before a repeatable event may come again (default DEFAULT_EVENT_COOLDOWN). */
      cooldown?: number;
      /** The event can happen only while the treaty track is at one of these stages. */
      stages?: TreatyStage[];
    };

export interface EventDef {
  id: string;
  title: string;
  text: string;
  trigger: EventTrigger;
  /** Power that must choose an option, or null when the event simply happens. */
  chooser: PowerId | null;
  effects: Effect[];
  options: EventOption[];
}

/**
 * A scenario's text in one language other than English, by text key: `title`,
 * `description`, `event.<id>.title`, `event.<id>.text`, `event.<id>.option.<id>.label` and
 * `.text`, `project.<id>.name` and `.description`, and `label.<English label>` for the labels
 * of opinion modifiers. The engine reads only the English; the views pick the language.
 */
export type ScenarioTexts = Readonly<Record<string, string>>;

/** A scenario's texts by language code (`ja`); a language the file does not give is absent. */
export type ScenarioTranslations = Readonly<Partial<Record<string, ScenarioTexts>>>;

export interface ScenarioDefs {
  title: string;
  /** The scenario's text in other languages than English (see ScenarioTexts); absent in older saves. */
  translations?: ScenarioTranslations;
  islands: Record<IslandId, IslandDef>;
  projects: ProjectDef[];
  events: EventDef[];
  /** Chance that some random event happens in a turn. */
  randomEventChance: number;
  /** Tensions drift back toward these levels (the scenario's start) when nothing stirs them. */
  tensionBaseline: Record<TensionPair, number>;
  /** Starting values the report measures Japan's gains against. */
  baseline: { japanMilitary: number; japanRussiaTrade: number };
}

export interface GameState {
  scenarioId: string;
  scenarioVersion: string;
  seed: number;
  controllers: Controllers;
  turn: number; // 1-based
  lastTurn: number;
  startYear: number;
  startQuarter: number;
  turnOrder: PowerId[];
  phase: Phase;
  /** Number of actions taken by the acting power in this phase (caps runaway loops). */
  phaseActions: number;
  /** Action types already used by a power this turn, for once-a-turn limits. */
  usedThisTurn: Partial<Record<PowerId, string[]>>;
  powers: Record<PowerId, PowerState>;
  opinions: Record<PowerId, Partial<Record<PowerId, Opinion>>>;
  islands: Record<IslandId, IslandState>;
  treaty: Treaty;
  world: World;
  projects: ProjectState[];
  tracks: Tracks;
  /** Hidden: only Russia's seat sees it (see observe); null in the other seats' views. */
  kremlin: KremlinState;
  kremlinEstimate: KremlinEstimate;
  /** The game was set up with a teacher, who may trigger events (each at most once a turn). */
  teacher: boolean;
  /** Events the teacher has triggered this turn. */
  injected: string[];
  /** The last turn each power took each kind of action (by its once-a-turn key), for the AI's sense of repetition. */
  lastTaken: Partial<Record<PowerId, Record<string, number>>>;
  pendingEvents: PendingEvent[];
  firedEvents: string[];
  /** The last turn each event fired, for cooldowns. */
  eventTurns: Record<string, number>;
  alignmentStart: number;
  /**
   * A running digest of every action applied, in order, so that a state hash also proves
   * the order of actions whose effects happen to commute.
   */
  actionDigest: number;
  tally: Tally;
  log: LogEntry[];
  rng: RngState;
  /** Static scenario catalogue, shared by reference; excluded from the hash. */
  defs: ScenarioDefs;
}

/**
 * The state as every query sees it: all but the dice and the seed they grow from, with the
 * Kremlin's private margin present only for Russia's seat (and the engine itself). A
 * seat's View is a Board.
 */
export type Board = Omit<GameState, 'rng' | 'kremlin' | 'seed'> & { kremlin: KremlinState | null };

export type PolicyChoice = 'protest' | 'quiet' | 'ignore';

/** Every action of every power. Actions are data; `actionText` gives their text form. */
export type Action =
  | { type: 'endTurn'; power: PowerId }
  | { type: 'answerEvent'; power: PowerId; eventId: string; optionId: string }
  /** A teacher's inject: fires one of the scenario's events at the start of a turn. */
  | { type: 'injectEvent'; power: PowerId; eventId: string }
  // Japan
  | { type: 'startProject'; power: 'japan'; projectId: string }
  | { type: 'summit'; power: PowerId; partner: PowerId }
  | { type: 'propose'; power: 'japan'; proposal: Proposal }
  | { type: 'acceptCounter'; power: 'japan' }
  | { type: 'energyPartnership'; power: 'japan' }
  | { type: 'farEastInvestment'; power: 'japan' }
  | { type: 'exposeArmsCopying'; power: 'japan' }
  | { type: 'lobbySanctions'; power: 'japan'; direction: 'ease' | 'keep' }
  | { type: 'constitutionalRevision'; power: 'japan' }
  | { type: 'defenceSpending'; power: 'japan' }
  | { type: 'missileDefenceCoop'; power: 'japan' }
  | { type: 'jointExercise'; power: 'japan' }
  | { type: 'engageChina'; power: 'japan' }
  | { type: 'hedgeChina'; power: 'japan' }
  | { type: 'jointActivityTalks'; power: 'japan' }
  | { type: 'securityDialogue'; power: 'japan' }
  | { type: 'restoreVisits'; power: 'japan' }
  | { type: 'supportResidents'; power: 'japan' }
  | { type: 'fisheriesAgreement'; power: 'japan' }
  // Russia
  | { type: 'answerProposal'; power: 'russia'; answer: 'accept' | 'reject' | 'counter' }
  | { type: 'militarise'; power: 'russia'; island: IslandId }
  | { type: 'demilitarise'; power: 'russia'; island: IslandId }
  | { type: 'exerciseWithChina'; power: 'russia' | 'china' }
  | { type: 'courtJapan'; power: 'russia' }
  | { type: 'warnJapan'; power: 'russia' }
  | { type: 'suspendTalks'; power: 'russia' }
  | { type: 'hardenPosition'; power: 'russia' }
  | { type: 'suspendVisits'; power: 'russia' }
  | { type: 'freezeJointActivity'; power: 'russia' }
  // China
  | { type: 'outbidJapan'; power: 'china' }
  | { type: 'pressureJapan'; power: 'china' }
  | { type: 'engageJapan'; power: 'china' }
  | { type: 'curbJapan'; power: 'china' }
  // United States
  | { type: 'setSanctions'; power: 'usa'; direction: 'tighten' | 'ease' }
  | { type: 'deployMissileDefence'; power: 'usa' }
  | { type: 'reassureJapan'; power: 'usa' }
  | { type: 'warnTokyo'; power: 'usa' }
  | { type: 'engageRussia'; power: 'usa' }
  | { type: 'pressureChina'; power: 'usa' };

export type ActionType = Action['type'];

/** Why an action is refused: its shape (ERR_MALFORMED_ACTION), the turn, a limit, the rule's own test or the cost. */
export const ACTION_ERROR_CODES = [
  'ERR_MALFORMED_ACTION',
  'ERR_GAME_OVER',
  'ERR_NOT_YOUR_TURN',
  'ERR_WRONG_POWER',
  'ERR_EVENT_PENDING',
  'ERR_PROPOSAL_PENDING',
  'ERR_PHASE_LIMIT',
  'ERR_ONCE_PER_TURN',
  'ERR_NO_CAPITAL',
  'ERR_NO_BUDGET',
  'ERR_NO_APPROVAL',
  'ERR_NO_TEACHER',
  'ERR_NOT_TURN_START',
  'ERR_NO_SUCH_EVENT',
  'ERR_NO_SUCH_OPTION',
  'ERR_NO_SUCH_PROJECT',
  'ERR_NO_SUCH_ISLAND',
  'ERR_BAD_PARTNER',
  'ERR_COLD',
  'ERR_CONGRESS',
  'ERR_DONE',
  'ERR_MAXED',
  'ERR_NOTHING',
  'ERR_NOTHING_TO_CUT',
  'ERR_NOT_HELD',
  'ERR_NO_COUNTER',
  'ERR_NO_HANDOVER',
  'ERR_NO_PROPOSAL',
  'ERR_NO_STANDING',
  'ERR_NO_TALKS',
  'ERR_NO_TREATY',
  'ERR_PROJECT_STARTED',
  'ERR_RUNNING',
  'ERR_SANCTIONS_FLOOR',
  'ERR_STANCE',
  'ERR_SUSPENDED',
  'ERR_TALKS_SUSPENDED',
  'ERR_TENSION',
  'ERR_TREATY_AGREED',
  'ERR_TREATY_BARS',
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];

/** Why a game record is refused (see record.ts). */
export const RECORD_ERROR_CODES = [
  'ERR_BAD_RECORD',
  'ERR_FOREIGN_RECORD',
  'ERR_OLD_RECORD',
  'ERR_SCENARIO_MISMATCH',
  'ERR_TURN_MISMATCH',
  'ERR_ILLEGAL_IN_RECORD',
  'ERR_HASH_MISMATCH',
  'ERR_RECORD_TRUNCATED',
] as const;
export type RecordErrorCode = (typeof RECORD_ERROR_CODES)[number];

/** Why a saved state is refused (see serialize.ts). */
export const STATE_FILE_ERROR_CODES = ['ERR_NOT_JSON', 'ERR_FOREIGN_SAVE', 'ERR_SAVE_VERSION', 'ERR_SAVE_CORRUPT'] as const;
export type StateFileErrorCode = (typeof STATE_FILE_ERROR_CODES)[number];

/** Why a new game cannot be set up (see `checkNewGame`). */
export const NEW_GAME_ERROR_CODES = ['ERR_BAD_SEED', 'ERR_BAD_TURNS', 'ERR_NO_HUMAN'] as const;
export type NewGameErrorCode = (typeof NEW_GAME_ERROR_CODES)[number];

/** Every error code the engine returns. Codes are stable: callers may match on them. */
export const ERROR_CODES: readonly ErrorCode[] = [...ACTION_ERROR_CODES, ...RECORD_ERROR_CODES, ...STATE_FILE_ERROR_CODES, ...NEW_GAME_ERROR_CODES];
export type ErrorCode = ActionErrorCode | RecordErrorCode | StateFileErrorCode | NewGameErrorCode;

export interface NewGameError {
  code: NewGameErrorCode;
  message: string;
}

export interface ActionError {
  code: ActionErrorCode;
  message: string;
}

export interface StateFileError {
  code: StateFileErrorCode;
  message: string;
}

export type Result<T, E = ActionError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
