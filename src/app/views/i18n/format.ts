// Numbers, per cents, scores and quarters as a reader of the current language expects them,
// through Intl. The rounding rules stay those of ../numbers (whole measures, the overall
// score cut to one decimal); this module only writes the rounded number in the language.
import { language, t, type Language } from './index';
import { whole } from '../numbers';

const numberFormats = new Map<string, Intl.NumberFormat>();
const numberFormat = (lng: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const id = `${lng}:${JSON.stringify(options)}`;
  let f = numberFormats.get(id);
  if (!f) numberFormats.set(id, (f = new Intl.NumberFormat(lng, options)));
  return f;
};

/** A whole number (a 0-100 measure, a count, a seed) with the language's digit grouping. */
export const formatWhole = (x: number, lng: Language = language()): string => numberFormat(lng, { maximumFractionDigits: 0 }).format(whole(x));

/** A seed or a year: digits only, never grouped. */
export const formatPlain = (x: number, lng: Language = language()): string => numberFormat(lng, { useGrouping: false, maximumFractionDigits: 0 }).format(x);

/** A number with `digits` decimals (a file size in MB). */
export const formatDecimal = (x: number, digits: number, lng: Language = language()): string => numberFormat(lng, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);

/** A share given in per cent (30 for 30%). */
export const formatPercent = (percent: number, lng: Language = language()): string => numberFormat(lng, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);

/** The overall score, cut (not rounded) to one decimal as everywhere in the game. */
export const formatScore = (score: number, lng: Language = language()): string =>
  numberFormat(lng, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.floor(score * 10 + 1e-9) / 10);

/**
 * A game date ("2016Q4", as the engine writes it) in the language: "2016Q4" in English, as
 * the game has always shown it, and 「2016年第4四半期」 in Japanese. Anything else is returned as is.
 */
export function formatQuarter(date: string, lng: Language = language()): string {
  const m = /^(\d{4})Q([1-4])$/.exec(date);
  if (!m) return date;
  return t('format.quarter', { lng, year: formatPlain(Number(m[1]), lng), quarter: formatPlain(Number(m[2]), lng) });
}

/** A calendar date and time (a save's time stamp) in the language's own order. */
export const formatDateTime = (date: Date, lng: Language = language()): string => new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(date);

/** Items joined as a list ("a, b, and c"; 「a、b、c」). */
export const formatList = (items: readonly string[], lng: Language = language()): string => new Intl.ListFormat(lng, { type: 'conjunction' }).format(items);
