// The teacher's setup screen: the scenario, the seed (shown and editable, so the lesson can
// be replayed), which powers the teams play and which the computer, a turn limit, an optional
// turn timer, then start. The game it starts is a class's: the game screen shows the teacher's
// panel and the timer, and covers the board between teams.
import { writeClassroom, MAX_TIMER_MINUTES } from '../app/play/classroom';
import { GameController } from '../app/play/controller';
import { listCustomScenarios } from '../app/play/custom-scenarios';
import { POWER_NAMES } from '../app/views/names';
import { BUILTIN_SCENARIO_IDS, builtinScenario } from '../app/play/scenarios';
import { POWERS, type Controllers, type PowerId, type Scenario } from '../engine';
import type { AppEnv } from './env';
import { button, h, render } from './dom';
import { randomSeed, seedField } from './seed-field';
import './classroom.css';


export class ClassroomSetup {
  private scenarioId = BUILTIN_SCENARIO_IDS.includes('classroom-short') ? 'classroom-short' : BUILTIN_SCENARIO_IDS[0]!;
  private seed = randomSeed();
  private teams = new Set<PowerId>(['japan', 'russia']);
  private turns: number | null = null;
  private timerOn = false;
  private timerMinutes = 5;
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
          h('h1', { attrs: { id: 'class-title', tabindex: -1 } }, 'Classroom', h('span', { class: 'sub', text: 'Teams take the powers in turn on one device. You choose who plays what, how long the lesson runs, and you can set events off at the start of any turn.' })),
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
      return h('label', { class: 'scenario-option' }, input, h('strong', { text: `${s.title} · ${s.turns} turns` }), h('span', { class: 'desc muted small', text: s.description }));
    });
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'class-scenario-title' } },
      h('h2', { attrs: { id: 'class-scenario-title' }, text: 'Scenario and seed' }),
      h('fieldset', { class: 'scenario-list' }, h('legend', { class: 'visually-hidden', text: 'Scenario' }), ...options),
      seedField(
        'class-seed',
        this.seed,
        (seed) => (this.seed = seed),
        () => {
          this.seed = randomSeed();
          this.render();
        },
      ),
      h('p', { class: 'muted small', text: 'Write the seed on the board: the same scenario, seed and decisions give the same game, so a class can replay it or compare with another class.' }),
    );
  }

  private teamsCard(): HTMLElement {
    const rows = POWERS.flatMap((p) => {
      const select = h(
        'select',
        { key: `team-${p}`, attrs: { id: `team-${p}` } },
        h('option', { attrs: { value: 'human', selected: this.teams.has(p) }, text: 'a team of students' }),
        h('option', { attrs: { value: 'ai', selected: !this.teams.has(p) }, text: 'the computer' }),
      );
      select.addEventListener('change', () => {
        if (select.value === 'human') this.teams.add(p);
        else this.teams.delete(p);
        this.render();
      });
      return [h('label', { attrs: { for: `team-${p}` }, text: POWER_NAMES[p] }), select];
    });
    const scenario = this.scenario();
    const first = scenario.turnOrder[0]!;
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'class-teams-title' } },
      h('h2', { attrs: { id: 'class-teams-title' }, text: 'Who plays each power' }),
      h('fieldset', { class: 'class-teams' }, h('legend', { class: 'visually-hidden', text: 'Played by' }), ...rows),
      h('p', { class: 'muted small', text: `Each turn the powers move in this order: ${scenario.turnOrder.map((p) => POWER_NAMES[p]).join(', ')}. Between two teams the screen is covered until the next team is ready.` }),
      this.teams.has(first) ? null : h('p', { class: 'small', text: `The computer plays ${POWER_NAMES[first]}, which moves first: the game pauses at the start of each turn so that you can set off an event, then you start the turn.` }),
    );
  }

  private lessonCard(): HTMLElement {
    const full = this.scenario().turns;
    const turnsInput = h('input', { key: 'class-turns', attrs: { type: 'number', min: 1, max: full, step: 1, value: this.turns ?? full, id: 'class-turns', style: 'width: 5rem' } });
    turnsInput.addEventListener('input', () => {
      this.turns = Number(turnsInput.value);
      this.updateEstimate();
    });
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
      h('h2', { attrs: { id: 'class-lesson-title' }, text: 'Length of the lesson' }),
      h('div', { class: 'field-row' }, h('label', { attrs: { for: 'class-turns' }, text: 'Turn limit' }), turnsInput, h('span', { class: 'muted small', text: `of ${full} quarters; the final report comes after the last one` })),
      h(
        'div',
        { class: 'field-row' },
        h('label', { class: 'field-row', style: { margin: '0' } }, timerBox, 'Turn timer'),
        minutes,
        h('label', { attrs: { for: 'class-timer' }, class: 'muted small', text: 'minutes for each team’s turn' }),
      ),
      h('p', { class: 'muted small', text: 'When the time runs out the team sees “time’s up” and you decide: end its turn, or give one more minute. The computer never plays for a team.' }),
      h('p', { class: 'class-estimate small', attrs: { 'data-testid': 'class-estimate', 'aria-live': 'polite' }, text: this.estimate() }),
      h(
        'div',
        { class: 'class-actions' },
        button('Start the lesson', () => this.start(), { class: 'primary', key: 'class-start' }),
        button('Back to the start screen', () => this.env.showMenu(), { key: 'class-back' }),
      ),
    );
  }

  private estimate(): string {
    const turns = this.turns ?? this.scenario().turns;
    const teams = this.teams.size;
    if (!teams) return 'Choose at least one power for a team.';
    const base = `${turns} turn${turns === 1 ? '' : 's'} × ${teams} team${teams === 1 ? '' : 's'}`;
    if (!this.timerOn || !(this.timerMinutes > 0)) return `${base}: about ${turns * teams * 3} minutes at three minutes a team-turn, plus the debrief.`;
    return `${base} × ${this.timerMinutes} min: at most ${turns * teams * this.timerMinutes} minutes of play, plus hand-overs and the debrief.`;
  }

  private updateEstimate(): void {
    const el = this.root.querySelector('[data-testid="class-estimate"]');
    if (el) el.textContent = this.estimate();
  }

  private start(): void {
    const scenario = this.scenario();
    if (this.teams.size === 0) return this.fail('At least one power must be played by a team.');
    if (!Number.isSafeInteger(this.seed) || this.seed < 0) return this.fail('The seed must be a whole number from 0 up.');
    const turns = this.turns ?? scenario.turns;
    if (!Number.isInteger(turns) || turns < 1 || turns > scenario.turns) return this.fail(`The turn limit must be a whole number from 1 to ${scenario.turns}.`);
    const minutes = this.timerOn ? this.timerMinutes : null;
    if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_TIMER_MINUTES)) return this.fail(`The turn timer must be a whole number of minutes from 1 to ${MAX_TIMER_MINUTES}.`);
    const controllers = {} as Controllers;
    for (const p of POWERS) controllers[p] = this.teams.has(p) ? 'human' : 'ai';
    const made = GameController.create(
      { scenarioId: scenario.id, seed: this.seed, controllers, turns: turns === scenario.turns ? undefined : turns },
      { storage: this.env.storage, holdForTeacher: true },
    );
    if (!made.ok) return this.fail(`Cannot start: ${made.error.message}.`);
    // Before the game screen opens: it reads them to know the game is a class's.
    writeClassroom(this.env.storage, { scenarioId: scenario.id, seed: this.seed, controllers, timerMinutes: minutes });
    this.env.startGame(made.value, { screen: 'game' });
  }

  private fail(message: string): void {
    this.message = message;
    this.render();
    this.root.querySelector<HTMLElement>('[role="alert"]')?.scrollIntoView({ block: 'nearest' });
  }
}
