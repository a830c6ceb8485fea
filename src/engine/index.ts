// The engine's public face. The UI, AI, CLI and tests import from here only.
export * from './types';
export type { Scenario, PowerSetup, IslandSetup } from './scenario';
export {
  createGame,
  checkNewGame,
  legalActions,
  applyAction,
  applyChosen,
  applyChecked,
  checkAction,
  checkedFor,
  type CheckedAction,
  availability,
  whyNot,
  costOf,
  currentPower,
  isTerminal,
  dateOfTurn,
  injectBlocked,
  actionKey,
  MAX_ACTIONS_PER_PHASE,
  BUDGET_CAP,
  RUSSIAN_APPROVAL_BASELINE,
  type Availability,
  type NewGame,
} from './game';
export { parseAction, parseProposal, preview, clip, MAX_ECHO, MAX_ID_LENGTH } from './validate';
export { eventDef, projectDef } from './catalogue';
export { nextRound } from './project-list';
export { answeredEvent } from './news';
export { RULES, actionText, onceKey, SANCTIONS_FLOOR, projectInstalment, type Cost } from './actions';
export {
  japanCanRatify,
  kremlinCanRatify,
  kremlinRoom,
  talksSuspended,
  transferDelay,
  KREMLIN_LINE,
  MAX_STALLED_TURNS,
  HANDOVER_SLIPS_BELOW,
  CABINET_FALLS_BELOW,
  TRANSFER_DELAY,
  TREATY_STAGE_TEXT,
} from './treaty';
export { estimateSpread, RESERVE_LIMIT } from './kremlin';
export { DEFAULT_EVENT_COOLDOWN, randomEventEligible } from './events';
export { outcome, outcomeScore, LESSON_LINE, SCORING, wedgeScore, domesticScore, type Outcome, type Category, type Grade } from './outcome';
export { powerOutcome, type PowerOutcome, type PowerCategory } from './power-outcome';
export { observe, determinize, type View } from './observe';
export { serialize, deserialize, stateHash } from './serialize';
export {
  startRecord,
  appendToRecord,
  replayRecord,
  foldRecord,
  endedTurn,
  parseRecord,
  recordMisfit,
  checkRecordShape,
  reasonsHashOf,
  RECORD_FORMAT,
  RECORD_VERSION,
  MAX_RECORD_ACTIONS,
  MAX_TURNS,
  NO_REASONS_HASH,
  type GameRecord,
  type RecordedAction,
  type ReplayError,
  type Replay,
  type FoldOptions,
} from './record';
export {
  weighProposal,
  weighWith,
  weighTotal,
  weighKeyed,
  draftKey,
  type DraftKey,
  weighingContext,
  mostLikelyChange,
  estimateProposal,
  estimateWith,
  acceptChance,
  singleChanges,
  packageCost,
  PACKAGE_COST,
  japaneseSupport,
  japaneseSupportTotal,
  RATIFY_LINE,
  counterProposal,
  presetProposals,
  emptyProposal,
  proposalText,
  islandName,
  isOn1956Basis,
  transferredIslands,
  ACCEPT_THRESHOLD,
  COUNTER_THRESHOLD,
  type Weighing,
  type Estimate,
  type WeighingContext,
  type Flip,
  type Hint,
  type Change,
  type Answer,
} from './proposals';
export {
  alignment,
  alignmentValue,
  russianDependence,
  russianDependenceValue,
  pressureOnJapan,
  pressureOnJapanValue,
  economicLeverage,
  meanMilitarisation,
  islandsHeldByJapan,
  type Explained,
} from './measures';
export { opinionOf, explainOpinion } from './opinions';
export { describeEffect } from './effects';
export { streamFor, diceAt, Dice } from './rng';
export { clamp, round2 } from './math';
