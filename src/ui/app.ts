// The application shell: decides between the start screen and the game, owns the storage
// and the lazily loaded map (Phaser and the GeoJSON asset), and restores the session after
// a reload: a player who was in a campaign comes back to it exactly where they were.
import { GameController } from '../app/play/controller';
import { readAutosave, readSession, resumeNotice, writeSession, type SessionState } from '../app/play/saves';
import { openBrowserStorage, type StorageProblem } from '../app/play/storage';
import type { GeoData } from '../scenes/map-scene';
import { ClassroomSetup } from './classroom-setup';
import { DebriefScreen } from './debrief-screen';
import { GameScreen } from './game-screen';
import { LabScreen } from './lab-screen';
import { ReplayScreen } from './replay-screen';
import { linkFromHash, openSharedLink } from './share';
import { StartScreen } from './start-screen';
import { button, h, mark } from './dom';
import type { AppEnv } from './env';
import { startLanguage } from './language';
import { t } from '../app/views/i18n';

/** Why the game has no storage, in the player's language (the browser's error name after it). */
function storageProblemText(problem: StorageProblem): string {
  const text = { none: () => t('app.storageProblem.none'), blocked: () => t('app.storageProblem.blocked'), refused: () => t('app.storageProblem.refused') }[problem.code]();
  return problem.detail ? t('app.storageProblem.withDetail', { text, detail: problem.detail }) : text;
}

/**
 * Says once, in a banner that stays over every screen until dismissed, that the game runs
 * from memory: the browser gives it no storage, so nothing survives a reload.
 */
function memoryBanner(problem: StorageProblem): HTMLElement {
  const banner = h(
    'div',
    { class: 'storage-notice', attrs: { role: 'alert', 'data-testid': 'storage-notice' } },
    h('span', {
      text: t('app.storageOff', { problem: storageProblemText(problem) }),
    }),
    button(t('app.dismiss'), () => banner.remove(), { key: 'storage-notice-dismiss' }),
  );
  return banner;
}

export function startApp(root: HTMLElement): void {
  startLanguage();
  const opened = openBrowserStorage();
  const storage = opened.storage;
  if (!opened.persistent) root.before(memoryBanner(opened.problem ?? { code: 'none', detail: '' }));
  let geo: Promise<GeoData> | null = null;
  let scenes: Promise<typeof import('../scenes')> | null = null;
  let screen: { destroy(): void } | null = null;

  const env: AppEnv = {
    storage,
    geo: () =>
      (geo ??= fetch(new URL('north-asia.geo.json', document.baseURI)).then((r) => {
        if (!r.ok) throw new Error(t('app.mapHttp', { status: r.status }));
        return r.json() as Promise<GeoData>;
      })),
    scenes: () => (scenes ??= import('../scenes')),
    showMenu(message) {
      screen?.destroy();
      // Leaving a networked class: a reload opens the start screen, not the class again.
      if (/[?&](join|teach)=/.test(location.search)) history.replaceState(null, '', location.pathname + location.hash);
      writeSession(storage, { screen: 'menu' });
      screen = new StartScreen(root, env, message);
      mark('ready', 'menu');
    },
    startGame(controller, session, notice) {
      screen?.destroy();
      const restored: SessionState = session ?? { screen: 'game' };
      writeSession(storage, { ...restored, screen: 'game' });
      screen = new GameScreen(root, controller, env, restored, notice);
      mark('ready', 'game');
    },
    showClassroom() {
      screen?.destroy();
      writeSession(storage, { screen: 'menu' });
      screen = new ClassroomSetup(root, env);
      mark('ready', 'classroom');
    },
    showNet(request) {
      screen?.destroy();
      writeSession(storage, { screen: 'menu' });
      // The networked screens (and @colyseus/sdk) load only here, off the main bundle.
      const holder = { destroyed: false, screen: null as { destroy(): void } | null };
      screen = {
        destroy: () => {
          holder.destroyed = true;
          holder.screen?.destroy();
        },
      };
      mark('ready', 'net-loading');
      import('./net')
        .then((net) => {
          if (!holder.destroyed) holder.screen = net.openNet(root, env, request);
        })
        .catch((e: unknown) => env.showMenu(t('app.netFailed', { message: e instanceof Error ? e.message : String(e) })));
    },
    showLab() {
      screen?.destroy();
      writeSession(storage, { screen: 'menu' });
      screen = new LabScreen(root, env);
      mark('ready', 'lab');
    },
    showReplay(timeline, index) {
      screen?.destroy();
      writeSession(storage, { screen: 'menu' });
      screen = new ReplayScreen(root, env, timeline ?? null, index);
      mark('ready', 'replay');
    },
    showDebrief(subject) {
      screen?.destroy();
      screen = new DebriefScreen(root, subject, env);
      mark('ready', 'debrief');
    },
  };

  // Warm the map while the player reads the start screen.
  const warm = () => {
    env.geo().catch(() => undefined);
    env.scenes().catch(() => undefined);
  };

  // A share link in the address (`…#game=<link>`) opens the replay viewer on that game.
  window.addEventListener('hashchange', () => {
    const link = linkFromHash(location.hash);
    if (link !== null) openSharedLink(env, link);
  });
  const shared = linkFromHash(location.hash);
  if (shared !== null) {
    openSharedLink(env, shared);
    setTimeout(warm, 50);
    return;
  }

  // A networked class's address: `?join=CODE` (a team, from the QR code) or `?teach=CODE` (the teacher's reload).
  const query = new URLSearchParams(location.search);
  const join = query.get('join');
  const teach = query.get('teach');
  if (join !== null || teach !== null) {
    env.showNet(teach !== null ? { role: 'teacher', code: teach } : { role: 'team', code: join ?? '' });
    setTimeout(warm, 50);
    return;
  }

  const session = readSession(storage);
  if (session.screen === 'game') {
    const saved = readAutosave(storage);
    if (saved.ok && saved.value) {
      const loaded = GameController.load(saved.value, { storage });
      if (loaded.ok) {
        // After an autosave that failed, the game resumes from an earlier turn: say which.
        const lost = resumeNotice(storage, saved.value, loaded.value.summary());
        env.startGame(loaded.value, session, lost ? { text: lost, kind: 'alert' } : undefined);
        return;
      }
      env.showMenu(t('app.notRestored', { message: loaded.error.message }));
    } else {
      env.showMenu(saved.ok ? undefined : t('app.notRestored', { message: saved.error.message }));
    }
  } else {
    env.showMenu();
  }
  setTimeout(warm, 50);
}
