// The Treaty tab: the treaty track, Russia's counter-proposal when one is on the table, and
// the proposal builder. Before anything is sent it shows how Russia would weigh the draft
// term by term (weighProposal), the smallest change that would make Russia accept
// (smallestFlip) and how the deal would play in Japan (japaneseSupport).
import type { ProposalPreview } from '../app/play/controller';
import { STAGE_LABELS, islandNames, signed, viewerWords } from '../app/views/names';
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
  proposalText,
  type Change,
  type IslandId,
  type PowerId,
  type Proposal,
  type Reason,
} from '../engine';
import type { PanelContext } from './context';
import { costText, sentence } from './wording';
import { button, h } from './dom';
import { reasonText as reasonLabel } from '../app/views/engine-words';

const TRANSFER_WORDS = { none: 'keep as is', administration: 'administration', sovereignty: 'sovereignty' } as const;
const ACCESS_WORDS = { none: 'no access', visits: 'visa-free visits', joint: 'joint activity' } as const;
const SCHEDULE_WORDS = { onSigning: 'on signing', phased: 'phased', deferred: 'deferred' } as const;
const PACKAGE_WORDS = ['none', `tier 1 (${PACKAGE_COST[1]} bn, held from the offer, paid on signing)`, `tier 2 (${PACKAGE_COST[2]} bn)`, `tier 3 (${PACKAGE_COST[3]} bn)`];
const quarters = (n: number) => (n === 1 ? 'one quarter' : `${n} quarters`);
const PRESET_NAMES: Record<string, string> = {
  '1956-basis': '1956 basis',
  '1956-plus-access': '1956 + access',
  'habomai-first': 'Habomai first',
  'all-four': 'All four',
};

/** A draft restored from the session: a fresh, well-formed proposal, or null (the same parse as any proposal from outside). */
export function asProposal(value: unknown): Proposal | null {
  const parsed = parseProposal(value);
  return parsed.ok ? parsed.value : null;
}

export function treatyPanel(ctx: PanelContext): HTMLElement {
  const { controller } = ctx;
  const state = controller.state;
  const japanActs = controller.humanActing === 'japan';
  return h(
    'div',
    null,
    treatyTrack(ctx),
    tracksShortOfTreaty(ctx),
    counterCard(ctx),
    japanActs || controller.viewer === 'japan' ? builder(ctx) : russianView(ctx),
    state.treaty.agreed ? h('p', { class: 'small' }, h('strong', { text: 'Agreed text: ' }), proposalText(state.treaty.agreed)) : null,
  );
}

function treatyTrack(ctx: PanelContext): HTMLElement {
  const t = ctx.controller.state.treaty;
  const index = TREATY_STAGES.indexOf(t.stage);
  const last = t.lastAnswer;
  return h(
    'section',
    { attrs: { 'aria-label': 'Treaty track' } },
    h('h3', { text: 'Treaty track' }),
    h(
      'ol',
      { class: 'presets', attrs: { 'aria-label': `Stage ${index + 1} of ${TREATY_STAGES.length}: ${STAGE_LABELS[t.stage]}` }, style: { 'list-style': 'none', padding: '0' } },
      ...TREATY_STAGES.map((s, i) =>
        h('li', {
          class: 'small',
          text: `${i < index ? '✓ ' : i === index ? '● ' : '○ '}${STAGE_LABELS[s]}`,
          style: { padding: '0.15em 0.5em', border: `1px solid ${i === index ? 'var(--focus)' : 'var(--line)'}`, 'border-radius': '4px', color: i <= index ? 'var(--text)' : 'var(--muted)' },
        }),
      ),
    ),
    h('p', { class: 'small muted', text: `Progress within the stage: ${Math.round(t.progress)}.${last ? ` Russia's last answer (${ctx.controller.dateOf(last.turn)}): ${LAST_ANSWER_WORDS[last.answer]}, total ${signed(last.score, 1)}.` : ''}` }),
    t.pending?.from === 'japan' ? h('p', { class: 'note-ok', text: 'Your proposal is on the table: Moscow answers in its phase of this turn.' }) : null,
  );
}

const JOINT_WORDS = { none: 'not begun', talks: 'under negotiation', pilots: 'pilot projects', operating: 'operating under a special framework' } as const;

/** Where the talks stand beyond the stage, and the tracks short of a treaty, in one list. */
function tracksShortOfTreaty(ctx: PanelContext): HTMLElement {
  const { controller } = ctx;
  const state = controller.state;
  const t = state.treaty;
  const tracks = state.tracks;
  const lines: string[] = [];
  if (t.suspendedUntil !== null && t.suspendedUntil > state.turn) lines.push(`Moscow has suspended the talks until ${controller.dateOf(t.suspendedUntil)}.`);
  if (t.stage === 'draft' && t.stalledTurns > 0) lines.push(`Ratification has waited ${t.stalledTurns} of ${MAX_STALLED_TURNS} quarters; at ${MAX_STALLED_TURNS} the draft dies.`);
  if (t.escrow > 0) lines.push(`${t.escrow} bn of the budget is held for the economic package.`);
  if (t.stage === 'signed') lines.push(`Carrying out the treaty: ${Math.round(t.implementation)} of 100 (handovers slip below ${HANDOVER_SLIPS_BELOW}).`);
  lines.push(`Visa-free and grave visits: ${tracks.visits === 'running' ? 'running' : 'suspended by Moscow'}.`);
  lines.push(`Joint economic activity: ${JOINT_WORDS[tracks.jointActivity.stage]}.`);
  lines.push(`Security dialogue (2+2): ${tracks.dialogue > 0 ? `${Math.round(tracks.dialogue)} of 100` : 'none'}.`);
  lines.push(`Channels to the Kremlin: ${Math.round(tracks.contacts)} of 100; Tokyo reads Moscow's private calculations to within ±${state.kremlinEstimate.spread}.`);
  return h('section', { attrs: { 'aria-label': 'Tracks short of a treaty', 'data-testid': 'tracks' } }, h('h3', { text: 'Short of a treaty' }), h('ul', { class: 'small' }, ...lines.map((text) => h('li', { text }))));
}

function counterCard(ctx: PanelContext): HTMLElement | null {
  const { controller } = ctx;
  const pending = controller.state.treaty.pending;
  if (!pending || pending.from !== 'russia') return null;
  const preview = controller.preview(pending.proposal);
  const accept = controller.availability('japan').find((a) => a.action.type === 'acceptCounter');
  return h(
    'section',
    { class: 'flip', attrs: { 'aria-label': "Russia's counter-proposal" } },
    h('h3', { text: "Russia's counter-proposal" }),
    h('p', { text: proposalText(pending.proposal) }),
    h('p', { class: 'small', text: `In Japan: ${signed(preview.supportTotal)} support; approval ${preview.approval} + support must reach ${preview.ratifyLine} → ${preview.ratifies ? 'the Diet would ratify it' : 'the Diet would not ratify it today'}.` }),
    h(
      'div',
      { class: 'field-row' },
      accept && !accept.blocked && controller.humanActing === 'japan'
        ? button('Accept the counter-proposal', () => ctx.perform(accept.action), { class: 'primary', key: 'accept-counter' })
        : h('span', { class: 'small muted', text: accept?.blocked ? `Cannot accept now: ${sentence(accept.blocked.message)}` : '' }),
      button('Load it into the builder', () => ctx.setDraft(pending.proposal), { key: 'load-counter' }),
    ),
    h('p', { class: 'small muted', text: 'The counter lapses at the end of this turn if you do not accept it.' }),
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
      select(`transfer-${id}`, `${name}: transfer`, draft.transfers[id], TRANSFER_KINDS, (v) => TRANSFER_WORDS[v], (v) => set({ transfers: { ...draft.transfers, [id]: v } })),
      select(
        `access-${id}`,
        `${name}: access`,
        draft.transfers[id] === 'none' ? draft.access[id] : 'none',
        ACCESS_LEVELS,
        (v) => ACCESS_WORDS[v],
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
    { attrs: { 'aria-label': 'Proposal builder' } },
    h('h3', { text: 'Build a proposal' }),
    h(
      'div',
      { class: 'presets', attrs: { role: 'group', 'aria-label': 'Ready-made drafts' } },
      ...presetProposals().map((p) => button(PRESET_NAMES[p.id] ?? p.id, () => ctx.setDraft(p.proposal), { key: `preset-${p.id}` })),
      button('Clear', () => ctx.setDraft(emptyProposal()), { key: 'preset-clear' }),
    ),
    h('div', { class: 'terms-grid' }, h('span', { class: 'head', text: 'Island' }), h('span', { class: 'head', text: 'Transfer to Japan' }), h('span', { class: 'head', text: 'Access if kept' }), ...rows),
    h(
      'div',
      { class: 'options-grid' },
      h('span', { text: 'Schedule' }),
      select('schedule', 'Schedule', draft.schedule, SCHEDULES, (v) => SCHEDULE_WORDS[v], (v) => set({ schedule: v })),
      h('span', { text: 'Economic package' }),
      select('package', 'Economic package', draft.economicPackage, [0, 1, 2, 3] as const, (v) => PACKAGE_WORDS[v]!, (v) => set({ economicPackage: v })),
      check('demilitarise', 'Demilitarise what is returned'),
      check('noUsForces', 'No US forces on returned islands'),
    ),
    h('p', { class: 'small muted', text: `Handover after signing: on signing, ${quarters(TRANSFER_DELAY.onSigning.small)}; phased, Shikotan and Habomai after ${quarters(TRANSFER_DELAY.phased.small)} and Etorofu and Kunashiri after ${quarters(TRANSFER_DELAY.phased.large)}; deferred, after ${quarters(TRANSFER_DELAY.deferred.small)} and ${quarters(TRANSFER_DELAY.deferred.large)}. The package is paid on signing.` }),
    previewBlock(ctx, preview),
  );
}

function previewBlock(ctx: PanelContext, preview: ProposalPreview): HTMLElement {
  const { weighing } = preview;
  const verdictWords = {
    accept: 'Russia would probably accept this draft today',
    counter: 'Russia would probably answer with a counter-proposal',
    reject: 'Russia would probably reject this draft',
  } as const;
  const maxAbs = Math.max(10, ...weighing.terms.map((t) => Math.abs(t.value)));
  const send = () => ctx.perform({ type: 'propose', power: 'japan', proposal: ctx.ui.draft });
  return h(
    'section',
    { attrs: { 'aria-label': "Russia's weighing", 'aria-live': 'polite', 'data-testid': 'russia-preview' } },
    h('h3', { text: 'How Moscow would weigh it (as things stand now)' }),
    h(
      'div',
      { class: `verdict ${weighing.answer}`, attrs: { 'data-testid': 'verdict' } },
      `${verdictWords[weighing.answer]}: total ${signed(weighing.total, 1)} (between ${signed(weighing.low, 1)} and ${signed(weighing.high, 1)}), a ${Math.round(weighing.acceptChance * 100)}% chance of acceptance`,
      h('div', {
        class: 'small muted',
        text: `Accepts at ${ACCEPT_THRESHOLD} or more; counters from ${COUNTER_THRESHOLD} when it finds terms it could sign; rejects below. The Kremlin's private calculations are an estimate: summits, visits and a security dialogue narrow it, and Russia's answer reveals them.`,
      }),
    ),
    termList(weighing.terms, maxAbs),
    flipBlock(ctx, preview),
    h('h3', { text: 'How it plays in Japan' }),
    termList(preview.support, 30),
    h(
      'p',
      { class: preview.ratifies ? 'pos' : 'neg' },
      `Approval ${preview.approval} ${preview.supportTotal >= 0 ? '+' : '−'} ${Math.abs(preview.supportTotal)} = ${preview.approval + preview.supportTotal}; the Diet needs ${preview.ratifyLine}: ${preview.ratifies ? 'it would ratify' : 'it would not ratify'}.`,
    ),
    h(
      'div',
      { class: 'field-row' },
      button(`Send this proposal to Moscow (${costText(costOf(ctx.controller.state, { type: 'propose', power: 'japan', proposal: ctx.ui.draft }))})`, preview.blocked ? () => undefined : send, {
        class: 'primary',
        key: 'send-proposal',
        attrs: { 'aria-disabled': preview.blocked ? 'true' : undefined, disabled: !!preview.blocked && ctx.controller.humanActing !== 'japan' },
      }),
    ),
    preview.blocked ? h('p', { class: 'neg small', text: `Cannot send now: ${sentence(preview.blocked.message)}` }) : null,
  );
}

const LAST_ANSWER_WORDS = { accept: 'accepted', counter: 'a counter-proposal', reject: 'rejected' } as const;
const ANSWER_WORDS = { accept: 'accept it', counter: 'answer with a counter-proposal', reject: 'reject it' } as const;

/** Named terms with bars; `words` puts engine labels in the viewer's names. */
function termList(terms: readonly Reason[], scale: number, words: (text: string) => string = (t) => t, viewer?: PowerId): HTMLElement {
  if (terms.length === 0) return h('p', { class: 'muted small', text: 'No terms.' });
  return h(
    'ul',
    { class: 'weighing' },
    ...terms.map((t) => {
      const width = `${Math.min(50, (Math.abs(t.value) / scale) * 50)}%`;
      return h(
        'li',
        null,
        h('span', { text: words(reasonLabel(t, viewer)) }),
        h('span', { class: `val ${t.value >= 0 ? 'pos' : 'neg'}`, text: signed(t.value, 1) }),
        h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, h('span', { class: t.value >= 0 ? 'plus' : 'minus', style: { width } })),
      );
    }),
  );
}

function flipBlock(ctx: PanelContext, preview: ProposalPreview): HTMLElement | null {
  if (preview.weighing.answer === 'accept') return null;
  const flip = preview.flip;
  if (!flip) {
    return h('div', { class: 'flip small', attrs: { 'data-testid': 'flip' } }, 'No change of one or two terms that the Diet would ratify and the budget could pay for makes acceptance likelier: the gap is too wide. Deliver projects, hold summits or ask for less.');
  }
  return h(
    'div',
    { class: 'flip', attrs: { 'data-testid': 'flip' } },
    h('strong', { text: 'The change most likely to be accepted: ' }),
    h('ul', { class: 'small' }, ...flip.changes.map((c) => h('li', { text: changeText(ctx, c) }))),
    h('div', { class: 'small', text: `Russia's total would become about ${signed(flip.weighing.total, 1)}: a ${Math.round(flip.weighing.acceptChance * 100)}% chance of acceptance.` }),
    button('Apply this change to the draft', () => ctx.setDraft(flip.proposal), { key: 'apply-flip' }),
  );
}

export function changeText(ctx: PanelContext, change: Change): string {
  const [field, island] = change.field.split('.') as [string, IslandId | undefined];
  const name = island ? islandNames(ctx.controller.state, island, ctx.viewer).name : '';
  switch (field) {
    case 'transfers':
      return `${name}: ${TRANSFER_WORDS[change.to as keyof typeof TRANSFER_WORDS]} instead of ${TRANSFER_WORDS[change.from as keyof typeof TRANSFER_WORDS]}`;
    case 'access':
      return `${name}: ${ACCESS_WORDS[change.to as keyof typeof ACCESS_WORDS]} instead of ${ACCESS_WORDS[change.from as keyof typeof ACCESS_WORDS]}`;
    case 'schedule':
      return `schedule ${SCHEDULE_WORDS[change.to as keyof typeof SCHEDULE_WORDS]}`;
    case 'demilitarise':
      return change.to === 'true' ? 'demilitarise what is returned' : 'drop demilitarisation';
    case 'noUsForces':
      return change.to === 'true' ? 'promise no US forces on returned islands' : 'drop the promise on US forces';
    case 'economicPackage':
      return `economic package ${PACKAGE_WORDS[Number(change.to)]}`;
    default:
      return `${change.field}: ${change.from} → ${change.to}`;
  }
}

function russianView(ctx: PanelContext): HTMLElement {
  const { controller } = ctx;
  const pending = controller.state.treaty.pending;
  if (!pending || pending.from !== 'japan') return h('p', { class: 'muted', text: 'No Japanese proposal is on the table.' });
  // Russia's own seat weighs with the Kremlin's true private margin, not Tokyo's estimate.
  const weighing = controller.kremlinWeighing(pending.proposal);
  const words = viewerWords(controller.state, ctx.viewer);
  return h(
    'section',
    null,
    h('h3', { text: "Japan's proposal" }),
    h('p', { text: words(proposalText(pending.proposal)) }),
    h('p', { text: `Your advisers weigh it at ${signed(weighing.total, 1)}: ${ANSWER_WORDS[weighing.answer]}.` }),
    termList(weighing.terms, Math.max(10, ...weighing.terms.map((t) => Math.abs(t.value))), words, ctx.viewer),
    h('p', { class: 'small muted', text: 'Answer it in the Actions tab.' }),
  );
}
