// Each kind of move in words, whatever its details (which partner, project, island or
// answer): the printable briefing cards list a power's moves so, and the game's action list
// words the moves that have no details through the same table. The engine's rule labels are
// its own English and never reach a reader.
import type { ActionType } from '../../engine';
import { t } from './i18n';

const MOVES: Record<ActionType, () => string> = {
  endTurn: () => t('panels.action.endTurn'),
  answerEvent: () => t('panels.move.answerEvent'),
  injectEvent: () => t('panels.move.injectEvent'),
  startProject: () => t('panels.move.startProject'),
  summit: () => t('panels.move.summit'),
  propose: () => t('panels.action.propose'),
  acceptCounter: () => t('panels.action.acceptCounter'),
  energyPartnership: () => t('panels.action.energyPartnership'),
  farEastInvestment: () => t('panels.action.farEastInvestment'),
  exposeArmsCopying: () => t('panels.action.exposeArmsCopying'),
  lobbySanctions: () => t('panels.move.lobbySanctions'),
  constitutionalRevision: () => t('panels.action.constitutionalRevision'),
  defenceSpending: () => t('panels.action.defenceSpending'),
  missileDefenceCoop: () => t('panels.action.missileDefenceCoop'),
  jointExercise: () => t('panels.action.jointExercise'),
  engageChina: () => t('panels.action.engageChina'),
  hedgeChina: () => t('panels.action.hedgeChina'),
  answerProposal: () => t('panels.move.answerProposal'),
  militarise: () => t('panels.move.militarise'),
  demilitarise: () => t('panels.move.demilitarise'),
  exerciseWithChina: () => t('panels.move.exerciseWithChina'),
  courtJapan: () => t('panels.action.courtJapan'),
  warnJapan: () => t('panels.action.warnJapan'),
  outbidJapan: () => t('panels.action.outbidJapan'),
  pressureJapan: () => t('panels.action.pressureJapan'),
  engageJapan: () => t('panels.action.engageJapan'),
  setSanctions: () => t('panels.move.setSanctions'),
  deployMissileDefence: () => t('panels.action.deployMissileDefence'),
  reassureJapan: () => t('panels.action.reassureJapan'),
  warnTokyo: () => t('panels.action.warnTokyo'),
  engageRussia: () => t('panels.action.engageRussia'),
  pressureChina: () => t('panels.action.pressureChina'),
  jointActivityTalks: () => t('panels.action.jointActivityTalks'),
  securityDialogue: () => t('panels.action.securityDialogue'),
  restoreVisits: () => t('panels.action.restoreVisits'),
  supportResidents: () => t('panels.action.supportResidents'),
  fisheriesAgreement: () => t('panels.action.fisheriesAgreement'),
  suspendTalks: () => t('panels.action.suspendTalks'),
  hardenPosition: () => t('panels.action.hardenPosition'),
  suspendVisits: () => t('panels.action.suspendVisits'),
  freezeJointActivity: () => t('panels.action.freezeJointActivity'),
  curbJapan: () => t('panels.action.curbJapan'),
};

/** A kind of move in the reader's language. */
export const moveLabel = (type: ActionType): string => MOVES[type]();
