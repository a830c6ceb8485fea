// Bar charts of counts for the strategy lab, drawn like the Graphs tab's line charts (SVG,
// the same axes and text). Each bar carries its count in words for screen readers, and the
// chart's label lists every bar, so nothing depends on reading colours or heights.
import { CHART_FONT_PX, responsiveSvg, textWidth, tickIndices } from './chart-frame';
import { t } from '../app/views/i18n';
import { formatWhole } from '../app/views/i18n/format';
import { h, svg as s } from './dom';

export interface Bar {
  /** The bin's name under the axis, e.g. "2" or "−4 to −2". */
  label: string;
  /** The bin's name in words for the accessible text, e.g. "−4 to −2" (default: label). */
  name?: string;
  count: number;
}

export interface BarChartSpec {
  title: string;
  bars: Bar[];
  /** What one unit counted is called ("campaigns"): the count axis's title and the accessible text's unit. */
  unit: string;
  /** What the bars stand for along the bottom ("islands returned at the end"), shown under the axis. */
  xTitle?: string;
  /** A dashed marker between two bars: after bar `afterIndex` (e.g. the zero line). */
  marker?: { afterIndex: number; label: string };
  /** Show every n-th axis label (default: as many as fit without touching). */
  labelEvery?: number;
  /** For bins of a measure: the n + 1 bin edges, labelled on the bars' boundaries instead of bar labels under each bar. */
  edges?: string[];
  testId?: string;
}


/** Round tick steps for a count axis. */
function countTicks(max: number): number[] {
  const top = Math.max(1, max);
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000].find((st) => top / st <= 4) ?? 5000;
  const ticks: number[] = [];
  for (let t = 0; t <= top + step - 1 && ticks.length < 6; t += step) ticks.push(t);
  return ticks;
}

export function barChart(spec: BarChartSpec): HTMLElement {
  const total = spec.bars.reduce((sum, b) => sum + b.count, 0);
  const listed = spec.bars.map((b) => t('review.chart.bar', { name: b.name ?? b.label, number: formatWhole(b.count) })).join(t('review.chart.joiner'));
  const svg = responsiveSvg(t('review.chart.summary', { title: spec.title, total: formatWhole(total), unit: spec.unit, bars: listed }), (svg, W) => drawBars(svg, spec, W));
  return h('figure', { class: 'chart bar-chart', attrs: { 'data-testid': spec.testId } }, h('figcaption', { class: 'small', text: spec.title }), svg);
}

/** Draws the bars at width W (one unit a CSS pixel); returns the height used. */
function drawBars(svg: SVGSVGElement, spec: BarChartSpec, W: number): number {
  const H = Math.round(Math.max(160, Math.min(220, W * 0.42)));
  const ticks = countTicks(Math.max(0, ...spec.bars.map((b) => b.count)));
  const left = Math.ceil(Math.max(...ticks.map((tick) => textWidth(formatWhole(tick))))) + 10;
  const right = 8;
  // Room above the bars for the count axis's title (and the marker's label), below for the
  // tick labels and the bottom axis's title.
  const top = spec.marker ? 34 : 24;
  const bottom = CHART_FONT_PX + 14 + (spec.xTitle ? CHART_FONT_PX + 4 : 0);
  const tickY = H - bottom + CHART_FONT_PX + 6;
  const yMax = ticks[ticks.length - 1]!;
  const n = Math.max(1, spec.bars.length);
  const slot = (W - left - right) / n;
  const gap = Math.min(6, slot * 0.2);
  const y = (v: number) => top + (H - top - bottom) * (1 - v / yMax);
  for (const tick of ticks) {
    svg.append(s('line', { x1: left, x2: W - right, y1: y(tick), y2: y(tick), class: 'axis', 'stroke-width': 0.6 }));
    svg.append(s('text', { x: left - 5, y: y(tick) + 4, 'text-anchor': 'end', class: 'y-tick' }, formatWhole(tick)));
  }
  // Labels under the bars (or on their edges), thinned so that no two touch.
  const axisLabels = spec.edges ?? spec.bars.map((b) => b.label);
  const span = spec.edges ? W - left - right : slot * (n - 1);
  const shown = new Set(spec.labelEvery ? axisLabels.map((_, i) => i).filter((i) => i % spec.labelEvery! === 0 || (spec.edges && i === n)) : tickIndices(axisLabels, span));
  const showCounts = slot >= textWidth('000');
  spec.bars.forEach((bar, i) => {
    const x = left + i * slot + gap / 2;
    const width = slot - gap;
    const yTop = y(bar.count);
    const rect = s('rect', { x, y: yTop, width, height: Math.max(0, y(0) - yTop), class: 'bar-fill' });
    rect.append(s('title', {}, t('review.chart.barTitle', { name: bar.name ?? bar.label, number: formatWhole(bar.count), unit: spec.unit })));
    svg.append(rect);
    if (showCounts && bar.count > 0) svg.append(s('text', { x: x + width / 2, y: yTop - 3, 'text-anchor': 'middle', class: 'bar-count' }, formatWhole(bar.count)));
    if (!spec.edges && shown.has(i)) svg.append(s('text', { x: x + width / 2, y: tickY, 'text-anchor': 'middle', class: 'x-tick' }, bar.label));
  });
  spec.edges?.forEach((edge, i) => {
    if (!shown.has(i)) return;
    const anchor = i === 0 ? 'start' : i === n ? 'end' : 'middle';
    svg.append(s('text', { x: left + i * slot, y: tickY, 'text-anchor': anchor, class: 'x-tick' }, edge));
  });
  // Axis titles: what the height counts, and what lies along the bottom.
  svg.append(s('text', { x: 2, y: 10, class: 'axis-title' }, spec.unit));
  if (spec.xTitle) svg.append(s('text', { x: left + (W - left - right) / 2, y: H - 2, 'text-anchor': 'middle', class: 'axis-title' }, spec.xTitle));
  if (spec.marker) {
    const mx = left + (spec.marker.afterIndex + 1) * slot;
    svg.append(s('line', { x1: mx, x2: mx, y1: top - 14, y2: y(0), class: 'marker', 'stroke-dasharray': '3 3', 'stroke-width': 1.2 }));
    svg.append(s('text', { x: Math.min(mx + 3, W - textWidth(spec.marker.label)), y: top - 16 }, spec.marker.label));
  }
  return H;
}
