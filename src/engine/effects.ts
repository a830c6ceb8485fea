// The one registry of typed effects: scenario events and options carry these as data, and
// applyEffect carries them out with the same state shifts the rules use (shifts.ts). It
// mutates the draft it is given, whose records applyAction has already copied (see shapes.ts).
import { clamp100, round2 } from './math';
import { addModifier } from './opinions';
import { shiftApproval, shiftMilitarisation, shiftTension, shiftWorld } from './shifts';
import { advanceTreaty, suspendTalks, treatySetback } from './treaty';
import type { Effect, GameState } from './types';

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
