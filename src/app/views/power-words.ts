// Each power's own score categories (engine/power-outcome.ts) in the reader's language: their
// names and goals by the power and the category's id, their summaries through a table keyed by
// the engine's English template (as ./engine-words.ts does for the news), whose values (signed
// figures such as "+3" or "−2") pass through as they are. A summary no template knows is shown
// as the engine wrote it; tests/power-words.test.ts plays campaigns and checks that none is left.
import type { PowerId } from '../../engine';
import { t } from './i18n';
import { categoryLabel } from './i18n/terms';
import { summaryText } from './engine-words';

type Words = { label: () => string; goal: () => string };

/** The words of every category by power and id; each key written out for the translation check. */
const CATEGORIES: Record<PowerId, Record<string, Words>> = {
  japan: {
    territory: { label: () => categoryLabel('territory'), goal: () => t('panels.powerScore.japan.territory') },
    treaty: { label: () => categoryLabel('treaty'), goal: () => t('panels.powerScore.japan.treaty') },
    wedge: { label: () => categoryLabel('wedge'), goal: () => t('panels.powerScore.japan.wedge') },
    security: { label: () => categoryLabel('security'), goal: () => t('panels.powerScore.japan.security') },
    economy: { label: () => categoryLabel('economy'), goal: () => t('panels.powerScore.japan.economy') },
    domestic: { label: () => categoryLabel('domestic'), goal: () => t('panels.powerScore.japan.domestic') },
  },
  russia: {
    islands: { label: () => t('panels.powerScore.russia.islands.label'), goal: () => t('panels.powerScore.russia.islands.goal') },
    bastion: { label: () => t('panels.powerScore.russia.bastion.label'), goal: () => t('panels.powerScore.russia.bastion.goal') },
    investment: { label: () => t('panels.powerScore.russia.investment.label'), goal: () => t('panels.powerScore.russia.investment.goal') },
    standing: { label: () => t('panels.powerScore.russia.standing.label'), goal: () => t('panels.powerScore.russia.standing.goal') },
    partner: { label: () => t('panels.powerScore.russia.partner.label'), goal: () => t('panels.powerScore.russia.partner.goal') },
  },
  china: {
    partner: { label: () => t('panels.powerScore.china.partner.label'), goal: () => t('panels.powerScore.china.partner.goal') },
    trade: { label: () => t('panels.powerScore.china.trade.label'), goal: () => t('panels.powerScore.china.trade.goal') },
    security: { label: () => t('panels.powerScore.china.security.label'), goal: () => t('panels.powerScore.china.security.goal') },
    sea: { label: () => t('panels.powerScore.china.sea.label'), goal: () => t('panels.powerScore.china.sea.goal') },
  },
  usa: {
    alliance: { label: () => t('panels.powerScore.usa.alliance.label'), goal: () => t('panels.powerScore.usa.alliance.goal') },
    deterrence: { label: () => t('panels.powerScore.usa.deterrence.label'), goal: () => t('panels.powerScore.usa.deterrence.goal') },
    moscow: { label: () => t('panels.powerScore.usa.moscow.label'), goal: () => t('panels.powerScore.usa.moscow.goal') },
    rivals: { label: () => t('panels.powerScore.usa.rivals.label'), goal: () => t('panels.powerScore.usa.rivals.goal') },
    standing: { label: () => t('panels.powerScore.usa.standing.label'), goal: () => t('panels.powerScore.usa.standing.goal') },
  },
};

/** The engine's English summaries of the other powers' categories, with {a}/{b} for the figures. */
const SUMMARIES: readonly [string, (v: Record<string, string>) => string][] = [
  ['all four islands Russian', () => t('panels.powerScore.summary.allIslands')], // i18n-ignore: the engine's English, matched
  ['{a}% of the islands’ worth given up or promised', (v) => t('panels.powerScore.summary.islandsGiven', v)], // i18n-ignore: the engine's English, matched
  ['garrisons {a}, US missile defence {b} since the start', (v) => t('panels.powerScore.summary.bastion', v)], // i18n-ignore: the engine's English, matched
  ['Japan-Russia trade {a} bn, sanctions {b}', (v) => t('panels.powerScore.summary.investment', v)], // i18n-ignore: the engine's English, matched
  ['approval {a} ({b})', (v) => t('panels.powerScore.summary.approval', v)], // i18n-ignore: the engine's English, matched
  ['alignment {a}, dependence on China {b}', (v) => t('panels.powerScore.summary.partner', v)], // i18n-ignore: the engine's English, matched
  ['Russia-China alignment {a} since the start', (v) => t('panels.powerScore.summary.alignmentSince', v)], // i18n-ignore: the engine's English, matched
  ['China-Russia trade {a} bn, curbs on Japan {b}', (v) => t('panels.powerScore.summary.trade', v)], // i18n-ignore: the engine's English, matched
  ['Japan’s defence budget {a} bn, US missile defence {b}', (v) => t('panels.powerScore.summary.buildUp', v)], // i18n-ignore: the engine's English, matched
  ['tension with Japan {a} ({b})', (v) => t('panels.powerScore.summary.sea', v)], // i18n-ignore: the engine's English, matched
  ['Japan’s opinion of the US {a} since the start', (v) => t('panels.powerScore.summary.alliance', v)], // i18n-ignore: the engine's English, matched
  ['US missile defence {a}, US-China tension {b}', (v) => t('panels.powerScore.summary.deterrence', v)], // i18n-ignore: the engine's English, matched
  ['US-Russia tension {a} ({b})', (v) => t('panels.powerScore.summary.moscow', v)], // i18n-ignore: the engine's English, matched
  ['Russia-China alignment {a}', (v) => t('panels.powerScore.summary.alignment', v)], // i18n-ignore: the engine's English, matched
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MATCHERS = SUMMARIES.map(([template, words]) => {
  const names: string[] = [];
  const pattern = template
    .split(/(\{[a-z]\})/)
    .map((part) => (/^\{[a-z]\}$/.test(part) ? (names.push(part.slice(1, -1)), '(.+?)') : escape(part)))
    .join('');
  return { regex: new RegExp(`^${pattern}$`), names, words };
});

/** A summary in the current language, or undefined when no template matches it. */
export function powerSummaryWords(summary: string): string | undefined {
  for (const m of MATCHERS) {
    const found = m.regex.exec(summary);
    if (found) return m.words(Object.fromEntries(m.names.map((name, i) => [name, found[i + 1]!])));
  }
  return undefined;
}

/** A category of `power`'s own score, its name, goal and summary in the current language (the engine's English where none is known). */
export function powerCategoryWords(power: PowerId, c: { id: string; label: string; goal: string; summary: string }): { label: string; goal: string; summary: string } {
  const words = CATEGORIES[power][c.id];
  const summary = power === 'japan' ? summaryText(c) : (powerSummaryWords(c.summary) ?? c.summary);
  return { label: words?.label() ?? c.label, goal: words?.goal() ?? c.goal, summary };
}
