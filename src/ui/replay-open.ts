// Where the replay viewer finds games: the campaign in progress (the autosave), the named
// saves, a record file, or a pasted share link. Every one is replayed and verified before
// it opens; a failure says why in the panel's alert and changes nothing.
import { findScenarioIn } from '../app/play/custom-scenarios';
import { MAX_IMPORT_BYTES, autosaveSummary, listSlots, parseRecordText, readAutosave, readSlot } from '../app/play/saves';
import type { KeyValueStorage } from '../app/play/storage';
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
          'Replay the campaign in progress',
          () => {
            const saved = readAutosave(storage);
            if (!saved.ok) return say(`The campaign in progress cannot be read. ${saved.error.message}`);
            if (!saved.value) return say('There is no campaign in progress.');
            finish(openRecord(saved.value, 'the campaign in progress', find));
          },
          { key: `${idPrefix}-autosave`, attrs: { 'data-testid': 'replay-autosave' } },
        ),
        summary ? h('span', { class: 'muted small', text: `${summary.scenarioTitle} · ${summary.over ? 'finished' : `${summary.date}, turn ${summary.turn} of ${summary.lastTurn}`} · seed ${summary.seed}` }) : null,
      )
    : h('p', { class: 'muted small', text: 'No campaign in progress.' });

  const slots = listSlots(storage);
  const slotItems = slots.length
    ? h(
        'ul',
        { class: 'slot-list', attrs: { 'aria-label': 'Saved games to replay' } },
        ...slots.map((s) =>
          h(
            'li',
            { class: 'slot-replay' },
            h('div', null, h('strong', { text: s.name }), h('div', { class: 'muted small', text: slotDetails(s) })),
            button(
              'Replay',
              () => {
                const record = readSlot(storage, s.id);
                if (!record.ok) return say(`“${s.name}”: ${record.error.message}`);
                finish(openRecord(record.value, `the save “${s.name}”`, find));
              },
              { key: `${idPrefix}-slot-${s.id}`, attrs: { 'aria-label': `Replay ${s.name}` } },
            ),
          ),
        ),
      )
    : h('p', { class: 'muted small', text: 'No saved games yet.' });

  const file = h('input', { attrs: { type: 'file', accept: '.json,application/json', id: `${idPrefix}-file`, 'data-testid': 'replay-file' } });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) return say(`“${chosen.name}” is too large to be a game record. Nothing was opened.`);
    const record = parseRecordText(await chosen.text());
    if (!record.ok) return say(`“${chosen.name}”: ${record.error.message.replace('loaded', 'opened')}`);
    finish(openRecord(record.value, `the file “${chosen.name}”`, find));
  });

  const linkField = h('input', {
    attrs: { type: 'text', id: `${idPrefix}-link`, placeholder: 'https://…#game=v1*…', spellcheck: 'false', autocomplete: 'off', 'data-testid': 'replay-link-input' },
    class: 'share-field',
  });
  const openTyped = () => {
    const link = linkFromText(linkField.value);
    if (!link) return say('Paste a share link first (it contains “#game=”).');
    finish(openLink(link, find));
  };
  linkField.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      openTyped();
    }
  });

  return h(
    'div',
    { class: 'open-panel' },
    h('h3', { text: 'The campaign in progress' }),
    autosave,
    h('h3', { text: 'Saved games' }),
    slotItems,
    h('h3', { text: 'A game record file' }),
    h('div', { class: 'field-row' }, h('label', { attrs: { for: `${idPrefix}-file` }, text: 'Record file:' }), file),
    h('h3', { text: 'A share link' }),
    h('label', { attrs: { for: `${idPrefix}-link` }, class: 'small muted', text: 'Paste the link someone shared (the whole address, or the part after “#game=”):' }),
    h('div', { class: 'share-row' }, linkField, button('Open link', openTyped, { key: `${idPrefix}-open-link` })),
    h('p', { class: 'muted small', text: 'Every game is replayed and checked turn by turn before it opens; a game that does not reproduce is refused.' }),
  );
}
