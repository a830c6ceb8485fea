// The teacher's panel: every event of the scenario with its effects, any of which the teacher
// may trigger at the start of a turn (before the first power moves). The trigger goes through
// the controller as an `injectEvent` action, so it is in the game record (replay, debrief)
// and in the news like any move. At any other moment the panel says why it is closed.
import { eventCanHappenBy } from '../app/play/classroom';
import type { GameController } from '../app/play/controller';
import { t } from '../app/views/i18n';
import { formatList, formatQuarter, formatWhole } from '../app/views/i18n/format';
import { powerName } from '../app/views/i18n/terms';
import type { EventDef } from '../engine';
import { openDialog, type DialogHandle } from './dialogs';
import { button, h, render } from './dom';
import { effectText, sentence } from './wording';
import { optionText, scenarioText } from '../app/views/scenario-text';

/** Fires an event; returns why it failed, or null on success. */
export type Trigger = (eventId: string) => string | null;

export function teacherDialog(controller: GameController, trigger: Trigger, onClose: () => void): DialogHandle {
  const content = h('div', { class: 'teacher', attrs: { 'data-scroll': 'teacher' } });
  let notice: { text: string; ok: boolean } | null = null;
  // Only what can happen in this lesson's turns: a turn-13 event is no choice in an 8-turn class.
  const all = controller.state.defs.events;
  const lastTurn = controller.state.lastTurn;
  const events = all.filter((e) => eventCanHappenBy(e, lastTurn));
  const left = all.length - events.length;
  const draw = () =>
    render(
      content,
      h('p', { class: notice?.ok ? 'note-ok' : 'alert', attrs: { role: 'status', tabindex: -1, 'data-testid': 'teacher-notice' }, text: notice?.text ?? '' }),
      status(controller),
      h('p', { class: 'small muted', attrs: { 'data-testid': 'teacher-span' }, text: spanText(events.length, lastTurn, left) }),
      h('ul', { class: 'teacher-events' }, ...events.map((event) => eventItem(controller, event, fire))),
    );
  const fire = (event: EventDef) => {
    const failed = trigger(event.id);
    notice = failed ? { text: t('game.teacher.notTriggered', { reason: sentence(failed) }), ok: false } : { text: t('game.teacher.done', { title: scenarioText(controller.state.defs, 'event', event.id, 'title') }), ok: true };
    draw();
    content.querySelector<HTMLElement>('[data-testid="teacher-notice"]')?.focus();
  };
  draw();
  return openDialog({
    title: t('game.teacher.title'),
    testId: 'teacher-panel',
    className: 'teacher-dialog',
    body: [content],
    actions: [{ label: t('game.close'), onClick: () => undefined, primary: true, key: 'teacher-close' }],
    onClose,
  });
}

/** How many events the lesson's turns can bring, and how many are left out. */
function spanText(events: number, turns: number, left: number): string {
  const values = { events: t('game.teacher.events', { count: events }), turns: t('game.teacher.turns', { count: turns }) };
  return left ? t('game.teacher.spanLeft', { ...values, count: left }) : t('game.teacher.span', values);
}

function status(controller: GameController): HTMLElement {
  const state = controller.state;
  const first = state.turnOrder[0]!;
  const blocked = controller.injectBlocked();
  if (!blocked) {
    return h(
      'p',
      { class: 'teacher-status', attrs: { id: 'teacher-status', 'data-testid': 'teacher-status' } },
      h('strong', { text: t('game.teacher.startHead', { turn: formatWhole(state.turn), date: formatQuarter(controller.dateOf(state.turn)) }) }),
      t('game.teacher.startText', { power: powerName(first) }),
    );
  }
  if (blocked.code === 'ERR_GAME_OVER') return h('p', { class: 'teacher-status', attrs: { id: 'teacher-status', 'data-testid': 'teacher-status' }, text: t('game.teacher.over') });
  const next =
    state.turn < state.lastTurn
      ? t('game.teacher.next', { turn: formatWhole(state.turn + 1), date: formatQuarter(controller.dateOf(state.turn + 1)), power: powerName(first) })
      : t('game.teacher.last');
  return h(
    'p',
    { class: 'teacher-status', attrs: { id: 'teacher-status', 'data-testid': 'teacher-status' } },
    h('strong', { text: t('game.teacher.notNow') }),
    t('game.teacher.notNowText', { power: powerName(first), next }),
  );
}

/** Reasons that close the whole panel (the status line says them once), not one event. */
const general = (code: string) => code === 'ERR_NOT_TURN_START' || code === 'ERR_GAME_OVER';

function whyText(event: EventDef, why: { code: string; message: string }): string {
  if (why.code === 'ERR_EVENT_PENDING') return event.chooser ? t('game.teacher.waitingFor', { power: powerName(event.chooser) }) : t('game.teacher.waiting');
  return sentence(why.message);
}

function triggerText(event: EventDef): string {
  const trigger = event.trigger;
  const when =
    trigger.kind === 'scheduled'
      ? t('game.teacher.scheduled', { turn: formatWhole(trigger.turn) })
      : trigger.kind === 'random' && !trigger.repeatable
        ? t('game.teacher.randomOnce')
        : t('game.teacher.random');
  const who = event.chooser && event.options.length ? t('game.teacher.mustChoose', { power: powerName(event.chooser) }) : t('game.teacher.noChoice');
  return t('game.teacher.trigger', { when, who });
}

function eventItem(controller: GameController, event: EventDef, fire: (event: EventDef) => void): HTMLElement {
  const why = controller.injectBlocked(event.id);
  const atOnce = event.effects.length ? formatList(event.effects.map((e) => effectText(e, controller.state.defs))) : t('game.teacher.nothingYet');
  return h(
    'li',
    { class: 'teacher-event', attrs: { 'data-event': event.id } },
    h('div', { class: 'teacher-event-head' }, h('strong', { text: scenarioText(controller.state.defs, 'event', event.id, 'title') }), h('span', { class: 'small muted', text: triggerText(event) })),
    h('p', { class: 'small', text: scenarioText(controller.state.defs, 'event', event.id, 'text') }),
    h('p', { class: 'small' }, h('span', { class: 'muted', text: t('game.teacher.atOnce') }), atOnce),
    event.chooser && event.options.length
      ? h(
          'details',
          { class: 'small' },
          h('summary', { text: t('game.teacher.choices', { power: powerName(event.chooser), options: formatWhole(event.options.length) }) }),
          h(
            'ul',
            null,
            ...event.options.map((o) =>
              h('li', null, h('strong', { text: optionText(controller.state.defs, event.id, o.id, 'label') }), o.effects.length ? t('game.teacher.optionEffects', { effects: formatList(o.effects.map((e) => effectText(e, controller.state.defs))) }) : t('game.teacher.noEffect')),
            ),
          ),
        )
      : null,
    h(
      'div',
      { class: 'field-row' },
      button(t('game.teacher.triggerButton', { title: scenarioText(controller.state.defs, 'event', event.id, 'title') }), () => fire(event), {
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
    message.textContent = t('game.teacher.pinWrong');
    input.select();
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { // i18n-ignore: a key name
      e.preventDefault();
      check();
    }
  });
  const handle = openDialog({
    title: t('game.teacher.pinTitle'),
    testId: 'teacher-pin-dialog',
    body: [h('p', { text: t('game.teacher.pinText') }), h('div', { class: 'field-row' }, h('label', { attrs: { for: 'teacher-pin' }, text: t('game.teacher.pinLabel') }), input), message],
    actions: [{ label: t('game.cancel'), onClick: () => undefined, key: 'teacher-pin-cancel' }],
    onClose: () => (passed ? onOk() : onClose()),
  });
  // An "Open" button that does not close the dialog on a wrong PIN (dialog actions always close).
  handle.el.querySelector('.dialog-actions')?.prepend(button(t('game.teacher.pinOpen'), check, { class: 'primary', key: 'teacher-pin-ok' }));
  input.focus();
  return handle;
}
