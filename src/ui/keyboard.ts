// The game screen's keys that work wherever the focus is (but in a text field or a dialog):
// Shift+Enter ends the turn, asking first when capital and open actions are left unused;
// ? lists the keys. The map, the tabs and the menu keep their own keys (see game-screen.ts,
// game-menu.ts).
import type { GameController } from '../app/play/controller';
import { POWER_NAMES } from '../app/views/names';
import type { PowerId } from '../engine';
import { openDialog, type DialogHandle } from './dialogs';
import { h } from './dom';

export const END_TURN_KEY = 'Shift+Enter';

/** Whether keys typed on `el` belong to it: text fields, number fields, selects, editable text. */
export function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'file', 'color', 'image'].includes(type);
}

/** The actions `seat` could still take this turn (answers to events and the end of the turn aside). */
export function openActions(controller: GameController, seat: PowerId): number {
  return controller.availability(seat).filter((a) => !a.blocked && a.action.type !== 'endTurn' && a.action.type !== 'answerEvent').length;
}

export interface GameKeyHooks {
  controller: GameController;
  /** Something holds the screen (a dialog, the hand-over cover): the keys then do nothing. */
  busy(): boolean;
  endTurn(seat: PowerId): void;
  /** The turn cannot end yet because events await: open them. */
  openEvents(): void;
  /** Tell the player something (a polite live region). */
  say(text: string): void;
  /** Keep a dialog this opens as the screen's dialog (so nothing else opens over it). */
  hold(dialog: DialogHandle | null): void;
}

export class GameKeys {
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor(private hooks: GameKeyHooks) {
    document.addEventListener('keydown', this.onKey);
  }

  destroy(): void {
    document.removeEventListener('keydown', this.onKey);
  }

  private key(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (isTextEntry(e.target as Element | null) || this.hooks.busy()) return;
    if (e.key === 'Enter' && e.shiftKey) {
      e.preventDefault();
      this.endTurn();
    } else if (e.key === '?') {
      e.preventDefault();
      this.hooks.hold(shortcutsDialog(() => this.hooks.hold(null)));
    }
  }

  /** Shift+Enter: ends the acting seat's turn, asking first if capital and open actions are left. */
  endTurn(): void {
    const c = this.hooks.controller;
    const seat = c.humanActing;
    if (!seat || c.isOver) return this.hooks.say('It is not your turn.');
    const end = c.availability(seat).find((a) => a.action.type === 'endTurn');
    if (end?.blocked) {
      if (c.pendingChoices().length) return this.hooks.openEvents();
      return this.hooks.say(`The turn cannot end yet: ${end.blocked.message}.`);
    }
    const capital = c.state.powers[seat].capital;
    const open = openActions(c, seat);
    if (capital <= 0 || open === 0) return this.hooks.endTurn(seat);
    let confirmed = false;
    this.hooks.hold(
      openDialog({
        title: `End ${POWER_NAMES[seat]}’s turn?`,
        testId: 'confirm-end-turn',
        body: [
          h('p', { text: `${capital} diplomatic capital is left unused, and ${open} action${open === 1 ? ' is' : 's are'} still open to you this turn. Capital does not carry over to the next quarter.` }),
        ],
        actions: [
          { label: 'Keep playing', onClick: () => undefined, key: 'confirm-keep' },
          { label: 'End the turn', onClick: () => (confirmed = true), primary: true, key: 'confirm-end' },
        ],
        onClose: () => {
          this.hooks.hold(null);
          if (confirmed) this.hooks.endTurn(seat);
        },
      }),
    );
  }
}

/** The list of keys, opened with ? or from the Menu. */
export function shortcutsDialog(onClose: () => void): DialogHandle {
  const rows: [string, string][] = [
    [END_TURN_KEY, 'End the turn (asks first if capital and actions are left)'],
    ['?', 'This list of keys'],
    ['Tab, Shift+Tab', 'Move between controls'],
    ['1 to 4, arrow keys', 'On the map: choose a disputed island; Enter shows it'],
    ['← →', 'On the panel tabs: the previous or next tab'],
    ['↑ ↓, Home, End, Escape', 'In the Menu: move, and close it'],
    ['Escape', 'Close a dialog (the focus goes back where it was)'],
  ];
  return openDialog({
    title: 'Keyboard shortcuts',
    testId: 'shortcuts-dialog',
    body: [
      h(
        'table',
        { class: 'changes shortcuts' },
        h('thead', null, h('tr', null, h('th', { text: 'Keys' }), h('th', { text: 'What they do' }))),
        h('tbody', null, ...rows.map(([keys, what]) => h('tr', null, h('td', null, h('kbd', { text: keys })), h('td', { text: what })))),
      ),
      h('p', { class: 'small muted', text: 'The game’s keys do nothing while you type in a text field.' }),
    ],
    onClose,
  });
}
