// A team's screen in a networked class: the code (from `?join=CODE` or typed), a free power
// and the team's name, then the game on this device: the usual game screen and panels over
// the seat's view (NetGameController: the server's observe() of the seat, never the state),
// whose actions go to the server. The seat's token is kept in localStorage per code, so a
// reload puts the team back in its seat; the banner says whether the class is reachable.
import { defaultFindScenario, type GameController } from '../../app/play/controller';
import { NetGameController } from '../../app/play/net-controller';
import { ClassroomConnection, type ConnectionStatus, type KickReason } from '../../app/play/net-client';
import { isJoinCode, normaliseCode, refusalCode, type ClassInfo, type DebriefMessage } from '../../app/play/net-protocol';
import { t } from '../../app/views/i18n';
import { powerName } from '../../app/views/i18n/terms';
import type { PowerId } from '../../engine';
import { button, h, mark, render } from '../dom';
import type { AppEnv } from '../env';
import { GameScreen } from '../game-screen';
import { ConnectionBanner, addressFor, forgetCredentials, keepCredentials, readCredentials, serverUrl } from './shared';
import { classTitle, errorWords, joinErrorWords, kickWords } from './words';

export class TeamScreen {
  private root = h('main', { class: 'net start', attrs: { 'aria-label': t('classroom.team.landmark') } });
  private banner = new ConnectionBanner();
  private connection: ClassroomConnection | null = null;
  private game: GameScreen | null = null;
  private controller: NetGameController | null = null;
  private destroyed = false;
  private message = '';
  private offs: (() => void)[] = [];
  private chosen: PowerId | null = null;
  private name = '';

  constructor(
    private parent: HTMLElement,
    private env: AppEnv,
    code?: string,
  ) {
    parent.replaceChildren(this.root);
    document.body.append(this.banner.el);
    this.banner.el.hidden = true;
    const typed = code ? normaliseCode(code) : '';
    if (isJoinCode(typed)) void this.connect(typed);
    else {
      if (code) this.message = t('classroom.team.notACode', { code });
      this.askCode();
    }
  }

  destroy(): void {
    this.destroyed = true;
    for (const off of this.offs) off();
    this.controller?.destroy();
    this.game?.destroy();
    void this.connection?.leave();
    this.banner.el.remove();
    this.root.remove();
  }

  private askCode(): void {
    const input = h('input', { key: 'net-code-input', attrs: { id: 'net-code-input', type: 'text', autocomplete: 'off', autocapitalize: 'characters', maxlength: 8, style: 'width: 9rem; font-size: 1.5rem' } });
    const go = () => {
      const code = normaliseCode(input.value);
      if (!isJoinCode(code)) {
        this.message = t('classroom.team.codeShape');
        return this.askCode();
      }
      void this.connect(code);
    };
    input.addEventListener('keydown', (e) => e.key === 'Enter' && go()); // i18n-ignore: a key's name
    render(
      this.root,
      h('h1', { text: t('classroom.team.joinHeading') }),
      h('div', { class: 'alert', attrs: { role: 'alert' }, text: this.message }),
      h('section', { class: 'card' }, h('div', { class: 'field-row' }, h('label', { attrs: { for: 'net-code-input' }, text: t('classroom.team.codeLabel') }), input, button(t('classroom.team.join'), go, { class: 'primary', key: 'net-join' }), button(t('classroom.back'), () => this.env.showMenu(), { key: 'net-back' }))),
    );
    input.focus();
    mark('ready', 'net-code');
  }

  private async connect(code: string): Promise<void> {
    render(this.root, h('p', { attrs: { role: 'status' }, text: t('classroom.team.joining', { code }) }));
    const saved = readCredentials(this.env.storage, 'team', code);
    let connection: ClassroomConnection;
    try {
      connection = await ClassroomConnection.join(serverUrl(), saved ?? { code, role: 'team' });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      // A token the class no longer takes (the teacher opened the seat): join afresh.
      const refused = refusalCode(why);
      if (saved && (refused === 'ERR_BAD_TOKEN' || refused === 'ERR_SEAT_TAKEN')) {
        forgetCredentials(this.env.storage, 'team', code);
        return this.connect(code);
      }
      this.message = t('classroom.team.joinFailed', { code, why: joinErrorWords(why) });
      return this.askCode();
    }
    if (this.destroyed) return void connection.leave();
    this.connection = connection;
    addressFor('team', connection.code);
    this.banner.el.hidden = false;
    this.banner.set(connection.status);
    this.offs.push(
      connection.on('class', () => this.classChanged()),
      connection.on('update', () => this.updated()),
      connection.on('connection', (status: ConnectionStatus, reason?: KickReason) => this.statusChanged(status, reason)),
      connection.on('debrief', (debrief) => this.debrief(debrief)),
    );
    if (connection.debrief) return this.debrief(connection.debrief);
    if (connection.seat) this.updated();
    else this.pickSeat();
  }

  private statusChanged(status: ConnectionStatus, reason?: KickReason): void {
    this.banner.set(status, reason);
    if (status !== 'kicked' || !this.connection) return;
    forgetCredentials(this.env.storage, 'team', this.connection.code);
    const code = this.connection.code;
    this.game?.destroy();
    this.game = null;
    this.controller?.destroy();
    this.controller = null;
    this.parent.replaceChildren(this.root);
    render(
      this.root,
      h('h1', { text: t('classroom.kicked.heading') }),
      h('p', { attrs: { role: 'alert' }, text: kickWords(reason) }),
      button(t('classroom.kicked.joinAgain'), () => this.env.showNet({ role: 'team', code }), { class: 'primary', key: 'net-rejoin' }),
    );
  }

  /** The free team seats, and the team's name. */
  private pickSeat(): void {
    const c = this.connection;
    if (!c || this.destroyed) return;
    const info = c.classInfo;
    const free = info ? info.seats.filter((s) => s.mode === 'team' && !s.taken).map((s) => s.power) : [];
    if (this.chosen && !free.includes(this.chosen)) this.chosen = null;
    const nameInput = h('input', { key: 'net-team-name', attrs: { id: 'net-team-name', type: 'text', maxlength: 40, value: this.name } });
    nameInput.addEventListener('input', () => (this.name = nameInput.value));
    render(
      this.root,
      h('h1', { text: info ? t('classroom.team.classHeading', { title: classTitle(info), code: info.code }) : t('classroom.team.classCode', { code: c.code }) }),
      h('div', { class: 'alert', attrs: { role: 'alert' }, text: this.message }),
      h(
        'section',
        { class: 'card' },
        h('h2', { text: t('classroom.team.choosePower') }),
        free.length
          ? h(
              'fieldset',
              { class: 'seats' },
              h('legend', { class: 'small muted', text: t('classroom.team.freeSeats') }),
              ...free.map((p) => {
                const radio = h('input', { key: `net-pick-${p}`, attrs: { type: 'radio', name: 'net-seat', value: p, checked: this.chosen === p } });
                radio.addEventListener('change', () => (this.chosen = p));
                return h('label', null, radio, powerName(p));
              }),
            )
          : h('p', { text: info ? t('classroom.team.noFreeSeat') : t('classroom.waiting') }),
        h('div', { class: 'field-row' }, h('label', { attrs: { for: 'net-team-name' }, text: t('classroom.team.nameLabel') }), nameInput),
        button(t('classroom.team.takeSeat'), () => void this.claim(), { class: 'primary', key: 'net-claim', attrs: { disabled: free.length === 0 } }),
      ),
    );
    mark('ready', 'net-seat');
  }

  private async claim(): Promise<void> {
    const c = this.connection;
    if (!c) return;
    if (!this.chosen) {
      this.message = t('classroom.team.chooseFirst');
      return this.pickSeat();
    }
    const reply = await c.claim(this.chosen, this.name.trim() || undefined);
    if (!reply.ok) {
      this.message = t('classroom.team.claimRefused', { why: errorWords(reply.error) });
      return this.pickSeat();
    }
    keepCredentials(this.env.storage, c.credentials);
    this.message = '';
    this.updated();
  }

  private classChanged(): void {
    const c = this.connection;
    if (!c) return;
    if (!c.seat) return this.pickSeat();
    this.banner.say(this.situation(c.classInfo));
  }

  /** A new view: the game screen comes up on the first, and follows the rest through the controller. */
  private updated(): void {
    const c = this.connection;
    if (!c || this.destroyed || !c.seat) return;
    this.banner.say(this.situation(c.classInfo));
    if (this.game || !c.view) {
      // Events for this seat may have arrived with the view: open them when nothing else is.
      setTimeout(() => this.game?.nextDialog(), 0);
      return;
    }
    const scenario = defaultFindScenario(c.view.scenarioId);
    if (!scenario) {
      this.message = t('classroom.unknownScenario', { id: c.view.scenarioId });
      return render(this.root, h('p', { attrs: { role: 'alert' }, text: this.message }));
    }
    const controller = new NetGameController(c, scenario, errorWords);
    this.controller = controller;
    const host = h('div', { class: 'net-team-game', attrs: { 'data-testid': 'net-team-game', 'data-seat': c.seat } });
    this.parent.replaceChildren(host);
    // The networked seat has the controller's public surface (NetGameController implements it).
    this.game = new GameScreen(host, controller as unknown as GameController, this.env, { screen: 'game' }, undefined, true);
    const game = this.game;
    controller.onResolved = (turns) => {
      if (turns.length) game.showReport(turns[turns.length - 1]!, controller.seat);
    };
    mark('ready', 'net-game');
  }

  private situation(info: ClassInfo | null): string {
    const c = this.connection;
    if (!info || !c?.seat) return '';
    const name = info.seats.find((s) => s.power === c.seat)?.name;
    const team = name ? t('classroom.team.powerAndName', { power: powerName(c.seat), name }) : powerName(c.seat);
    if (info.status !== 'playing') return t('classroom.team.situation.over', { team });
    if (info.paused) return t('classroom.team.situation.paused', { team });
    if (info.waitingForTeacher) return t('classroom.team.situation.waiting', { team, turn: info.turn });
    if (info.acting === c.seat) return t('classroom.team.situation.yourMove', { team, turn: info.turn });
    if (!info.acting) return t('classroom.team.situation.over', { team });
    return t('classroom.team.situation.othersMove', { team, turn: info.turn, power: powerName(info.acting) });
  }

  private debrief(debrief: DebriefMessage): void {
    const scenario = defaultFindScenario(debrief.record.scenario.id);
    if (!scenario) return;
    this.env.showDebrief({ record: debrief.record, scenario, backLabel: t('classroom.backToStart'), back: () => this.env.showMenu() });
  }
}
