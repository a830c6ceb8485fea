// The one registry of typed effects: scenario events and options carry these as data, and
// rules use the same helpers. Every function here mutates the draft it is given, whose
// records applyAction has already copied (see shapes.ts).
import { clamp, clamp100, round2 } from './math';
import { addModifier } from './opinions';
import { advanceTreaty, suspendTalks, treatySetback } from './treaty';
import type { Effect, GameState, IslandId, PowerId, TensionPair, WorldField } from './types';

export function applyEffect(draft: GameState, effect: Effect, sourceId: string): void {
  switch (effect.kind) {
    case 'opinion':
      addModifier(draft, effect.from, effect.to, {
        id: `${sourceId}:${effect.from}>${effect.to}`,
        label: effect.label,
        value: effect.value,
        decay: effect.decay,
      });
      return;
    case 'tension':
      shiftTension(draft, effect.pair, effect.delta);
      return;
    case 'world':
      shiftWorld(draft, effect.field, effect.delta);
      return;
    case 'trade':
      draft.world.trade[effect.field] = round2(Math.max(0, draft.world.trade[effect.field] + effect.delta));
      return;
    case 'approval':
      shiftApproval(draft, effect.power, effect.delta);
      return;
    case 'budget':
      draft.powers[effect.power].budget = round2(Math.max(0, draft.powers[effect.power].budget + effect.delta));
      return;
    case 'militarisation':
      shiftMilitarisation(draft, effect.island, effect.delta);
      return;
    case 'treatyProgress':
      if (effect.delta > 0) advanceTreaty(draft, effect.delta);
      else if (draft.treaty.stage !== 'draft' && draft.treaty.stage !== 'signed') draft.treaty.progress = clamp100(draft.treaty.progress + effect.delta);
      return;
    case 'suspendTalks':
      suspendTalks(draft, effect.turns, 'After the news');
      return;
    case 'treatySetback':
      treatySetback(draft, 'After the news');
      return;
    case 'implementation':
      if (draft.treaty.stage === 'signed') draft.treaty.implementation = clamp100(draft.treaty.implementation + effect.delta);
      return;
  }
}

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

export function describeEffect(effect: Effect): string {
  const sign = (x: number) => (x > 0 ? `+${x}` : String(x));
  switch (effect.kind) {
    case 'opinion':
      return `${effect.from} opinion of ${effect.to} ${sign(effect.value)} (${effect.label})`;
    case 'tension':
      return `tension ${effect.pair} ${sign(effect.delta)}`;
    case 'world':
      return `${effect.field} ${sign(effect.delta)}`;
    case 'trade':
      return `${effect.field} trade ${sign(effect.delta)} bn`;
    case 'approval':
      return `${effect.power} approval ${sign(effect.delta)}`;
    case 'budget':
      return `${effect.power} budget ${sign(effect.delta)} bn`;
    case 'militarisation':
      return `militarisation of ${effect.island} ${sign(effect.delta)}`;
    case 'treatyProgress':
      return `treaty progress ${sign(effect.delta)}`;
    case 'suspendTalks':
      return `Moscow suspends the talks for ${effect.turns} turn${effect.turns === 1 ? '' : 's'}`;
    case 'treatySetback':
      return 'the treaty track falls back a stage';
    case 'implementation':
      return `treaty implementation ${sign(effect.delta)}`;
  }
}
