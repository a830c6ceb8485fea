// The game screen: top bar, the map (Phaser) with its DOM overlays, the tabbed side panel,
// and the dialogs of the turn cycle. It renders from the controller and sends actions
// through it; it keeps only interface state (tab, selected island, draft), which it writes
// to the session so that a reload comes back to the same place.
import type { GameController } from '../app/play/controller';
import { ACTION_ERROR_CODES, ISLANDS, emptyProposal, type Action, type ActionError, type GameState, type IslandId, type PowerId, type Proposal } from '../engine';
import { recordFileName, recordFileText, writeSession, type SessionState } from '../app/play/saves';
import { viewerWords } from '../app/views/names';
import { t } from '../app/views/i18n';
import { formatQuarter, formatWhole } from '../app/views/i18n/format';
import { powerName } from '../app/views/i18n/terms';
import type { MapHandle } from '../scenes';
import type { TurnReport } from '../app/views/report';
import { actionsPanel } from './actions-panel';
import { briefing } from '../app/views/briefing';
import { briefingDialog, briefingDue, markBriefed } from './briefing';
import { FirstTurnGuide } from './guide';
import { actionFeedback, feedbackStrip, type Feedback } from './feedback';
import type { AppEnv, Notice } from './env';
import { ClassroomLayer } from './classroom';
import { TABS, type PanelContext, type TabId, type UiState } from './context';
import { announce, type DialogHandle } from './dialogs';
import { button, download, h, mark, render } from './dom';
import { MenuButton } from './game-menu';
import { graphsPanel } from './graphs-panel';
import { islandsPanel } from './islands-panel';
import { END_TURN_KEY, GameKeys, shortcutsDialog } from './keyboard';
import { newsPanel } from './news-panel';
import { legend, moscowCard, topbarContent, washingtonCard } from './overlays';
import { eventDialog, finalReportDialog, opinionsDialog, turnReportDialog, wedgeDialog } from './reports';
import { teamScores } from './power-scores';
import { savesDialog } from './saves-ui';
import { shareDialog } from './share';
import { asProposal, treatyPanel } from './treaty-panel';
import { refusalText, sentence } from './wording';
import { scenarioTitle } from '../app/views/scenario-text';

const tabTitle = (tab: TabId): string =>
  ({
    actions: () => t('game.screen.tab.actions'),
    treaty: () => t('game.screen.tab.treaty'),
    islands: () => t('game.screen.tab.islands'),
    news: () => t('game.screen.tab.news'),
    graphs: () => t('game.screen.tab.graphs'),
  })[tab]();

/**
 * What a screen reader hears when a turn ends, beside the report's title: the turning points
 * (Russia's answer to a proposal, a handover, a treaty stage) and how much news the turn made.
 */
function reportAnnouncement(report: TurnReport): string {
  const values = { turn: formatWhole(report.turn), date: formatQuarter(report.date), milestones: report.milestones.map((m) => `${m} `).join('') };
  const news = report.entries.length + report.opening.length;
  return news ? t('game.screen.reportedNews', { ...values, count: news }) : t('game.screen.reported', values);
}

/** Whether a refusal is the engine's (worded from its code) rather than the controller's. */
const isActionError = (error: { code: string }): error is ActionError => (ACTION_ERROR_CODES as readonly string[]).includes(error.code);

export class GameScreen {
  private ui: UiState;
  private root: HTMLElement;
  private topbar: HTMLElement;
  private mapWrap: HTMLElement;
  private mapHost: HTMLElement;
  private overlays: HTMLElement;
  private tooltip: HTMLElement;
  private tabs: HTMLElement;
  private panel: HTMLElement;
  private footer: HTMLElement;
  /** What the last action did, or why it was refused (feedback.ts), above End turn. */
  private feedbackEl: HTMLElement;
  private feedback: Feedback | null = null;
  private live: HTMLElement;
  private map: MapHandle | null = null;
  private dialog: DialogHandle | null = null;
  private destroyed = false;
  private unsubscribe: () => void;
  /** Hot seat (the hand-over cover between human seats) and a class's teacher controls and timer. */
  private classroom: ClassroomLayer;
  /** The guided first turn (guide.ts). */
  private guide: FirstTurnGuide;
  private finalShown = false;
  /** Why the last action was refused. */
  private error = '';
  /** What the player is told on arrival (a game resumed from an earlier turn, a file opened), until the next action. */
  private notice: Notice | null;
  /** Whether the legend's key is unfolded (folded by default on short windows). */
  private legendOpen = false;
  /** The top bar's Menu (kept across renders) and the screen-wide keys. */
  private menu: MenuButton;
  private keys: GameKeys;

  constructor(
    parent: HTMLElement,
    private controller: GameController,
    private env: AppEnv,
    session: SessionState,
    notice?: Notice,
    /** A networked team's screen: no saving or sharing (the server keeps the game), and the exit says so. */
    networked = false,
  ) {
    this.notice = notice ?? null;
    const island = (ISLANDS as readonly string[]).includes(session.island ?? '') ? (session.island as IslandId) : 'etorofu';
    const tab = (TABS as readonly string[]).includes(session.tab ?? '') ? (session.tab as TabId) : 'actions';
    this.ui = { tab, island, draft: asProposal(session.draft) ?? emptyProposal(), newsFilter: 'all' };

    this.topbar = h('header', { class: 'topbar' });
    this.mapHost = h('div', {
      attrs: {
        id: 'map-host',
        tabindex: 0,
        role: 'application',
        'aria-roledescription': t('game.screen.mapRole'),
        'aria-label': t('game.screen.mapLabel'),
        'data-testid': 'map',
      },
      on: { keydown: (e) => this.mapKey(e) },
    });
    this.overlays = h('div', { class: 'map-strip' });
    this.tooltip = h('div', { class: 'tooltip', attrs: { hidden: true, role: 'tooltip' } });
    this.live = h('div', { class: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
    this.mapWrap = h('section', { class: 'map-wrap', attrs: { 'aria-label': t('game.screen.mapRegion') } }, this.mapHost, h('div', { class: 'map-loading', text: t('game.screen.mapLoading') }), this.overlays, this.tooltip, this.live);
    this.tabs = h('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': t('game.screen.tabsLabel') } });
    this.panel = h('div', { class: 'panel', attrs: { role: 'tabpanel', id: 'side-panel', tabindex: -1, 'data-focus-home': true } });
    this.footer = h('div', { class: 'side-footer' });
    this.feedbackEl = h('div', { attrs: { 'aria-live': 'polite' } });
    // The whole game screen is the page's main landmark (its top bar, map and side panel).
    this.root = h('main', { class: 'game' }, this.topbar, this.mapWrap, h('aside', { class: 'side', attrs: { 'aria-label': t('game.screen.sideLabel') } }, this.tabs, this.panel, this.feedbackEl, this.footer));
    parent.replaceChildren(this.root);
    this.classroom = new ClassroomLayer(this.root, controller, env.storage, this.ui, {
      perform: (action) => this.perform(action),
      refresh: () => this.refresh(),
      nextDialog: () => this.nextDialog(),
    });

    this.menu = new MenuButton(t('game.menu.button'), [
      ...(networked
        ? []
        : [
            { id: 'saves', label: t('game.menu.saves'), run: () => this.savesDialog() },
            { id: 'share', label: t('game.menu.share'), run: () => this.share() },
          ]),
      { id: 'keys', label: t('game.menu.keys'), shortcut: '?', run: () => this.showShortcuts() },
      { id: 'exit', label: networked ? t('game.menu.leaveClass') : t('game.menu.exit'), run: () => this.env.showMenu() },
    ]);
    this.keys = new GameKeys({
      controller,
      busy: () => this.dialog !== null || document.querySelector('dialog[open]') !== null || this.root.classList.contains('covered'),
      endTurn: (seat) => this.perform({ type: 'endTurn', power: seat }),
      openEvents: () => this.nextDialog(),
      say: (text) => (this.live.textContent = text),
      hold: (dialog) => (this.dialog = dialog),
    });
    this.guide = new FirstTurnGuide(this.root, env.storage);
    // The guide steps aside while any dialog is open and comes back when it closes.
    document.addEventListener('close', this.onDialogClosed, true);
    this.unsubscribe = controller.subscribe(() => this.refresh());
    this.refresh();
    void this.mountMap();
    // Whatever awaits the player on arrival: an event, a finished campaign.
    setTimeout(() => this.nextDialog(), 0);
  }

  destroy(): void {
    this.destroyed = true;
    this.unsubscribe();
    this.keys.destroy();
    this.menu.destroy();
    this.dialog?.close();
    document.removeEventListener('close', this.onDialogClosed, true);
    this.guide.destroy();
    this.classroom.destroy();
    this.map?.destroy();
    this.root.remove();
  }

  // ---- Map -------------------------------------------------------------------------

  private async mountMap(): Promise<void> {
    try {
      const [scenes, geo] = await Promise.all([this.env.scenes(), this.env.geo()]);
      if (this.destroyed) return;
      let drawn = 0;
      this.map = await scenes.mountMap(this.mapHost, geo, {
        onSelectIsland: (id) => this.selectIsland(id, true),
        onHover: (hover) => this.hover(hover),
        onLayout: (centres) => {
          this.mapHost.dataset.islandCentres = JSON.stringify(centres);
        },
        onDrawn: () => {
          mark('mapDrawn', String(++drawn));
          this.mapWrap.querySelector('.map-loading')?.remove();
        },
      });
      if (this.destroyed) return this.map.destroy();
      this.map.show(this.controller.mapSnapshot(this.ui.island, this.ui.draft));
    } catch (e) {
      const loading = this.mapWrap.querySelector('.map-loading');
      if (loading) loading.textContent = t('game.screen.mapFailed', { problem: (e as Error).message });
    }
  }

  private hover(hover: { text: string; x: number; y: number } | null): void {
    if (!hover) {
      this.tooltip.hidden = true;
      return;
    }
    this.tooltip.hidden = false;
    this.tooltip.textContent = hover.text;
    const right = hover.x > this.mapWrap.clientWidth - 260;
    this.tooltip.style.left = right ? '' : `${hover.x + 14}px`;
    this.tooltip.style.right = right ? `${this.mapWrap.clientWidth - hover.x + 14}px` : '';
    this.tooltip.style.top = `${hover.y + 14}px`;
  }

  private mapKey(e: KeyboardEvent): void {
    const index = ISLANDS.indexOf(this.ui.island);
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (index + 1) % ISLANDS.length; // i18n-ignore: key names
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (index + ISLANDS.length - 1) % ISLANDS.length; // i18n-ignore: key names
    else if (/^[1-4]$/.test(e.key)) next = Number(e.key) - 1;
    else if (e.key === 'Enter') this.showTab('islands'); // i18n-ignore: key names
    if (next !== null) {
      e.preventDefault();
      this.selectIsland(ISLANDS[next]!, false);
    }
  }

  private selectIsland(id: IslandId, fromPointer: boolean): void {
    this.ui.island = id;
    const island = this.controller.mapSnapshot(id).islands[id];
    const said = { island: island.name, garrison: formatWhole(island.militarisation), access: island.access };
    const japanese = island.administeredBy === 'japan';
    this.live.textContent = japanese ? t('game.screen.islandJapanese', said) : t('game.screen.islandRussian', said);
    this.mapHost.dataset.selected = id;
    if (fromPointer && this.ui.tab !== 'treaty') this.ui.tab = 'islands';
    this.refresh();
  }

  // ---- Rendering -------------------------------------------------------------------

  private context(): PanelContext {
    return {
      controller: this.controller,
      viewer: this.controller.viewer,
      ui: this.ui,
      perform: (action) => this.perform(action),
      setDraft: (proposal) => this.setDraft(proposal),
      selectIsland: (id) => this.selectIsland(id, false),
      showTab: (tab) => this.showTab(tab),
      openEvents: () => this.nextDialog(),
      rerender: () => this.renderPanel(),
    };
  }

  private refresh(): void {
    if (this.destroyed) return;
    const c = this.controller;
    this.classroom.sync();
    render(
      this.topbar,
      ...topbarContent(
        c,
        [
          ...this.classroom.topbarControls(),
          button(t('game.screen.briefing'), () => this.showBriefing(), { key: 'menu-briefing', attrs: { 'data-testid': 'open-briefing' } }),
          this.menu.el,
        ],
        () => this.explainWedge(),
      ),
    );
    render(this.overlays, moscowCard(c), washingtonCard(c), legend(c, this.legendOpen, (open) => (this.legendOpen = open), () => this.explainOpinions()));
    this.renderTabs();
    this.renderPanel();
    this.renderFooter();
    render(this.feedbackEl, feedbackStrip(this.feedback));
    this.map?.show(c.mapSnapshot(this.ui.island, this.ui.draft));
    writeSession(this.env.storage, { screen: 'game', tab: this.ui.tab, island: this.ui.island, draft: this.ui.draft });
    this.syncGuide();
  }

  private readonly onDialogClosed = (): void => {
    setTimeout(() => this.syncGuide(), 0);
  };

  /** The guide shows in turn 1 when no dialog or hand-over cover is in the way. */
  private syncGuide(): void {
    if (this.destroyed) return;
    const covered = this.root.querySelector('[data-testid="handover"]:not([hidden])') !== null;
    const free = !this.dialog && !covered && document.querySelector('dialog[open]') === null && this.controller.humanActing === 'japan';
    this.guide.sync(this.controller.state.turn, free);
  }

  /** The briefing: before turn 1 of a new campaign, and any time from the top bar. */
  private showBriefing(): void {
    this.dialog?.close();
    const c = this.controller;
    markBriefed(this.env.storage, c.state);
    this.dialog = briefingDialog(briefing(c.state, scenarioTitle(c.scenario), c.dateOf), this.env.storage, () => {
      this.dialog = null;
      this.nextDialog();
      this.syncGuide();
    });
    this.syncGuide();
  }

  private renderTabs(): void {
    const pending = this.controller.pendingChoices().length;
    // The Actions tab says how many events await an answer.
    const badge = (tab: TabId) =>
      tab === 'actions' && pending ? h('span', { class: 'badge', attrs: { 'aria-label': t('game.screen.pending', { count: pending }) }, text: formatWhole(pending) }) : null;
    render(
      this.tabs,
      ...TABS.map((tab) =>
        h(
          'button',
          {
            key: `tab-${tab}`,
            attrs: { type: 'button', role: 'tab', 'aria-selected': tab === this.ui.tab ? 'true' : 'false', 'aria-controls': 'side-panel', tabindex: tab === this.ui.tab ? 0 : -1, id: `tab-${tab}` },
            on: {
              click: () => this.showTab(tab),
              keydown: (e) => {
                const i = TABS.indexOf(tab);
                const to = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : null; // i18n-ignore: key names
                if (to) {
                  e.preventDefault();
                  this.showTab(to);
                  this.tabs.querySelector<HTMLElement>(`#tab-${to}`)?.focus();
                }
              },
            },
          },
          tabTitle(tab),
          badge(tab),
        ),
      ),
    );
    this.panel.setAttribute('aria-labelledby', `tab-${this.ui.tab}`);
  }

  private renderPanel(): void {
    const ctx = this.context();
    const body =
      this.ui.tab === 'actions' ? actionsPanel(ctx) : this.ui.tab === 'treaty' ? treatyPanel(ctx) : this.ui.tab === 'islands' ? islandsPanel(ctx) : this.ui.tab === 'news' ? newsPanel(ctx) : graphsPanel(ctx);
    const saveError = this.controller.saveError;
    render(
      this.panel,
      this.notice
        ? h('div', { class: this.notice.kind === 'alert' ? 'alert' : 'note-ok', attrs: { role: this.notice.kind === 'alert' ? 'alert' : 'status', 'data-testid': 'game-notice' }, text: this.notice.text })
        : null,
      this.error ? h('div', { class: 'alert', attrs: { role: 'alert' }, text: this.error }) : null,
      saveError ? h('div', { class: 'alert', attrs: { role: 'alert', 'data-testid': 'autosave-error' }, text: t('game.screen.autosaveFailed', { message: saveError.message }) }) : null,
      body,
    );
  }

  private renderFooter(): void {
    const c = this.controller;
    const seat = c.humanActing;
    const end = seat ? c.availability(seat).find((a) => a.action.type === 'endTurn') : undefined;
    const status = c.isOver
      ? t('game.screen.over')
      : seat
        ? end?.blocked
          ? refusalText(end.blocked, end.action, c.state)
          : t('game.screen.capitalLeft', { power: powerName(seat), capital: formatWhole(c.state.powers[seat].capital) })
        : '';
    render(
      this.footer,
      h('div', { class: 'status', attrs: { 'data-testid': 'footer-status' }, text: status }),
      c.isOver
        ? button(t('game.screen.finalReport'), () => this.showFinal(), { class: 'primary', key: 'footer-report' })
        : end?.blocked && c.pendingChoices().length
          ? button(t('game.screen.answerEvent'), () => this.nextDialog(), { class: 'primary', key: 'footer-answer' })
          : button(t('game.screen.endTurn'), () => seat && this.perform({ type: 'endTurn', power: seat }), {
              class: 'primary',
              key: 'end-turn',
              attrs: { disabled: !seat || !!end?.blocked, 'data-testid': 'end-turn', 'aria-keyshortcuts': END_TURN_KEY, title: t('game.screen.endTurnTitle', { key: END_TURN_KEY }) },
            }),
    );
  }

  private showTab(tab: TabId): void {
    this.ui.tab = tab;
    this.refresh();
  }

  private setDraft(proposal: Proposal): void {
    this.ui.draft = proposal;
    if (this.ui.tab !== 'treaty') this.ui.tab = 'treaty';
    this.renderPanel();
    this.map?.show(this.controller.mapSnapshot(this.ui.island, proposal));
    writeSession(this.env.storage, { screen: 'game', tab: this.ui.tab, island: this.ui.island, draft: this.ui.draft });
    this.renderTabs();
  }

  // ---- Acting ------------------------------------------------------------------------

  private perform(action: Action): void {
    const started = performance.now();
    const before = this.controller.state;
    const result = this.controller.act(action);
    // A networked seat's action is applied on the server: its outcome comes with the answer.
    const later = result.ok ? result.value.later : undefined;
    if (later) void later.then((answer) => this.destroyed || this.performed(action, before, answer, started));
    else this.performed(action, before, result, started);
  }

  private performed(action: Action, before: GameState, result: ReturnType<GameController['act']>, started: number): void {
    if (!result.ok) {
      // The engine's refusals are worded here from their codes; the controller's own come worded.
      const error = result.error;
      const reason = isActionError(error) ? refusalText(error, action, before) : sentence(error.message);
      this.error = t('game.screen.refused', { reason });
      this.feedback = { kind: 'refused', text: this.error };
      render(this.feedbackEl, feedbackStrip(this.feedback));
      this.renderPanel();
      return;
    }
    // The turn report speaks for an ended turn; any other action's result shows above End turn.
    this.feedback = action.type === 'endTurn' ? null : actionFeedback(before, this.controller.state, action.power);
    render(this.feedbackEl, feedbackStrip(this.feedback));
    // The autosave's failure, if any, is the controller's (shown by renderPanel whatever the action).
    if (this.error || this.notice) {
      this.error = '';
      this.notice = null;
      this.renderPanel();
    }
    if (action.type === 'endTurn') mark('lastEndTurnMs', (performance.now() - started).toFixed(1));
    const turns = result.value.resolvedTurns;
    if (turns.length) {
      // The seat that ended the turn reads the report (before any hand-over), in its own names.
      this.showReport(turns[turns.length - 1]!, action.power);
    } else {
      this.nextDialog();
    }
  }

  /** The report of a resolved turn (also for a networked seat when another seat ended the turn). */
  showReport(turn: number, viewer: PowerId): void {
    this.dialog?.close();
    const report = this.controller.report(turn, viewer);
    this.dialog = turnReportDialog(
      report,
      () => {
        this.dialog = null;
        this.nextDialog();
      },
      [teamScores(this.controller.powerScores())],
    );
    announce(this.dialog, reportAnnouncement(report));
  }

  /** Opens whatever the player must see next: the final report, a hand-over, an event. */
  nextDialog(): void {
    if (this.destroyed || this.dialog) return;
    const c = this.controller;
    if (c.isOver) {
      if (!this.finalShown) this.showFinal();
      return;
    }
    // Between human seats the hand-over cover waits for the next team before anything opens.
    if (this.classroom.holdsScreen()) return;
    if (briefingDue(this.env.storage, c.state)) return this.showBriefing();
    const choice = c.pendingChoices()[0];
    if (choice) {
      this.dialog = eventDialog(
        choice,
        (optionId) => {
          this.dialog = null;
          this.perform({ type: 'answerEvent', power: choice.power, eventId: choice.event.id, optionId });
        },
        () => {
          this.dialog = null;
        },
        viewerWords(c.state, choice.power),
        c.state.defs,
      );
      this.syncGuide();
    }
  }

  private showFinal(): void {
    this.dialog?.close();
    this.finalShown = true;
    this.dialog = finalReportDialog(
      this.controller,
      this.context(),
      { exportRecord: () => this.exportRecord(), toMenu: () => this.env.showMenu(), debrief: () => this.debrief() },
      () => {
        this.dialog = null;
      },
    );
  }

  /** Why the Russia-China alignment stands where it does: the named terms behind the meter. */
  private explainWedge(): void {
    this.dialog?.close();
    this.dialog = wedgeDialog(this.controller, () => {
      this.dialog = null;
    });
  }

  private explainOpinions(): void {
    this.dialog?.close();
    this.dialog = opinionsDialog(this.controller, () => {
      this.dialog = null;
    });
  }

  private showShortcuts(): void {
    this.dialog?.close();
    this.dialog = shortcutsDialog(() => {
      this.dialog = null;
    });
  }

  /** "Copy share link": the game as a link that replays it for whoever opens it. */
  private share(): void {
    this.dialog?.close();
    this.dialog = shareDialog(this.controller.record, this.controller.scenario, () => {
      this.dialog = null;
    });
  }

  private debrief(): void {
    const controller = this.controller;
    this.env.showDebrief({
      record: controller.record,
      scenario: controller.scenario,
      backLabel: t('game.screen.backToCampaign'),
      back: () => this.env.startGame(controller, { screen: 'game' }),
    });
  }

  private exportRecord(): void {
    download(recordFileName(this.controller.summary()), recordFileText(this.controller.record));
  }

  private savesDialog(): void {
    this.dialog?.close();
    this.dialog = savesDialog(
      this.controller,
      this.env.storage,
      () => this.exportRecord(),
      (controller) => this.env.startGame(controller, { screen: 'game' }),
      () => {
        this.dialog = null;
      },
    );
  }
}
