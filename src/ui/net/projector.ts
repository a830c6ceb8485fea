// The teacher's side of a networked class: the setup (scenario, seed, turn limit, timer,
// which powers are teams), then the projector: the join code, the join address and its QR
// code, the seats and who has joined, and the console (start a held turn, injects, pause,
// extend the timer, end a team's turn, reassign a seat, end the game into the debrief).
// The teacher's token is kept in localStorage per code: a reload (`?teach=CODE`) rejoins.
import { eventCanHappenBy } from '../../app/play/classroom';
import { defaultFindScenario } from '../../app/play/controller';
import { ClassroomConnection, type ConnectionStatus, type Credentials, type KickReason } from '../../app/play/net-client';
import { MAX_TIMER_MINUTES, refusalCode, type ClassInfo, type ClassSetup, type DebriefMessage, type ErrorMessage, type SeatInfo } from '../../app/play/net-protocol';
import { timelineOf } from '../../app/play/replay';
import { BUILTIN_SCENARIO_IDS, builtinScenario } from '../../app/play/scenarios';
import { t } from '../../app/views/i18n';
import { formatQuarter } from '../../app/views/i18n/format';
import { scenarioText, scenarioTitle } from '../../app/views/scenario-text';
import { powerName } from '../../app/views/i18n/terms';
import { POWERS, dateOfTurn, injectBlocked, parseRecord, type Controllers, type GameRecord, type GameState } from '../../engine';
import { button, download, h, mark, render } from '../dom';
import type { AppEnv } from '../env';
import { randomSeed, seedField } from '../seed-field';
import { ProjectorMap } from './projector-map';
import { ConnectionBanner, addressFor, forgetCredentials, keepCredentials, readCredentials, serverUrl } from './shared';
import { classTitle, errorWords, joinErrorWords } from './words';

const CLASS_SCENARIO = 'classroom-short';

export class ProjectorScreen {
  private root = h('main', { class: 'net start', attrs: { 'aria-label': t('classroom.projector.landmark') } });
  /** The class's panels, drawn afresh on every change; the map beside them stays. */
  private panels = h('div', { class: 'net-panels' });
  private map: ProjectorMap | null = null;
  private banner = new ConnectionBanner();
  private connection: ClassroomConnection | null = null;
  private destroyed = false;
  private message = '';
  private confirmEnd = false;
  private offs: (() => void)[] = [];
  // The setup.
  private scenarioId = BUILTIN_SCENARIO_IDS.includes(CLASS_SCENARIO) ? CLASS_SCENARIO : BUILTIN_SCENARIO_IDS[0]!;
  private seed = randomSeed();
  private turns: number | null = null;
  private timer = 0;
  private controllers: Controllers = { japan: 'human', russia: 'human', china: 'ai', usa: 'ai' };

  constructor(
    parent: HTMLElement,
    private env: AppEnv,
    code?: string,
  ) {
    parent.replaceChildren(this.root);
    document.body.append(this.banner.el);
    if (code) void this.rejoin(code);
    else this.setup();
  }

  destroy(): void {
    this.destroyed = true;
    for (const off of this.offs) off();
    void this.connection?.leave();
    this.map?.destroy();
    this.banner.el.remove();
    this.root.remove();
  }

  // ---- Setup -------------------------------------------------------------------------

  private setup(): void {
    this.banner.el.hidden = true;
    const full = builtinScenario(this.scenarioId).turns;
    const scenario = h('select', { attrs: { id: 'net-scenario' } }, ...BUILTIN_SCENARIO_IDS.map((id) => h('option', { attrs: { value: id, selected: id === this.scenarioId }, text: t('classroom.setup.scenarioOption', { title: scenarioTitle(builtinScenario(id)), count: builtinScenario(id).turns }) })));
    scenario.addEventListener('change', () => {
      this.scenarioId = scenario.value;
      this.turns = null;
      this.setup();
    });
    const turns = h('input', { attrs: { id: 'net-turns', type: 'number', min: 1, max: full, value: this.turns ?? full, style: 'width: 5rem' } });
    turns.addEventListener('input', () => (this.turns = Number(turns.value)));
    const timer = h('input', { attrs: { id: 'net-timer', type: 'number', min: 0, max: MAX_TIMER_MINUTES, value: this.timer, style: 'width: 5rem' } });
    timer.addEventListener('input', () => (this.timer = Number(timer.value)));
    const seats = POWERS.map((p) => {
      const select = h('select', { attrs: { id: `net-seat-${p}`, 'aria-label': t('classroom.setup.playedByOf', { power: powerName(p) }) } }, h('option', { attrs: { value: 'human', selected: this.controllers[p] === 'human' }, text: t('classroom.byTeam') }), h('option', { attrs: { value: 'ai', selected: this.controllers[p] === 'ai' }, text: t('classroom.byComputer') }));
      select.addEventListener('change', () => (this.controllers = { ...this.controllers, [p]: select.value as 'human' | 'ai' }));
      return h('div', { class: 'field-row' }, h('label', { attrs: { for: `net-seat-${p}` }, text: powerName(p) }), select);
    });
    render(
      this.root,
      h('h1', { text: t('classroom.setup.heading') }),
      h('div', { class: 'alert', attrs: { role: 'alert' }, text: this.message }),
      h(
        'section',
        { class: 'card' },
        h('div', { class: 'field-row' }, h('label', { attrs: { for: 'net-scenario' }, text: t('classroom.setup.scenario') }), scenario),
        seedField('net-seed', this.seed, (seed) => (this.seed = seed), () => {
          this.seed = randomSeed();
          this.setup();
        }),
        h('div', { class: 'field-row' }, h('label', { attrs: { for: 'net-turns' }, text: t('classroom.setup.turns') }), turns, h('span', { class: 'muted small', text: t('classroom.setup.ofTurns', { count: full }) })),
        h('div', { class: 'field-row' }, h('label', { attrs: { for: 'net-timer' }, text: t('classroom.setup.timer') }), timer, h('span', { class: 'muted small', text: t('classroom.setup.noTimer') })),
        h('fieldset', null, h('legend', { class: 'small muted', text: t('classroom.setup.playedBy') }), ...seats),
        h('div', { class: 'field-row' }, button(t('classroom.setup.open'), () => void this.open(), { class: 'primary', key: 'net-open' }), button(t('classroom.back'), () => this.env.showMenu(), { key: 'net-back' })),
      ),
    );
    mark('ready', 'net-setup');
  }

  private async open(): Promise<void> {
    const full = builtinScenario(this.scenarioId).turns;
    const turns = this.turns ?? full;
    if (!POWERS.some((p) => this.controllers[p] === 'human')) return this.fail(t('classroom.setup.needTeam'));
    if (!Number.isInteger(turns) || turns < 1 || turns > full) return this.fail(t('classroom.setup.badTurns', { max: full }));
    if (!Number.isInteger(this.timer) || this.timer < 0 || this.timer > MAX_TIMER_MINUTES) return this.fail(t('classroom.setup.badTimer', { max: MAX_TIMER_MINUTES }));
    const setup: ClassSetup = { scenarioId: this.scenarioId, seed: this.seed, timerMinutes: this.timer || null, controllers: this.controllers, ...(turns === full ? {} : { turns }) };
    this.say(t('classroom.setup.opening'));
    try {
      this.attach(await ClassroomConnection.createClass(serverUrl(), setup));
    } catch (e) {
      this.fail(t('classroom.setup.openFailed', { why: joinErrorWords(e instanceof Error ? e.message : String(e)) }));
    }
  }

  private async rejoin(code: string): Promise<void> {
    const saved = readCredentials(this.env.storage, 'teacher', code);
    if (!saved) {
      this.message = t('classroom.projector.noKey', { code });
      return this.setup();
    }
    render(this.root, h('p', { text: t('classroom.projector.rejoining', { code }) }));
    try {
      this.attach(await ClassroomConnection.join(serverUrl(), saved));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      // A class closed after its debrief: its record is still kept for its teacher.
      if (refusalCode(why) === null && (await this.finished(saved))) return;
      this.message = t('classroom.projector.rejoinFailed', { code, why: joinErrorWords(why) });
      this.setup();
    }
  }

  /** The record of a class that has closed, from the server, offered for download and replay; false when there is none. */
  private async finished(credentials: Credentials): Promise<boolean> {
    let record: GameRecord;
    try {
      const headers = { Authorization: `Bearer ${credentials.token ?? ''}` }; // i18n-ignore: an HTTP header
      const res = await fetch(`/classroom/records/${encodeURIComponent(credentials.code)}`, { headers });
      if (!res.ok) return false;
      const parsed = parseRecord(await res.json());
      if (!parsed.ok) return false;
      record = parsed.value;
    } catch {
      return false;
    }
    if (this.destroyed) return true;
    const code = credentials.code;
    const scenario = defaultFindScenario(record.scenario.id);
    const timeline = scenario ? timelineOf(record, scenario) : null;
    this.banner.el.hidden = true;
    render(
      this.root,
      h('h1', { text: t('classroom.finished.heading', { code }) }),
      h('p', { text: t('classroom.finished.body') }),
      h(
        'div',
        { class: 'field-row' },
        button(t('classroom.finished.download'), () => download(`class-${code}.record.json`, JSON.stringify(record)), { class: 'primary', key: 'net-download' }),
        timeline?.ok ? button(t('classroom.finished.replay'), () => this.env.showReplay(timeline.value), { key: 'net-replay' }) : null,
        button(t('classroom.finished.newClass'), () => this.env.showNet({ role: 'teacher' }), { key: 'net-new' }),
      ),
    );
    mark('ready', 'net-finished');
    return true;
  }

  private fail(message: string): void {
    this.message = message;
    this.setup();
  }

  private say(message: string): void {
    this.message = message;
    const alert = this.root.querySelector('[role="alert"]');
    if (alert) alert.textContent = message;
  }

  // ---- The projector -------------------------------------------------------------------

  private attach(connection: ClassroomConnection): void {
    if (this.destroyed) {
      void connection.leave();
      return;
    }
    this.connection = connection;
    keepCredentials(this.env.storage, connection.credentials);
    addressFor('teacher', connection.code);
    this.message = '';
    this.banner.el.hidden = false;
    this.banner.set(connection.status);
    this.offs.push(
      connection.on('update', () => this.draw()),
      connection.on('class', () => this.draw()),
      connection.on('connection', (status: ConnectionStatus, reason?: KickReason) => {
        this.banner.set(status, reason);
        if (status === 'kicked') forgetCredentials(this.env.storage, 'teacher', connection.code);
        this.draw();
      }),
      connection.on('debrief', (debrief) => this.debrief(debrief)),
    );
    if (connection.debrief) return this.debrief(connection.debrief);
    this.map = new ProjectorMap(this.env);
    this.root.classList.add('net-wide');
    render(this.root, h('div', { class: 'net-projector' }, this.panels, this.map.el));
    this.draw();
    mark('ready', 'net-projector');
  }

  private debrief(debrief: DebriefMessage): void {
    const scenario = defaultFindScenario(debrief.record.scenario.id);
    if (!scenario) return this.say(t('classroom.unknownScenario', { id: debrief.record.scenario.id }));
    this.env.showDebrief({ record: debrief.record, scenario, backLabel: t('classroom.backToStart'), back: () => this.env.showMenu() });
  }

  private async run(label: string, request: () => Promise<{ ok: true } | { ok: false; error: ErrorMessage }>): Promise<void> {
    const reply = await request();
    this.message = reply.ok ? t('classroom.console.done', { what: label }) : t('classroom.console.refused', { what: label, why: errorWords(reply.error) });
    this.draw();
  }

  private draw(): void {
    const c = this.connection;
    if (this.destroyed || !c) return;
    const info = c.classInfo;
    const state = c.state;
    if (state) this.map?.show(state);
    if (!info) return render(this.panels, h('p', { text: t('classroom.waiting') }));
    const qr = c.joinQrSvg ? h('img', { attrs: { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.joinQrSvg)}`, alt: t('classroom.projector.qrAlt', { url: info.joinUrl }), 'data-testid': 'net-qr' } }) : null;
    this.banner.say(statusLine(info, state));
    render(
      this.panels,
      h('h1', { text: t('classroom.projector.heading', { title: classTitle(info) }) }),
      h(
        'section',
        { class: 'card net-join' },
        qr,
        h(
          'div',
          null,
          h('p', { class: 'muted', text: t('classroom.projector.joinCode') }),
          h('p', { class: 'net-code', attrs: { 'data-testid': 'net-code' }, text: info.code }),
          h('p', null, t('classroom.projector.joinAt'), h('strong', { attrs: { 'data-testid': 'net-join-url' }, text: info.joinUrl }), ` ${t('classroom.projector.orType')}`, info.lobby ? ` ${t('classroom.projector.lobby', { count: info.lobby })}` : ''),
        ),
      ),
      h('p', { attrs: { role: 'status', 'data-testid': 'net-status' }, text: statusLine(info, state) }),
      h('div', { class: 'alert', attrs: { role: 'alert', 'data-testid': 'net-message' }, text: this.message }),
      this.seats(info),
      this.console(info),
      this.injects(info, state),
    );
  }

  private seats(info: ClassInfo): HTMLElement {
    const c = this.connection!;
    return h(
      'section',
      { class: 'card' },
      h('h2', { text: t('classroom.seats.heading') }),
      h(
        'table',
        { class: 'net-seats' },
        h('thead', null, h('tr', null, h('th', { text: t('classroom.seats.power') }), h('th', { text: t('classroom.seats.playedBy') }), h('th', { text: t('classroom.seats.team') }), h('th', { text: t('classroom.seats.device') }), h('th', { text: t('classroom.seats.reassign') }))),
        h(
          'tbody',
          null,
          ...info.seats.map((s) =>
            h(
              'tr',
              { attrs: { 'data-testid': `net-seat-${s.power}` } },
              h('td', { text: powerName(s.power) }),
              h('td', { text: playedByWords(s) }),
              h('td', { text: s.name ?? (isTeam(s) && !s.taken ? t('classroom.seats.free') : '') }),
              h('td', { text: !isTeam(s) && !s.taken ? '' : s.taken ? (s.connected ? t('classroom.seats.joined') : t('classroom.seats.away')) : t('classroom.seats.notJoined') }),
              h(
                'td',
                null,
                isTeam(s) ? button(t('classroom.seats.toComputer'), () => void this.run(t('classroom.seats.toComputerDone', { power: powerName(s.power) }), () => c.reassign(s.power, 'ai')), { key: `reassign-ai-${s.power}`, attrs: { 'data-testid': `reassign-ai-${s.power}` } }) : null,
                !isTeam(s)
                  ? button(s.standIn ? t('classroom.seats.backToTeam') : t('classroom.seats.toTeam'), () => void this.run(t('classroom.seats.toTeamDone', { power: powerName(s.power) }), () => c.reassign(s.power, 'team')), { key: `reassign-team-${s.power}`, attrs: { 'data-testid': `reassign-team-${s.power}` } })
                  : null,
                isTeam(s) && s.taken ? button(t('classroom.seats.open'), () => void this.run(t('classroom.seats.openDone', { power: powerName(s.power) }), () => c.reassign(s.power, 'open')), { key: `reassign-open-${s.power}`, attrs: { 'data-testid': `reassign-open-${s.power}` } }) : null,
              ),
            ),
          ),
        ),
      ),
    );
  }

  private console(info: ClassInfo): HTMLElement {
    const c = this.connection!;
    const playing = info.status === 'playing';
    const actingTeam = info.acting && info.seats.find((s) => s.power === info.acting)?.mode === 'team' ? info.acting : null;
    return h(
      'section',
      { class: 'card' },
      h('h2', { text: t('classroom.console.heading') }),
      h(
        'div',
        { class: 'net-console' },
        button(t('classroom.console.start', { turn: info.turn }), () => void this.run(t('classroom.console.startDone'), () => c.startTurn()), { class: 'primary', key: 'net-start', attrs: { disabled: !playing || !info.waitingForTeacher, 'data-testid': 'net-start' } }),
        button(info.paused ? t('classroom.console.resume') : t('classroom.console.pause'), () => void this.run(info.paused ? t('classroom.console.resume') : t('classroom.console.pause'), () => c.pause(!info.paused)), { key: 'net-pause', attrs: { disabled: !playing } }),
        button(t('classroom.console.extend'), () => void this.run(t('classroom.console.extendDone'), () => c.extendTimer(2)), { key: 'net-extend', attrs: { disabled: !playing || !info.timerMinutes } }),
        actingTeam ? button(t('classroom.console.endTurn', { power: powerName(actingTeam) }), () => void this.run(t('classroom.console.endTurn', { power: powerName(actingTeam) }), () => c.endTurnFor(actingTeam)), { key: 'net-end-turn' }) : null,
        this.confirmEnd
          ? h(
              'span',
              null,
              button(t('classroom.console.endYes'), () => void this.run(t('classroom.console.endDone'), () => c.endGame()), { class: 'primary', key: 'net-end-yes', attrs: { 'data-testid': 'net-end-yes' } }),
              button(t('classroom.console.endNo'), () => {
                this.confirmEnd = false;
                this.draw();
              }, { key: 'net-end-no' }),
            )
          : button(t('classroom.console.end'), () => {
              this.confirmEnd = true;
              this.draw();
            }, { key: 'net-end', attrs: { 'data-testid': 'net-end' } }),
      ),
    );
  }

  private injects(info: ClassInfo, state: GameState | null): HTMLElement {
    const c = this.connection!;
    const events = state ? state.defs.events.filter((e) => eventCanHappenBy(e, state.lastTurn)) : [];
    const closed = state ? turnStartBlocked(state) : null;
    return h(
      'section',
      { class: 'card' },
      h('h2', { text: t('classroom.inject.heading') }),
      h('p', { class: 'small muted', attrs: { 'data-testid': 'net-inject-status' }, text: closed ? t('classroom.inject.closed', { why: closed }) : t('classroom.inject.open', { turn: info.turn }) }),
      h(
        'ul',
        { class: 'net-events' },
        ...events.map((event) => {
          const blocked = closed ? null : state ? injectBlocked(state, event.id) : null;
          const why = closed ?? (blocked ? errorWords(blocked) : null);
          return h(
            'li',
            null,
            button(scenarioText(state!.defs, 'event', event.id, 'title'), () => void this.run(t('classroom.inject.done', { title: scenarioText(state!.defs, 'event', event.id, 'title') }), () => c.inject(event.id)), { key: `inject-${event.id}`, attrs: { disabled: !!why, title: why ?? t('classroom.inject.now'), 'data-testid': `inject-${event.id}` } }),
            blocked ? h('span', { class: 'small muted', text: ` ${errorWords(blocked)}` }) : null,
          );
        }),
      ),
    );
  }
}

/** Injects are open at the start of a turn only, before anyone moves (the controller's rule): why not now, or null. */
function turnStartBlocked(state: GameState): string | null {
  const phase = state.phase;
  if (phase.kind !== 'acting') return t('classroom.error.classOver');
  if (phase.power !== state.turnOrder[0] || state.phaseActions !== 0) return t('classroom.error.notTurnStart');
  return null;
}

const isTeam = (s: SeatInfo): boolean => s.mode === 'team';

function playedByWords(s: SeatInfo): string {
  if (s.mode === 'ai') return s.standIn ? t('classroom.seats.computerStandingIn') : t('classroom.byComputer');
  return s.setUpFor === 'ai' ? t('classroom.seats.teamHandedOver') : t('classroom.byTeam');
}

function statusLine(info: ClassInfo, state: GameState | null): string {
  if (info.status !== 'playing') return t('classroom.projector.over');
  const turn = Math.min(info.turn, info.lastTurn);
  const at = { turn: info.turn, last: info.lastTurn, date: state ? formatQuarter(dateOfTurn(state, turn)) : '' };
  if (info.paused) return t('classroom.projector.paused', at);
  if (info.waitingForTeacher) return t('classroom.projector.waiting', at);
  const who = info.acting ? powerName(info.acting) : '';
  if (info.clock && info.clock.running) return t('classroom.projector.actingTimed', { ...at, power: who, count: Math.ceil(info.clock.remainingMs / 60000) });
  return t('classroom.projector.acting', { ...at, power: who });
}
