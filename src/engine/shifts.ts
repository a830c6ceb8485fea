// The state shifts every rule and effect is made of: approval, world measures, tension,
// militarisation, spending and opinion modifiers, each kept within its range. Every
// function here mutates the draft it is given, whose records applyAction has already
// copied (see shapes.ts).
import { clamp, clamp100, round2 } from './math';
import { addModifier } from './opinions';
import type { GameState, IslandId, PowerId, TensionPair, WorldField } from './types';

export function shiftTension(draft: GameState, pair: TensionPair, delta: number): void {
  draft.world.tension[pair] = clamp100(draft.world.tension[pair] + delta);
}

export function shiftWorld(draft: GameState, field: WorldField, delta: number): void {
  const before = draft.world[field];
  draft.world[field] = clamp100(before + delta);
  if (field === 'sanctions' && draft.world.sanctions > before) sanctionsBite(draft, draft.world.sanctions - before);
}

/**
 * Sanctions cut both ways: when they tighten, Japanese firms exposed in Russia lose trade
 * and Tokyo's business lobby turns on the cabinet, in proportion to what Japan has at stake.
 */
function sanctionsBite(draft: GameState, rise: number): void {
  const exposure = draft.world.trade.japanRussia - draft.defs.baseline.japanRussiaTrade;
  let running = 0;
  for (const p of draft.projects) if (!p.delivered) running += 1;
  if (exposure > 0) draft.world.trade.japanRussia = round2(draft.world.trade.japanRussia - rise * 0.01 * exposure);
  if (running > 0) shiftApproval(draft, 'japan', -round2(rise * 0.04 * Math.min(4, running)));
}

export function shiftApproval(draft: GameState, power: PowerId, delta: number): void {
  draft.powers[power].approval = clamp100(draft.powers[power].approval + delta);
}

export function shiftMilitarisation(draft: GameState, island: IslandId, delta: number): void {
  const current = draft.islands[island];
  if (current.administeredBy !== 'russia') return;
  current.militarisation = clamp100(current.militarisation + delta);
}

export function spend(draft: GameState, power: PowerId, cost: { capital: number; budget: number; approval: number }): void {
  const p = draft.powers[power];
  p.capital = round2(p.capital - cost.capital);
  p.budget = round2(Math.max(0, p.budget - cost.budget));
  p.approval = clamp100(p.approval - cost.approval);
}

export function opinionMod(draft: GameState, from: PowerId, to: PowerId, id: string, label: string, value: number, decay: number): void {
  addModifier(draft, from, to, { id, label, value: round2(clamp(value, -60, 60)), decay });
}
