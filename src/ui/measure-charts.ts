// The key measures as line charts, for the replay viewer and the debrief: alignment,
// opinions of Japan, sanctions with militarisation, and the treaty stage. Series differ by
// colour, dash and the name at their end (see lineChart), never by colour alone.
import { POWER_NAMES } from '../app/views/names';
import { t } from '../app/views/i18n';
import { TREATY_STAGES, type TreatyStage } from '../engine';
import { h } from './dom';
import { chartWords, lineChart } from './graphs-panel';

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
      title: chartWords.alignmentTitle(),
      series: [{ label: chartWords.alignment(), colour: '#cc79a7', values: read((p) => p.alignment) }],
      xLabels,
      yMin: 0,
      yMax: 100,
      yTicks: [0, 25, 50, 75, 100],
      reference: alignmentStart === undefined ? undefined : { value: alignmentStart, label: chartWords.start() },
    }),
    lineChart({
      title: chartWords.opinionsTitle(),
      series: [
        { label: POWER_NAMES.russia, colour: '#cc79a7', values: read((p) => p.russia) },
        { label: POWER_NAMES.china, colour: '#e69f00', dash: '6 4', values: read((p) => p.china) },
        { label: chartWords.usa(), colour: '#56b4e9', dash: '2 3', values: read((p) => p.usa) },
      ],
      xLabels,
      yMin: lo,
      yMax: hi,
      yTicks: ticks(lo, hi, 20),
      reference: { value: 0, label: '' },
    }),
    lineChart({
      title: t('panels.graphs.measuresTitle'),
      series: [
        { label: chartWords.sanctions(), colour: '#56b4e9', values: read((p) => p.sanctions) },
        { label: t('panels.graphs.garrisons'), colour: '#cc79a7', dash: '6 4', values: read((p) => p.militarisation) },
        { label: chartWords.tension(), colour: '#e69f00', dash: '2 3', values: read((p) => p.tension) },
      ],
      xLabels,
      yMin: 0,
      yMax: 100,
      yTicks: [0, 25, 50, 75, 100],
    }),
    lineChart({
      title: chartWords.treatyTitle(),
      series: [{ label: chartWords.stage(), colour: '#f0e442', values: read((p) => TREATY_STAGES.indexOf(p.treatyStage)), endText: chartWords.stageWord }],
      xLabels,
      yMin: 0,
      yMax: TREATY_STAGES.length - 1,
      yTicks: TREATY_STAGES.map((_, i) => i),
      yTickLabel: chartWords.stageWord,
      stepped: true,
    }),
  );
}
