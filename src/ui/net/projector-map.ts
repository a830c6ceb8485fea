// The projector's map of the class: the same Phaser map as the single-device game and the
// replay, drawn from what every seat may see (the public board: no seat's pending events,
// not the Kremlin's private margin, neither the seed nor the dice), as Tokyo names things,
// like the replay viewer. The teacher's state comes in; only its public part is drawn.
import { mapSnapshot } from '../../app/views/map-view';
import { t } from '../../app/views/i18n';
import { powerName } from '../../app/views/i18n/terms';
import { publicView } from '../../app/play/net-protocol';
import { dateOfTurn, type GameState } from '../../engine';
import type { MapHandle } from '../../scenes';
import { h } from '../dom';
import { mountDisplayMap } from '../display-map';
import type { AppEnv } from '../env';

export class ProjectorMap {
  readonly el: HTMLElement;
  private host: HTMLElement;
  private map: MapHandle | null = null;
  private state: GameState | null = null;
  private destroyed = false;

  constructor(private env: Pick<AppEnv, 'scenes' | 'geo'>) {
    this.host = h('div', { class: 'net-map-host', attrs: { 'data-testid': 'net-map', role: 'img', 'aria-label': t('classroom.projector.mapLabel') } });
    this.el = h('section', { class: 'card net-map' }, h('div', { class: 'net-map-stage' }, this.host, h('div', { class: 'map-loading', text: t('classroom.projector.mapLoading') })));
    void this.mount();
  }

  private async mount(): Promise<void> {
    this.map = await mountDisplayMap(this.env, this.host, {
      frame: this.el,
      failed: (message) => t('classroom.projector.mapFailed', { message }),
      gone: () => this.destroyed,
      onDrawn: () => {
        this.host.dataset.drawn = String(this.state?.turn ?? 0);
      },
    });
    if (this.map && this.state) this.show(this.state);
  }

  /** Draws the class's game now: its public part only. */
  show(state: GameState): void {
    this.state = state;
    if (!this.map) return;
    const view = publicView(state);
    const snapshot = mapSnapshot(view, 'japan', null, (turn) => dateOfTurn(view, turn));
    // The projector is nobody's seat: Japan is named like every other power.
    snapshot.lands.japan = { ...snapshot.lands.japan, label: powerName('japan') };
    this.map.show(snapshot);
  }

  destroy(): void {
    this.destroyed = true;
    this.map?.destroy();
    this.map = null;
  }
}
