// Bar charts of counts for the strategy lab, drawn like the Graphs tab's line charts (SVG,
// the same axes and text). Each bar carries its count in words for screen readers, and the
// chart's label lists every bar, so nothing depends on reading colours or heights.
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
  /** Show every n-th axis label (default: all when they fit). */
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
  const W = 380;
  const H = 170;
  const left = 38;
  const right = 8;
  // Room above the bars for the count axis's title (and the marker's label).
  const top = spec.marker ? 34 : 24;
  const bottom = spec.xTitle ? 40 : 26;
  const ticks = countTicks(Math.max(0, ...spec.bars.map((b) => b.count)));
  const yMax = ticks[ticks.length - 1]!;
  const n = Math.max(1, spec.bars.length);
  const slot = (W - left - right) / n;
  const gap = Math.min(6, slot * 0.2);
  const y = (v: number) => top + (H - top - bottom) * (1 - v / yMax);
  const total = spec.bars.reduce((t, b) => t + b.count, 0);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img' });
  const listed = spec.bars.map((b) => `${b.name ?? b.label}: ${b.count}`).join('; ');
  svg.setAttribute('aria-label', `${spec.title}, ${total} ${spec.unit}. ${listed}.`);
  for (const t of ticks) {
    svg.append(s('line', { x1: left, x2: W - right, y1: y(t), y2: y(t), class: 'axis', 'stroke-width': 0.6 }));
    svg.append(s('text', { x: left - 4, y: y(t) + 4, 'text-anchor': 'end' }, String(t)));
  }
  const every = spec.labelEvery ?? Math.max(1, Math.ceil(n / 10));
  const showCounts = n <= 12;
  spec.bars.forEach((bar, i) => {
    const x = left + i * slot + gap / 2;
    const width = slot - gap;
    const yTop = y(bar.count);
    const rect = s('rect', { x, y: yTop, width, height: Math.max(0, y(0) - yTop), class: 'bar-fill' });
    rect.append(s('title', {}, `${bar.name ?? bar.label}: ${bar.count} ${spec.unit}`));
    svg.append(rect);
    if (showCounts && bar.count > 0) svg.append(s('text', { x: x + width / 2, y: yTop - 3, 'text-anchor': 'middle', class: 'bar-count' }, String(bar.count)));
    if (!spec.edges && i % every === 0) svg.append(s('text', { x: x + width / 2, y: H - bottom + 18, 'text-anchor': 'middle' }, bar.label));
  });
  spec.edges?.forEach((edge, i) => {
    if (i % every === 0 || i === n) svg.append(s('text', { x: left + i * slot, y: H - bottom + 18, 'text-anchor': 'middle' }, edge));
  });
  // Axis titles: what the height counts, and what lies along the bottom.
  svg.append(s('text', { x: 2, y: 10, class: 'axis-title' }, spec.unit));
  if (spec.xTitle) svg.append(s('text', { x: left + (W - left - right) / 2, y: H - 2, 'text-anchor': 'middle', class: 'axis-title' }, spec.xTitle));
  if (spec.marker) {
    const mx = left + (spec.marker.afterIndex + 1) * slot;
    svg.append(s('line', { x1: mx, x2: mx, y1: top - 14, y2: y(0), class: 'marker', 'stroke-dasharray': '3 3', 'stroke-width': 1.2 }));
    svg.append(s('text', { x: mx + 3, y: top - 16 }, spec.marker.label));
  }
  return h('figure', { class: 'chart bar-chart', attrs: { 'data-testid': spec.testId } }, h('figcaption', { class: 'small', text: spec.title }), svg);
}
