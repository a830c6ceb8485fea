// The parse of untrusted input at the engine's boundary: an action (from the interface, a
// record, a link, a save, a lab file or a custom policy) becomes a fresh, typed Action or
// an error value naming the bad field. Nothing here throws, whatever the value: getters are
// never called (only plain data fields are read), proxies and other exotic objects are
// refused, and messages echo at most a short preview of what was given.
import { RULES } from './actions';
import type { Action, ActionError, ActionType, PowerId, Proposal, Result } from './types';
import { ACCESS_LEVELS, ISLANDS, POWERS, SCHEDULES, TRANSFER_KINDS, err, ok } from './types';

/** Echoed input is cut to this many characters in messages. */
export const MAX_ECHO = 40;
/** The longest id (of an event, an option or a project) an action may carry. */
export const MAX_ID_LENGTH = 128;
/** Keys that name an object's prototype; refused wherever an object is read. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A text on one line (control characters and line separators written as escapes) and cut to MAX_ECHO characters, for messages. */
export function clip(text: string): string {
  const head = text.length > MAX_ECHO * 6 ? text.slice(0, MAX_ECHO * 6) : text;
  const line = head.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return line.length > MAX_ECHO || head !== text ? `${line.slice(0, MAX_ECHO - 1)}…` : line;
}

/** A short, safe rendering of an untrusted value for a message: never throws, never long. */
export function preview(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string': {
        const room = MAX_ECHO - 4;
        const body = JSON.stringify(value.slice(0, room)).slice(1, -1).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
        return `"${body.slice(0, room)}${value.length > room || body.length > room ? '…' : ''}"`;
      }
      case 'number':
      case 'boolean':
        return String(value);
      case 'bigint':
        return clip(`${value.toString()}n`);
      case 'undefined':
        return 'nothing';
      case 'symbol':
        return 'a symbol';
      case 'function':
        return 'a function';
      default:
        return value === null ? 'null' : Array.isArray(value) ? 'a list' : 'an object';
    }
  } catch {
    return 'an unreadable value';
  }
}

/** A field of `path` for a message: `.name` for a short plain name, else `[preview]`. */
export function fieldPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]{0,39}$/.test(key) ? `${path}.${key}` : `${path}[${preview(key)}]`;
}

/** The own data fields of a plain object, by name. */
export type Fields = Map<string, unknown>;

/**
 * Reads an untrusted value as a plain object whose keys are all in `allowed` (any key when
 * null, for a caller that checks them itself): no arrays, no class instances or other
 * prototypes, no symbol or prototype keys, no getters (their values are never read).
 * Returns its fields, or `path: problem`. Never throws.
 */
export function readFields(value: unknown, path: string, allowed: readonly string[] | null, expected = 'an object'): Result<Fields, string> {
  if (typeof value !== 'object' || value === null) return err(`${path}: must be ${expected}, got ${preview(value)}`);
  try {
    if (Array.isArray(value)) return err(`${path}: must be ${expected}, got a list`);
    const proto: unknown = Object.getPrototypeOf(value);
    // Object.prototype of any realm (a worker's, another frame's) has a null prototype.
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return err(`${path}: must be a plain object`);
    const fields: Fields = new Map();
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === 'symbol') return err(`${path}: has a symbol key`);
      if (PROTOTYPE_KEYS.has(key)) return err(`${fieldPath(path, key)}: a prototype key is not allowed`);
      if (allowed && !allowed.includes(key)) return err(`${fieldPath(path, key)}: unknown field`);
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (!descriptor || !('value' in descriptor)) return err(`${fieldPath(path, key)}: must be plain data, not a getter`);
      fields.set(key, descriptor.value);
    }
    return ok(fields);
  } catch {
    return err(`${path}: cannot be read`);
  }
}

/** Reads an untrusted value as an array (of at most `max` items); its items are not checked. */
export function readList(value: unknown, path: string, max: number): Result<unknown[], string> {
  try {
    if (!Array.isArray(value)) return err(`${path}: must be a list, got ${preview(value)}`);
    const proto: unknown = Object.getPrototypeOf(value);
    // Array.prototype of any realm has Object.prototype, then null, above it.
    if (proto === null || Object.getPrototypeOf(Object.getPrototypeOf(proto)) !== null) return err(`${path}: must be a plain list`);
    const length = value.length;
    if (length > max) return err(`${path}: has ${length} items, at most ${max} are allowed`);
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const descriptor = Object.getOwnPropertyDescriptor(value, i);
      if (!descriptor) return err(`${fieldPath(path, i)}: missing (a list with holes)`);
      if (!('value' in descriptor)) return err(`${fieldPath(path, i)}: must be plain data, not a getter`);
      items.push(descriptor.value);
    }
    return ok(items);
  } catch {
    return err(`${path}: cannot be read`);
  }
}

const oneOf = <T extends string>(value: unknown, options: readonly T[]): value is T => typeof value === 'string' && (options as readonly string[]).includes(value);

/** The fields each action type carries besides `type` and `power`. */
const ACTION_FIELDS: { readonly [T in ActionType]: readonly Exclude<keyof Extract<Action, { type: T }>, 'type' | 'power'>[] } = {
  endTurn: [],
  answerEvent: ['eventId', 'optionId'],
  injectEvent: ['eventId'],
  startProject: ['projectId'],
  summit: ['partner'],
  propose: ['proposal'],
  acceptCounter: [],
  energyPartnership: [],
  farEastInvestment: [],
  exposeArmsCopying: [],
  lobbySanctions: ['direction'],
  constitutionalRevision: [],
  defenceSpending: [],
  missileDefenceCoop: [],
  jointExercise: [],
  engageChina: [],
  hedgeChina: [],
  jointActivityTalks: [],
  securityDialogue: [],
  restoreVisits: [],
  supportResidents: [],
  fisheriesAgreement: [],
  answerProposal: ['answer'],
  militarise: ['island'],
  demilitarise: ['island'],
  exerciseWithChina: [],
  courtJapan: [],
  warnJapan: [],
  suspendTalks: [],
  hardenPosition: [],
  suspendVisits: [],
  freezeJointActivity: [],
  outbidJapan: [],
  pressureJapan: [],
  engageJapan: [],
  curbJapan: [],
  setSanctions: ['direction'],
  deployMissileDefence: [],
  reassureJapan: [],
  warnTokyo: [],
  engageRussia: [],
  pressureChina: [],
};
const ANY_ACTION_FIELD: readonly string[] = ['type', 'power', ...new Set(Object.values(ACTION_FIELDS).flat())];
const PROPOSAL_FIELDS: readonly (keyof Proposal)[] = ['transfers', 'access', 'schedule', 'demilitarise', 'noUsForces', 'economicPackage'];
const PACKAGE_TIERS = [0, 1, 2, 3] as const;

const malformed = (message: string): Result<never, ActionError> => err({ code: 'ERR_MALFORMED_ACTION', message });

/**
 * Parses an untrusted value into an action: a fresh object built field by field (the
 * caller's value is never kept), or ERR_MALFORMED_ACTION naming the field (`action.proposal.schedule`).
 * Refuses unknown fields, prototype keys, non-plain objects, getters, over-long ids and any
 * value nested deeper than an action's own shape (three levels: action, proposal, islands).
 * Never throws. It checks the shape only: `whyNot` says whether the action is legal now.
 */
export function parseAction(value: unknown): Result<Action, ActionError> {
  const read = readFields(value, 'action', ANY_ACTION_FIELD);
  if (!read.ok) return malformed(read.error);
  const f = read.value;
  const type = f.get('type');
  if (typeof type !== 'string' || !Object.hasOwn(RULES, type)) return malformed(`action.type: unknown action type ${preview(type)}`);
  const actionType = type as ActionType;
  const power = f.get('power');
  if (!oneOf(power, POWERS)) return malformed(`action.power: must be one of ${POWERS.join(', ')}, got ${preview(power)}`);
  const own = ACTION_FIELDS[actionType] as readonly string[];
  for (const key of f.keys()) {
    if (key !== 'type' && key !== 'power' && !own.includes(key)) return malformed(`${fieldPath('action', key)}: unknown field for a "${actionType}" action`);
  }
  return buildAction(actionType, power, f);
}

function idField(f: Fields, key: string): Result<string, ActionError> {
  const v = f.get(key);
  if (typeof v !== 'string') return malformed(`action.${key}: must be a string, got ${preview(v)}`);
  if (v.length === 0 || v.length > MAX_ID_LENGTH) return malformed(`action.${key}: must be 1 to ${MAX_ID_LENGTH} characters long`);
  return ok(v);
}

function choice<T extends string>(f: Fields, key: string, options: readonly T[]): Result<T, ActionError> {
  const v = f.get(key);
  return oneOf(v, options) ? ok(v) : malformed(`action.${key}: must be one of ${options.join(', ')}, got ${preview(v)}`);
}

/** The action in its canonical shape: `type`, `power`, then the type's own fields in a fixed order. */
function buildAction(type: ActionType, power: PowerId, f: Fields): Result<Action, ActionError> {
  // The casts below only narrow `power`: each rule says which powers may take it, and
  // whyNot refuses the others (ERR_WRONG_POWER) with a better message than a shape error.
  switch (type) {
    case 'answerEvent': {
      const eventId = idField(f, 'eventId');
      if (!eventId.ok) return eventId;
      const optionId = idField(f, 'optionId');
      if (!optionId.ok) return optionId;
      return ok({ type, power, eventId: eventId.value, optionId: optionId.value });
    }
    case 'injectEvent': {
      const eventId = idField(f, 'eventId');
      return eventId.ok ? ok({ type, power, eventId: eventId.value }) : eventId;
    }
    case 'startProject': {
      const projectId = idField(f, 'projectId');
      return projectId.ok ? ok({ type, power: power as 'japan', projectId: projectId.value }) : projectId;
    }
    case 'summit': {
      const partner = choice(f, 'partner', POWERS);
      return partner.ok ? ok({ type, power, partner: partner.value }) : partner;
    }
    case 'propose': {
      const proposal = parseProposal(f.get('proposal'));
      return proposal.ok ? ok({ type, power: power as 'japan', proposal: proposal.value }) : proposal;
    }
    case 'lobbySanctions': {
      const direction = choice(f, 'direction', ['ease', 'keep'] as const);
      return direction.ok ? ok({ type, power: power as 'japan', direction: direction.value }) : direction;
    }
    case 'setSanctions': {
      const direction = choice(f, 'direction', ['tighten', 'ease'] as const);
      return direction.ok ? ok({ type, power: power as 'usa', direction: direction.value }) : direction;
    }
    case 'answerProposal': {
      const answer = choice(f, 'answer', ['accept', 'reject', 'counter'] as const);
      return answer.ok ? ok({ type, power: power as 'russia', answer: answer.value }) : answer;
    }
    case 'militarise':
    case 'demilitarise': {
      const island = choice(f, 'island', ISLANDS);
      return island.ok ? ok({ type, power: power as 'russia', island: island.value }) : island;
    }
    default:
      return ok({ type, power } as Action);
  }
}

/** A proposal's four islands, each one of `options`, read into a fresh record in the islands' order. */
function islandMap<T extends string>(value: unknown, path: string, options: readonly T[]): Result<Record<(typeof ISLANDS)[number], T>, ActionError> {
  const read = readFields(value, path, ISLANDS, 'an object with one entry per island');
  if (!read.ok) return malformed(read.error);
  const out = {} as Record<(typeof ISLANDS)[number], T>;
  for (const id of ISLANDS) {
    const v = read.value.get(id);
    if (!oneOf(v, options)) return malformed(`${path}.${id}: must be one of ${options.join(', ')}, got ${preview(v)}`);
    out[id] = v;
  }
  return ok(out);
}

/** Parses a proposal into a fresh one in the canonical field order (the order its digest is taken in). */
export function parseProposal(value: unknown, path = 'action.proposal'): Result<Proposal, ActionError> {
  const read = readFields(value, path, PROPOSAL_FIELDS);
  if (!read.ok) return malformed(read.error);
  const f = read.value;
  const transfers = islandMap(f.get('transfers'), `${path}.transfers`, TRANSFER_KINDS);
  if (!transfers.ok) return transfers;
  const access = islandMap(f.get('access'), `${path}.access`, ACCESS_LEVELS);
  if (!access.ok) return access;
  const schedule = f.get('schedule');
  if (!oneOf(schedule, SCHEDULES)) return malformed(`${path}.schedule: must be one of ${SCHEDULES.join(', ')}, got ${preview(schedule)}`);
  const demilitarise = f.get('demilitarise');
  if (typeof demilitarise !== 'boolean') return malformed(`${path}.demilitarise: must be true or false, got ${preview(demilitarise)}`);
  const noUsForces = f.get('noUsForces');
  if (typeof noUsForces !== 'boolean') return malformed(`${path}.noUsForces: must be true or false, got ${preview(noUsForces)}`);
  const economicPackage = f.get('economicPackage');
  if (!PACKAGE_TIERS.includes(economicPackage as 0)) return malformed(`${path}.economicPackage: must be 0, 1, 2 or 3, got ${preview(economicPackage)}`);
  return ok({ transfers: transfers.value, access: access.value, schedule, demilitarise, noUsForces, economicPackage: economicPackage as Proposal['economicPackage'] });
}
