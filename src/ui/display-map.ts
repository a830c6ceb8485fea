// A map that only shows a game (the replay's and debrief's frames, the projector's class): the
// same Phaser map as the game screen, with no island to select and no hover, its "drawing"
// note taken away once drawn and replaced by the reason when it cannot be drawn.
import type { MapHandle } from '../scenes';
import type { AppEnv } from './env';

export interface DisplayMapOptions {
  /** The element holding the `.map-loading` note. */
  frame: HTMLElement;
  /** The note's text when the map cannot be drawn. */
  failed: (message: string) => string;
  /** Whether the owner was destroyed meanwhile: then the map is not kept. */
  gone: () => boolean;
  /** After each drawing, beyond removing the note. */
  onDrawn?: () => void;
}

/** Mounts the map in `host`; null when it failed or its owner is gone. */
export async function mountDisplayMap(env: Pick<AppEnv, 'scenes' | 'geo'>, host: HTMLElement, options: DisplayMapOptions): Promise<MapHandle | null> {
  const { frame, failed, gone, onDrawn } = options;
  try {
    const [scenes, geo] = await Promise.all([env.scenes(), env.geo()]);
    if (gone()) return null;
    const map = await scenes.mountMap(host, geo, {
      onSelectIsland: () => undefined,
      onHover: () => undefined,
      onDrawn: () => {
        frame.querySelector('.map-loading')?.remove();
        onDrawn?.();
      },
    });
    if (!gone()) return map;
    map.destroy();
  } catch (e) {
    const loading = frame.querySelector('.map-loading');
    if (loading) loading.textContent = failed((e as Error).message);
  }
  return null;
}
