// The map of a past game at any one turn, for the replay viewer and the debrief: the
// Phaser map showing the frame's state (as Tokyo sees it) with that turn's turning points
// ringed and listed, and the marks of every turning point along a turn slider.
import type { ReplayFrame } from '../app/play/replay';
import { mapSnapshot } from '../app/views/map-view';
import { marksAt, turningPoints, type TurningKind, type TurningPoint } from '../app/views/turning-points';
import { dateOfTurn, type RecordedAction } from '../engine';
import { t } from '../app/views/i18n';
import { formatWhole } from '../app/views/i18n/format';
import { mapTextView } from './map-text';
import type { MapHandle } from '../scenes';
import type { AppEnv } from './env';
import { h, render } from './dom';
import { mountDisplayMap } from './display-map';

const kindWord = (kind: TurningKind): string =>
  ({ treaty: () => t('panels.frame.kind.treaty'), handover: () => t('panels.frame.kind.handover'), summit: () => t('panels.frame.kind.summit'), sanctions: () => t('panels.frame.kind.sanctions') })[kind]();
const KIND_SIGNS: Record<TurningKind, string> = { treaty: '◆', handover: '▲', summit: '●', sanctions: '■' };

export class FrameMap {
  /** The map and, under it, the list of the shown turn's turning points. */
  readonly el: HTMLElement;
  readonly points: TurningPoint[];
  private host: HTMLElement;
  private list: HTMLElement;
  /** The map of the shown frame as text (map-text.ts), folded under the list. */
  private text: HTMLElement;
  private map: MapHandle | null = null;
  private index = 0;
  private destroyed = false;

  constructor(
    private env: Pick<AppEnv, 'scenes' | 'geo'>,
    private frames: readonly ReplayFrame[],
    actions: readonly RecordedAction[],
    testId: string,
  ) {
    this.points = turningPoints(frames, actions);
    this.host = h('div', { class: 'frame-map-host', attrs: { 'data-testid': `${testId}-map`, role: 'img', 'aria-label': t('panels.frame.mapLabel') } });
    this.list = h('ul', { class: 'turning-list', attrs: { 'aria-live': 'polite', 'data-testid': `${testId}-turning` } });
    this.text = h('div', { class: 'frame-map-text' });
    this.el = h(
      'div',
      { class: 'frame-map' },
      h('div', { class: 'frame-map-stage' }, this.host, h('div', { class: 'map-loading', text: t('panels.frame.drawing') })),
      this.list,
      h('details', { class: 'small', attrs: { 'data-testid': `${testId}-map-text` } }, h('summary', { text: t('panels.frame.asText') }), this.text),
    );
    void this.mount();
  }

  private async mount(): Promise<void> {
    this.map = await mountDisplayMap(this.env, this.host, { frame: this.el, failed: (message) => t('panels.frame.failed', { message }), gone: () => this.destroyed });
    if (this.map) this.show(this.index);
  }

  /** Shows frame `index`: its state on the map, its turning points ringed and listed. */
  show(index: number): void {
    this.index = index;
    const frame = this.frames[index]!;
    const snapshot = mapSnapshot(frame.state, 'japan', null, (turn) => dateOfTurn(frame.state, turn));
    snapshot.marks = marksAt(this.points, index);
    this.map?.show(snapshot);
    render(this.text, mapTextView(snapshot, 'h3'));
    const here = this.points.filter((p) => p.frame === index);
    render(
      this.list,
      ...(here.length
        ? here.map((p, i) => h('li', { text: t('panels.frame.point', { n: formatWhole(i + 1), sign: KIND_SIGNS[p.kind], text: p.text }) }))
        : [h('li', { class: 'muted', text: index === 0 ? t('panels.frame.start') : t('panels.frame.none') })]),
    );
  }

  /**
   * The turning points as marks along a slider over the frames (place it right under the
   * slider, at the same width); each mark is a button that jumps to its turn.
   */
  ticks(onJump: (frame: number) => void): HTMLElement {
    const last = Math.max(1, this.frames.length - 1);
    const byFrame = new Map<number, TurningPoint[]>();
    for (const p of this.points) byFrame.set(p.frame, [...(byFrame.get(p.frame) ?? []), p]);
    return h(
      'div',
      { class: 'turning-ticks', attrs: { role: 'group', 'data-testid': 'turning-ticks', 'aria-label': t('panels.frame.ticks') } },
      ...[...byFrame].map(([frame, points]) => {
        const text = points.map((p) => p.text).join(t('panels.frame.join'));
        const turn = formatWhole(this.frames[frame]!.turn);
        return h(
          'button',
          {
            class: `turning-tick kind-${points[0]!.kind}`,
            key: `turning-${frame}`,
            style: { left: `calc(0.5rem + (100% - 1rem) * ${frame / last})` },
            attrs: { type: 'button', title: t('panels.frame.tickTitle', { turn, text }), 'aria-label': t('panels.frame.tickLabel', { turn, text }), 'data-frame': frame, tabindex: -1 },
            on: { click: () => onJump(frame) },
          },
          points.map((p) => KIND_SIGNS[p.kind]).join(''),
        );
      }),
    );
  }

  /** A line that says what the signs on the ticks mean. */
  static key(): HTMLElement {
    const kinds = (Object.keys(KIND_SIGNS) as TurningKind[]).map((k) => t('panels.frame.keyItem', { sign: KIND_SIGNS[k], kind: kindWord(k) }));
    return h('p', { class: 'small muted turning-key', text: t('panels.frame.key', { kinds: kinds.join(' · ') }) });
  }

  destroy(): void {
    this.destroyed = true;
    this.map?.destroy();
  }
}
