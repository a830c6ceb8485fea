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

export function openDialog(options: DialogOptions): DialogHandle {
  const id = `dialog-title-${++counter}`;
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
  });
  document.body.append(dlg);
  dlg.showModal();
  const primary = dlg.querySelector<HTMLElement>('[autofocus], .dialog-actions .primary, button');
  primary?.focus();
  return { el: dlg, close };
}
