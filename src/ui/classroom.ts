// What the game screen adds for hot seat and for a class: the hand-over cover between human
// seats (any game with two or more), and, in a game set up on the classroom screen, the
// teacher's panel (top bar and cover), the turn timer and the pause before a computer-played
// first seat. The game screen calls `sync` before each render, puts `topbarControls` in its
// top bar and asks `holdsScreen` before opening a seat's dialog.
import { classroomFor, type ClassroomSettings } from '../app/play/classroom';
import type { GameController } from '../app/play/controller';
import type { KeyValueStorage } from '../app/play/storage';
import type { Action } from '../engine';
import type { UiState } from './context';
import type { DialogHandle } from './dialogs';
import { button } from './dom';
import { SeatGuard } from './handover';
import { pinDialog, teacherDialog } from './teacher-panel';
import { TurnTimer } from './turn-timer';
import { sentence } from './wording';
import { t } from '../app/views/i18n';
import './classroom.css';

export interface ClassroomHooks {
  perform(action: Action): void;
  refresh(): void;
  /** Opens what awaits the acting seat (its events), unless something else is open. */
  nextDialog(): void;
}

export class ClassroomLayer {
  readonly settings: ClassroomSettings | null;
  private guard: SeatGuard;
  private timer: TurnTimer | null = null;
  private panel: DialogHandle | null = null;

  constructor(
    game: HTMLElement,
    private controller: GameController,
    storage: KeyValueStorage,
    ui: UiState,
    private hooks: ClassroomHooks,
  ) {
    this.settings = classroomFor(storage, controller.record);
    if (this.settings) {
      game.classList.add('classroom');
      // A class's game pauses before a computer-played first seat (also after a reload).
      controller.holdForTeacher = true;
      if (this.settings.timerMinutes) {
        this.timer = new TurnTimer(this.settings.timerMinutes, storage, {
          endBlocked: (seat) => {
            const end = controller.availability(seat).find((a) => a.action.type === 'endTurn');
            return end?.blocked ? sentence(end.blocked.message) : null;
          },
          endTurn: (seat) => hooks.perform({ type: 'endTurn', power: seat }),
        });
      }
    }
    this.guard = new SeatGuard(game, controller, ui, {
      revealed: () => {
        hooks.refresh();
        game.querySelector<HTMLElement>('#side-panel')?.focus({ preventScroll: true });
        hooks.nextDialog();
      },
      teacher: this.settings ? () => this.openTeacher() : undefined,
      startTurn: () => this.startTurn(),
      everyTurn: this.settings !== null,
    });
  }

  /** Call before each render: covers the board on a change of seat and runs the timer. */
  sync(): void {
    this.guard.sync();
    const c = this.controller;
    const seat = c.humanActing;
    if (!this.timer) return;
    if (seat && !c.isOver && !this.guard.covering) this.timer.run(seat, c.state.turn);
    else this.timer.pause();
  }

  /** True while the hand-over cover is up: no seat's dialog may open (it gets the focus instead). */
  holdsScreen(): boolean {
    if (!this.guard.covering) return false;
    this.guard.focus();
    return true;
  }

  /**
   * The timer and, when the teacher set a PIN, the Teacher button, for the top bar (nothing
   * outside a class). Without a PIN the panel is not reachable from a team's screen at all:
   * it opens from the hand-over screen only.
   */
  topbarControls(): HTMLElement[] {
    if (!this.settings) return [];
    const pin = this.settings.pin;
    const teacher = pin
      ? button(t('game.teacher.button'), () => this.askPin(pin), { key: 'menu-teacher', attrs: { 'data-testid': 'teacher-button', 'aria-haspopup': 'dialog' } })
      : null;
    return [this.timer?.el ?? null, teacher].filter((el): el is HTMLElement => el !== null);
  }

  destroy(): void {
    this.panel?.close();
    this.timer?.destroy();
    this.guard.destroy();
  }

  /** From a team's screen: the panel opens only after the teacher's PIN. */
  private askPin(pin: string): void {
    this.panel?.close();
    this.panel = pinDialog(
      pin,
      () => {
        this.panel = null;
        this.openTeacher();
      },
      () => {
        this.panel = null;
      },
    );
  }

  private openTeacher(): void {
    this.panel?.close();
    this.panel = teacherDialog(
      this.controller,
      (eventId) => {
        const done = this.controller.inject(eventId);
        if (!done.ok) return done.error.message;
        const title = this.controller.state.defs.events.find((e) => e.id === eventId)?.title ?? eventId;
        this.guard.say(t('game.teacher.triggered', { title }));
        return null;
      },
      () => {
        this.panel = null;
        // What the trigger brought for the seat at the screen (an event to answer) opens now.
        if (this.guard.covering) this.guard.focus();
        else this.hooks.nextDialog();
      },
    );
  }

  private startTurn(): void {
    const done = this.controller.resume();
    if (!done.ok) this.guard.say(sentence(done.error.message));
    else if (!this.guard.covering) this.hooks.nextDialog();
  }
}
