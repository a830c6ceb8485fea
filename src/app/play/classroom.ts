// Classroom settings that are not part of the game record: that a game is a class's (the
// teacher's controls are shown), the turn timer, and the running countdown. They live under
// one storage key and apply only to the game they were set for, recognised by its scenario,
// seed and seats, so a later solo game never inherits a class's timer.
//
// Key in storage:
//   north-asia/classroom   ClassroomSettings as JSON
import { POWERS, type Controllers, type EventDef, type GameRecord, type PowerId } from '../../engine';
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
  /**
   * The teacher's PIN, when one was set: the Teacher panel then opens from a team's screen
   * after the PIN is typed; without one it opens only from the hand-over screen. It keeps
   * students out of the panel by accident or curiosity, not against a determined attacker
   * (it sits in the browser's storage).
   */
  pin?: string;
  clock?: SeatClock;
}

/** A teacher's PIN: four to eight digits. */
export const isPin = (text: string): boolean => /^\d{4,8}$/.test(text);

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
    if (typeof raw.pin === 'string' && isPin(raw.pin)) out.pin = raw.pin;
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

/**
 * Whether an event can happen in a campaign of `lastTurn` turns: a scheduled one on or
 * before the last turn, a random one whose window opens by then. The teacher's list leaves
 * out the others (an 8-turn lesson never reaches the turn-13 pipeline).
 */
export function eventCanHappenBy(event: EventDef, lastTurn: number): boolean {
  const t = event.trigger;
  return t.kind === 'scheduled' ? t.turn <= lastTurn : t.fromTurn <= lastTurn && t.toTurn >= 1;
}

/** A lesson's minutes, part by part: what the setup screen's estimate adds up. */
export interface LessonPlan {
  briefing: number;
  play: number;
  handovers: number;
  debrief: number;
  total: number;
}

/** Minutes for the briefing (reading the team's card and the situation) and for the debrief. */
export const BRIEFING_MINUTES = 5;
export const DEBRIEF_MINUTES = 10;
/** A team's turn without a timer, as observed in play-tests of the short scenario. */
export const UNTIMED_TEAM_TURN_MINUTES = 3;
/** Passing the device between teams. */
export const HANDOVER_MINUTES = 0.5;
export const LESSON_MINUTES = 45;

export function lessonPlan(turns: number, teams: number, timerMinutes: number | null): LessonPlan {
  const perTeamTurn = timerMinutes ?? UNTIMED_TEAM_TURN_MINUTES;
  const play = turns * teams * perTeamTurn;
  const handovers = teams > 1 ? turns * teams * HANDOVER_MINUTES : 0;
  return { briefing: BRIEFING_MINUTES, play, handovers, debrief: DEBRIEF_MINUTES, total: BRIEFING_MINUTES + play + handovers + DEBRIEF_MINUTES };
}

/** The most turns (at least 1, at most `maxTurns`) whose lesson fits in `minutes`. */
export function turnsThatFit(teams: number, timerMinutes: number | null, maxTurns: number, minutes = LESSON_MINUTES): number {
  let turns = 1;
  while (turns < maxTurns && lessonPlan(turns + 1, Math.max(1, teams), timerMinutes).total <= minutes) turns += 1;
  return turns;
}
