// The key measures as line charts, for the replay viewer and the debrief: alignment,
// opinions of Japan, sanctions with militarisation, and the treaty stage. Series differ by
// colour, dash and the name at their end (see lineChart), never by colour alone.
import { STAGE_LABELS } from '../app/views/names';
import { TREATY_STAGES, type TreatyStage } from '../engine';
import { h } from './dom';
import { lineChart } from './graphs-panel';

export interface MeasurePoint {
  label: string;
  alignment: number;
  russia: number;
  china: number;
  usa: number;
  sanctions: number;
  militarisation: number;
  tension: number;
  treatyStage: TreatyStage;
}

const ticks = (a: number, b: number, step: number) => Array.from({ length: Math.floor((b - a) / step) + 1 }, (_, i) => a + i * step);
const stageWord = (v: number) => STAGE_LABELS[TREATY_STAGES[v]!].split(' ')[0]!;

/**
 * Four charts over `points`; only the first `shown` points are drawn (the replay grows its
 * lines as it steps), on an axis that already spans them all.
 */
export function measureCharts(points: readonly MeasurePoint[], shown = points.length, alignmentStart?: number): HTMLElement {
  const visible = points.slice(0, Math.max(1, shown));
  const xLabels = points.map((p) => p.label);
  const read = (f: (p: MeasurePoint) => number) => visible.map(f);
  const opinions = points.flatMap((p) => [p.russia, p.china, p.usa]);
  const lo = Math.min(-40, Math.floor(Math.min(...opinions) / 20) * 20);
  const hi = Math.max(60, Math.ceil(Math.max(...opinions) / 20) * 20);
  return h(
    'div',
    { class: 'measure-charts' },
    lineChart({
      title: 'Russia–China alignment (the wedge): lower is better for Japan',
      series: [{ label: 'alignment', colour: '#cc79a7', values: read((p) => p.alignment) }],
      xLabels,
      yMin: 0,
      yMax: 100,
      yTicks: [0, 25, 50, 75, 100],
      reference: alignmentStart === undefined ? undefined : { value: alignmentStart, label: 'start' },
    }),
    lineChart({
      title: 'Opinions of Japan',
      series: [
        { label: 'Russia', colour: '#cc79a7', values: read((p) => p.russia) },
        { label: 'China', colour: '#e69f00', dash: '6 4', values: read((p) => p.china) },
        { label: 'US', colour: '#56b4e9', dash: '2 3', values: read((p) => p.usa) },
      ],
      xLabels,
      yMin: lo,
      yMax: hi,
      yTicks: ticks(lo, hi, 20),
      reference: { value: 0, label: '' },
    }),
    lineChart({
      title: 'Sanctions on Russia, militarisation of the islands, tension with China',
      series: [
        { label: 'sanctions', colour: '#56b4e9', values: read((p) => p.sanctions) },
        { label: 'garrisons', colour: '#cc79a7', dash: '6 4', values: read((p) => p.militarisation) },
        { label: 'tension', colour: '#e69f00', dash: '2 3', values: read((p) => p.tension) },
      ],
      xLabels,
      yMin: 0,
      yMax: 100,
      yTicks: [0, 25, 50, 75, 100],
    }),
    lineChart({
      title: 'Treaty stage',
      series: [{ label: 'stage', colour: '#f0e442', values: read((p) => TREATY_STAGES.indexOf(p.treatyStage)), endText: stageWord }],
      xLabels,
      yMin: 0,
      yMax: TREATY_STAGES.length - 1,
      yTicks: TREATY_STAGES.map((_, i) => i),
      yTickLabel: stageWord,
      stepped: true,
    }),
  );
}
