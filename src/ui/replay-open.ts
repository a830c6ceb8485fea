// Where the replay viewer finds games: the campaign in progress (the autosave), the named
// saves, a record file, or a pasted share link. Every one is replayed and verified before
// it opens; a failure says why in the panel's alert and changes nothing.
import { findScenarioIn } from '../app/play/custom-scenarios';
import { MAX_IMPORT_BYTES, autosaveSummary, listSlots, parseRecordText, readAutosave, readSlot } from '../app/play/saves';
import type { KeyValueStorage } from '../app/play/storage';
import { t } from '../app/views/i18n';
import { formatPlain, formatQuarter, formatWhole } from '../app/views/i18n/format';
import { clip } from '../engine';
import { button, h } from './dom';
import { slotDetails } from './saves-ui';
import { linkFromText, openLink, openRecord, type Opened } from './share';
import type { ReplayTimeline } from '../app/play/replay';

/**
 * The panel of sources. `onOpen` receives a verified timeline; `say` shows a failure.
 * Pass `idPrefix` to keep element ids unique when two panels could exist at once.
 */
export function openPanel(storage: KeyValueStorage, onOpen: (timeline: ReplayTimeline) => void, say: (message: string) => void, idPrefix = 'open'): HTMLElement {
  const find = findScenarioIn(storage);
  const finish = (opened: Opened) => (opened.ok ? onOpen(opened.timeline) : say(opened.message));

  const summary = autosaveSummary(storage);
  const hasAutosave = storage.getItem('north-asia/autosave') !== null;
  const autosave = hasAutosave
    ? h(
        'div',
        { class: 'field-row' },
        button(
          t('review.open.autosaveButton'),
          () => {
            const saved = readAutosave(storage);
            if (!saved.ok) return say(t('start.error.unreadable', { message: saved.error.message }));
            if (!saved.value) return say(t('start.error.noCampaign'));
            finish(openRecord(saved.value, t('review.source.autosave'), find));
          },
          { key: `${idPrefix}-autosave`, attrs: { 'data-testid': 'replay-autosave' } },
        ),
        summary
          ? h('span', {
              class: 'muted small',
              text: summary.over
                ? t('start.continue.finished', { title: summary.scenarioTitle, seed: formatPlain(summary.seed) })
                : t('start.continue.position', { title: summary.scenarioTitle, date: formatQuarter(summary.date), turn: formatWhole(summary.turn), last: formatWhole(summary.lastTurn), seed: formatPlain(summary.seed) }),
            })
          : null,
      )
    : h('p', { class: 'muted small', text: t('review.open.noAutosave') });

  const slots = listSlots(storage);
  const slotItems = slots.length
    ? h(
        'ul',
        { class: 'slot-list', attrs: { 'aria-label': t('review.open.slotsLabel') } },
        ...slots.map((s) =>
          h(
            'li',
            { class: 'slot-replay' },
            h('div', null, h('strong', { text: s.name }), h('div', { class: 'muted small', text: slotDetails(storage, s) })),
            button(
              t('review.open.replaySlot'),
              () => {
                const record = readSlot(storage, s.id);
                if (!record.ok) return say(t('review.open.slotUnreadable', { name: clip(s.name), message: record.error.message }));
                finish(openRecord(record.value, t('review.source.slot', { name: clip(s.name) }), find));
              },
              { key: `${idPrefix}-slot-${s.id}`, attrs: { 'aria-label': t('review.open.replaySlotNamed', { name: s.name }) } },
            ),
          ),
        ),
      )
    : h('p', { class: 'muted small', text: t('saves.none') });

  const file = h('input', { attrs: { type: 'file', accept: '.json,application/json', id: `${idPrefix}-file`, 'data-testid': 'replay-file' } });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    const name = clip(chosen.name);
    if (chosen.size > MAX_IMPORT_BYTES) return say(t('review.open.fileTooLarge', { name }));
    const record = parseRecordText(await chosen.text());
    if (!record.ok) return say(t('review.open.fileUnreadable', { name, message: record.error.message }));
    finish(openRecord(record.value, t('review.source.file', { name }), find));
  });

  const linkField = h('input', {
    attrs: {
      type: 'text',
      id: `${idPrefix}-link`,
      placeholder: 'https://…#game=v1*…', // i18n-ignore: the shape of an address, not words
      spellcheck: 'false',
      autocomplete: 'off',
      'data-testid': 'replay-link-input',
    },
    class: 'share-field',
  });
  const openTyped = () => {
    const link = linkFromText(linkField.value);
    if (!link) return say(t('review.open.pasteFirst'));
    finish(openLink(link, find));
  };
  linkField.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { // i18n-ignore: a key name
      e.preventDefault();
      openTyped();
    }
  });

  return h(
    'div',
    { class: 'open-panel' },
    h('h3', { text: t('review.open.autosaveHeading') }),
    autosave,
    h('h3', { text: t('review.open.slotsHeading') }),
    slotItems,
    h('h3', { text: t('review.open.fileHeading') }),
    h('div', { class: 'field-row' }, h('label', { attrs: { for: `${idPrefix}-file` }, text: t('review.open.fileLabel') }), file),
    h('h3', { text: t('review.open.linkHeading') }),
    h('label', { attrs: { for: `${idPrefix}-link` }, class: 'small muted', text: t('review.open.linkLabel') }),
    h('div', { class: 'share-row' }, linkField, button(t('review.open.openLink'), openTyped, { key: `${idPrefix}-open-link` })),
    h('p', { class: 'muted small', text: t('review.open.checked') }),
  );
}
