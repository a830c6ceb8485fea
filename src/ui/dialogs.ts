// Modal dialogs on the native <dialog> element: it traps focus, closes on Escape and makes
// the page behind it inert. One dialog at a time; the game screen queues the rest.
import { t } from '../app/views/i18n';
import { button, h } from './dom';

export interface DialogAction {
  label: string;
  onClick: () => void;
  primary?: boolean;
  key?: string;
}

export interface DialogOptions {
  title: string;
  body: (Node | string | null)[];
  actions?: DialogAction[];
  /** Called once when the dialog closes, whatever closed it. */
  onClose?: () => void;
  className?: string;
  testId?: string;
}

export interface DialogHandle {
  el: HTMLDialogElement;
  close(): void;
}

let counter = 0;
/**
 * The control that opened a dialog now closing, while its onClose runs: a dialog opened from
 * there (the teacher's panel after the PIN) returns the focus to that same control.
 */
let closingOpener: HTMLElement | null = null;

/**
 * Where the focus goes when a dialog closes and nothing else took it (no next dialog, no
 * screen change): the control that opened it, or its re-rendered twin (same data-key), or
 * the screen's chosen place (`data-focus-home`), so that it never drops to the page.
 */
function restoreFocus(opener: HTMLElement | null): void {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return;
  const usable = (el: HTMLElement | null): el is HTMLElement => !!el && el.isConnected && !el.closest('[inert], [hidden]') && !(el as HTMLButtonElement).disabled;
  const key = opener?.dataset.key;
  const twin = key ? document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null;
  const home = document.querySelector<HTMLElement>('[data-focus-home]');
  const target = [opener, twin, home].find(usable);
  target?.focus({ preventScroll: true });
}

export function openDialog(options: DialogOptions): DialogHandle {
  const id = `dialog-title-${++counter}`;
  const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : closingOpener;
  const dlg = h('dialog', { class: options.className ?? '', attrs: { 'aria-labelledby': id, 'data-testid': options.testId } });
  const close = () => {
    if (dlg.open) dlg.close();
  };
  const actions = (options.actions ?? [{ label: t('game.close'), onClick: () => undefined, primary: true }]).map((a) =>
    button(
      a.label,
      () => {
        close();
        a.onClick();
      },
      { class: a.primary ? 'primary' : '', key: a.key },
    ),
  );
  dlg.append(h('div', { class: 'dialog-body' }, h('h2', { attrs: { id }, text: options.title }), ...options.body), h('div', { class: 'dialog-actions' }, ...actions));
  dlg.addEventListener('close', () => {
    dlg.remove();
    closingOpener = opener;
    try {
      options.onClose?.();
    } finally {
      closingOpener = null;
    }
    restoreFocus(opener);
  });
  document.body.append(dlg);
  dlg.showModal();
  // The first of: a control marked autofocus, the primary action, any button (in that order of preference).
  const primary = dlg.querySelector<HTMLElement>('[autofocus]') ?? dlg.querySelector<HTMLElement>('.dialog-actions .primary') ?? dlg.querySelector<HTMLElement>('button');
  primary?.focus();
  return { el: dlg, close };
}

/**
 * Says `text` through a polite live region inside the dialog (the page behind a modal dialog
 * is inert, so a region there would not be read): for what a screen reader should hear
 * beside the dialog's title, such as what a turn brought. The region is in the dialog before
 * its text arrives, so that the change is announced.
 */
export function announce(handle: DialogHandle, text: string): void {
  const region = h('div', { class: 'visually-hidden', attrs: { role: 'status', 'data-testid': 'dialog-announcement' } });
  handle.el.append(region);
  setTimeout(() => {
    region.textContent = text;
  }, 100);
}
