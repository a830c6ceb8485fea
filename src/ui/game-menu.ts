// The game's Menu: an ARIA menu button (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/).
// Enter, Space or ↓ open it on the first item, ↑ on the last; ↑ ↓ Home End move between the
// items, Escape closes it and returns the focus to the button, Tab closes it and moves on; a
// click outside closes it. The element is built once and kept across the top bar's renders,
// so an open menu survives a refresh.
import { h } from './dom';
import './game-menu.css';

export interface MenuItem {
  label: string;
  /** Stable id for tests and focus (data-key `menu-<id>`). */
  id: string;
  run: () => void;
  /** A key that does the same from anywhere on the game screen, shown beside the label. */
  shortcut?: string;
}

let counter = 0;

export class MenuButton {
  readonly el: HTMLElement;
  private button: HTMLButtonElement;
  private list: HTMLElement;
  private readonly onDocumentPointer = (e: PointerEvent) => {
    if (!this.el.contains(e.target as Node)) this.close(false);
  };

  constructor(label: string, items: readonly MenuItem[]) {
    const id = `game-menu-${++counter}`;
    this.button = h('button', {
      key: 'menu-button',
      text: label,
      attrs: { type: 'button', id: `${id}-button`, 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': id, 'data-testid': 'menu-button' },
      on: {
        click: () => (this.isOpen ? this.close(true) : this.open(0)),
        keydown: (e) => this.buttonKey(e),
      },
    });
    this.list = h(
      'ul',
      { class: 'menu-list', attrs: { role: 'menu', id, 'aria-labelledby': `${id}-button`, hidden: true, 'data-testid': 'menu-list' }, on: { keydown: (e) => this.menuKey(e) } },
      ...items.map((item) =>
        h(
          'li',
          { attrs: { role: 'none' } },
          h(
            'button',
            {
              key: `menu-${item.id}`,
              attrs: { type: 'button', role: 'menuitem', tabindex: -1, 'aria-keyshortcuts': item.shortcut },
              on: {
                click: () => {
                  // The focus goes back to the button first, so that a dialog the item opens returns it there.
                  this.close(true);
                  item.run();
                },
              },
            },
            item.label,
            item.shortcut ? h('span', { class: 'menu-shortcut', attrs: { 'aria-hidden': 'true' }, text: item.shortcut }) : null,
          ),
        ),
      ),
    );
    this.el = h('div', { class: 'menu-button' }, this.button, this.list);
  }

  get isOpen(): boolean {
    return !this.list.hidden;
  }

  private items(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  /** Opens the menu with the focus on item `index` (negative counts from the end). */
  open(index: number): void {
    this.list.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    document.addEventListener('pointerdown', this.onDocumentPointer, true);
    const items = this.items();
    items.at(index)?.focus();
  }

  /** Closes the menu; `refocus` puts the focus back on the button (Escape, a second click). */
  close(refocus: boolean): void {
    if (!this.isOpen) return;
    this.list.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    document.removeEventListener('pointerdown', this.onDocumentPointer, true);
    if (refocus) this.button.focus();
  }

  destroy(): void {
    this.close(false);
  }

  private buttonKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') { // i18n-ignore: key names
      e.preventDefault();
      this.open(0);
    } else if (e.key === 'ArrowUp') { // i18n-ignore: key names
      e.preventDefault();
      this.open(-1);
    }
  }

  private menuKey(e: KeyboardEvent): void {
    const items = this.items();
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1); // i18n-ignore: key names
    else if (e.key === 'ArrowUp') move(at - 1); // i18n-ignore: key names
    else if (e.key === 'Home') move(0); // i18n-ignore: key names
    else if (e.key === 'End') move(items.length - 1); // i18n-ignore: key names
    else if (e.key === 'Escape') { // i18n-ignore: key names
      e.preventDefault();
      e.stopPropagation();
      this.close(true);
    } else if (e.key === 'Tab') this.close(false); // i18n-ignore: key names
  }
}
