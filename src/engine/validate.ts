// Checks that an untrusted value (from the UI, a record or a link) is a well-formed action
// before any rule looks at it. Returns an error value naming the bad field, never throws.
import { RULES } from './actions';
import type { Action, ActionError } from './types';
import { ACCESS_LEVELS, ISLANDS, POWERS, SCHEDULES, TRANSFER_KINDS } from './types';

const bad = (field: string, message: string): ActionError => ({ code: 'ERR_MALFORMED_ACTION', message: `action.${field}: ${message}` });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = (v: unknown, options: readonly string[]) => typeof v === 'string' && options.includes(v);

export function checkActionShape(value: unknown): ActionError | null {
  if (!isObject(value)) return { code: 'ERR_MALFORMED_ACTION', message: 'an action must be an object' };
  const type = value.type;
  if (typeof type !== 'string' || !Object.hasOwn(RULES, type)) return bad('type', `unknown action type ${JSON.stringify(type)}`);
  if (!oneOf(value.power, POWERS)) return bad('power', `must be one of ${POWERS.join(', ')}`);
  const a = value as Record<string, unknown>;
  switch (type as Action['type']) {
    case 'answerEvent':
      if (typeof a.eventId !== 'string') return bad('eventId', 'must be a string');
      if (typeof a.optionId !== 'string') return bad('optionId', 'must be a string');
      return null;
    case 'injectEvent':
      return typeof a.eventId === 'string' ? null : bad('eventId', 'must be a string');
    case 'startProject':
      return typeof a.projectId === 'string' ? null : bad('projectId', 'must be a string');
    case 'summit':
      return oneOf(a.partner, POWERS) ? null : bad('partner', `must be one of ${POWERS.join(', ')}`);
    case 'propose':
      return checkProposal(a.proposal);
    case 'lobbySanctions':
      return oneOf(a.direction, ['ease', 'keep']) ? null : bad('direction', 'must be "ease" or "keep"');
    case 'setSanctions':
      return oneOf(a.direction, ['tighten', 'ease']) ? null : bad('direction', 'must be "tighten" or "ease"');
    case 'answerProposal':
      return oneOf(a.answer, ['accept', 'reject', 'counter']) ? null : bad('answer', 'must be "accept", "reject" or "counter"');
    case 'militarise':
    case 'demilitarise':
      return oneOf(a.island, ISLANDS) ? null : bad('island', `must be one of ${ISLANDS.join(', ')}`);
    default:
      return null;
  }
}

function checkProposal(p: unknown): ActionError | null {
  if (!isObject(p)) return bad('proposal', 'must be an object');
  if (!isObject(p.transfers)) return bad('proposal.transfers', 'must be an object with one entry per island');
  if (!isObject(p.access)) return bad('proposal.access', 'must be an object with one entry per island');
  for (const id of ISLANDS) {
    if (!oneOf(p.transfers[id], TRANSFER_KINDS)) return bad(`proposal.transfers.${id}`, `must be one of ${TRANSFER_KINDS.join(', ')}`);
    if (!oneOf(p.access[id], ACCESS_LEVELS)) return bad(`proposal.access.${id}`, `must be one of ${ACCESS_LEVELS.join(', ')}`);
  }
  if (!oneOf(p.schedule, SCHEDULES)) return bad('proposal.schedule', `must be one of ${SCHEDULES.join(', ')}`);
  if (typeof p.demilitarise !== 'boolean') return bad('proposal.demilitarise', 'must be true or false');
  if (typeof p.noUsForces !== 'boolean') return bad('proposal.noUsForces', 'must be true or false');
  if (![0, 1, 2, 3].includes(p.economicPackage as number)) return bad('proposal.economicPackage', 'must be 0, 1, 2 or 3');
  return null;
}
