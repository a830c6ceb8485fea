// Classroom settings that are not part of the game record: that a game is a class's (the
// teacher's controls are shown), the turn timer, and the running countdown. They live under
// one storage key and apply only to the game they were set for, recognised by its scenario,
// seed and seats, so a later solo game never inherits a class's timer.
//
// Key in storage:
//   north-asia/classroom   ClassroomSettings as JSON
import { POWERS, type Controllers, type GameRecord, type PowerId } from '../../engine';
import type { KeyValueStorage } from './storage';

export const CLASSROOM_KEY = 'north-asia/classroom';
export const MAX_TIMER_MINUTES = 60;

/** The countdown of one seat's turn: it runs out at `endsAt` (ms since the epoch). */
export interface SeatClock {
  turn: number;
  seat: PowerId;
  endsAt: number;
}

export interface ClassroomSettings {
  scenarioId: string;
  seed: number;
  controllers: Controllers;
  /** Minutes per seat-turn, or null for no timer. */
  timerMinutes: number | null;
  clock?: SeatClock;
}

/** Reads the settings; damaged or foreign values read as none (the game itself is unaffected). */
export function readClassroom(storage: KeyValueStorage): ClassroomSettings | null {
  try {
    const raw = JSON.parse(storage.getItem(CLASSROOM_KEY) ?? 'null') as Partial<ClassroomSettings> | null;
    if (!raw || typeof raw.scenarioId !== 'string' || typeof raw.seed !== 'number' || !raw.controllers) return null;
    const controllers = {} as Controllers;
    for (const p of POWERS) {
      const c = (raw.controllers as Partial<Controllers>)[p];
      if (c !== 'human' && c !== 'ai') return null;
      controllers[p] = c;
    }
    const minutes = raw.timerMinutes;
    const out: ClassroomSettings = {
      scenarioId: raw.scenarioId,
      seed: raw.seed,
      controllers,
      timerMinutes: typeof minutes === 'number' && minutes > 0 && minutes <= MAX_TIMER_MINUTES ? minutes : null,
    };
    const clock = raw.clock;
    if (clock && typeof clock.turn === 'number' && typeof clock.endsAt === 'number' && (POWERS as readonly string[]).includes(clock.seat)) out.clock = clock;
    return out;
  } catch {
    return null;
  }
}

export function writeClassroom(storage: KeyValueStorage, settings: ClassroomSettings): void {
  try {
    storage.setItem(CLASSROOM_KEY, JSON.stringify(settings));
  } catch {
    // Losing the timer is harmless: the game is in the autosave.
  }
}

/** The settings when they belong to this game (same scenario, seed and seats), else null. */
export function classroomFor(storage: KeyValueStorage, record: Pick<GameRecord, 'scenario' | 'seed' | 'controllers'>): ClassroomSettings | null {
  const settings = readClassroom(storage);
  if (!settings) return null;
  const same = settings.scenarioId === record.scenario.id && settings.seed === record.seed && POWERS.every((p) => settings.controllers[p] === record.controllers[p]);
  return same ? settings : null;
}

/** "4:07" for a number of milliseconds left (never negative). */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
