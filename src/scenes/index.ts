// The scenes' public face: mounts the Phaser map into a DOM element and hands back a small
// handle. This module (and Phaser with it) is loaded lazily, after the start screen.
//
// The map is still between actions, so it is drawn on demand: the game loop sleeps once a
// few frames have shown the latest snapshot, and wakes for a new snapshot or a resize.
// That keeps an idle page at no CPU cost (WebGL may run in software, without a GPU).
//
// After every drawing the labels the scene placed (and the inset's frame) are written to
// the parent's `data-map-labels` attribute as JSON, in CSS pixels from the parent's top
// left: the labels are drawn on a canvas, and this is how tests and tools can see them.
import Phaser from 'phaser';
import type { MapSnapshot } from '../app/views/map-view';
import { MapScene, type GeoData, type MapCallbacks } from './map-scene';

export type { GeoData, MapCallbacks } from './map-scene';
export type { PlacedLabel } from './labels';

export interface MapHandle {
  show(snapshot: MapSnapshot): void;
  destroy(): void;
}

/** Frames drawn after each change before the loop sleeps again. */
const FRAMES_AFTER_CHANGE = 2;

/** Starts Phaser in `parent` (which it fills and follows on resize); resolves once the scene exists. */
export function mountMap(parent: HTMLElement, geo: GeoData, callbacks: MapCallbacks): Promise<MapHandle> {
  return new Promise((resolve) => {
    let pending: MapSnapshot | null = null;
    let scene: MapScene | null = null;
    let framesLeft = FRAMES_AFTER_CHANGE * 2;
    let observer: ResizeObserver | null = null;
    const kick = (frames = FRAMES_AFTER_CHANGE) => {
      framesLeft = Math.max(framesLeft, frames);
      game.loop.wake();
    };
    const game = new Phaser.Game({
      // WebGL, falling back to Phaser's (deprecated) canvas renderer where WebGL is missing.
      type: Phaser.AUTO,
      parent,
      backgroundColor: '#0b1724',
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
      input: { keyboard: false, gamepad: false },
      audio: { noAudio: true },
      banner: false,
      fps: { limit: 30 },
      callbacks: {
        postBoot: (booted) => {
          booted.events.on(Phaser.Core.Events.POST_RENDER, () => {
            if (--framesLeft <= 0) booted.loop.sleep();
          });
          const published: MapCallbacks = {
            ...callbacks,
            onLabels: (labels, inset) => {
              parent.dataset.mapLabels = JSON.stringify({ width: booted.scale.width, height: booted.scale.height, inset, labels });
              callbacks.onLabels?.(labels, inset);
            },
          };
          booted.scene.add('map', MapScene, true, { geo, callbacks: published });
          scene = booted.scene.getScene('map') as MapScene;
          if (pending) scene.show(pending);
          observer = new ResizeObserver(() => {
            // The scale manager notices the new size on its next step; wake it for that.
            booted.scale.dirty = true;
            kick();
          });
          observer.observe(parent);
          resolve(handle);
        },
      },
    });
    const handle: MapHandle = {
      show(snapshot) {
        pending = snapshot;
        scene?.show(snapshot);
        kick();
      },
      destroy() {
        observer?.disconnect();
        game.destroy(true);
      },
    };
  });
}
