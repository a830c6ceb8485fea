// The start screen: choose a scenario, see and edit the seed (a fresh random one by
// default, shown so the game can be replayed), choose the human seats, continue the
// autosaved campaign, or load a named save or a record file.
import { GameController } from '../app/play/controller';
import { t } from '../app/views/i18n';
import { formatPlain, formatQuarter, formatWhole } from '../app/views/i18n/format';
import { positionWords, powerName } from '../app/views/i18n/terms';
import { scenarioDescription, scenarioTitle } from '../app/views/scenario-text';
import { autosaveSummary, readAutosave, resumeNotice } from '../app/play/saves';
import { openDialog } from './dialogs';
import { BUILTIN_SCENARIO_IDS, builtinScenario } from '../app/play/scenarios';
import { POWERS, type Controllers } from '../engine';
import type { AppEnv } from './env';
import { button, h, render } from './dom';
import { importControl, loadSlot, resumesAt, savedScenarioTitle, slotList, type Loaded } from './saves-ui';
import { randomSeed, seedField } from './seed-field';
import { findScenarioIn } from '../app/play/custom-scenarios';
import { customScenarioOptions, scenarioLoader, type ScenarioLoader } from './custom-scenario';
import { languageSwitch } from './language';


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
    this.loader?.relabel();
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
          h('h1', { attrs: { id: 'start-title' } }, t('start.title'), h('span', { class: 'sub', text: t('start.subtitle') })),
          languageSwitch(() => this.render()),
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
        h('strong', { text: t('start.scenarioTurns', { title: scenarioTitle(s), count: s.turns }) }),
        h('span', { class: 'desc muted small', text: scenarioDescription(s) }),
      );
    });
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'new-title' } },
      h('h2', { attrs: { id: 'new-title' }, text: t('start.new.heading') }),
      h('fieldset', { class: 'scenario-list' }, h('legend', { class: 'visually-hidden', text: t('start.new.legend') }), ...scenarioOptions, ...this.customOptions()),
      h('h3', { text: t('start.new.ownFile') }),
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
      h('h2', { attrs: { id: 'class-card-title' }, text: t('start.classroom.heading') }),
      h('p', { class: 'muted small', text: t('start.classroom.text') }),
      button(t('start.classroom.button'), () => this.env.showClassroom(), { key: 'open-classroom' }),
      h('p', { class: 'muted small', text: t('start.classroom.netText') }),
      h(
        'div',
        { class: 'field-row' },
        button(t('start.classroom.netOpen'), () => this.env.showNet({ role: 'teacher' }), { key: 'open-net-class' }),
        button(t('start.classroom.netJoin'), () => this.env.showNet({ role: 'team' }), { key: 'join-net-class' }),
      ),
    );
  }

  private replayCard(): HTMLElement {
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'replay-card-title' } },
      h('h2', { attrs: { id: 'replay-card-title' }, text: t('start.replay.heading') }),
      h('p', { class: 'muted small', text: t('start.replay.text') }),
      button(t('start.replay.button'), () => this.env.showReplay(), { key: 'open-replay' }),
    );
  }

  private labCard(): HTMLElement {
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'lab-card-title' } },
      h('h2', { attrs: { id: 'lab-card-title' }, text: t('start.lab.heading') }),
      h('p', { class: 'muted small', text: t('start.lab.text') }),
      button(t('start.lab.button'), () => this.env.showLab(), { key: 'open-lab' }),
    );
  }

  private setupCard(): HTMLElement {
    const full = this.chosenScenario().turns;
    const turnsInput = h('input', { key: 'turns', attrs: { type: 'number', min: 1, max: full, step: 1, value: this.turns ?? full, id: 'turns', style: 'width: 5rem' } });
    turnsInput.addEventListener('input', () => (this.turns = Number(turnsInput.value)));
    const seats = POWERS.map((p) => {
      const box = h('input', { key: `seat-${p}`, attrs: { type: 'checkbox', value: p, checked: this.humans.has(p) } });
      box.addEventListener('change', () => (box.checked ? this.humans.add(p) : this.humans.delete(p)));
      return h('label', null, box, powerName(p));
    });
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'setup-title' } },
      h('h2', { attrs: { id: 'setup-title' }, text: t('start.setup.heading') }),
      seedField(
        'seed',
        this.seed,
        (seed) => (this.seed = seed),
        () => {
          this.seed = randomSeed();
          this.render();
        },
      ),
      h('p', { class: 'muted small', text: t('start.setup.seedNote') }),
      h('div', { class: 'field-row' }, h('label', { attrs: { for: 'turns' }, text: t('start.setup.turns') }), turnsInput, h('span', { class: 'muted small', text: t('start.setup.turnsOf', { full: formatWhole(full) }) })),
      h('fieldset', { class: 'seats' }, h('legend', { class: 'small muted', text: t('start.setup.seats') }), ...seats),
      button(t('start.setup.start'), () => this.start(), { class: 'primary', key: 'start' }),
    );
  }

  /** A saved campaign's scenario title in the language, when its scenario is known here; else as it was saved. */
  private titleOf(saved: { scenarioId: string; scenarioTitle: string }): string {
    return savedScenarioTitle(this.env.storage, saved);
  }

  private continueCard(summary: ReturnType<typeof autosaveSummary>): HTMLElement {
    const text = !summary
      ? t('start.continue.unknown')
      : summary.over
        ? t('start.continue.finished', { title: this.titleOf(summary), seed: formatPlain(summary.seed) })
        : t('start.continue.position', { title: this.titleOf(summary), date: formatQuarter(summary.date), turn: formatWhole(summary.turn), last: formatWhole(summary.lastTurn), seed: formatPlain(summary.seed) });
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'continue-title' } },
      h('h2', { attrs: { id: 'continue-title' }, text: t('start.continue.heading') }),
      h('p', { class: 'muted', text }),
      button(t('start.continue.button'), () => this.continueAutosave(), { class: 'primary', key: 'continue' }),
    );
  }

  private loadCard(): HTMLElement {
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'load-title' } },
      h('h2', { attrs: { id: 'load-title' }, text: t('start.load.heading') }),
      slotList(
        this.env.storage,
        (id) => this.finish(loadSlot(this.env.storage, id), true),
        () => this.render(),
      ),
      importControl(this.env.storage, (loaded) => this.finish(loaded, true)),
      h('p', { class: 'muted small', text: t('start.load.text') }),
    );
  }

  private start(): void {
    const controllers = {} as Controllers;
    for (const p of POWERS) controllers[p] = this.humans.has(p) ? 'human' : 'ai';
    if (!Number.isSafeInteger(this.seed) || this.seed < 0) return this.fail(t('start.error.seed'));
    const full = this.chosenScenario().turns;
    const turns = this.turns ?? full;
    if (!Number.isInteger(turns) || turns < 1 || turns > full) return this.fail(t('start.error.turns', { full: formatWhole(full) }));
    const made = GameController.create({ scenarioId: this.scenarioId, seed: this.seed, controllers, turns: turns === full ? undefined : turns }, { storage: this.env.storage });
    if (!made.ok) return this.fail(t('start.error.cannotStart', { message: made.error.message }));
    this.env.startGame(made.value, { screen: 'game' });
  }

  private continueAutosave(): void {
    const saved = readAutosave(this.env.storage);
    if (!saved.ok) return this.fail(t('start.error.unreadable', { message: saved.error.message }));
    if (!saved.value) return this.fail(t('start.error.noCampaign'));
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
        title: t('start.replace.title'),
        testId: 'confirm-replace',
        body: [
          h('p', { text: loaded.file ? t('start.replace.resumesFile', { file: loaded.file, at: resumesAt(loaded.controller) }) : t('start.replace.resumes', { at: resumesAt(loaded.controller) }) }),
          h('p', { text: t('start.replace.warning', { title: this.titleOf(running), position: positionWords(running), seed: formatPlain(running.seed) }) }),
        ],
        actions: [
          { label: t('start.replace.open'), onClick: () => (replace = true), key: 'replace-open' },
          { label: t('start.replace.keep'), onClick: () => undefined, primary: true, key: 'replace-keep' },
        ],
        onClose: () => {
          if (replace) this.open(loaded, persist);
          else this.say(t('start.replace.kept'));
        },
      });
      return;
    }
    this.open(loaded, persist);
  }

  private open(loaded: Extract<Loaded, { ok: true }>, persist: boolean): void {
    if (persist) loaded.controller.persist();
    const notice = loaded.file ? { text: t('start.opened', { file: loaded.file, at: resumesAt(loaded.controller) }), kind: 'info' as const } : undefined;
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
