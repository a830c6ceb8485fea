// What every screen may ask of the application shell: the storage, the lazily loaded map
// and the ways to move between screens. The shell (app.ts) provides it; the screens import
// only this, so the shell and its screens do not import one another.
import type { GameController } from '../app/play/controller';
import type { SessionState } from '../app/play/saves';
import type { KeyValueStorage } from '../app/play/storage';
import type { ReplayTimeline } from '../app/play/replay';
import type { GeoData } from '../scenes/map-scene';
import type { GameRecord, Scenario } from '../engine';

/** A message the game screen shows on arrival (until the next action): `alert` for bad news. */
export interface Notice {
  text: string;
  kind: 'alert' | 'info';
}

export interface AppEnv {
  storage: KeyValueStorage;
  /** The map asset, fetched once at start-up (not bundled). */
  geo: () => Promise<GeoData>;
  /** The Phaser side, loaded on first use. */
  scenes: () => Promise<typeof import('../scenes')>;
  showMenu(message?: string): void;
  startGame(controller: GameController, session?: SessionState, notice?: Notice): void;
  /** The teacher's classroom setup (a reload comes back to the start screen). */
  showClassroom(): void;
  /**
   * The networked classroom (net/*, loaded on first use with the Colyseus client): the
   * teacher's setup and projector (`code` to come back to a class), or a team joining by code.
   */
  showNet(request: NetRequest): void;
  /** The strategy lab (a reload comes back to the start screen). */
  showLab(): void;
  /** The replay viewer on a verified game (at frame `index`), or on its list of games to open. */
  showReplay(timeline?: ReplayTimeline | null, index?: number): void;
  /** The debrief of a game (printable; a reload comes back to where the session was). */
  showDebrief(subject: DebriefSubject): void;
}

export type NetRequest = { role: 'teacher'; code?: string } | { role: 'team'; code?: string };

/** A game to debrief, and where the debrief's "Back" goes. */
export interface DebriefSubject {
  record: GameRecord;
  scenario: Scenario;
  /** Where "Back" goes (the replay, the campaign report). */
  backLabel: string;
  back: () => void;
}
