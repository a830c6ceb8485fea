// The teacher's panel: every event of the scenario with its effects, any of which the teacher
// may trigger at the start of a turn (before the first power moves). The trigger goes through
// the controller as an `injectEvent` action, so it is in the game record (replay, debrief)
// and in the news like any move. At any other moment the panel says why it is closed.
import { eventCanHappenBy } from '../app/play/classroom';
import type { GameController } from '../app/play/controller';
import { POWER_NAMES } from '../app/views/names';
import type { EventDef } from '../engine';
import { openDialog, type DialogHandle } from './dialogs';
import { button, h, render } from './dom';
import { effectText, sentence } from './wording';

/** Fires an event; returns why it failed, or null on success. */
export type Trigger = (eventId: string) => string | null;

export function teacherDialog(controller: GameController, trigger: Trigger, onClose: () => void): DialogHandle {
  const content = h('div', { class: 'teacher', attrs: { 'data-scroll': 'teacher' } });
  let notice = '';
  // Only what can happen in this lesson's turns: a turn-13 event is no choice in an 8-turn class.
  const all = controller.state.defs.events;
  const lastTurn = controller.state.lastTurn;
  const events = all.filter((e) => eventCanHappenBy(e, lastTurn));
  const left = all.length - events.length;
  const draw = () =>
    render(
      content,
      h('p', { class: notice.startsWith('Done') ? 'note-ok' : 'alert', attrs: { role: 'status', tabindex: -1, 'data-testid': 'teacher-notice' }, text: notice }),
      status(controller),
      h('p', { class: 'small muted', attrs: { 'data-testid': 'teacher-span' }, text: `${events.length} events can happen in this lesson’s ${lastTurn} turn${lastTurn === 1 ? '' : 's'}${left ? `; ${left} that could come only later are left out` : ''}.` }),
      h('ul', { class: 'teacher-events' }, ...events.map((event) => eventItem(controller, event, fire))),
    );
  const fire = (event: EventDef) => {
    const failed = trigger(event.id);
    notice = failed ? `Not triggered: ${sentence(failed)}` : `Done: “${event.title}” happened now. It is in the news and in the game record.`;
    draw();
    content.querySelector<HTMLElement>('[data-testid="teacher-notice"]')?.focus();
  };
  draw();
  return openDialog({
    title: 'Teacher: trigger an event',
    testId: 'teacher-panel',
    className: 'teacher-dialog',
    body: [content],
    actions: [{ label: 'Close', onClick: () => undefined, primary: true, key: 'teacher-close' }],
    onClose,
  });
}

function status(controller: GameController): HTMLElement {
  const state = controller.state;
  const first = state.turnOrder[0]!;
  const blocked = controller.injectBlocked();
  if (!blocked) {
    return h(
      'p',
      { class: 'teacher-status', attrs: { id: 'teacher-status', 'data-testid': 'teacher-status' } },
      h('strong', { text: `Start of turn ${state.turn} (${controller.dateOf(state.turn)}): nobody has moved yet. ` }),
      `The event you trigger happens at once, before ${POWER_NAMES[first]} moves; it goes into the news and the game record. A team that must answer it sees the choice on its own screen.`,
    );
  }
  if (blocked.code === 'ERR_GAME_OVER') return h('p', { class: 'teacher-status', attrs: { id: 'teacher-status', 'data-testid': 'teacher-status' }, text: 'The campaign is over: no more events can be triggered.' });
  const next = state.turn < state.lastTurn ? `The next chance is at the start of turn ${state.turn + 1} (${controller.dateOf(state.turn + 1)}), before ${POWER_NAMES[first]} moves.` : 'This is the last turn of the campaign.';
  return h(
    'p',
    { class: 'teacher-status', attrs: { id: 'teacher-status', 'data-testid': 'teacher-status' } },
    h('strong', { text: 'Not available now. ' }),
    `Events can be triggered only at the start of a turn, before anyone acts, and ${POWER_NAMES[first]} has already begun this turn. ${next}`,
  );
}

/** Reasons that close the whole panel (the status line says them once), not one event. */
const general = (code: string) => code === 'ERR_NOT_TURN_START' || code === 'ERR_GAME_OVER';

function whyText(event: EventDef, why: { code: string; message: string }): string {
  if (why.code === 'ERR_EVENT_PENDING') return event.chooser ? `Already waiting for ${POWER_NAMES[event.chooser]}’s answer.` : 'Already waiting for an answer.';
  return sentence(why.message);
}

function triggerText(event: EventDef): string {
  const t = event.trigger;
  const when = t.kind === 'scheduled' ? `scheduled for turn ${t.turn}` : `random${t.kind === 'random' && !t.repeatable ? ', once' : ''}`;
  const who = event.chooser && event.options.length ? `${POWER_NAMES[event.chooser]} must choose` : 'no choice to make';
  return `${when} · ${who}`;
}

function eventItem(controller: GameController, event: EventDef, fire: (event: EventDef) => void): HTMLElement {
  const why = controller.injectBlocked(event.id);
  const atOnce = event.effects.length ? event.effects.map(effectText).join('; ') : 'nothing until it is answered';
  return h(
    'li',
    { class: 'teacher-event', attrs: { 'data-event': event.id } },
    h('div', { class: 'teacher-event-head' }, h('strong', { text: event.title }), h('span', { class: 'small muted', text: triggerText(event) })),
    h('p', { class: 'small', text: event.text }),
    h('p', { class: 'small' }, h('span', { class: 'muted', text: 'At once: ' }), atOnce),
    event.chooser && event.options.length
      ? h(
          'details',
          { class: 'small' },
          h('summary', { text: `${POWER_NAMES[event.chooser]}’s choices (${event.options.length})` }),
          h(
            'ul',
            null,
            ...event.options.map((o) => h('li', null, h('strong', { text: o.label }), o.effects.length ? `: ${o.effects.map(effectText).join('; ')}` : ': no further effect')),
          ),
        )
      : null,
    h(
      'div',
      { class: 'field-row' },
      button(`Trigger: ${event.title}`, () => fire(event), {
        key: `trigger-${event.id}`,
        attrs: { disabled: !!why, 'aria-describedby': !why ? undefined : general(why.code) ? 'teacher-status' : `why-${event.id}` },
      }),
      why && !general(why.code) ? h('span', { class: 'small muted', attrs: { id: `why-${event.id}` }, text: whyText(event, why) }) : null,
    ),
  );
}

/**
 * Asks for the teacher's PIN before the panel opens from a team's screen. A wrong PIN says
 * so and keeps the dialog open; `onOk` runs after the dialog has closed.
 */
export function pinDialog(pin: string, onOk: () => void, onClose: () => void): DialogHandle {
  let passed = false;
  const input = h('input', { attrs: { type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 8, id: 'teacher-pin', 'data-testid': 'teacher-pin', autofocus: true } });
  const message = h('p', { class: 'alert', attrs: { role: 'alert', 'data-testid': 'teacher-pin-message' } });
  const check = () => {
    if (input.value.trim() === pin) {
      passed = true;
      handle.close();
      return;
    }
    message.textContent = 'That is not the teacher’s PIN. The panel stays closed.';
    input.select();
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      check();
    }
  });
  const handle = openDialog({
    title: 'Teacher’s PIN',
    testId: 'teacher-pin-dialog',
    body: [h('p', { text: 'The teacher’s panel is for the teacher. Type the PIN set on the classroom screen.' }), h('div', { class: 'field-row' }, h('label', { attrs: { for: 'teacher-pin' }, text: 'PIN' }), input), message],
    actions: [{ label: 'Cancel', onClick: () => undefined, key: 'teacher-pin-cancel' }],
    onClose: () => (passed ? onOk() : onClose()),
  });
  // An "Open" button that does not close the dialog on a wrong PIN (dialog actions always close).
  handle.el.querySelector('.dialog-actions')?.prepend(button('Open the panel', check, { class: 'primary', key: 'teacher-pin-ok' }));
  input.focus();
  return handle;
}
