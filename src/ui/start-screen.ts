// The start screen: choose a scenario, see and edit the seed (a fresh random one by
// default, shown so the game can be replayed), choose the human seats, continue the
// autosaved campaign, or load a named save or a record file.
import { GameController } from '../app/play/controller';
import { POWER_NAMES } from '../app/views/names';
import { autosaveSummary, positionText, readAutosave, resumeNotice } from '../app/play/saves';
import { openDialog } from './dialogs';
import { BUILTIN_SCENARIO_IDS, builtinScenario } from '../app/play/scenarios';
import { POWERS, type Controllers } from '../engine';
import type { AppEnv } from './env';
import { button, h, render } from './dom';
import { importControl, loadSlot, resumesAt, slotList, type Loaded } from './saves-ui';
import { randomSeed, seedField } from './seed-field';
import { findScenarioIn } from '../app/play/custom-scenarios';
import { customScenarioOptions, scenarioLoader, type ScenarioLoader } from './custom-scenario';


/** The main campaign: what a first visit opens on (a class's short scenario is one click away). */
export const MAIN_SCENARIO_ID = 'north-asia-2016';

export class StartScreen {
  private scenarioId = BUILTIN_SCENARIO_IDS.includes(MAIN_SCENARIO_ID) ? MAIN_SCENARIO_ID : BUILTIN_SCENARIO_IDS[0]!;
  private seed = randomSeed();
  private humans = new Set<string>(['japan']);
  /** Campaign length: the scenario's by default; a teacher may shorten it. */
  private turns: number | null = null;
  private message = '';
  /** The scenario file picker, kept across renders so that its report stays. */
  private loader: ScenarioLoader | null = null;
  private root: HTMLElement;

  constructor(
    parent: HTMLElement,
    private env: AppEnv,
    message?: string,
  ) {
    this.message = message ?? '';
    this.root = h('main', { class: 'start', attrs: { 'aria-labelledby': 'start-title' } });
    parent.replaceChildren(this.root);
    this.render();
    this.root.querySelector<HTMLElement>('[data-key="start"]')?.focus({ preventScroll: true });
  }

  destroy(): void {
    this.root.remove();
  }

  private render(): void {
    const summary = autosaveSummary(this.env.storage);
    const hasAutosave = this.env.storage.getItem('north-asia/autosave') !== null;
    render(
      this.root,
      h(
        'div',
        { class: 'start-inner' },
        h(
          'header',
          null,
          h('h1', { attrs: { id: 'start-title' } }, 'North Asia 2016', h('span', { class: 'sub', text: 'Japan’s statecraft between Moscow and Beijing: the disputed islands, the eight-point plan and the wedge.' })),
          h('div', { class: 'alert', attrs: { role: 'alert' }, text: this.message }),
        ),
        this.scenarioCard(),
        h('div', { style: { display: 'grid', gap: '1rem', 'align-content': 'start' } }, hasAutosave ? this.continueCard(summary) : null, this.setupCard(), this.classroomCard(), this.loadCard(), this.replayCard(), this.labCard()),
      ),
    );
  }

  private scenarioCard(): HTMLElement {
    const scenarioOptions = BUILTIN_SCENARIO_IDS.map((id) => {
      const s = builtinScenario(id);
      const input = h('input', { key: `scenario-${id}`, attrs: { type: 'radio', name: 'scenario', value: id, checked: id === this.scenarioId } });
      input.addEventListener('change', () => {
        this.scenarioId = id;
        this.turns = null;
        this.render();
      });
      return h(
        'label',
        { class: 'scenario-option' },
        input,
        h('strong', { text: `${s.title} · ${s.turns} turns` }),
        h('span', { class: 'desc muted small', text: s.description }),
      );
    });
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'new-title' } },
      h('h2', { attrs: { id: 'new-title' }, text: 'New campaign: choose a scenario' }),
      h('fieldset', { class: 'scenario-list' }, h('legend', { class: 'visually-hidden', text: 'Scenario' }), ...scenarioOptions, ...this.customOptions()),
      h('h3', { text: 'Your own scenario file' }),
      (this.loader ??= scenarioLoader(this.env.storage, 'start', (scenario) => this.choose(scenario.id))).element,
    );
  }

  private customOptions(): HTMLElement[] {
    const fallback = () => {
      if (!findScenarioIn(this.env.storage)(this.scenarioId)) this.scenarioId = BUILTIN_SCENARIO_IDS[0]!;
      this.render();
    };
    return customScenarioOptions(this.env.storage, this.scenarioId, (id) => this.choose(id), fallback);
  }

  private choose(id: string): void {
    this.scenarioId = id;
    this.turns = null;
    this.render();
  }

  /** The chosen scenario: a built-in or a kept custom file (a forgotten one falls back to the first built-in). */
  private chosenScenario() {
    return findScenarioIn(this.env.storage)(this.scenarioId) ?? builtinScenario(BUILTIN_SCENARIO_IDS[0]!);
  }

  private classroomCard(): HTMLElement {
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'class-card-title' } },
      h('h2', { attrs: { id: 'class-card-title' }, text: 'Teaching a class' }),
      h('p', { class: 'muted small', text: 'Teams play the powers in turn on one device, with a hand-over screen between them; you set the turn limit and a timer, and trigger events.' }),
      button('Classroom', () => this.env.showClassroom(), { key: 'open-classroom' }),
      h('p', { class: 'muted small', text: 'Or each team on its own device, over the classroom server (npm run classroom): open a class for the projector, or join one with its code.' }),
      h('div', { class: 'field-row' }, button('Networked classroom', () => this.env.showNet({ role: 'teacher' }), { key: 'open-net-class' }), button('Join a class', () => this.env.showNet({ role: 'team' }), { key: 'join-net-class' })),
    );
  }

  private replayCard(): HTMLElement {
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'replay-card-title' } },
      h('h2', { attrs: { id: 'replay-card-title' }, text: 'Replays and debriefs' }),
      h('p', { class: 'muted small', text: 'Step through a saved game, a record file or a shared link turn by turn, with every decision and its reasons; debrief it for a class, or play on from any turn.' }),
      button('Replay a game', () => this.env.showReplay(), { key: 'open-replay' }),
    );
  }

  private labCard(): HTMLElement {
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'lab-card-title' } },
      h('h2', { attrs: { id: 'lab-card-title' }, text: 'Strategy lab' }),
      h('p', { class: 'muted small', text: 'Run one strategy for Japan through hundreds of seeded campaigns and compare how the outcomes spread, for the reference policies or your own decisions.' }),
      button('Strategy lab', () => this.env.showLab(), { key: 'open-lab' }),
    );
  }

  private setupCard(): HTMLElement {
    const full = this.chosenScenario().turns;
    const turnsInput = h('input', { key: 'turns', attrs: { type: 'number', min: 1, max: full, step: 1, value: this.turns ?? full, id: 'turns', style: 'width: 5rem' } });
    turnsInput.addEventListener('input', () => (this.turns = Number(turnsInput.value)));
    const seats = POWERS.map((p) => {
      const box = h('input', { key: `seat-${p}`, attrs: { type: 'checkbox', value: p, checked: this.humans.has(p) } });
      box.addEventListener('change', () => (box.checked ? this.humans.add(p) : this.humans.delete(p)));
      return h('label', null, box, POWER_NAMES[p]);
    });
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'setup-title' } },
      h('h2', { attrs: { id: 'setup-title' }, text: 'Replay seed and players' }),
      seedField(
        'seed',
        this.seed,
        (seed) => (this.seed = seed),
        () => {
          this.seed = randomSeed();
          this.render();
        },
      ),
      h('p', { class: 'muted small', text: 'The same scenario, seed and decisions always give the same game: note the seed to replay or share it.' }),
      h('div', { class: 'field-row' }, h('label', { attrs: { for: 'turns' }, text: 'Turns' }), turnsInput, h('span', { class: 'muted small', text: `of ${full}: a class may play a shorter campaign` })),
      h('fieldset', { class: 'seats' }, h('legend', { class: 'small muted', text: 'Played by people (the others by the computer)' }), ...seats),
      button('Start campaign', () => this.start(), { class: 'primary', key: 'start' }),
    );
  }

  private continueCard(summary: ReturnType<typeof autosaveSummary>): HTMLElement {
    const text = summary
      ? `${summary.scenarioTitle} · ${summary.over ? 'finished' : `${summary.date}, turn ${summary.turn} of ${summary.lastTurn}`} · seed ${summary.seed}`
      : 'A campaign in progress';
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'continue-title' } },
      h('h2', { attrs: { id: 'continue-title' }, text: 'Continue' }),
      h('p', { class: 'muted', text }),
      button('Continue campaign', () => this.continueAutosave(), { class: 'primary', key: 'continue' }),
    );
  }

  private loadCard(): HTMLElement {
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'load-title' } },
      h('h2', { attrs: { id: 'load-title' }, text: 'Load a saved game' }),
      slotList(
        this.env.storage,
        (id) => this.finish(loadSlot(this.env.storage, id), true),
        () => this.render(),
      ),
      importControl(this.env.storage, (loaded) => this.finish(loaded, true)),
      h('p', { class: 'muted small', text: 'Saves are game records: every one is replayed and checked turn by turn before it opens.' }),
    );
  }

  private start(): void {
    const controllers = {} as Controllers;
    for (const p of POWERS) controllers[p] = this.humans.has(p) ? 'human' : 'ai';
    if (!Number.isSafeInteger(this.seed) || this.seed < 0) return this.fail('The seed must be a whole number from 0 up.');
    const full = this.chosenScenario().turns;
    const turns = this.turns ?? full;
    if (!Number.isInteger(turns) || turns < 1 || turns > full) return this.fail(`The campaign length must be a whole number from 1 to ${full}.`);
    const made = GameController.create({ scenarioId: this.scenarioId, seed: this.seed, controllers, turns: turns === full ? undefined : turns }, { storage: this.env.storage });
    if (!made.ok) return this.fail(`Cannot start: ${made.error.message}.`);
    this.env.startGame(made.value, { screen: 'game' });
  }

  private continueAutosave(): void {
    const saved = readAutosave(this.env.storage);
    if (!saved.ok) return this.fail(`The campaign in progress cannot be read. ${saved.error.message}`);
    if (!saved.value) return this.fail('There is no campaign in progress.');
    const loaded = GameController.load(saved.value, { storage: this.env.storage });
    if (!loaded.ok) return this.fail(loaded.error.message);
    // After an autosave that failed, the campaign resumes from an earlier turn: say which.
    const lost = resumeNotice(this.env.storage, saved.value, loaded.value.summary());
    this.env.startGame(loaded.value, { screen: 'game' }, lost ? { text: lost, kind: 'alert' } : undefined);
  }

  /**
   * Opens a loaded game (it becomes the campaign in progress) or shows why it failed. Over
   * an unfinished campaign in progress it asks first: opening replaces that campaign.
   */
  private finish(loaded: Loaded, persist: boolean): void {
    if (!loaded.ok) return this.fail(loaded.message);
    const running = autosaveSummary(this.env.storage);
    if (running && !running.over) {
      let replace = false;
      openDialog({
        title: 'Replace the campaign in progress?',
        testId: 'confirm-replace',
        body: [
          h('p', { text: `${loaded.file ?? 'This saved game'} resumes from ${resumesAt(loaded.controller)}.` }),
          h('p', { text: `Opening it replaces your campaign in progress (${running.scenarioTitle}, ${positionText(running)}, seed ${running.seed}). To keep that one, continue it and save it under a name first (Menu, Save / load).` }),
        ],
        actions: [
          { label: 'Open it', onClick: () => (replace = true), key: 'replace-open' },
          { label: 'Keep my campaign', onClick: () => undefined, primary: true, key: 'replace-keep' },
        ],
        onClose: () => {
          if (replace) this.open(loaded, persist);
          else this.say('Nothing was loaded: your campaign in progress is as it was.');
        },
      });
      return;
    }
    this.open(loaded, persist);
  }

  private open(loaded: Extract<Loaded, { ok: true }>, persist: boolean): void {
    if (persist) loaded.controller.persist();
    const notice = loaded.file ? { text: `Opened ${loaded.file} at ${resumesAt(loaded.controller)}.`, kind: 'info' as const } : undefined;
    this.env.startGame(loaded.controller, { screen: 'game' }, notice);
  }

  /** A message in the start screen's alert region, without moving the focus. */
  private say(message: string): void {
    this.message = message;
    const alert = this.root.querySelector<HTMLElement>('[role="alert"]');
    if (alert) alert.textContent = message;
  }

  private fail(message: string): void {
    this.message = message;
    this.render();
    this.root.querySelector<HTMLElement>('[role="alert"]')?.scrollIntoView({ block: 'nearest' });
  }
}
