// The classroom's turn timer: a countdown per seat-turn, shown in the top bar. When it runs
// out the seat sees a clear "time's up" prompt, from which the teacher can end that seat's
// turn or give more time; the computer never plays for a team. The deadline is kept in the
// classroom settings, so a reload does not reset it.
import { clockText, readClassroom, writeClassroom, type SeatClock } from '../app/play/classroom';
import { t } from '../app/views/i18n';
import { powerName } from '../app/views/i18n/terms';
import type { KeyValueStorage } from '../app/play/storage';
import type { PowerId } from '../engine';
import { openDialog, type DialogHandle } from './dialogs';
import { h } from './dom';
import { formatWhole } from '../app/views/i18n/format';

export interface TimeUpChoices {
  /** Why the seat's turn cannot be ended now (an event awaits its answer), or null. */
  endBlocked(seat: PowerId): string | null;
  endTurn(seat: PowerId): void;
}

export class TurnTimer {
  /** The countdown shown in the top bar (the same element across re-renders). */
  readonly el: HTMLElement;
  private clock: SeatClock | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private alerted = false;
  private dialog: DialogHandle | null = null;

  constructor(
    private minutes: number,
    private storage: KeyValueStorage,
    private choices: TimeUpChoices,
  ) {
    this.el = h('span', { class: 'turn-timer', attrs: { role: 'timer', 'data-testid': 'turn-timer', hidden: true } });
  }

  /** Runs the seat's countdown: the one saved for this seat and turn, or a fresh one. */
  run(seat: PowerId, turn: number): void {
    const saved = readClassroom(this.storage)?.clock;
    if (this.clock?.seat !== seat || this.clock.turn !== turn) {
      this.clock = saved && saved.seat === seat && saved.turn === turn ? saved : { seat, turn, endsAt: Date.now() + this.minutes * 60_000 };
      this.alerted = false;
      this.save();
    }
    this.el.hidden = false;
    this.ticker ??= setInterval(() => this.tick(), 250);
    this.tick();
  }

  /** Stops showing and counting (a hand-over screen is up, or the campaign is over). */
  pause(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    this.el.hidden = true;
    this.dialog?.close();
  }

  destroy(): void {
    this.pause();
  }

  private save(): void {
    const settings = readClassroom(this.storage);
    if (settings && this.clock) writeClassroom(this.storage, { ...settings, clock: this.clock });
  }

  private tick(): void {
    const clock = this.clock;
    if (!clock) return;
    const left = clock.endsAt - Date.now();
    const team = t('game.team', { power: powerName(clock.seat) });
    const up = left <= 0;
    this.el.classList.toggle('up', up);
    // Short, for a crowded top bar: the team is named beside it ("Japan to act") and in the label.
    this.el.textContent = up ? t('game.timer.up') : t('game.timer.left', { time: clockText(left) });
    this.el.setAttribute('aria-label', up ? t('game.timer.upLabel', { team }) : t('game.timer.leftLabel', { team, time: clockText(left) }));
    if (up && !this.alerted) {
      this.alerted = true;
      this.timeUp(clock.seat);
    }
  }

  private moreTime(): void {
    if (!this.clock) return;
    this.clock = { ...this.clock, endsAt: Math.max(this.clock.endsAt, Date.now()) + 60_000 };
    this.alerted = false;
    this.save();
    this.tick();
  }

  private timeUp(seat: PowerId): void {
    const power = powerName(seat);
    const team = t('game.team', { power });
    const blocked = this.choices.endBlocked(seat);
    this.dialog?.close();
    this.dialog = openDialog({
      title: t('game.timer.title', { team }),
      testId: 'time-up',
      className: 'time-up',
      body: [
        h('p', { text: t('game.timer.text', { minutes: formatWhole(this.minutes) }) }),
        h('p', { class: 'small muted', text: blocked ? t('game.timer.blocked', { power }) : t('game.timer.choose', { power }) }),
      ],
      actions: [
        { label: t('game.timer.more'), onClick: () => this.moreTime(), key: 'time-more' },
        { label: t('game.keepPlaying'), onClick: () => undefined, key: 'time-keep' },
        ...(blocked ? [] : [{ label: t('game.timer.end', { power }), onClick: () => this.choices.endTurn(seat), primary: true, key: 'time-end' }]),
      ],
      onClose: () => {
        this.dialog = null;
      },
    });
  }
}
