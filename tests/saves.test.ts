// Saves in an in-memory store: records round-trip through slots, the autosave and files;
// damaged, truncated and foreign saves give a clear error value and leave every other
// save as it was.
import { describe, expect, it } from 'vitest';
import { GameController } from '../src/app/play/controller';
import {
  AUTOSAVE_FAILED_KEY,
  AUTOSAVE_INFO_KEY,
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
  readAutosaveFailure,
  recordFileText,
  resumeNotice,
  saveToSlot,
  writeAutosave,
  writeSession,
} from '../src/app/play/saves';
import { memoryStorage, openBrowserStorage, type KeyValueStorage, type StorageLike } from '../src/app/play/storage';
import type { GameRecord } from '../src/engine';

const HUMAN_JAPAN = { japan: 'human', russia: 'ai', china: 'ai', usa: 'ai' } as const;
let clock = 1_700_000_000_000;
const now = () => (clock += 1000);

function playedGame(storage: KeyValueStorage, turns = 2): GameController {
  const made = GameController.create({ scenarioId: 'classroom-short', seed: 11, controllers: { ...HUMAN_JAPAN } }, { storage, now });
  if (!made.ok) throw new Error(made.error.message);
  return playTurns(made.value, turns);
}

/** Japan answers its events with the first option and ends `turns` turns. */
function playTurns(game: GameController, turns: number): GameController {
  for (let i = 0; i < turns; i++) {
    for (const choice of game.pendingChoices()) {
      game.act({ type: 'answerEvent', power: 'japan', eventId: choice.event.id, optionId: choice.event.options[0]!.id });
    }
    const ended = game.act({ type: 'endTurn', power: 'japan' });
    if (!ended.ok) throw new Error(ended.error.message);
  }
  return game;
}

/**
 * A store in front of `base` that refuses writes to the keys `refuse` picks, as a full or
 * blocked localStorage does (a refused write leaves the old value), while `on` is true.
 */
function failingStorage(base: KeyValueStorage, refuse: (key: string) => boolean = () => true): KeyValueStorage & { on: boolean } {
  const store = {
    on: true,
    getItem: (key: string) => base.getItem(key),
    setItem: (key: string, value: string) => {
      if (store.on && refuse(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      base.setItem(key, value);
    },
    removeItem: (key: string) => base.removeItem(key),
    keys: () => base.keys(),
  };
  return store;
}

/** What a page load finds: the autosaved game, loaded and verified, and what it must say. */
function reload(storage: KeyValueStorage): { game: GameController; notice: string | null } {
  const saved = readAutosave(storage);
  if (!saved.ok || !saved.value) throw new Error('no autosave');
  const loaded = GameController.load(saved.value, { storage, now });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return { game: loaded.value, notice: resumeNotice(storage, saved.value, loaded.value.summary()) };
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

describe('an autosave that fails', () => {
  it('keeps the last good autosave, and a reload says which turn it resumes from and which was lost', () => {
    const base = memoryStorage();
    const storage = failingStorage(base, (key) => key === AUTOSAVE_KEY);
    storage.on = false;
    const game = playedGame(storage, 2);
    const good = base.getItem(AUTOSAVE_KEY);
    storage.on = true;
    playTurns(game, 2);
    expect(game.state.turn).toBe(5);
    expect(game.saveError?.code).toBe('ERR_STORAGE');
    expect(game.saveError?.message).toMatch(/A reload would resume from turn 3 \(2017Q2\), the last one saved/);
    expect(base.getItem(AUTOSAVE_KEY)).toBe(good);
    expect(readAutosaveFailure(base)).toMatchObject({ scenarioId: 'classroom-short', seed: 11, turn: 5 });

    const { game: resumed, notice } = reload(base);
    expect(resumed.state.turn).toBe(3);
    expect(notice).toMatch(/The last autosave failed, at turn 5 \(2017Q4\): the game resumes from turn 3 of 8 \(2017Q2\)/);
  });

  it('a reload after autosaves that all succeeded says nothing, and a good autosave clears the note of a failed one', () => {
    const base = memoryStorage();
    const storage = failingStorage(base, (key) => key === AUTOSAVE_KEY);
    storage.on = false;
    const game = playedGame(storage, 1);
    expect(reload(base).notice).toBeNull();
    storage.on = true;
    playTurns(game, 1);
    expect(game.saveError).not.toBeNull();
    expect(readAutosaveFailure(base)?.turn).toBe(3);
    storage.on = false;
    playTurns(game, 1);
    expect(game.saveError).toBeNull();
    expect(base.getItem(AUTOSAVE_FAILED_KEY)).toBeNull();
    const { game: resumed, notice } = reload(base);
    expect(notice).toBeNull();
    expect(resumed.state.turn).toBe(4);
  });

  it('when the game that failed to save was another, the reload says it resumes the campaign saved before it', () => {
    const base = memoryStorage();
    const storage = failingStorage(base, (key) => key === AUTOSAVE_KEY);
    storage.on = false;
    playedGame(storage, 2);
    storage.on = true;
    const made = GameController.create({ scenarioId: 'classroom-short', seed: 40, controllers: { ...HUMAN_JAPAN } }, { storage, now });
    expect(made.ok && made.value.saveError?.message).toMatch(/A reload would not find this campaign/);
    const { game, notice } = reload(base);
    expect(game.state.seed).toBe(11);
    expect(notice).toMatch(/^The last autosave failed, for another game \(classroom-short, seed 40, turn 1\): this is the campaign saved before it, at turn 3 of 8 \(2017Q2\)\.$/);
  });

  it('ignores a damaged note, and one older than the autosave', () => {
    const storage = memoryStorage();
    playedGame(storage, 1);
    storage.setItem(AUTOSAVE_FAILED_KEY, '{not json');
    expect(reload(storage).notice).toBeNull();
    storage.setItem(AUTOSAVE_FAILED_KEY, JSON.stringify({ scenarioId: 'classroom-short', seed: 11, turn: 1, date: '2016Q4', actions: 1 }));
    expect(reload(storage).notice).toBeNull();
  });

  it('is no failure when only its summary is refused: the game is saved and the stale summary dropped', () => {
    const base = memoryStorage();
    const storage = failingStorage(base, (key) => key === AUTOSAVE_INFO_KEY);
    storage.on = false;
    const game = playedGame(storage, 1);
    expect(autosaveSummary(base)?.turn).toBe(2);
    storage.on = true;
    playTurns(game, 1);
    expect(game.saveError).toBeNull();
    expect(readAutosave(base).ok && (readAutosave(base) as { value: GameRecord }).value).toEqual(game.record);
    expect(base.getItem(AUTOSAVE_INFO_KEY)).toBeNull();
    expect(autosaveSummary(base)).toBeNull();
    const written = writeAutosave(storage, game.record, game.summary());
    expect(written.ok && written.value).toEqual({ summary: false });
  });

  it('in a store that refuses every write, keeps what was stored and says a reload would not find a new game', () => {
    const base = memoryStorage();
    const storage = failingStorage(base);
    storage.on = false;
    const earlier = playedGame(storage, 1);
    storage.on = true;
    const made = GameController.create({ scenarioId: 'classroom-short', seed: 40, controllers: { ...HUMAN_JAPAN } }, { storage, now });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value.saveError?.message).toMatch(/A reload would not find this campaign/);
    expect(readAutosave(base).ok && (readAutosave(base) as { value: GameRecord }).value).toEqual(earlier.record);
  });
});

describe('the browser’s storage', () => {
  const fakeLocal = (items: Record<string, string>, refuseWrites: boolean): StorageLike & { items: Map<string, string> } => {
    const map = new Map(Object.entries(items));
    return {
      items: map,
      getItem: (key) => map.get(key) ?? null,
      setItem: (key, value) => {
        if (refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        map.set(key, value);
      },
      removeItem: (key) => void map.delete(key),
      key: (i) => [...map.keys()][i] ?? null,
      get length() {
        return map.size;
      },
    };
  };

  it('is used when it stores', () => {
    const local = fakeLocal({}, false);
    const opened = openBrowserStorage(() => local);
    expect(opened.persistent).toBe(true);
    expect(opened.problem).toBeNull();
    opened.storage.setItem('k', 'v');
    expect(local.items.get('k')).toBe('v');
  });

  it('gives way to memory when the page may not touch it, saying why', () => {
    const opened = openBrowserStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(opened.persistent).toBe(false);
    expect(opened.problem).toEqual({ code: 'blocked', detail: expect.stringMatching(/SecurityError/) });
    opened.storage.setItem('k', 'v');
    expect(opened.storage.getItem('k')).toBe('v');
  });

  it('when it refuses writes, runs from memory over what it holds and never changes it', () => {
    const storage = memoryStorage();
    const game = playedGame(storage, 1);
    const items = Object.fromEntries(storage.keys().map((k) => [k, storage.getItem(k)!]));
    const local = fakeLocal(items, true);
    const opened = openBrowserStorage(() => local);
    expect(opened.persistent).toBe(false);
    expect(opened.problem).toEqual({ code: 'refused', detail: expect.stringMatching(/QuotaExceededError/) });
    // The campaign saved before can be continued, and goes on in memory.
    const { game: resumed } = reload(opened.storage);
    expect(resumed.record).toEqual(game.record);
    playTurns(resumed, 1);
    expect(resumed.saveError).toBeNull();
    expect(reload(opened.storage).game.state.turn).toBe(3);
    opened.storage.removeItem(AUTOSAVE_KEY);
    expect(opened.storage.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(new Map(Object.entries(items))).toEqual(local.items);
  });
});

describe('a record that does not replay', () => {
  const tamper = (change: (r: GameRecord) => void): GameRecord => {
    const record = structuredClone(playedGame(memoryStorage(), 4).record);
    change(record);
    return record;
  };

  it('is refused naming the first turn that differs', () => {
    const loaded = GameController.load(tamper((r) => void (r.turnHashes[2] = '0123456789abcdef')), { storage: memoryStorage() });
    expect(!loaded.ok && loaded.error.code).toBe('ERR_SAVE_REPLAY');
    expect(!loaded.ok && loaded.error.turn).toBe(3);
    expect(!loaded.ok && loaded.error.message).toMatch(/^The game record does not replay from turn 3 on/);
  });

  it('names the place of an illegal action, without echoing the input at length', () => {
    const record = tamper((r) => {
      const i = r.actions.findIndex((a) => a.turn === 2 && a.action.power === 'japan');
      r.actions[i] = { turn: 2, action: { type: 'injectEvent', power: 'japan', eventId: 'x'.repeat(100_000) } };
    });
    const loaded = GameController.load(record, { storage: memoryStorage() });
    // The record's parser refuses the over-long id before any replay, naming its place.
    expect(!loaded.ok && loaded.error.message).toMatch(/record\.actions\[\d+\]\.action\.eventId/);
    expect(!loaded.ok && loaded.error.message.length).toBeLessThan(400);
  });

  it('of an older version is refused as such, not as damaged', () => {
    const parsed = parseRecordText(JSON.stringify({ ...playedGame(memoryStorage(), 1).record, version: 1 }));
    expect(!parsed.ok && parsed.error.code).toBe('ERR_SAVE_OLD');
    expect(!parsed.ok && parsed.error.message).toMatch(/^This game was recorded under the rules of version 1, which have since changed .*Nothing was loaded\.$/);
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
