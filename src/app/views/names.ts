// Names and words the interface uses for the model's ids, in the current language and from
// the viewer's side: Tokyo says Etorofu and "Northern Territories", Moscow says Iturup and
// "Southern Kurils". The records below read the resources on every access (getters), so a
// screen drawn after a change of language reads the new words.
import type { AccessLevel, Board, IslandId, PowerId, TreatyStage } from '../../engine';
import { language, t } from './i18n';
import { formatDecimal, formatWhole } from './i18n/format';
import { islandNames as termIslandNames, powerName, regionName as termRegionName, viewerWords as termViewerWords } from './i18n/terms';

/** A record whose every value is read when it is used (so it follows the language). */
function wordsFor<K extends string>(words: Record<K, () => string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(words) as K[]) Object.defineProperty(out, key, { get: words[key], enumerable: true });
  return out;
}

export const POWER_NAMES: Record<PowerId, string> = wordsFor({ japan: () => powerName('japan'), russia: () => powerName('russia'), china: () => powerName('china'), usa: () => powerName('usa') });

export const POWER_SHORT: Record<PowerId, string> = wordsFor({
  japan: () => t('panels.names.short.japan'),
  russia: () => t('panels.names.short.russia'),
  china: () => t('panels.names.short.china'),
  usa: () => t('panels.names.short.usa'),
});

export const CAPITAL_NAMES: Record<PowerId, string> = wordsFor({
  japan: () => t('panels.names.capital.japan'),
  russia: () => t('panels.names.capital.russia'),
  china: () => t('panels.names.capital.china'),
  usa: () => t('panels.names.capital.usa'),
});

export const STAGE_LABELS: Record<TreatyStage, string> = wordsFor({
  stalled: () => t('panels.names.stage.stalled'),
  talks: () => t('panels.names.stage.talks'),
  framework: () => t('panels.names.stage.framework'),
  draft: () => t('panels.names.stage.draft'),
  signed: () => t('panels.names.stage.signed'),
});

/** One short word per stage, for a chart's axis. */
export const STAGE_SHORT: Record<TreatyStage, string> = wordsFor({
  stalled: () => t('panels.names.stageShort.stalled'),
  talks: () => t('panels.names.stageShort.talks'),
  framework: () => t('panels.names.stageShort.framework'),
  draft: () => t('panels.names.stageShort.draft'),
  signed: () => t('panels.names.stageShort.signed'),
});

/** Each stage as a phrase inside a sentence ("falls back from talks to a standstill"). */
export const STAGE_PHRASES: Record<TreatyStage, string> = wordsFor({
  stalled: () => t('panels.names.stagePhrase.stalled'),
  talks: () => t('panels.names.stagePhrase.talks'),
  framework: () => t('panels.names.stagePhrase.framework'),
  draft: () => t('panels.names.stagePhrase.draft'),
  signed: () => t('panels.names.stagePhrase.signed'),
});

export const ACCESS_LABELS: Record<AccessLevel, string> = wordsFor({
  none: () => t('panels.names.access.none'),
  visits: () => t('panels.names.access.visits'),
  joint: () => t('panels.names.access.joint'),
});

export interface IslandNames {
  /** The name the viewer uses. */
  name: string;
  /** The other side's name, shown in brackets where space allows. */
  other: string;
}

/** The viewer's name for an island and the other side's (see terms.ts, the one place for contested names). */
export function islandNames(_state: Pick<Board, 'defs'>, id: IslandId, viewer: PowerId): IslandNames {
  return termIslandNames(id, viewer);
}

export function regionName(viewer: PowerId): string {
  return termRegionName(viewer);
}

/** A word for an opinion, so that no meaning rests on colour alone. */
export function opinionWord(value: number): string {
  if (value <= -40) return t('panels.names.opinion.hostile');
  if (value <= -15) return t('panels.names.opinion.unfriendly');
  if (value < 15) return t('panels.names.opinion.wary');
  if (value < 40) return t('panels.names.opinion.friendly');
  return t('panels.names.opinion.close');
}

export function alignmentWord(value: number): string {
  if (value >= 75) return t('panels.names.alignment.firm');
  if (value >= 60) return t('panels.names.alignment.aligned');
  if (value >= 45) return t('panels.names.alignment.loosening');
  if (value >= 30) return t('panels.names.alignment.distrustful');
  return t('panels.names.alignment.rivals');
}

/** A number with its sign ("+3", "−2.5", "0"), in the language's digits; a true minus sign. */
export const signed = (x: number, digits = 0): string => {
  const rounded = Number(Math.abs(x).toFixed(digits));
  const text = digits === 0 ? formatWhole(rounded) : formatDecimal(rounded, digits);
  if (rounded === 0) return text;
  return x > 0 ? `+${text}` : `−${text}`;
};

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Engine and scenario text is written from Tokyo's side (Etorofu, the Northern Territories).
 * This returns a function that puts it in the viewer's words (terms.ts): Russia's seat reads
 * the Russian names, in the current language and in the English the engine writes.
 */
export function viewerWords(_state: Pick<Board, 'defs'>, viewer: PowerId): (text: string) => string {
  const inLanguage = termViewerWords(viewer);
  const inEnglish = language() === 'en' ? (text: string) => text : termViewerWords(viewer, 'en');
  return (text) => inLanguage(inEnglish(text));
}
