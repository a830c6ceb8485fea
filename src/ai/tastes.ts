// How much each power likes an effect: used to choose between event options. A power likes
// being liked, likes its own standing at home, and has views on the world's measures.
import type { Effect, PowerId, TensionPair, WorldField } from '../engine';

type Tastes = { world: Partial<Record<WorldField, number>>; tension: Partial<Record<TensionPair, number>>; trade: Partial<Record<'chinaRussia' | 'japanRussia', number>>; progress: number };

const TASTES: Record<PowerId, Tastes> = {
  japan: {
    world: { missileDefence: 0.1, strategicTies: -0.3, farEastUnease: 0.2, nationalism: -0.2, chinaAlarm: -0.15 },
    tension: { 'china-japan': -0.4, 'japan-russia': -0.3 },
    trade: { japanRussia: 0.5, chinaRussia: -0.3 },
    progress: 0.5,
  },
  russia: {
    world: { sanctions: -0.3, missileDefence: -0.3, strategicTies: 0.05, nationalism: -0.05 },
    tension: { 'russia-usa': -0.2 },
    trade: { japanRussia: 0.6, chinaRussia: 0.4 },
    progress: 0.1,
  },
  china: {
    world: { missileDefence: -0.4, strategicTies: 0.3, farEastUnease: -0.3, chinaAlarm: -0.1 },
    tension: { 'china-usa': -0.2, 'china-japan': -0.1 },
    trade: { chinaRussia: 0.5, japanRussia: -0.3 },
    progress: -0.1,
  },
  usa: {
    world: { missileDefence: 0.3, sanctions: 0.1 },
    tension: { 'china-usa': -0.1 },
    trade: {},
    progress: 0,
  },
};

export function valueOfEffect(power: PowerId, effect: Effect): number {
  const t = TASTES[power];
  switch (effect.kind) {
    case 'opinion':
      return effect.to === power ? effect.value * 0.4 : effect.from === power ? effect.value * 0.05 : 0;
    case 'approval':
      return effect.power === power ? effect.delta * 0.6 : 0;
    case 'budget':
      return effect.power === power ? effect.delta * 0.5 : 0;
    case 'world':
      return (t.world[effect.field] ?? 0) * effect.delta;
    case 'tension':
      return (t.tension[effect.pair] ?? 0) * effect.delta;
    case 'trade':
      return (t.trade[effect.field] ?? 0) * effect.delta;
    case 'militarisation':
      return power === 'russia' ? effect.delta * 0.05 : power === 'japan' ? -effect.delta * 0.1 : 0;
    case 'treatyProgress':
      return t.progress * effect.delta;
    case 'suspendTalks':
    case 'treatySetback':
      return -t.progress * 10;
    case 'implementation':
      return t.progress * effect.delta * 0.5;
  }
}

export function valueOfEffects(power: PowerId, effects: readonly Effect[]): number {
  let total = 0;
  for (const e of effects) total += valueOfEffect(power, e);
  return total;
}
