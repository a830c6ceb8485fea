// Names and words the interface uses for the model's ids, from the viewer's side: Tokyo
// says Etorofu and "Northern Territories", Moscow says Iturup and "Southern Kurils".
import type { AccessLevel, Board, IslandId, PowerId, TreatyStage } from '../../engine';

export const POWER_NAMES: Record<PowerId, string> = { japan: 'Japan', russia: 'Russia', china: 'China', usa: 'United States' };
export const POWER_SHORT: Record<PowerId, string> = { japan: 'JP', russia: 'RU', china: 'CN', usa: 'US' };
export const CAPITAL_NAMES: Record<PowerId, string> = { japan: 'Tokyo', russia: 'Moscow', china: 'Beijing', usa: 'Washington' };

export const STAGE_LABELS: Record<TreatyStage, string> = {
  stalled: 'stalled',
  talks: 'talks',
  framework: 'framework (1956 basis)',
  draft: 'draft treaty',
  signed: 'treaty signed',
};

export const ACCESS_LABELS: Record<AccessLevel, string> = {
  none: 'no access',
  visits: 'visa-free visits',
  joint: 'joint economic activity',
};

export interface IslandNames {
  /** The name the viewer uses. */
  name: string;
  /** The other side's name, shown in brackets where space allows. */
  other: string;
}

/** Russia's seat uses the Russian names; every other seat the Japanese ones. */
export function islandNames(state: Pick<Board, 'defs'>, id: IslandId, viewer: PowerId): IslandNames {
  const def = state.defs.islands[id];
  return viewer === 'russia' ? { name: def.nameRu, other: def.nameJa } : { name: def.nameJa, other: def.nameRu };
}

export function regionName(viewer: PowerId): string {
  return viewer === 'russia' ? 'Southern Kurils' : viewer === 'japan' ? 'Northern Territories' : 'Disputed southern Kurils';
}

/** A word for an opinion, so that no meaning rests on colour alone. */
export function opinionWord(value: number): string {
  if (value <= -40) return 'hostile';
  if (value <= -15) return 'unfriendly';
  if (value < 15) return 'wary';
  if (value < 40) return 'friendly';
  return 'close';
}

export function alignmentWord(value: number): string {
  if (value >= 75) return 'firm partners';
  if (value >= 60) return 'aligned';
  if (value >= 45) return 'loosening';
  if (value >= 30) return 'distrustful';
  return 'rivals';
}

export const signed = (x: number, digits = 0): string => {
  const text = Math.abs(x).toFixed(digits);
  if (Number(text) === 0) return text;
  return x > 0 ? `+${text}` : `−${text}`;
};

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Engine and scenario text is written from Tokyo's side (Etorofu, the Northern Territories).
 * This returns a function that puts it in the viewer's words: Russia's seat reads the Russian
 * names; every other seat reads the text as it is.
 */
export function viewerWords(state: Pick<Board, 'defs'>, viewer: PowerId): (text: string) => string {
  if (viewer !== 'russia') return (text) => text;
  const pairs: [RegExp, string][] = [[/\bNorthern Territories\b/g, 'Southern Kurils']];
  for (const def of Object.values(state.defs.islands)) {
    if (def.nameJa !== def.nameRu) pairs.push([new RegExp(`\\b${def.nameJa}\\b`, 'g'), def.nameRu]);
  }
  return (text) => pairs.reduce((out, [pattern, name]) => out.replace(pattern, name), text);
}
