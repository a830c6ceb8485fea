// Hot seat on one device: when the acting human seat changes, a hand-over screen covers the
// whole game until the next team reveals it, so no team sees another's private view (its
// pending event choices, its actions, its unsent proposal draft). Each seat keeps its own
// draft; the board behind the cover is hidden and inert, not merely painted over.
//
// The same cover serves the classroom's pause at the start of a turn, when the computer
// moves first and waits for the teacher (GameController.waitingForTeacher).
import type { GameController } from '../app/play/controller';
import { t } from '../app/views/i18n';
import { formatQuarter, formatWhole } from '../app/views/i18n/format';
import { powerName } from '../app/views/i18n/terms';
import { POWERS, emptyProposal, type PowerId, type Proposal } from '../engine';
import type { UiState } from './context';
import { button, h, render } from './dom';

export interface SeatGuardHooks {
  /** The board was revealed to a seat: render it and open what awaits that seat. */
  revealed(): void;
  /** Opens the teacher's panel, when this game is a class's. */
  teacher?: () => void;
  /** Lets the computer begin the turn (after the classroom pause). */
  startTurn(): void;
  /**
   * A class's game: the cover also comes up at the start of every turn, even with one team,
   * so the teacher has a moment (and the panel) between turns away from the team's screen.
   */
  everyTurn?: boolean;
}

type Mode = { kind: 'open' } | { kind: 'handover'; seat: PowerId } | { kind: 'hold' };

export class SeatGuard {
  readonly el: HTMLElement;
  private mode: Mode = { kind: 'open' };
  /** The seat whose view the board shows now (null before the first reveal). */
  private shown: PowerId | null;
  /** The turn in which the board was last revealed (for the cover at every turn of a class). */
  private shownTurn = 0;
  /** The seat that owns the draft in `ui.draft`; the others' drafts wait here. */
  private draftOwner: PowerId | null;
  private drafts = new Map<PowerId, Proposal>();
  /** More than one human seat: hand-overs are needed. */
  readonly hotSeat: boolean;
  private notice = '';

  constructor(
    private game: HTMLElement,
    private controller: GameController,
    private ui: UiState,
    private hooks: SeatGuardHooks,
  ) {
    this.hotSeat = POWERS.filter((p) => controller.state.controllers[p] === 'human').length > 1;
    // A hot-seat game opens covered (also after a reload): whoever holds the device first
    // must not see the acting seat's view by accident.
    this.shown = this.hotSeat || hooks.everyTurn ? null : controller.humanActing;
    this.draftOwner = controller.humanActing ?? controller.viewer;
    this.el = h('section', { class: 'handover', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'handover-title', 'data-testid': 'handover', hidden: true } });
    game.append(this.el);
  }

  /** Whether the board is covered (the game screen then opens no dialog of a seat). */
  get covering(): boolean {
    return this.mode.kind !== 'open';
  }

  /** Brings the cover in line with the game: call before every render of the board. */
  sync(): void {
    const c = this.controller;
    const before = this.mode;
    if (c.isOver) this.mode = { kind: 'open' };
    else if (c.waitingForTeacher) this.mode = { kind: 'hold' };
    else {
      const seat = c.humanActing;
      const newTurn = this.hooks.everyTurn === true && c.state.turn !== this.shownTurn;
      if (seat && (seat !== this.shown || newTurn)) {
        if (this.hotSeat || this.hooks.everyTurn) {
          this.mode = { kind: 'handover', seat };
          this.useDraftOf(seat);
        } else {
          this.shown = seat;
          this.mode = { kind: 'open' };
        }
      } else this.mode = { kind: 'open' };
    }
    if (JSON.stringify(before) !== JSON.stringify(this.mode) || this.covering) this.draw();
    if (before.kind !== this.mode.kind && this.covering) this.focus();
  }

  /** Puts the focus on the cover's main button (after a dialog over it closed). */
  focus(): void {
    this.el.querySelector<HTMLElement>('.handover-main')?.focus({ preventScroll: true });
  }

  /** A short message on the cover (e.g. the teacher's last trigger), until the next change. */
  say(text: string): void {
    this.notice = text;
    if (this.covering) this.draw();
  }

  destroy(): void {
    this.el.remove();
  }

  private reveal(seat: PowerId): void {
    this.shown = seat;
    this.shownTurn = this.controller.state.turn;
    this.mode = { kind: 'open' };
    this.notice = '';
    this.draw();
    this.hooks.revealed();
  }

  /** Puts away the previous seat's draft and brings out this seat's own (empty at first). */
  private useDraftOf(seat: PowerId): void {
    if (this.draftOwner === seat) return;
    if (this.draftOwner) this.drafts.set(this.draftOwner, this.ui.draft);
    this.ui.draft = this.drafts.get(seat) ?? emptyProposal();
    this.draftOwner = seat;
    this.ui.tab = 'actions';
  }

  private draw(): void {
    const covered = this.covering;
    this.game.classList.toggle('covered', covered);
    for (const child of this.game.children) if (child !== this.el) (child as HTMLElement).inert = covered;
    this.el.hidden = !covered;
    if (!covered) {
      render(this.el);
      return;
    }
    const c = this.controller;
    const state = c.state;
    const when = t('game.handover.when', { date: formatQuarter(c.dateOf(state.turn)), turn: formatWhole(state.turn), last: formatWhole(state.lastTurn) });
    const teacher = this.hooks.teacher
      ? button(t('game.handover.teacher'), () => this.hooks.teacher?.(), { key: 'handover-teacher', attrs: { 'aria-describedby': 'handover-teacher-note' } })
      : null;
    const teacherNote = this.hooks.teacher
      ? h('p', { class: 'small muted', attrs: { id: 'handover-teacher-note' }, text: c.atTurnStart ? t('game.handover.teacherNoteStart') : t('game.handover.teacherNote') })
      : null;
    const notice = this.notice ? h('p', { class: 'note-ok', attrs: { role: 'status' }, text: this.notice }) : null;
    if (this.mode.kind === 'hold') {
      const first = powerName(state.turnOrder[0]!);
      render(
        this.el,
        h(
          'div',
          { class: 'handover-inner' },
          h('p', { class: 'handover-kicker', text: when }),
          h('h2', { attrs: { id: 'handover-title' }, text: t('game.handover.holdTitle', { turn: formatWhole(state.turn) }) }),
          h('p', { text: t('game.handover.holdText', { power: first }) }),
          notice,
          h('div', { class: 'handover-actions' }, button(t('game.handover.start'), () => this.hooks.startTurn(), { class: 'primary handover-main', key: 'handover-start' }), teacher),
          teacherNote,
        ),
      );
      return;
    }
    if (this.mode.kind !== 'handover') return;
    const seat = this.mode.seat;
    const name = powerName(seat);
    const team = t('game.team', { power: name });
    render(
      this.el,
      h(
        'div',
        { class: 'handover-inner', attrs: { 'data-seat': seat } },
        h('p', { class: 'handover-kicker', text: when }),
        h('h2', { attrs: { id: 'handover-title' }, text: this.hotSeat ? t('game.handover.passTitle', { team }) : t('game.handover.turnTitle', { turn: formatWhole(state.turn), team }) }),
        h('p', { text: this.hotSeat ? t('game.handover.passText', { power: name, team }) : t('game.handover.quarterText', { team }) }),
        notice,
        h(
          'div',
          { class: 'handover-actions' },
          button(t('game.handover.reveal', { team }), () => this.reveal(seat), { class: 'primary handover-main', key: 'handover-reveal', attrs: { 'data-testid': 'reveal' } }),
          teacher,
        ),
        teacherNote,
      ),
    );
  }
}
