// Events: firing the scheduled and random events of a turn, a teacher's inject, and a
// power's answer. Every function here mutates the draft it is given.
import { applyEffect } from './effects';
import { addNews, keepsNews } from './news';
import { withEntry } from './shapes';
import { catalogue, eventDef } from './catalogue';
import type { Dice } from './rng';
import type { EventDef, GameState, PowerId } from './types';

/** Quarters before a repeatable random event may come again, unless the event says otherwise. */
export const DEFAULT_EVENT_COOLDOWN = 4;

/** Whether a random event may be drawn this turn: its window, once-only rule, cooldown and treaty stages. */
export function randomEventEligible(d: Pick<GameState, 'turn' | 'firedEvents' | 'eventTurns' | 'treaty'>, e: EventDef): boolean {
  return eligible(d, e, Object.hasOwn(d.eventTurns, e.id) ? d.eventTurns[e.id] : undefined);
}

/** The same, given the turn the event last fired (undefined if never). */
function eligible(d: Pick<GameState, 'turn' | 'firedEvents' | 'treaty'>, e: EventDef, last: number | undefined): boolean {
  const trigger = e.trigger;
  if (trigger.kind !== 'random') return false;
  if (d.turn < trigger.fromTurn || d.turn > trigger.toTurn) return false;
  if (!trigger.repeatable && d.firedEvents.includes(e.id)) return false;
  if (last !== undefined && d.turn - last < (trigger.cooldown ?? DEFAULT_EVENT_COOLDOWN)) return false;
  return trigger.stages === undefined || trigger.stages.includes(d.treaty.stage);
}

/**
 * When each event last fired, as a Map: `eventTurns` grows past the size V8 keeps in fast
 * mode, and reading it key by key (or walking it) each turn is slow. The Map of the record
 * read last is kept with it, and fireEvent moves it on to the record it makes, so a game
 * reads its record into a Map once, not once a turn. The state holds only the record.
 */
let firedTurns: { record: GameState['eventTurns']; turns: Map<string, number> } | null = null;

function lastFired(eventTurns: GameState['eventTurns']): ReadonlyMap<string, number> {
  if (firedTurns?.record !== eventTurns) {
    const turns = new Map<string, number>();
    for (const id in eventTurns) turns.set(id, eventTurns[id]!);
    firedTurns = { record: eventTurns, turns };
  }
  return firedTurns.turns;
}

/** Records that event `id` fired on `turn` (a new record: states share the old one). */
function recordFired(d: GameState, id: string, turn: number): void {
  const before = d.eventTurns;
  d.eventTurns = withEntry(before, id, turn);
  // The Map moves on to the new record: only the record read last has one.
  if (firedTurns?.record === before) {
    firedTurns.record = d.eventTurns;
    firedTurns.turns.set(id, turn);
  }
}

/** Fires the scheduled events of the current turn and, by chance, one random event. */
export function fireEvents(d: GameState, dice: Dice): void {
  const index = catalogue(d.defs);
  for (const e of index.scheduled) if (e.trigger.kind === 'scheduled' && e.trigger.turn === d.turn) fireEvent(d, e);
  if (!dice.chance(d.defs.randomEventChance)) return;
  const turns = lastFired(d.eventTurns);
  const candidates: EventDef[] = [];
  for (let i = 0; i < index.random.length; i++) {
    const e = index.random[i]!;
    if (eligible(d, e, turns.get(e.id))) candidates.push(e);
  }
  const chosen = dice.weighted(candidates, randomWeight);
  if (chosen) fireEvent(d, chosen);
}

const randomWeight = (e: EventDef): number => (e.trigger.kind === 'random' ? e.trigger.weight : 0);

export function fireEvent(d: GameState, e: EventDef): void {
  for (const effect of e.effects) applyEffect(d, effect, e.id);
  if (!d.firedEvents.includes(e.id)) d.firedEvents = [...d.firedEvents, e.id];
  recordFired(d, e.id, d.turn);
  if (e.chooser && e.options.length) d.pendingEvents = [...d.pendingEvents, { eventId: e.id, chooser: e.chooser, turn: d.turn }];
  if (keepsNews(d)) addNews(d, { turn: d.turn, power: 'world', text: `${e.title}: ${e.text}` });
}

/** A teacher's inject: the event fires as if drawn, and the news says who chose it. */
export function injectEvent(draft: GameState, eventId: string): string {
  const def = eventDef(draft.defs, eventId)!;
  fireEvent(draft, def);
  draft.injected = [...draft.injected, eventId];
  return `The teacher triggers "${def.title}"`;
}

/** A power's answer to an event awaiting it: the option's effects apply. */
export function answerEvent(draft: GameState, eventId: string, optionId: string, power: PowerId): string {
  const def = eventDef(draft.defs, eventId)!;
  const option = def.options.find((o) => o.id === optionId)!;
  for (const effect of option.effects) applyEffect(draft, effect, `${eventId}:${optionId}`);
  const index = draft.pendingEvents.findIndex((p) => p.eventId === eventId && p.chooser === power);
  draft.pendingEvents = draft.pendingEvents.filter((_, i) => i !== index);
  return `${def.title}: ${option.label}`;
}
