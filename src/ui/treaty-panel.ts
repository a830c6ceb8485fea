// The Treaty tab: the treaty track, Russia's counter-proposal when one is on the table, and
// the proposal builder. Before anything is sent it shows how Russia would weigh the draft
// term by term (weighProposal), the smallest change that would make Russia accept
// (smallestFlip) and how the deal would play in Japan (japaneseSupport).
import type { ProposalPreview } from '../app/play/controller';
import { ACCESS_LABELS, STAGE_LABELS, islandNames, signed, viewerWords } from '../app/views/names';
import { t } from '../app/views/i18n';
import { formatPercent, formatQuarter, formatWhole } from '../app/views/i18n/format';
import {
  ACCEPT_THRESHOLD,
  ACCESS_LEVELS,
  COUNTER_THRESHOLD,
  ISLANDS,
  SCHEDULES,
  TRANSFER_KINDS,
  TREATY_STAGES,
  MAX_STALLED_TURNS,
  HANDOVER_SLIPS_BELOW,
  PACKAGE_COST,
  TRANSFER_DELAY,
  costOf,
  emptyProposal,
  parseProposal,
  presetProposals,
  type AccessLevel,
  type Board,
  type Change,
  type IslandId,
  type PowerId,
  type Proposal,
  type Reason,
  type Schedule,
  type TransferKind,
} from '../engine';
import type { PanelContext } from './context';
import { costText, money, refusalText } from './wording';
import { button, h } from './dom';
import { reasonText as reasonLabel } from '../app/views/engine-words';

const transferWord = (kind: TransferKind): string =>
  ({ none: () => t('panels.treaty.transfer.none'), administration: () => t('panels.treaty.transfer.administration'), sovereignty: () => t('panels.treaty.transfer.sovereignty') })[kind]();
const accessWord = (access: AccessLevel): string => (access === 'joint' ? t('panels.treaty.accessJoint') : ACCESS_LABELS[access]);
const scheduleWord = (schedule: Schedule): string =>
  ({ onSigning: () => t('panels.treaty.schedule.onSigning'), phased: () => t('panels.treaty.schedule.phased'), deferred: () => t('panels.treaty.schedule.deferred') })[schedule]();
const packageWord = (tier: number): string => {
  if (tier === 1) return t('panels.treaty.package.tier1', { cost: money(PACKAGE_COST[1]) });
  if (tier === 2) return t('panels.treaty.package.tier2', { cost: money(PACKAGE_COST[2]) });
  if (tier === 3) return t('panels.treaty.package.tier3', { cost: money(PACKAGE_COST[3]) });
  return t('panels.treaty.package.none');
};
const quarters = (n: number) => t('panels.treaty.quarters', { count: n, value: formatWhole(n) });
const presetName = (id: string, state: Board, viewer: PowerId): string => {
  if (id === '1956-basis') return t('panels.treaty.preset.basis');
  if (id === '1956-plus-access') return t('panels.treaty.preset.plusAccess');
  if (id === 'habomai-first') return t('panels.treaty.preset.habomaiFirst', { habomai: islandNames(state, 'habomai', viewer).name });
  if (id === 'all-four') return t('panels.treaty.preset.allFour');
  return id;
};
const percent = (share: number) => formatPercent(share * 100);

/** A proposal in words, as the panels print it, with the viewer's names for the islands. */
export function proposalWords(p: Proposal, state: Board, viewer: PowerId): string {
  const name = (id: IslandId) => islandNames(state, id, viewer).name;
  const asked = ISLANDS.filter((id) => p.transfers[id] !== 'none').map((id) => t('panels.treaty.text.island', { island: name(id), kind: transferWord(p.transfers[id]) }));
  const access = ISLANDS.filter((id) => p.transfers[id] === 'none' && p.access[id] !== 'none').map((id) => t('panels.treaty.text.access', { access: accessWord(p.access[id]), island: name(id) }));
  const parts = [asked.length ? t('panels.treaty.text.transfer', { islands: asked.join(t('panels.common.comma')) }) : t('panels.treaty.text.noTransfer')];
  if (access.length) parts.push(access.join(t('panels.common.comma')));
  if (asked.length) parts.push(t('panels.treaty.text.schedule', { schedule: scheduleWord(p.schedule) }));
  if (p.demilitarise) parts.push(t('panels.treaty.text.demilitarised'));
  if (p.noUsForces) parts.push(t('panels.treaty.text.noUsForces'));
  if (p.economicPackage) parts.push(t('panels.treaty.text.package', { cost: money(PACKAGE_COST[p.economicPackage]) }));
  return parts.join(t('panels.treaty.text.join'));
}

/** A draft restored from the session: a fresh, well-formed proposal, or null (the same parse as any proposal from outside). */
export function asProposal(value: unknown): Proposal | null {
  const parsed = parseProposal(value);
  return parsed.ok ? parsed.value : null;
}

export function treatyPanel(ctx: PanelContext): HTMLElement {
  const { controller } = ctx;
  const state = controller.state;
  const japanSide = controller.humanActing === 'japan' || controller.viewer === 'japan';
  return h(
    'div',
    null,
    treatyTrack(ctx),
    tracksShortOfTreaty(ctx),
    counterCard(ctx),
    japanSide ? builder(ctx) : russianView(ctx),
    state.treaty.agreed ? h('p', { class: 'small' }, h('strong', { text: t('panels.treaty.agreed') }), proposalWords(state.treaty.agreed, state, ctx.viewer)) : null,
  );
}

function treatyTrack(ctx: PanelContext): HTMLElement {
  const treaty = ctx.controller.state.treaty;
  const index = TREATY_STAGES.indexOf(treaty.stage);
  const last = treaty.lastAnswer;
  const progress = t('panels.treaty.progress', { progress: formatWhole(treaty.progress) });
  const ours = treaty.pending?.from === 'japan';
  return h(
    'section',
    { attrs: { 'aria-label': t('panels.treaty.track') } },
    h('h3', { text: t('panels.treaty.track') }),
    h(
      'ol',
      { class: 'presets', attrs: { 'aria-label': t('panels.treaty.stageOf', { stage: formatWhole(index + 1), stages: formatWhole(TREATY_STAGES.length), label: STAGE_LABELS[treaty.stage] }) }, style: { 'list-style': 'none', padding: '0' } },
      ...TREATY_STAGES.map((s, i) =>
        h('li', {
          class: 'small',
          text: `${i < index ? '✓ ' : i === index ? '● ' : '○ '}${STAGE_LABELS[s]}`,
          style: { padding: '0.15em 0.5em', border: `1px solid ${i === index ? 'var(--focus)' : 'var(--line)'}`, 'border-radius': '4px', color: i <= index ? 'var(--text)' : 'var(--muted)' },
        }),
      ),
    ),
    h('p', { class: 'small muted', text: last ? t('panels.treaty.progressAnswer', { progress, date: formatQuarter(ctx.controller.dateOf(last.turn)), answer: lastAnswerWord(last.answer), total: signed(last.score, 1) }) : progress }),
    ours ? h('p', { class: 'note-ok', text: t('panels.treaty.onTable') }) : null,
  );
}

const jointWord = (stage: 'none' | 'talks' | 'pilots' | 'operating'): string =>
  ({ none: () => t('panels.treaty.joint.none'), talks: () => t('panels.treaty.joint.talks'), pilots: () => t('panels.treaty.joint.pilots'), operating: () => t('panels.treaty.joint.operating') })[stage]();

/** Where the talks stand beyond the stage, and the tracks short of a treaty, in one list. */
function tracksShortOfTreaty(ctx: PanelContext): HTMLElement {
  const { controller } = ctx;
  const state = controller.state;
  const treaty = state.treaty;
  const tracks = state.tracks;
  const lines: string[] = [];
  if (treaty.suspendedUntil !== null && treaty.suspendedUntil > state.turn) lines.push(t('panels.treaty.suspended', { date: formatQuarter(controller.dateOf(treaty.suspendedUntil)) }));
  if (treaty.stage === 'draft' && treaty.stalledTurns > 0) lines.push(t('panels.treaty.stalled', { waited: formatWhole(treaty.stalledTurns), max: formatWhole(MAX_STALLED_TURNS) }));
  if (treaty.escrow > 0) lines.push(t('panels.treaty.escrow', { amount: money(treaty.escrow) }));
  if (treaty.stage === 'signed') lines.push(t('panels.treaty.implementation', { value: formatWhole(treaty.implementation), line: formatWhole(HANDOVER_SLIPS_BELOW) }));
  lines.push(tracks.visits === 'running' ? t('panels.treaty.visitsRunning') : t('panels.treaty.visitsSuspended'));
  lines.push(t('panels.treaty.jointActivity', { stage: jointWord(tracks.jointActivity.stage) }));
  lines.push(tracks.dialogue > 0 ? t('panels.treaty.dialogue', { value: formatWhole(tracks.dialogue) }) : t('panels.treaty.noDialogue'));
  lines.push(t('panels.treaty.contacts', { value: formatWhole(tracks.contacts), spread: formatWhole(state.kremlinEstimate.spread) }));
  return h('section', { attrs: { 'aria-label': t('panels.treaty.shortOf'), 'data-testid': 'tracks' } }, h('h3', { text: t('panels.treaty.shortOfHeading') }), h('ul', { class: 'small' }, ...lines.map((text) => h('li', { text }))));
}

function counterCard(ctx: PanelContext): HTMLElement | null {
  const { controller } = ctx;
  const pending = controller.state.treaty.pending;
  if (!pending || pending.from !== 'russia') return null;
  const preview = controller.preview(pending.proposal);
  const accept = controller.availability('japan').find((a) => a.action.type === 'acceptCounter');
  const japanActs = controller.humanActing === 'japan';
  return h(
    'section',
    { class: 'flip', attrs: { 'aria-label': t('panels.treaty.counter') } },
    h('h3', { text: t('panels.treaty.counter') }),
    h('p', { text: proposalWords(pending.proposal, controller.state, ctx.viewer) }),
    h('p', {
      class: 'small',
      text: ((o) => (preview.ratifies ? t('panels.treaty.counterRatifies', o) : t('panels.treaty.counterFails', o)))({ support: signed(preview.supportTotal), approval: formatWhole(preview.approval), line: formatWhole(preview.ratifyLine) }),
    }),
    h(
      'div',
      { class: 'field-row' },
      accept && !accept.blocked && japanActs
        ? button(t('panels.treaty.acceptCounter'), () => ctx.perform(accept.action), { class: 'primary', key: 'accept-counter' })
        : h('span', { class: 'small muted', text: accept?.blocked ? t('panels.treaty.cannotAccept', { why: refusalText(accept.blocked, accept.action, controller.state, accept.cost) }) : '' }),
      button(t('panels.treaty.loadCounter'), () => ctx.setDraft(pending.proposal), { key: 'load-counter' }),
    ),
    h('p', { class: 'small muted', text: t('panels.treaty.lapses') }),
  );
}

function select<T extends string | number>(key: string, label: string, value: T, options: readonly T[], words: (v: T) => string, onChange: (v: T) => void, disabled = false): HTMLSelectElement {
  const el = h(
    'select',
    { key, attrs: { 'aria-label': label, disabled } },
    ...options.map((o) => h('option', { attrs: { value: String(o), selected: o === value }, text: words(o) })),
  );
  el.addEventListener('change', () => onChange(options.find((o) => String(o) === el.value)!));
  return el;
}

function builder(ctx: PanelContext): HTMLElement {
  const { controller, viewer } = ctx;
  const draft = ctx.ui.draft;
  const set = (change: Partial<Proposal>) => ctx.setDraft({ ...draft, ...change });
  const rows = ISLANDS.flatMap((id) => {
    const name = islandNames(controller.state, id, viewer).name;
    return [
      h('span', { text: name, style: { 'font-weight': ctx.ui.island === id ? '700' : '400' } }),
      select(`transfer-${id}`, t('panels.treaty.transferOf', { island: name }), draft.transfers[id], TRANSFER_KINDS, transferWord, (v) => set({ transfers: { ...draft.transfers, [id]: v } })),
      select(
        `access-${id}`,
        t('panels.treaty.accessOf', { island: name }),
        draft.transfers[id] === 'none' ? draft.access[id] : 'none',
        ACCESS_LEVELS,
        accessWord,
        (v) => set({ access: { ...draft.access, [id]: v } }),
        draft.transfers[id] !== 'none',
      ),
    ];
  });
  const check = (key: 'demilitarise' | 'noUsForces', label: string) => {
    const box = h('input', { key, attrs: { type: 'checkbox', checked: draft[key] } });
    box.addEventListener('change', () => set({ [key]: box.checked }));
    return h('label', { class: 'check' }, box, label);
  };
  const preview = controller.preview(draft);
  return h(
    'section',
    { attrs: { 'aria-label': t('panels.treaty.builder') } },
    h('h3', { text: t('panels.treaty.build') }),
    h(
      'div',
      { class: 'presets', attrs: { role: 'group', 'aria-label': t('panels.treaty.presets') } },
      ...presetProposals().map((p) => button(presetName(p.id, controller.state, viewer), () => ctx.setDraft(p.proposal), { key: `preset-${p.id}` })),
      button(t('panels.treaty.clear'), () => ctx.setDraft(emptyProposal()), { key: 'preset-clear' }),
    ),
    h('div', { class: 'terms-grid' }, h('span', { class: 'head', text: t('panels.treaty.island') }), h('span', { class: 'head', text: t('panels.treaty.transferHead') }), h('span', { class: 'head', text: t('panels.treaty.accessHead') }), ...rows),
    h(
      'div',
      { class: 'options-grid' },
      h('span', { text: t('panels.treaty.scheduleLabel') }),
      select('schedule', t('panels.treaty.scheduleLabel'), draft.schedule, SCHEDULES, scheduleWord, (v) => set({ schedule: v })),
      h('span', { text: t('panels.treaty.packageLabel') }),
      select('package', t('panels.treaty.packageLabel'), draft.economicPackage, [0, 1, 2, 3] as const, packageWord, (v) => set({ economicPackage: v })),
      check('demilitarise', t('panels.treaty.demilitarise')),
      check('noUsForces', t('panels.treaty.noUsForces')),
    ),
    h('p', {
      class: 'small muted',
      text: t('panels.treaty.delays', {
        onSigning: quarters(TRANSFER_DELAY.onSigning.small),
        phasedSmall: quarters(TRANSFER_DELAY.phased.small),
        phasedLarge: quarters(TRANSFER_DELAY.phased.large),
        deferredSmall: quarters(TRANSFER_DELAY.deferred.small),
        deferredLarge: quarters(TRANSFER_DELAY.deferred.large),
        shikotan: islandNames(controller.state, 'shikotan', viewer).name,
        habomai: islandNames(controller.state, 'habomai', viewer).name,
        etorofu: islandNames(controller.state, 'etorofu', viewer).name,
        kunashiri: islandNames(controller.state, 'kunashiri', viewer).name,
      }),
    }),
    previewBlock(ctx, preview),
  );
}

function previewBlock(ctx: PanelContext, preview: ProposalPreview): HTMLElement {
  const { weighing } = preview;
  const verdict = { accept: () => t('panels.treaty.verdict.accept'), counter: () => t('panels.treaty.verdict.counter'), reject: () => t('panels.treaty.verdict.reject') }[weighing.answer]();
  const maxAbs = Math.max(10, ...weighing.terms.map((t) => Math.abs(t.value)));
  const send = () => ctx.perform({ type: 'propose', power: 'japan', proposal: ctx.ui.draft });
  return h(
    'section',
    { attrs: { 'aria-label': t('panels.treaty.weighing'), 'aria-live': 'polite', 'data-testid': 'russia-preview' } },
    h('h3', { text: t('panels.treaty.weighHeading') }),
    h(
      'div',
      { class: `verdict ${weighing.answer}`, attrs: { 'data-testid': 'verdict' } },
      t('panels.treaty.verdictLine', { verdict, total: signed(weighing.total, 1), low: signed(weighing.low, 1), high: signed(weighing.high, 1), chance: percent(weighing.acceptChance) }),
      h('div', {
        class: 'small muted',
        text: t('panels.treaty.thresholds', { accept: formatWhole(ACCEPT_THRESHOLD), counter: formatWhole(COUNTER_THRESHOLD) }),
      }),
    ),
    termList(weighing.terms, maxAbs),
    flipBlock(ctx, preview),
    h('h3', { text: t('panels.treaty.inJapan') }),
    termList(preview.support, 30),
    h(
      'p',
      { class: preview.ratifies ? 'pos' : 'neg' },
      ((o) => (preview.ratifies ? t('panels.treaty.dietRatifies', o) : t('panels.treaty.dietFails', o)))({
        approval: formatWhole(preview.approval),
        sign: preview.supportTotal >= 0 ? '+' : '−',
        support: formatWhole(Math.abs(preview.supportTotal)),
        sum: formatWhole(preview.approval + preview.supportTotal),
        line: formatWhole(preview.ratifyLine),
      }),
    ),
    h(
      'div',
      { class: 'field-row' },
      button(t('panels.treaty.send', { cost: costText(costOf(ctx.controller.state, { type: 'propose', power: 'japan', proposal: ctx.ui.draft })) }), preview.blocked ? () => undefined : send, {
        class: 'primary',
        key: 'send-proposal',
        attrs: { 'aria-disabled': preview.blocked ? 'true' : undefined, disabled: !!preview.blocked && ctx.controller.humanActing !== 'japan' },
      }),
    ),
    preview.blocked ? h('p', { class: 'neg small', text: t('panels.treaty.cannotSend', { why: refusalText(preview.blocked, { type: 'propose', power: 'japan', proposal: ctx.ui.draft }, ctx.controller.state) }) }) : null,
  );
}

const lastAnswerWord = (answer: 'accept' | 'counter' | 'reject'): string =>
  ({ accept: () => t('panels.treaty.last.accept'), counter: () => t('panels.treaty.last.counter'), reject: () => t('panels.treaty.last.reject') })[answer]();
const answerWord = (answer: 'accept' | 'counter' | 'reject'): string =>
  ({ accept: () => t('panels.treaty.answer.accept'), counter: () => t('panels.treaty.answer.counter'), reject: () => t('panels.treaty.answer.reject') })[answer]();

/** Named terms with bars; `words` puts engine labels in the viewer's names. */
function termList(terms: readonly Reason[], scale: number, words: (text: string) => string = (text) => text, viewer?: PowerId): HTMLElement {
  if (terms.length === 0) return h('p', { class: 'muted small', text: t('panels.treaty.noTerms') });
  return h(
    'ul',
    { class: 'weighing' },
    ...terms.map((term) => {
      const width = `${Math.min(50, (Math.abs(term.value) / scale) * 50)}%`;
      return h(
        'li',
        null,
        h('span', { text: words(reasonLabel(term, viewer)) }),
        h('span', { class: `val ${term.value >= 0 ? 'pos' : 'neg'}`, text: signed(term.value, 1) }),
        h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, h('span', { class: term.value >= 0 ? 'plus' : 'minus', style: { width } })),
      );
    }),
  );
}

function flipBlock(ctx: PanelContext, preview: ProposalPreview): HTMLElement | null {
  if (preview.weighing.answer === 'accept') return null;
  const flip = preview.flip;
  if (!flip) {
    return h('div', { class: 'flip small', attrs: { 'data-testid': 'flip' } }, t('panels.treaty.noFlip'));
  }
  return h(
    'div',
    { class: 'flip', attrs: { 'data-testid': 'flip' } },
    h('strong', { text: t('panels.treaty.flip') }),
    h('ul', { class: 'small' }, ...flip.changes.map((c) => h('li', { text: changeText(ctx, c) }))),
    h('div', { class: 'small', text: t('panels.treaty.flipTotal', { total: signed(flip.weighing.total, 1), chance: percent(flip.weighing.acceptChance) }) }),
    button(t('panels.treaty.applyFlip'), () => ctx.setDraft(flip.proposal), { key: 'apply-flip' }),
  );
}

export function changeText(ctx: PanelContext, change: Change): string {
  const [field, island] = change.field.split('.') as [string, IslandId | undefined];
  const name = island ? islandNames(ctx.controller.state, island, ctx.viewer).name : '';
  switch (field) {
    case 'transfers':
      return t('panels.treaty.change.instead', { island: name, to: transferWord(change.to as TransferKind), from: transferWord(change.from as TransferKind) });
    case 'access':
      return t('panels.treaty.change.instead', { island: name, to: accessWord(change.to as AccessLevel), from: accessWord(change.from as AccessLevel) });
    case 'schedule':
      return t('panels.treaty.change.schedule', { schedule: scheduleWord(change.to as Schedule) });
    case 'demilitarise':
      return change.to === 'true' ? t('panels.treaty.change.demilitarise') : t('panels.treaty.change.dropDemilitarise');
    case 'noUsForces':
      return change.to === 'true' ? t('panels.treaty.change.noUsForces') : t('panels.treaty.change.dropNoUsForces');
    case 'economicPackage':
      return t('panels.treaty.change.package', { tier: packageWord(Number(change.to)) });
    default:
      return t('panels.treaty.change.other', { field: change.field, from: change.from, to: change.to });
  }
}

function russianView(ctx: PanelContext): HTMLElement {
  const { controller } = ctx;
  const pending = controller.state.treaty.pending;
  if (!pending || pending.from !== 'japan') return h('p', { class: 'muted', text: t('panels.treaty.noJapanese') });
  // Russia's own seat weighs with the Kremlin's true private margin, not Tokyo's estimate.
  const weighing = controller.kremlinWeighing(pending.proposal);
  const words = viewerWords(controller.state, ctx.viewer);
  return h(
    'section',
    null,
    h('h3', { text: t('panels.treaty.japanProposal') }),
    h('p', { text: proposalWords(pending.proposal, controller.state, ctx.viewer) }),
    h('p', { text: t('panels.treaty.advisers', { total: signed(weighing.total, 1), answer: answerWord(weighing.answer) }) }),
    termList(weighing.terms, Math.max(10, ...weighing.terms.map((term) => Math.abs(term.value))), words, ctx.viewer),
    h('p', { class: 'small muted', text: t('panels.treaty.answerInActions') }),
  );
}
