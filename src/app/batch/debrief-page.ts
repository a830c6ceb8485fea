// The debrief as a self-contained printable page, in the reader's language: the words of
// the data debrief.ts gathers.
import { STAGE_LABELS, signed } from '../views/names';
import { language, t } from '../views/i18n';
import { formatDecimal, formatList, formatPercent, formatPlain, formatQuarter, formatScore, formatWhole } from '../views/i18n/format';
import { categoryLabel, islandName, powerName } from '../views/i18n/terms';
import { actorName, policyLabel } from '../views/review-words';
import { powerCategoryWords } from '../views/power-words';
import { lessonText, newsText, reasonText, summaryText } from '../views/engine-words';
import { scenarioTitle } from '../views/scenario-text';
import { escapeHtml } from '../views/html';
import { POWERS } from '../../engine';
import { DEBRIEF_VIEWER, type Debrief } from './debrief';

/**
 * A self-contained printable page: outcome, comparison, measures table and timeline, in the
 * reader's language (the page's lang attribute says which), the texts of the game itself
 * (news, reasons, lessons, the scenario's events and projects inside them) included.
 */
export function debriefHtml(debrief: Debrief): string {
  const o = debrief.outcome;
  const n = (x: number) => formatWhole(x);
  const th = (...texts: string[]) => texts.map((text) => `<th>${escapeHtml(text)}</th>`).join('');
  const categories = o.categories
    .map((c) => `<tr><td>${escapeHtml(categoryLabel(c.id))}</td><td>${n(c.score)}</td><td>${formatPercent(c.weight * 100)}</td><td>${escapeHtml(summaryText(c))}</td></tr>`)
    .join('');
  const powers = debrief.powers
    .map(
      (p) =>
        `<tr><td>${escapeHtml(powerName(p.power))}</td><td>${debrief.controllers[p.power] === 'human' ? escapeHtml(t('review.export.aTeam')) : escapeHtml(t('review.export.theComputer'))}</td><td>${formatScore(p.score)}</td><td>${p.grade}</td><td>${escapeHtml(formatList(p.categories.map((c) => t('review.valueWord', { value: n(c.score), word: powerCategoryWords(p.power, c).label }))))}</td></tr>`,
    )
    .join('');
  const comparison = debrief.comparison
    .map((c) => `<tr><td>${escapeHtml(policyLabel(c.policy))}</td><td>${formatDecimal(c.meanScore, 1)}</td><td>${formatPercent(c.beaten * 100)}</td></tr>`)
    .join('');
  const measures = debrief.turns
    .map(
      (m) =>
        `<tr><td>${escapeHtml(formatQuarter(m.date))}</td><td>${n(m.alignment)}</td><td>${n(m.russiaOpinionOfJapan)}</td><td>${n(m.chinaOpinionOfJapan)}</td><td>${n(m.sanctions)}</td><td>${escapeHtml(STAGE_LABELS[m.treatyStage])}</td><td>${n(m.militarisation)}</td></tr>`,
    )
    .join('');
  const timeline = debrief.timeline
    .map((e) => {
      const reasons = e.reasons?.length
        ? `<ul class="reasons">${e.reasons.map((r) => `<li>${escapeHtml(t('panels.reason', { label: reasonText(r, DEBRIEF_VIEWER, debrief.defs, e.eventId), value: signed(r.value, Math.abs(r.value) < 10 && r.value % 1 !== 0 ? 1 : 0) }))}</li>`).join('')}</ul>`
        : '';
      return `<li><span class="when">${escapeHtml(formatQuarter(e.date))}</span> <span class="who">${escapeHtml(actorName(e.power))}</span> ${escapeHtml(newsText(e, DEBRIEF_VIEWER, debrief.defs))}${reasons}</li>`;
    })
    .join('');
  const title = escapeHtml(t('review.debrief.title', { title: scenarioTitle(debrief.defs) }));
  const seats = formatList(POWERS.map((p) => (debrief.controllers[p] === 'human' ? t('review.seat.people', { power: powerName(p) }) : t('review.seat.computer', { power: powerName(p) }))));
  const islands = o.islandsReturned.length ? formatList(o.islandsReturned.map((id) => islandName(id))) : t('review.noIslands');
  return `<!doctype html>
<html lang="${language()}"><head><meta charset="utf-8"><title>${title}</title>
<style>
body{font:15px/1.45 system-ui,"noto sans cjk jp","hiragino sans","yu gothic",sans-serif;margin:2rem auto;max-width:60rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
.grade{font-size:2rem;font-weight:700}.when{font-weight:600}.who{color:#555}
.reasons{font-size:.85rem;color:#444;margin:.2rem 0 .6rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}}
</style></head><body>
<h1>${title}</h1>
<p>${escapeHtml(t('review.export.scenarioLine', { id: debrief.scenario.id, version: debrief.scenario.version, seed: formatPlain(debrief.seed) }))}
${escapeHtml(t('review.export.seats', { seats }))}</p>
<p class="grade">${escapeHtml(t('review.export.gradeLine', { grade: o.grade, score: formatScore(o.score) }))}</p>
<p>${escapeHtml(t('review.export.outcomeLine', { islands, stage: STAGE_LABELS[o.treatyStage], from: n(o.alignmentStart), to: n(o.alignmentEnd) }))}</p>
<h2>${escapeHtml(t('review.debrief.outcomeTitle'))}</h2>
<table><tr>${th(t('review.export.category'), t('review.export.score'), t('review.export.weight'), t('review.export.note'))}</tr>${categories}</table>
${o.lessons.length ? `<h2>${escapeHtml(t('review.debrief.lessons'))}</h2><ul>${o.lessons.map((l) => `<li>${escapeHtml(lessonText(l))}</li>`).join('')}</ul>` : ''}
<h2>${escapeHtml(t('review.export.powersTitle'))}</h2>
<table><tr>${th(t('review.export.power'), t('review.export.playedBy'), t('review.export.score'), t('review.export.grade'), t('review.export.categories'))}</tr>${powers}</table>
${comparison ? `<h2>${escapeHtml(t('review.debrief.comparisonTitle'))}</h2><table><tr>${th(t('review.export.policy'), t('review.debrief.meanScore'), t('review.export.beat'))}</tr>${comparison}</table>` : ''}
<h2>${escapeHtml(t('review.debrief.measuresTitle'))}</h2>
<table><tr>${th(t('review.measure.quarter'), t('review.measure.alignmentShort'), t('review.measure.russiaOnJapanShort'), t('review.measure.chinaOnJapanShort'), t('review.measure.sanctionsShort'), t('review.measure.stageShort'), t('review.measure.militarisationShort'))}</tr>${measures}</table>
<h2>${escapeHtml(t('review.debrief.timelineTitle'))}</h2><ul>${timeline}</ul>
</body></html>
`;
}
