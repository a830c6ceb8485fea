// The game screen's keys that work wherever the focus is (but in a text field or a dialog):
// Shift+Enter ends the turn, asking first when capital and open actions are left unused;
// ? lists the keys. The map, the tabs and the menu keep their own keys (see game-screen.ts,
// game-menu.ts).
import type { GameController } from '../app/play/controller';
import { t } from '../app/views/i18n';
import { formatWhole } from '../app/views/i18n/format';
import { powerName } from '../app/views/i18n/terms';
import type { PowerId } from '../engine';
import { openDialog, type DialogHandle } from './dialogs';
import { h } from './dom';

export const END_TURN_KEY = 'Shift+Enter'; // i18n-ignore: a key's name (aria-keyshortcuts), the same on every keyboard

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
    if (e.key === 'Enter' && e.shiftKey) { // i18n-ignore: a key name
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
    if (!seat || c.isOver) return this.hooks.say(t('game.keys.notYourTurn'));
    const end = c.availability(seat).find((a) => a.action.type === 'endTurn');
    if (end?.blocked) {
      if (c.pendingChoices().length) return this.hooks.openEvents();
      return this.hooks.say(t('game.keys.cannotEnd', { reason: end.blocked.message }));
    }
    const capital = c.state.powers[seat].capital;
    const open = openActions(c, seat);
    if (capital <= 0 || open === 0) return this.hooks.endTurn(seat);
    let confirmed = false;
    this.hooks.hold(
      openDialog({
        title: t('game.keys.confirmTitle', { power: powerName(seat) }),
        testId: 'confirm-end-turn',
        body: [h('p', { text: t('game.keys.confirmText', { capital: formatWhole(capital), count: open }) })],
        actions: [
          { label: t('game.keepPlaying'), onClick: () => undefined, key: 'confirm-keep' },
          { label: t('game.keys.endTurn'), onClick: () => (confirmed = true), primary: true, key: 'confirm-end' },
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
    [END_TURN_KEY, t('game.keys.endTurnWhat')],
    ['?', t('game.keys.listWhat')],
    [t('game.keys.tabKeys'), t('game.keys.tabWhat')],
    [t('game.keys.mapKeys'), t('game.keys.mapWhat')],
    [t('game.keys.tabsKeys'), t('game.keys.tabsWhat')],
    [t('game.keys.menuKeys'), t('game.keys.menuWhat')],
    [t('game.keys.escapeKeys'), t('game.keys.escapeWhat')],
  ];
  return openDialog({
    title: t('game.keys.title'),
    testId: 'shortcuts-dialog',
    body: [
      h(
        'table',
        { class: 'changes shortcuts' },
        h('thead', null, h('tr', null, h('th', { text: t('game.keys.keysHead') }), h('th', { text: t('game.keys.whatHead') }))),
        h('tbody', null, ...rows.map(([keys, what]) => h('tr', null, h('td', null, h('kbd', { text: keys })), h('td', { text: what })))),
      ),
      h('p', { class: 'small muted', text: t('game.keys.note') }),
    ],
    onClose,
  });
}
