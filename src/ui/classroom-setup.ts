// The teacher's setup screen: the scenario, the seed (shown and editable, so the lesson can
// be replayed), which powers the teams play and which the computer, a turn limit, an optional
// turn timer, then start. The game it starts is a class's: the game screen shows the teacher's
// panel and the timer, and covers the board between teams.
import { briefingCardsHtml } from '../app/play/briefing-cards';
import { writeClassroom, MAX_TIMER_MINUTES, LESSON_MINUTES, UNTIMED_TEAM_TURN_MINUTES, isPin, lessonPlan, turnsThatFit } from '../app/play/classroom';
import { GameController } from '../app/play/controller';
import { listCustomScenarios } from '../app/play/custom-scenarios';
import { t } from '../app/views/i18n';
import { formatList, formatWhole } from '../app/views/i18n/format';
import { powerName } from '../app/views/i18n/terms';
import { BUILTIN_SCENARIO_IDS, builtinScenario } from '../app/play/scenarios';
import { POWERS, type Controllers, type PowerId, type Scenario } from '../engine';
import type { AppEnv } from './env';
import { button, h, render } from './dom';
import { randomSeed, seedField } from './seed-field';
import './classroom.css';
import { scenarioDescription, scenarioTitle } from '../app/views/scenario-text';

export class ClassroomSetup {
  private scenarioId = BUILTIN_SCENARIO_IDS.includes('classroom-short') ? 'classroom-short' : BUILTIN_SCENARIO_IDS[0]!;
  private seed = randomSeed();
  private teams = new Set<PowerId>(['japan', 'russia']);
  /** The turn limit the teacher typed; until then, the most turns that fit a 45-minute lesson. */
  private turns: number | null = null;
  /** On by default: the timer is what makes the lesson fit its 45 minutes. */
  private timerOn = true;
  private timerMinutes = 3;
  private pin = '';
  private message = '';
  private root: HTMLElement;

  constructor(
    parent: HTMLElement,
    private env: AppEnv,
  ) {
    this.root = h('main', { class: 'start', attrs: { 'aria-labelledby': 'class-title' } });
    parent.replaceChildren(this.root);
    this.render();
    this.root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }

  destroy(): void {
    this.root.remove();
  }

  private scenarios(): Scenario[] {
    return [...BUILTIN_SCENARIO_IDS.map((id) => builtinScenario(id)), ...listCustomScenarios(this.env.storage).map((c) => c.scenario)];
  }

  private scenario(): Scenario {
    return this.scenarios().find((s) => s.id === this.scenarioId) ?? builtinScenario(BUILTIN_SCENARIO_IDS[0]!);
  }

  private render(): void {
    render(
      this.root,
      h(
        'div',
        { class: 'start-inner' },
        h(
          'header',
          null,
          h('h1', { attrs: { id: 'class-title', tabindex: -1 } }, t('game.classSetup.title'), h('span', { class: 'sub', text: t('game.classSetup.sub') })),
          h('div', { class: 'alert', attrs: { role: 'alert' }, text: this.message }),
        ),
        this.scenarioCard(),
        h('div', { style: { display: 'grid', gap: '1rem', 'align-content': 'start' } }, this.teamsCard(), this.lessonCard()),
      ),
    );
  }

  private scenarioCard(): HTMLElement {
    const options = this.scenarios().map((s) => {
      const input = h('input', { key: `class-scenario-${s.id}`, attrs: { type: 'radio', name: 'class-scenario', value: s.id, checked: s.id === this.scenarioId } });
      input.addEventListener('change', () => {
        this.scenarioId = s.id;
        this.turns = null;
        this.render();
      });
      return h('label', { class: 'scenario-option' }, input, h('strong', { text: t('start.scenarioTurns', { title: scenarioTitle(s), count: s.turns }) }), h('span', { class: 'desc muted small', text: scenarioDescription(s) }));
    });
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'class-scenario-title' } },
      h('h2', { attrs: { id: 'class-scenario-title' }, text: t('game.classSetup.scenarioHeading') }),
      h('fieldset', { class: 'scenario-list' }, h('legend', { class: 'visually-hidden', text: t('start.new.legend') }), ...options),
      seedField(
        'class-seed',
        this.seed,
        (seed) => (this.seed = seed),
        () => {
          this.seed = randomSeed();
          this.render();
        },
      ),
      h('p', { class: 'muted small', text: t('game.classSetup.seedNote') }),
    );
  }

  private teamsCard(): HTMLElement {
    const rows = POWERS.flatMap((p) => {
      const select = h(
        'select',
        { key: `team-${p}`, attrs: { id: `team-${p}` } },
        h('option', { attrs: { value: 'human', selected: this.teams.has(p) }, text: t('game.classSetup.byTeam') }),
        h('option', { attrs: { value: 'ai', selected: !this.teams.has(p) }, text: t('game.classSetup.byComputer') }),
      );
      select.addEventListener('change', () => {
        if (select.value === 'human') this.teams.add(p);
        else this.teams.delete(p);
        this.render();
      });
      return [h('label', { attrs: { for: `team-${p}` }, text: powerName(p) }), select];
    });
    const scenario = this.scenario();
    const first = scenario.turnOrder[0]!;
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'class-teams-title' } },
      h('h2', { attrs: { id: 'class-teams-title' }, text: t('game.classSetup.teamsHeading') }),
      h('fieldset', { class: 'class-teams' }, h('legend', { class: 'visually-hidden', text: t('game.classSetup.playedBy') }), ...rows),
      h('p', { class: 'muted small', text: t('game.classSetup.order', { order: formatList(scenario.turnOrder.map(powerName)) }) }),
      this.teams.has(first) ? null : h('p', { class: 'small', text: t('game.classSetup.computerFirst', { power: powerName(first) }) }),
    );
  }

  /** The turn limit: the teacher's, or the most turns that fit a 45-minute lesson with these teams and timer. */
  private turnLimit(): number {
    return this.turns ?? turnsThatFit(this.teams.size, this.timerOn ? this.timerMinutes : null, this.scenario().turns);
  }

  private lessonCard(): HTMLElement {
    const full = this.scenario().turns;
    const turnsInput = h('input', { key: 'class-turns', attrs: { type: 'number', min: 1, max: full, step: 1, value: this.turnLimit(), id: 'class-turns', style: 'width: 5rem' } });
    turnsInput.addEventListener('input', () => {
      this.turns = Number(turnsInput.value);
      this.updateEstimate();
    });
    const pinInput = h('input', {
      key: 'class-pin',
      attrs: { type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 8, id: 'class-pin', value: this.pin, style: 'width: 7rem', 'aria-describedby': 'class-pin-note' },
    });
    pinInput.addEventListener('input', () => (this.pin = pinInput.value.trim()));
    const timerBox = h('input', { key: 'class-timer-on', attrs: { type: 'checkbox', id: 'class-timer-on', checked: this.timerOn } });
    const minutes = h('input', {
      key: 'class-timer',
      attrs: { type: 'number', min: 1, max: MAX_TIMER_MINUTES, step: 1, value: this.timerMinutes, id: 'class-timer', style: 'width: 5rem', disabled: !this.timerOn },
    });
    timerBox.addEventListener('change', () => {
      this.timerOn = timerBox.checked;
      minutes.disabled = !this.timerOn;
      this.updateEstimate();
    });
    minutes.addEventListener('input', () => {
      this.timerMinutes = Number(minutes.value);
      this.updateEstimate();
    });
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'class-lesson-title' } },
      h('h2', { attrs: { id: 'class-lesson-title' }, text: t('game.classSetup.lessonHeading') }),
      h('div', { class: 'field-row' }, h('label', { attrs: { for: 'class-turns' }, text: t('game.classSetup.turnLimit') }), turnsInput, h('span', { class: 'muted small', text: t('game.classSetup.turnsOf', { full: formatWhole(full) }) })),
      h(
        'div',
        { class: 'field-row' },
        h('label', { class: 'field-row', style: { margin: '0' } }, timerBox, t('game.classSetup.timer')),
        minutes,
        h('label', { attrs: { for: 'class-timer' }, class: 'muted small', text: t('game.classSetup.timerMinutes') }),
      ),
      h('p', { class: 'muted small', text: t('game.classSetup.timerNote') }),
      h('div', { class: 'field-row' }, h('label', { attrs: { for: 'class-pin' }, text: t('game.classSetup.pin') }), pinInput),
      h('p', { class: 'muted small', attrs: { id: 'class-pin-note' }, text: t('game.classSetup.pinNote') }),
      h('p', { class: 'class-estimate small', attrs: { 'data-testid': 'class-estimate', 'aria-live': 'polite' }, text: this.estimate() }),
      h(
        'div',
        { class: 'class-actions' },
        button(t('game.classSetup.start'), () => this.start(), { class: 'primary', key: 'class-start' }),
        button(t('game.classSetup.cards'), () => this.printCards(), { key: 'class-cards', attrs: { 'data-testid': 'class-cards' } }),
        button(t('game.menu.exit'), () => this.env.showMenu(), { key: 'class-back' }),
      ),
    );
  }

  /** The lesson's length, part by part: briefing, play, hand-overs and debrief. */
  private estimate(): string {
    const turns = this.turnLimit();
    const teams = this.teams.size;
    if (!teams) return t('game.classSetup.noTeams');
    const timed = this.timerOn && this.timerMinutes > 0;
    const plan = lessonPlan(turns, teams, timed ? this.timerMinutes : null);
    const minutes = (x: number) => t('game.classSetup.minutes', { minutes: formatWhole(x) });
    const each = timed ? t('game.classSetup.timed', { minutes: minutes(this.timerMinutes) }) : t('game.classSetup.untimed', { minutes: minutes(UNTIMED_TEAM_TURN_MINUTES) });
    const play = t('game.classSetup.play', { turns: t('game.classSetup.turns', { count: turns }), teams: t('game.classSetup.teams', { count: teams }), each, total: minutes(plan.play) });
    const parts = [
      t('game.classSetup.partBriefing', { time: minutes(plan.briefing) }),
      t('game.classSetup.partPlay', { play }),
      plan.handovers ? t('game.classSetup.partHandovers', { time: minutes(plan.handovers) }) : null,
      t('game.classSetup.partDebrief', { time: minutes(plan.debrief) }),
    ]
      .filter(Boolean)
      .join(' + ');
    const lesson = formatWhole(LESSON_MINUTES);
    const fits = plan.total <= LESSON_MINUTES ? t('game.classSetup.fits', { lesson }) : t('game.classSetup.tooLong', { lesson });
    const values = { total: minutes(plan.total), fits, parts };
    return timed ? t('game.classSetup.atMost', values) : t('game.classSetup.about', values);
  }

  private updateEstimate(): void {
    const el = this.root.querySelector('[data-testid="class-estimate"]');
    if (el) el.textContent = this.estimate();
    // The turn limit follows the lesson until the teacher sets it.
    const turns = this.root.querySelector<HTMLInputElement>('#class-turns');
    if (turns && this.turns === null) turns.value = String(this.turnLimit());
  }

  /** Opens the teams' briefing cards, one printable page per team, in a new tab. */
  private printCards(): void {
    if (this.teams.size === 0) return this.fail(t('game.classSetup.cardsNoTeams'));
    const html = briefingCardsHtml({ scenario: this.scenario(), teams: [...this.teams], turns: this.turnLimit(), seed: this.seed });
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    const opened = window.open(url, '_blank');
    if (!opened) this.fail(t('game.classSetup.popupBlocked'));
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private start(): void {
    const scenario = this.scenario();
    if (this.teams.size === 0) return this.fail(t('game.classSetup.needTeam'));
    if (!Number.isSafeInteger(this.seed) || this.seed < 0) return this.fail(t('start.error.seed'));
    const turns = this.turnLimit();
    if (!Number.isInteger(turns) || turns < 1 || turns > scenario.turns) return this.fail(t('game.classSetup.badTurns', { full: formatWhole(scenario.turns) }));
    const minutes = this.timerOn ? this.timerMinutes : null;
    if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_TIMER_MINUTES)) return this.fail(t('game.classSetup.badTimer', { max: formatWhole(MAX_TIMER_MINUTES) }));
    if (this.pin !== '' && !isPin(this.pin)) return this.fail(t('game.classSetup.badPin'));
    const controllers = {} as Controllers;
    for (const p of POWERS) controllers[p] = this.teams.has(p) ? 'human' : 'ai';
    const made = GameController.create(
      { scenarioId: scenario.id, seed: this.seed, controllers, turns: turns === scenario.turns ? undefined : turns },
      { storage: this.env.storage, holdForTeacher: true },
    );
    if (!made.ok) return this.fail(t('start.error.cannotStart', { message: made.error.message }));
    // Before the game screen opens: it reads them to know the game is a class's.
    writeClassroom(this.env.storage, { scenarioId: scenario.id, seed: this.seed, controllers, timerMinutes: minutes, ...(this.pin ? { pin: this.pin } : {}) });
    this.env.startGame(made.value, { screen: 'game' });
  }

  private fail(message: string): void {
    this.message = message;
    this.render();
    this.root.querySelector<HTMLElement>('[role="alert"]')?.scrollIntoView({ block: 'nearest' });
  }
}
