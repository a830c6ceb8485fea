// Why a share link, a game record or a fork is refused, in the reader's language. The app
// code and the engine say it with codes and values (LinkError's `problem`, ReplayError's
// `code` and `turn`); this module turns them into words, always naming the place: the turn
// at fault, or the JSON path of a damaged record field (the engine's message begins with it).
import type { ReplayError } from '../engine';
import type { ForkError } from '../app/play/replay';
import type { LinkError } from '../app/play/share';
import { t } from '../app/views/i18n';
import { formatWhole } from '../app/views/i18n/format';

const n = formatWhole;

/** What is wrong with a link, as a clause ("the link is not a game link…"), naming the turn at fault where there is one. */
export function linkErrorText(error: LinkError): string {
  const turn = n(error.turn);
  switch (error.problem) {
    case 'gameTooLong':
      return t('review.link.gameTooLong', { length: n(error.length) });
    case 'linkTooLong':
      return t('review.link.linkTooLong', { length: n(error.length), max: n(error.max) });
    case 'notALink':
      return t('review.link.notALink');
    case 'olderRules':
      return t('review.link.olderRules', { version: error.version });
    case 'otherVersion':
      return t('review.link.otherVersion', { version: error.version, expected: error.expected });
    case 'partCount':
      return t('review.link.partCount', { expected: n(error.expected), found: n(error.found) });
    case 'seed':
      return t('review.link.seed', { seed: error.seed });
    case 'seats':
      return t('review.link.seats', { seats: error.seats });
    case 'scenarioName':
      return t('review.link.scenarioName');
    case 'end':
      return t('review.link.end');
    case 'scenario':
      return t('review.link.scenario', { id: error.id, version: error.version, expectedId: error.expectedId, expectedVersion: error.expectedVersion });
    case 'turnLimit':
      return t('review.link.turnLimit', { turns: n(error.turns), scenarioTurns: n(error.scenarioTurns) });
    case 'setup':
      return t('review.link.setup', { cause: error.cause });
    case 'differs':
      return t('review.link.differs', { turn });
    case 'cutInAction':
      return t('review.link.cutInAction', { turn });
    case 'damagedAction':
      return error.cause === undefined ? t('review.link.damagedAction', { turn }) : t('review.link.damagedActionBecause', { turn, cause: error.cause });
    case 'refused':
      return t('review.link.refused', { turn, cause: error.cause });
    case 'actionCount':
      return t('review.link.actionCount', { found: n(error.found), expected: n(error.expected) });
    case 'illegal':
      return t('review.link.illegal', { turn, cause: error.cause });
  }
}

/**
 * Why a record (`what`: "the file “x.json”", already in the language) cannot be replayed,
 * as whole sentences: not a record of this game, recorded under older rules, damaged at a
 * named field, or not reproducing from a named turn.
 */
export function recordErrorText(error: ReplayError, what: string): string {
  switch (error.code) {
    case 'ERR_FOREIGN_RECORD':
      return t('review.record.foreign', { what });
    case 'ERR_OLD_RECORD':
      return t('review.record.old', { what });
    case 'ERR_SCENARIO_MISMATCH':
      return t('review.record.otherScenario', { what, detail: error.message });
    case 'ERR_BAD_RECORD':
      return t('review.record.damaged', { what, detail: error.message });
    default:
      // The record reads but does not play back as it says: the turn at fault, and the engine's detail.
      return error.turn > 0 ? t('review.record.differs', { what, turn: n(error.turn), detail: error.message }) : t('review.record.damaged', { what, detail: error.message });
  }
}

/** Why no new campaign can start from a replay's turn. */
export function forkErrorText(error: ForkError): string {
  switch (error.code) {
    case 'ERR_FORK_NO_HUMAN':
      return t('review.fork.noHuman');
    case 'ERR_FORK_OVER':
      return t('review.fork.over');
    case 'ERR_FORK_REPLAY':
      return recordErrorText(error.cause, t('review.fork.theRecord'));
  }
}
