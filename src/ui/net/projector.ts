// The teacher's side of a networked class: the setup (scenario, seed, turn limit, timer,
// which powers are teams), then the projector: the join code, the join address and its QR
// code, the seats and who has joined, and the console (start a held turn, injects, pause,
// extend the timer, end a team's turn, reassign a seat, end the game into the debrief).
// The teacher's token is kept in localStorage per code: a reload (`?teach=CODE`) rejoins.
import { eventCanHappenBy } from '../../app/play/classroom';
import { defaultFindScenario } from '../../app/play/controller';
import { ClassroomConnection, type ConnectionStatus } from '../../app/play/net-client';
import { MAX_TIMER_MINUTES, type ClassInfo, type ClassSetup, type DebriefMessage } from '../../app/play/net-protocol';
import { BUILTIN_SCENARIO_IDS, builtinScenario } from '../../app/play/scenarios';
import { POWER_NAMES } from '../../app/views/names';
import { POWERS, dateOfTurn, injectBlocked, type ActionError, type Controllers, type GameState, type PowerId } from '../../engine';
import { button, h, mark, render } from '../dom';
import type { AppEnv } from '../env';
import { randomSeed, seedField } from '../seed-field';
import { sentence } from '../wording';
import { ConnectionBanner, addressFor, forgetCredentials, keepCredentials, readCredentials, serverUrl } from './shared';

const CLASS_SCENARIO = 'classroom-short';

export class ProjectorScreen {
  private root = h('main', { class: 'net start', attrs: { 'aria-label': 'Networked classroom: teacher' } });
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
    this.banner.el.remove();
    this.root.remove();
  }

  // ---- Setup -------------------------------------------------------------------------

  private setup(): void {
    this.banner.el.hidden = true;
    const full = builtinScenario(this.scenarioId).turns;
    const scenario = h('select', { attrs: { id: 'net-scenario' } }, ...BUILTIN_SCENARIO_IDS.map((id) => h('option', { attrs: { value: id, selected: id === this.scenarioId }, text: `${builtinScenario(id).title} · ${builtinScenario(id).turns} turns` })));
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
      const select = h('select', { attrs: { id: `net-seat-${p}`, 'aria-label': `${POWER_NAMES[p]} is played by` } }, h('option', { attrs: { value: 'human', selected: this.controllers[p] === 'human' }, text: 'a team' }), h('option', { attrs: { value: 'ai', selected: this.controllers[p] === 'ai' }, text: 'the computer' }));
      select.addEventListener('change', () => (this.controllers = { ...this.controllers, [p]: select.value as 'human' | 'ai' }));
      return h('div', { class: 'field-row' }, h('label', { attrs: { for: `net-seat-${p}` }, text: POWER_NAMES[p] }), select);
    });
    render(
      this.root,
      h('h1', { text: 'Networked classroom: open a class' }),
      h('div', { class: 'alert', attrs: { role: 'alert' }, text: this.message }),
      h(
        'section',
        { class: 'card' },
        h('div', { class: 'field-row' }, h('label', { attrs: { for: 'net-scenario' }, text: 'Scenario' }), scenario),
        seedField('net-seed', this.seed, (seed) => (this.seed = seed), () => {
          this.seed = randomSeed();
          this.setup();
        }),
        h('div', { class: 'field-row' }, h('label', { attrs: { for: 'net-turns' }, text: 'Turns' }), turns, h('span', { class: 'muted small', text: `of ${full}` })),
        h('div', { class: 'field-row' }, h('label', { attrs: { for: 'net-timer' }, text: 'Minutes per team turn' }), timer, h('span', { class: 'muted small', text: '0 for no timer' })),
        h('fieldset', null, h('legend', { class: 'small muted', text: 'Each power is played by' }), ...seats),
        h('div', { class: 'field-row' }, button('Open the class', () => void this.open(), { class: 'primary', key: 'net-open' }), button('Back', () => this.env.showMenu(), { key: 'net-back' })),
      ),
    );
    mark('ready', 'net-setup');
  }

  private async open(): Promise<void> {
    const full = builtinScenario(this.scenarioId).turns;
    const turns = this.turns ?? full;
    if (!POWERS.some((p) => this.controllers[p] === 'human')) return this.fail('At least one power must be a team’s.');
    if (!Number.isInteger(turns) || turns < 1 || turns > full) return this.fail(`The campaign length must be a whole number from 1 to ${full}.`);
    if (!Number.isInteger(this.timer) || this.timer < 0 || this.timer > MAX_TIMER_MINUTES) return this.fail(`The timer must be 0 to ${MAX_TIMER_MINUTES} minutes.`);
    const setup: ClassSetup = { scenarioId: this.scenarioId, seed: this.seed, timerMinutes: this.timer || null, controllers: this.controllers, ...(turns === full ? {} : { turns }) };
    this.say('Opening the class…');
    try {
      this.attach(await ClassroomConnection.createClass(serverUrl(), setup));
    } catch (e) {
      this.fail(`The class could not be opened: ${e instanceof Error ? e.message : String(e)}. Is the classroom server running (npm run classroom) and this page opened from it?`);
    }
  }

  private async rejoin(code: string): Promise<void> {
    const saved = readCredentials(this.env.storage, 'teacher', code);
    if (!saved) {
      this.message = `This browser does not hold the teacher’s key of class ${code}: open a new class.`;
      return this.setup();
    }
    render(this.root, h('p', { text: `Rejoining class ${code}…` }));
    try {
      this.attach(await ClassroomConnection.join(serverUrl(), saved));
    } catch (e) {
      this.message = `Class ${code} could not be rejoined: ${e instanceof Error ? e.message : String(e)}.`;
      this.setup();
    }
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
      connection.on('connection', (status: ConnectionStatus, reason?: string) => {
        this.banner.set(status, reason);
        if (status === 'kicked') forgetCredentials(this.env.storage, 'teacher', connection.code);
        this.draw();
      }),
      connection.on('debrief', (debrief) => this.debrief(debrief)),
    );
    if (connection.debrief) return this.debrief(connection.debrief);
    this.draw();
    mark('ready', 'net-projector');
  }

  private debrief(debrief: DebriefMessage): void {
    const scenario = defaultFindScenario(debrief.record.scenario.id);
    if (!scenario) return this.say(`The game is over, but its scenario "${debrief.record.scenario.id}" is not in this version.`);
    this.env.showDebrief({ record: debrief.record, scenario, backLabel: 'Back to the start screen', back: () => this.env.showMenu() });
  }

  private async run(label: string, request: () => Promise<{ ok: boolean; error?: { message: string } } | { ok: true } | { ok: false; error: { message: string } }>): Promise<void> {
    const reply = (await request()) as { ok: boolean; error?: { message: string } };
    this.message = reply.ok ? `${label}: done.` : `${label}: ${sentence(reply.error?.message ?? 'refused')}`;
    this.draw();
  }

  private draw(): void {
    const c = this.connection;
    if (this.destroyed || !c) return;
    const info = c.classInfo;
    const state = c.state;
    if (!info) return render(this.root, h('p', { text: 'Waiting for the class…' }));
    const qr = c.joinQrSvg ? h('img', { attrs: { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.joinQrSvg)}`, alt: `QR code of ${info.joinUrl}`, 'data-testid': 'net-qr' } }) : null;
    this.banner.say(statusLine(info, state));
    render(
      this.root,
      h('h1', { text: `${info.title} · networked class` }),
      h(
        'section',
        { class: 'card net-join' },
        qr,
        h(
          'div',
          null,
          h('p', { class: 'muted', text: 'Join code' }),
          h('p', { class: 'net-code', attrs: { 'data-testid': 'net-code' }, text: info.code }),
          h('p', null, 'Join at ', h('strong', { attrs: { 'data-testid': 'net-join-url' }, text: info.joinUrl }), ` (or open the game and type the code). ${info.lobby ? `${info.lobby} device${info.lobby === 1 ? '' : 's'} choosing a power.` : ''}`),
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
      h('h2', { text: 'Seats' }),
      h(
        'table',
        { class: 'net-seats' },
        h('thead', null, h('tr', null, h('th', { text: 'Power' }), h('th', { text: 'Played by' }), h('th', { text: 'Team' }), h('th', { text: 'Device' }), h('th', { text: 'Reassign' }))),
        h(
          'tbody',
          null,
          ...info.seats.map((s) =>
            h(
              'tr',
              { attrs: { 'data-testid': `net-seat-${s.power}` } },
              h('td', { text: POWER_NAMES[s.power] }),
              h('td', { text: s.mode === 'ai' ? (s.standIn ? 'the computer (standing in)' : 'the computer') : 'a team' }),
              h('td', { text: s.name ?? (s.mode === 'team' && !s.taken ? 'free' : '') }),
              h('td', { text: s.mode === 'ai' && !s.taken ? '' : s.taken ? (s.connected ? 'joined' : 'away') : 'not joined' }),
              h(
                'td',
                null,
                s.mode === 'team' ? button('Computer', () => void this.run(`${POWER_NAMES[s.power]} to the computer`, () => c.reassign(s.power, 'ai')), { key: `reassign-ai-${s.power}` }) : null,
                s.standIn ? button('Back to the team', () => void this.run(`${POWER_NAMES[s.power]} back to its team`, () => c.reassign(s.power, 'team')), { key: `reassign-team-${s.power}` }) : null,
                s.mode === 'team' && s.taken ? button('Open for another device', () => void this.run(`${POWER_NAMES[s.power]} opened`, () => c.reassign(s.power, 'open')), { key: `reassign-open-${s.power}` }) : null,
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
      h('h2', { text: 'Console' }),
      h(
        'div',
        { class: 'net-console' },
        button(`Start turn ${info.turn}`, () => void this.run('Start the turn', () => c.startTurn()), { class: 'primary', key: 'net-start', attrs: { disabled: !playing || !info.waitingForTeacher } }),
        button(info.paused ? 'Resume' : 'Pause', () => void this.run(info.paused ? 'Resume' : 'Pause', () => c.pause(!info.paused)), { key: 'net-pause', attrs: { disabled: !playing } }),
        button('Extend the timer by 2 minutes', () => void this.run('Extend the timer', () => c.extendTimer(2)), { key: 'net-extend', attrs: { disabled: !playing || !info.timerMinutes } }),
        actingTeam ? button(`End ${POWER_NAMES[actingTeam]}’s turn`, () => void this.run(`End ${POWER_NAMES[actingTeam]}’s turn`, () => c.endTurnFor(actingTeam)), { key: 'net-end-turn' }) : null,
        this.confirmEnd
          ? h(
              'span',
              null,
              button('Yes: end the game and debrief everyone', () => void this.run('End the game', () => c.endGame()), { class: 'primary', key: 'net-end-yes' }),
              button('No', () => {
                this.confirmEnd = false;
                this.draw();
              }, { key: 'net-end-no' }),
            )
          : button('End the game…', () => {
              this.confirmEnd = true;
              this.draw();
            }, { key: 'net-end' }),
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
      h('h2', { text: 'Trigger an event' }),
      h('p', { class: 'small muted', attrs: { 'data-testid': 'net-inject-status' }, text: closed ? `Closed now: ${sentence(closed.message)}` : `Start of turn ${info.turn}: an event you trigger happens before anyone moves, in the news and the game record.` }),
      h(
        'ul',
        { class: 'net-events' },
        ...events.map((event) => {
          const why = closed ?? (state ? injectBlocked(state, event.id) : null);
          return h(
            'li',
            null,
            button(event.title, () => void this.run(`Trigger “${event.title}”`, () => c.inject(event.id)), { key: `inject-${event.id}`, attrs: { disabled: !!why, title: why ? sentence(why.message) : 'Trigger it now', 'data-testid': `inject-${event.id}` } }),
            why && !closed ? h('span', { class: 'small muted', text: ` ${sentence(why.message)}` }) : null,
          );
        }),
      ),
    );
  }
}

/** Injects are open at the start of a turn only, before anyone moves (the controller's rule). */
function turnStartBlocked(state: GameState): ActionError | null {
  const phase = state.phase;
  if (phase.kind !== 'acting') return { code: 'ERR_GAME_OVER', message: 'the campaign is over' } as ActionError;
  if (phase.power !== state.turnOrder[0] || state.phaseActions !== 0) return { code: 'ERR_NOT_TURN_START', message: 'events can be triggered only at the start of a turn, before anyone acts' } as ActionError;
  return null;
}

function statusLine(info: ClassInfo, state: GameState | null): string {
  if (info.status !== 'playing') return 'The game is over: the debrief is on every screen.';
  const date = state ? ` (${dateOfTurn(state, Math.min(info.turn, info.lastTurn))})` : '';
  const who = (p: PowerId | null) => (p ? POWER_NAMES[p] : 'nobody');
  const clock = info.clock && info.clock.running ? ` · ${Math.ceil(info.clock.remainingMs / 60000)} min left` : '';
  if (info.paused) return `Turn ${info.turn} of ${info.lastTurn}${date}: paused.`;
  if (info.waitingForTeacher) return `Turn ${info.turn} of ${info.lastTurn}${date}: waiting for you to start the turn.`;
  return `Turn ${info.turn} of ${info.lastTurn}${date}: ${who(info.acting)} to move${clock}.`;
}
