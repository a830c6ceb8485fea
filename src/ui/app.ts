// The application shell: decides between the start screen and the game, owns the storage
// and the lazily loaded map (Phaser and the GeoJSON asset), and restores the session after
// a reload: a player who was in a campaign comes back to it exactly where they were.
import { GameController } from '../app/controller';
import { readAutosave, readSession, writeSession, type SessionState } from '../app/saves';
import { browserStorage, type KeyValueStorage } from '../app/storage';
import type { GeoData } from '../scenes/map-scene';
import { GameScreen } from './game-screen';
import { StartScreen } from './start-screen';
import { mark } from './dom';

export interface AppEnv {
  storage: KeyValueStorage;
  /** The map asset, fetched once at start-up (not bundled). */
  geo: () => Promise<GeoData>;
  /** The Phaser side, loaded on first use. */
  scenes: () => Promise<typeof import('../scenes')>;
  showMenu(message?: string): void;
  startGame(controller: GameController, session?: SessionState): void;
}

export function startApp(root: HTMLElement): void {
  const storage = browserStorage();
  let geo: Promise<GeoData> | null = null;
  let scenes: Promise<typeof import('../scenes')> | null = null;
  let screen: { destroy(): void } | null = null;

  const env: AppEnv = {
    storage,
    geo: () =>
      (geo ??= fetch(new URL('north-asia.geo.json', document.baseURI)).then((r) => {
        if (!r.ok) throw new Error(`map asset: HTTP ${r.status}`);
        return r.json() as Promise<GeoData>;
      })),
    scenes: () => (scenes ??= import('../scenes')),
    showMenu(message) {
      screen?.destroy();
      writeSession(storage, { screen: 'menu' });
      screen = new StartScreen(root, env, message);
      mark('ready', 'menu');
    },
    startGame(controller, session) {
      screen?.destroy();
      const restored: SessionState = session ?? { screen: 'game' };
      writeSession(storage, { ...restored, screen: 'game' });
      screen = new GameScreen(root, controller, env, restored);
      mark('ready', 'game');
    },
  };

  // Warm the map while the player reads the start screen.
  const warm = () => {
    env.geo().catch(() => undefined);
    env.scenes().catch(() => undefined);
  };

  const session = readSession(storage);
  if (session.screen === 'game') {
    const saved = readAutosave(storage);
    if (saved.ok && saved.value) {
      const loaded = GameController.load(saved.value, { storage });
      if (loaded.ok) {
        env.startGame(loaded.value, session);
        return;
      }
      env.showMenu(`Your campaign in progress could not be restored: ${loaded.error.message}`);
    } else {
      env.showMenu(saved.ok ? undefined : `Your campaign in progress could not be restored: ${saved.error.message}`);
    }
  } else {
    env.showMenu();
  }
  setTimeout(warm, 50);
}
