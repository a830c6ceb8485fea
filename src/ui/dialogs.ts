// Modal dialogs on the native <dialog> element: it traps focus, closes on Escape and makes
// the page behind it inert. One dialog at a time; the game screen queues the rest.
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
  const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  const dlg = h('dialog', { class: options.className ?? '', attrs: { 'aria-labelledby': id, 'data-testid': options.testId } });
  const close = () => {
    if (dlg.open) dlg.close();
  };
  const actions = (options.actions ?? [{ label: 'Close', onClick: () => undefined, primary: true }]).map((a) =>
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
    options.onClose?.();
    restoreFocus(opener);
  });
  document.body.append(dlg);
  dlg.showModal();
  // The first of: a control marked autofocus, the primary action, any button (in that order of preference).
  const primary = dlg.querySelector<HTMLElement>('[autofocus]') ?? dlg.querySelector<HTMLElement>('.dialog-actions .primary') ?? dlg.querySelector<HTMLElement>('button');
  primary?.focus();
  return { el: dlg, close };
}
