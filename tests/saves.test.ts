// Saves in an in-memory store: records round-trip through slots, the autosave and files;
// damaged, truncated and foreign saves give a clear error value and leave every other
// save as it was.
import { describe, expect, it } from 'vitest';
import { GameController } from '../src/app/controller';
import {
  AUTOSAVE_KEY,
  SESSION_KEY,
  SLOT_INDEX_KEY,
  SLOT_PREFIX,
  autosaveSummary,
  deleteSlot,
  listSlots,
  parseRecordText,
  readAutosave,
  readSession,
  readSlot,
  recordFileName,
  recordFileText,
  saveToSlot,
  writeSession,
} from '../src/app/saves';
import { memoryStorage, type KeyValueStorage } from '../src/app/storage';

const HUMAN_JAPAN = { japan: 'human', russia: 'ai', china: 'ai', usa: 'ai' } as const;
let clock = 1_700_000_000_000;
const now = () => (clock += 1000);

function playedGame(storage: KeyValueStorage, turns = 2): GameController {
  const made = GameController.create({ scenarioId: 'classroom-short', seed: 11, controllers: { ...HUMAN_JAPAN } }, { storage, now });
  if (!made.ok) throw new Error(made.error.message);
  const game = made.value;
  for (let i = 0; i < turns; i++) {
    for (const choice of game.pendingChoices()) {
      game.act({ type: 'answerEvent', power: 'japan', eventId: choice.event.id, optionId: choice.event.options[0]!.id });
    }
    game.act({ type: 'endTurn', power: 'japan' });
  }
  return game;
}

describe('parsing save text', () => {
  it('accepts an exported record and gives back the same record', () => {
    const game = playedGame(memoryStorage());
    const parsed = parseRecordText(recordFileText(game.record));
    expect(parsed.ok && parsed.value).toEqual(game.record);
  });

  it('calls a truncated file damaged or cut short', () => {
    const text = recordFileText(playedGame(memoryStorage()).record);
    const parsed = parseRecordText(text.slice(0, Math.floor(text.length / 2)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('ERR_SAVE_NOT_JSON');
      expect(parsed.error.message).toMatch(/damaged or cut short/);
    }
  });

  it('calls JSON from another program foreign', () => {
    const parsed = parseRecordText(JSON.stringify({ hello: 'world' }));
    expect(!parsed.ok && parsed.error.code).toBe('ERR_SAVE_FOREIGN');
  });

  it('names the bad field of a damaged record', () => {
    const record = { ...playedGame(memoryStorage()).record, seed: 'eleven' };
    const parsed = parseRecordText(JSON.stringify(record));
    expect(!parsed.ok && parsed.error.code).toBe('ERR_SAVE_SHAPE');
    expect(!parsed.ok && parsed.error.message).toMatch(/seed/);
  });

  it('refuses an empty file', () => {
    expect(parseRecordText('  ').ok).toBe(false);
  });

  it('names exported files after scenario, seed and date', () => {
    expect(recordFileName({ scenarioId: 'classroom-short', seed: 11, date: '2017Q2' })).toBe('north-asia-classroom-short-seed11-2017Q2.json');
  });
});

describe('the autosave', () => {
  it('is written after every action with a summary for the start screen', () => {
    const storage = memoryStorage();
    const game = playedGame(storage, 1);
    const saved = readAutosave(storage);
    expect(saved.ok && saved.value).toEqual(game.record);
    expect(autosaveSummary(storage)).toMatchObject({ scenarioId: 'classroom-short', seed: 11, turn: 2, date: '2017Q1', over: false });
  });

  it('reports a damaged autosave as an error, not as a missing one', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: '{"format":"north-asia-record","version":1,' });
    const saved = readAutosave(storage);
    expect(!saved.ok && saved.error.code).toBe('ERR_SAVE_NOT_JSON');
  });
});

describe('named slots', () => {
  it('save, list newest first, load and delete', () => {
    const storage = memoryStorage();
    const game = playedGame(storage);
    const first = saveToSlot(storage, 'before the summit', game.record, game.summary());
    const second = saveToSlot(storage, 'second', game.record, game.summary());
    expect(first.ok && second.ok).toBe(true);
    expect(listSlots(storage).map((s) => s.name)).toEqual(['second', 'before the summit']);
    const id = listSlots(storage)[1]!.id;
    const loaded = readSlot(storage, id);
    expect(loaded.ok && loaded.value).toEqual(game.record);
    deleteSlot(storage, id);
    expect(listSlots(storage).map((s) => s.name)).toEqual(['second']);
    expect(readSlot(storage, id).ok).toBe(false);
  });

  it('saving under an existing name replaces that slot', () => {
    const storage = memoryStorage();
    const game = playedGame(storage);
    saveToSlot(storage, 'mine', game.record, game.summary());
    saveToSlot(storage, 'mine', game.record, game.summary());
    expect(listSlots(storage)).toHaveLength(1);
  });

  it('a corrupted slot fails to load alone and leaves the other slots and the autosave intact', () => {
    const storage = memoryStorage();
    const game = playedGame(storage);
    const good = saveToSlot(storage, 'good', game.record, game.summary());
    const bad = saveToSlot(storage, 'bad', game.record, game.summary());
    if (!good.ok || !bad.ok) throw new Error('save failed');
    const autosaveBefore = storage.getItem(AUTOSAVE_KEY);
    storage.setItem(SLOT_PREFIX + bad.value.id, storage.getItem(SLOT_PREFIX + bad.value.id)!.slice(0, 200));
    const broken = readSlot(storage, bad.value.id);
    expect(!broken.ok && broken.error.code).toBe('ERR_SAVE_NOT_JSON');
    const fine = readSlot(storage, good.value.id);
    expect(fine.ok && GameController.load(fine.value, { storage }).ok).toBe(true);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(autosaveBefore);
    expect(listSlots(storage)).toHaveLength(2);
  });

  it('a damaged index still lists the slots it lost, so they can be loaded or deleted', () => {
    const storage = memoryStorage();
    const game = playedGame(storage);
    const saved = saveToSlot(storage, 'kept', game.record, game.summary());
    storage.setItem(SLOT_INDEX_KEY, 'not json');
    const slots = listSlots(storage);
    expect(slots).toHaveLength(1);
    expect(saved.ok && slots[0]!.id).toBe(saved.ok && saved.value.id);
    expect(readSlot(storage, slots[0]!.id).ok).toBe(true);
  });

  it('a full store gives an error and keeps the previous content of the slot', () => {
    const storage = memoryStorage();
    const game = playedGame(storage);
    saveToSlot(storage, 'slot', game.record, game.summary());
    const before = storage.getItem(SLOT_PREFIX + listSlots(storage)[0]!.id);
    const full: KeyValueStorage = {
      ...storage,
      setItem: (key, value) => {
        if (key === SLOT_INDEX_KEY) throw new Error('QuotaExceededError');
        storage.setItem(key, value);
      },
    };
    const result = saveToSlot(full, 'slot', { ...game.record, finalHash: 'changed' }, game.summary());
    expect(!result.ok && result.error.code).toBe('ERR_STORAGE');
    expect(storage.getItem(SLOT_PREFIX + listSlots(storage)[0]!.id)).toBe(before);
  });
});

describe('the session', () => {
  it('round-trips and falls back to the menu when damaged', () => {
    const storage = memoryStorage();
    writeSession(storage, { screen: 'game', tab: 'treaty', island: 'shikotan' });
    expect(readSession(storage)).toEqual({ screen: 'game', tab: 'treaty', island: 'shikotan' });
    storage.setItem(SESSION_KEY, '{oops');
    expect(readSession(storage)).toEqual({ screen: 'menu' });
  });
});
