// The parts of the save interface that the start screen and the in-game dialog share: the
// slot list and the import of a record file. Errors come back as messages for an alert
// region; a failed load never writes anything.
import { GameController } from '../app/play/controller';
import { findScenarioIn } from '../app/play/custom-scenarios';
import { MAX_IMPORT_BYTES, clip, deleteSlot, listSlots, parseRecordText, readSlot, type SlotInfo } from '../app/play/saves';
import { t } from '../app/views/i18n';
import { formatDateTime, formatPlain, formatQuarter, formatWhole } from '../app/views/i18n/format';
import { positionWords } from '../app/views/i18n/terms';
import type { KeyValueStorage } from '../app/play/storage';
import { button, h, render } from './dom';
import { openDialog, type DialogHandle } from './dialogs';
import { scenarioTitle } from '../app/views/scenario-text';

/** A game loaded and verified, or why not; `file` names the file it came from (an import). */
export type Loaded = { ok: true; controller: GameController; file?: string } | { ok: false; message: string };

/** A file's name as messages quote it: never more than a short line. */
const fileLabel = (name: string) => t('saves.fileName', { name: clip(name, 60) });

/** Where a loaded game resumes, for messages: "turn 5 of 8 (2017Q4), seed 11". */
export const resumesAt = (controller: GameController): string => {
  const s = controller.summary();
  return t('saves.resumesAt', { position: positionWords(s), seed: formatPlain(s.seed) });
};

export function loadSlot(storage: KeyValueStorage, id: string): Loaded {
  const record = readSlot(storage, id);
  if (!record.ok) return { ok: false, message: record.error.message };
  const loaded = GameController.load(record.value, { storage });
  return loaded.ok ? { ok: true, controller: loaded.value } : { ok: false, message: loaded.error.message };
}

export async function loadFile(storage: KeyValueStorage, file: File): Promise<Loaded> {
  const name = fileLabel(file.name);
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: t('saves.tooLarge', { file: name }) };
  const text = await file.text();
  const record = parseRecordText(text);
  if (!record.ok) return { ok: false, message: t('words.unit.labelled', { label: name, text: record.error.message }) };
  const loaded = GameController.load(record.value, { storage });
  return loaded.ok ? { ok: true, controller: loaded.value, file: name } : { ok: false, message: t('words.unit.labelled', { label: name, text: loaded.error.message }) };
}

const when = (time: number) => (time ? formatDateTime(new Date(time)) : t('saves.unknownTime'));

/** A saved game's scenario title in the reader's language when its scenario is known here; else as it was saved (in the language of the game that saved it). */
export function savedScenarioTitle(storage: KeyValueStorage, saved: { scenarioId: string; scenarioTitle: string }): string {
  const scenario = findScenarioIn(storage)(saved.scenarioId);
  return scenario ? scenarioTitle(scenario) : saved.scenarioTitle;
}

export function slotDetails(storage: KeyValueStorage, s: SlotInfo): string {
  if (s.scenarioId === '?') return t('saves.indexLost');
  const title = savedScenarioTitle(storage, s);
  return s.over
    ? t('saves.detailsFinished', { title, seed: formatPlain(s.seed), saved: when(s.savedAt) })
    : t('saves.details', { title, date: formatQuarter(s.date), turn: formatWhole(s.turn), last: formatWhole(s.lastTurn), seed: formatPlain(s.seed), saved: when(s.savedAt) });
}

/** The list of named slots with Load and Delete buttons. */
export function slotList(storage: KeyValueStorage, onLoad: (id: string) => void, onChange: () => void): HTMLElement {
  const slots = listSlots(storage);
  if (slots.length === 0) return h('p', { class: 'muted small', text: t('saves.none') });
  return h(
    'ul',
    { class: 'slot-list', attrs: { 'aria-label': t('saves.listLabel') } },
    ...slots.map((s) =>
      h(
        'li',
        null,
        h('div', null, h('strong', { text: s.name }), h('div', { class: 'muted small', text: slotDetails(storage, s) })),
        button(t('saves.load'), () => onLoad(s.id), { key: `load-${s.id}`, attrs: { 'aria-label': t('saves.loadNamed', { name: s.name }) } }),
        button(
          t('saves.delete'),
          () => {
            deleteSlot(storage, s.id);
            onChange();
          },
          { class: 'danger', key: `delete-${s.id}`, attrs: { 'aria-label': t('saves.deleteNamed', { name: s.name }) } },
        ),
      ),
    ),
  );
}

/** A labelled file input that reads a record file and reports the result. */
export function importControl(storage: KeyValueStorage, onResult: (loaded: Loaded) => void): HTMLElement {
  const input = h('input', {
    key: 'import-file',
    attrs: { type: 'file', accept: '.json,application/json', id: `import-${Math.random().toString(36).slice(2)}`, 'data-testid': 'import-file' },
  });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const loaded = await loadFile(storage, file);
    input.value = '';
    onResult(loaded);
  });
  return h('label', { class: 'field-row' }, h('span', { text: t('saves.importLabel') }), input);
}

/**
 * The in-game Save and load dialog: save under a name, load or delete a slot, export the
 * game as a file, import one. A load that fails says why and changes nothing.
 */
export function savesDialog(
  controller: GameController,
  storage: KeyValueStorage,
  exportRecord: () => void,
  openGame: (controller: GameController) => void,
  onClose: () => void,
): DialogHandle {
  const status = h('div', { attrs: { role: 'alert', 'data-testid': 'saves-status' } });
  /** Buttons to confirm an import that would replace this campaign. */
  const confirm = h('div', { class: 'field-row', attrs: { 'data-testid': 'import-confirm' } });
  const list = h('div');
  const nameInput = h('input', { attrs: { type: 'text', value: `${controller.summary().date} ${scenarioTitle(controller.scenario)}`.slice(0, 60), 'aria-label': t('saves.nameLabel'), id: 'save-name' } });
  const say = (text: string, ok: boolean) => {
    status.className = ok ? 'note-ok' : 'alert';
    status.textContent = text;
  };
  const open = (loaded: Loaded) => {
    render(confirm);
    if (!loaded.ok) return say(loaded.message, false);
    loaded.controller.persist();
    handle.close();
    openGame(loaded.controller);
  };
  // An imported file replaces the campaign in progress: say where each stands and ask first.
  const offer = (loaded: Loaded) => {
    if (!loaded.ok) {
      render(confirm);
      return say(loaded.message, false);
    }
    const replaces = { at: resumesAt(loaded.controller), position: positionWords(controller.summary()) };
    say(loaded.file ? t('saves.offerFile', { file: loaded.file, ...replaces }) : t('saves.offer', replaces), true);
    render(
      confirm,
      button(t('saves.open'), () => open(loaded), { class: 'primary', key: 'import-open' }),
      button(
        t('saves.keep'),
        () => {
          render(confirm);
          say(t('saves.nothingLoaded'), true);
        },
        { key: 'import-cancel' },
      ),
    );
    confirm.querySelector<HTMLElement>('[data-key="import-open"]')?.focus();
  };
  // A saved game, like a file, replaces this campaign: offered first, opened only when confirmed.
  const refreshList = () => render(list, slotList(storage, (id) => offer(loadSlot(storage, id)), refreshList));
  refreshList();
  const handle = openDialog({
    title: t('saves.title'),
    testId: 'saves-dialog',
    body: [
      h(
        'div',
        { class: 'field-row' },
        h('label', { attrs: { for: 'save-name' }, text: t('saves.saveAs') }),
        nameInput,
        button(
          t('saves.save'),
          () => {
            const saved = controller.saveToSlot(nameInput.value);
            if (saved.ok) say(t('saves.saved', { name: saved.value.name }), true);
            else say(saved.error.message, false);
            refreshList();
          },
          { class: 'primary', key: 'save-slot' },
        ),
      ),
      status,
      confirm,
      h('h3', { text: t('saves.listLabel') }),
      list,
      h('p', { class: 'small muted', text: t('saves.replaceNote') }),
      h('h3', { text: t('saves.files') }),
      h('div', { class: 'field-row' }, button(t('saves.export'), exportRecord, { key: 'export' })),
      importControl(storage, offer),
    ],
    actions: [{ label: t('saves.close'), onClick: () => undefined }],
    onClose,
  });
  nameInput.focus();
  return handle;
}
