// The Graphs tab: SVG line charts over the per-turn points the controller keeps. Series
// differ by colour, by dash pattern and by a name at the line's end, so no chart depends on
// telling colours apart.
import type { TurnPoint } from '../app/views/history';
import { POWER_NAMES, STAGE_SHORT } from '../app/views/names';
import { t } from '../app/views/i18n';
import { formatQuarter, formatWhole } from '../app/views/i18n/format';
import { TREATY_STAGES } from '../engine';
import type { PanelContext } from './context';
import { CHART_FONT_PX, responsiveSvg, textWidth, tickIndices } from './chart-frame';
import { h, svg as s } from './dom';

interface Series {
  label: string;
  colour: string;
  dash?: string;
  values: number[];
  /** The text at the line's end (default: label and rounded value). */
  endText?: (value: number) => string;
}

interface ChartSpec {
  title: string;
  series: Series[];
  xLabels: string[];
  yMin: number;
  yMax: number;
  yTicks: number[];
  yTickLabel?: (v: number) => string;
  reference?: { value: number; label: string };
  stepped?: boolean;
}


/**
 * A line chart drawn at the width it is shown at (see responsiveSvg): 12 px axis text at
 * every size, the x labels thinned so that none touch, and the axis ending at the last
 * label given (callers give one label per point played, never beyond).
 */
export function lineChart(spec: ChartSpec): HTMLElement {
  const value = (se: Series, v: number | undefined) => (v === undefined ? fmt(v) : se.endText ? se.endText(v) : fmt(v));
  const summary = spec.series.map((se) => t('panels.graphs.summary', { label: se.label, from: value(se, se.values[0]), to: value(se, se.values[se.values.length - 1]) })).join(t('panels.graphs.summaryJoin'));
  const svg = responsiveSvg(t('panels.graphs.label', { title: spec.title, summary }), (svg, W) => drawLines(svg, spec, W));
  return h('figure', { class: 'chart' }, h('figcaption', { class: 'small', text: spec.title }), svg, chartTable(spec, value));
}

/**
 * The chart's values as a table, folded under it: one row per point on the x axis (those
 * drawn so far), one column per line, the same numbers (or stage words) the lines end on.
 */
function chartTable(spec: ChartSpec, value: (se: Series, v: number | undefined) => string): HTMLElement {
  const rows = Math.max(0, ...spec.series.map((se) => se.values.length));
  return h(
    'details',
    { class: 'chart-table small', attrs: { 'data-testid': 'chart-table' } },
    h('summary', { text: t('panels.graphs.table', { title: spec.title }) }),
    h(
      'table',
      { class: 'changes' },
      h('caption', { class: 'visually-hidden', text: spec.title }),
      h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' }, text: t('panels.graphs.when') }), ...spec.series.map((se) => h('th', { attrs: { scope: 'col' }, text: se.label })))),
      h(
        'tbody',
        null,
        ...Array.from({ length: rows }, (_, i) =>
          h('tr', null, h('th', { attrs: { scope: 'row' }, text: spec.xLabels[i] ?? '' }), ...spec.series.map((se) => h('td', { text: value(se, se.values[i]) }))),
        ),
      ),
    ),
  );
}

function drawLines(svg: SVGSVGElement, spec: ChartSpec, W: number): number {
  const H = Math.round(Math.max(160, Math.min(230, W * 0.42)));
  const yLabels = spec.yTicks.map((t) => (spec.yTickLabel ? spec.yTickLabel(t) : String(t)));
  const left = Math.ceil(Math.max(...yLabels.map(textWidth), 16)) + 8;
  const ends = spec.series.filter((se) => se.values.length > 0);
  const endTexts = ends.map((se) => {
    const last = se.values[se.values.length - 1]!;
    return se.endText ? se.endText(last) : t('panels.graphs.end', { label: se.label, value: fmt(last) });
  });
  const right = Math.ceil(Math.max(40, ...endTexts.map(textWidth))) + 10;
  const top = 10;
  const bottom = CHART_FONT_PX + 14;
  const n = Math.max(2, spec.xLabels.length);
  const x = (i: number) => left + ((W - left - right) * i) / (n - 1);
  const y = (v: number) => top + (H - top - bottom) * (1 - (v - spec.yMin) / (spec.yMax - spec.yMin));
  spec.yTicks.forEach((t, i) => {
    svg.append(s('line', { x1: left, x2: W - right, y1: y(t), y2: y(t), class: 'axis', 'stroke-width': 0.6 }));
    svg.append(s('text', { x: left - 5, y: y(t) + 4, 'text-anchor': 'end', class: 'y-tick' }, yLabels[i]!));
  });
  // Labels centred on their point, but the first and the last kept inside the plot's ends.
  for (const i of tickIndices(spec.xLabels, W - left - right)) {
    const anchor = spec.xLabels.length > 1 && i === spec.xLabels.length - 1 ? 'end' : i === 0 ? 'start' : 'middle';
    const at = anchor === 'end' ? x(i) + 4 : anchor === 'start' ? x(i) - 4 : x(i);
    svg.append(s('text', { x: at, y: H - 6, 'text-anchor': anchor, class: 'x-tick' }, spec.xLabels[i]!));
  }
  if (spec.reference) {
    svg.append(s('line', { x1: left, x2: W - right, y1: y(spec.reference.value), y2: y(spec.reference.value), stroke: '#a9b8c8', 'stroke-dasharray': '2 3', 'stroke-width': 1 }));
    if (spec.reference.label) svg.append(s('text', { x: left + 4, y: y(spec.reference.value) - 4 }, spec.reference.label));
  }
  const placed: { y: number; text: string; colour: string }[] = [];
  ends.forEach((se, k) => {
    let d = '';
    se.values.forEach((v, i) => {
      const px = x(i);
      const py = y(v);
      if (i === 0) d += `M${px},${py}`;
      else if (spec.stepped) d += `H${px}V${py}`;
      else d += `L${px},${py}`;
    });
    svg.append(s('path', { d, fill: 'none', stroke: se.colour, 'stroke-width': 2.4, 'stroke-dasharray': se.dash ?? '', 'stroke-linejoin': 'round' }));
    const last = se.values.length - 1;
    svg.append(s('circle', { cx: x(last), cy: y(se.values[last]!), r: 3, fill: se.colour }));
    placed.push({ y: y(se.values[last]!), text: endTexts[k]!, colour: se.colour });
  });
  // End labels, nudged apart so that they never overlap.
  placed.sort((a, b) => a.y - b.y);
  for (let i = 1; i < placed.length; i++) placed[i]!.y = Math.max(placed[i]!.y, placed[i - 1]!.y + CHART_FONT_PX + 2);
  const lastX = x(Math.max(0, spec.xLabels.length - 1));
  for (const e of placed) {
    svg.append(s('text', { x: Math.max(lastX, W - right) + 6, y: e.y + 4, class: 'series-label', fill: e.colour, style: `fill:${e.colour}` }, e.text));
  }
  return H;
}

const fmt = (v: number | undefined) => (v === undefined ? t('panels.graphs.missing') : formatWhole(v));

/** The chart words the game's and the replay's charts share. */
export const chartWords = {
  alignmentTitle: () => t('panels.graphs.alignmentTitle'),
  alignment: () => t('panels.graphs.alignment'),
  start: () => t('panels.graphs.start'),
  opinionsTitle: () => t('panels.graphs.opinionsTitle'),
  sanctions: () => t('panels.graphs.sanctions'),
  tension: () => t('panels.graphs.tension'),
  treatyTitle: () => t('panels.graphs.treatyTitle'),
  stage: () => t('panels.graphs.stage'),
  /** The treaty stage at a level of the chart's axis, in one word. */
  stageWord: (v: number) => STAGE_SHORT[TREATY_STAGES[v]!],
  usa: () => t('panels.graphs.usa'),
};

export function graphsPanel(ctx: PanelContext): HTMLElement {
  const points: readonly TurnPoint[] = ctx.controller.history;
  // A point opens each turn (and one closes the campaign): label it by the quarter just
  // played, so the axis ends at the last turn played, never at one still to come.
  const xLabels = points.map((p, i) => (i === 0 ? chartWords.start() : formatQuarter(ctx.controller.dateOf(p.turn - 1))));
  const read = (f: (p: TurnPoint) => number) => points.map(f);
  const opinions = points.flatMap((p) => [p.ofJapan.russia, p.ofJapan.china, p.ofJapan.usa]);
  const lo = Math.min(-40, Math.floor(Math.min(...opinions) / 20) * 20);
  const hi = Math.max(60, Math.ceil(Math.max(...opinions) / 20) * 20);
  const ticks = (a: number, b: number, stepBy: number) => Array.from({ length: Math.floor((b - a) / stepBy) + 1 }, (_, i) => a + i * stepBy);
  return h(
    'div',
    null,
    h('p', { class: 'muted small', text: t('panels.graphs.intro') }),
    lineChart({
      title: chartWords.alignmentTitle(),
      series: [{ label: chartWords.alignment(), colour: '#cc79a7', values: read((p) => p.alignment) }],
      xLabels,
      yMin: 0,
      yMax: 100,
      yTicks: [0, 25, 50, 75, 100],
      reference: { value: ctx.controller.state.alignmentStart, label: chartWords.start() },
    }),
    lineChart({
      title: chartWords.opinionsTitle(),
      series: [
        { label: POWER_NAMES.russia, colour: '#cc79a7', values: read((p) => p.ofJapan.russia) },
        { label: POWER_NAMES.china, colour: '#e69f00', dash: '6 4', values: read((p) => p.ofJapan.china) },
        { label: chartWords.usa(), colour: '#56b4e9', dash: '2 3', values: read((p) => p.ofJapan.usa) },
      ],
      xLabels,
      yMin: lo,
      yMax: hi,
      yTicks: ticks(lo, hi, 20),
      reference: { value: 0, label: '' },
    }),
    lineChart({
      title: t('panels.graphs.sanctionsTitle'),
      series: [
        { label: chartWords.sanctions(), colour: '#56b4e9', values: read((p) => p.sanctions) },
        { label: chartWords.tension(), colour: '#e69f00', dash: '6 4', values: read((p) => p.tensionChina) },
        { label: t('panels.graphs.approval'), colour: '#e7d9a2', dash: '2 3', values: read((p) => p.approval) },
      ],
      xLabels,
      yMin: 0,
      yMax: 100,
      yTicks: [0, 25, 50, 75, 100],
    }),
    lineChart({
      title: chartWords.treatyTitle(),
      series: [{ label: chartWords.stage(), colour: '#f0e442', values: read((p) => p.treatyLevel), endText: chartWords.stageWord }],
      xLabels,
      yMin: 0,
      yMax: TREATY_STAGES.length - 1,
      yTicks: TREATY_STAGES.map((_, i) => i),
      yTickLabel: chartWords.stageWord,
      stepped: true,
    }),
  );
}
