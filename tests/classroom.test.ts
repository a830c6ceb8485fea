// Classroom settings kept beside the game record: they apply only to the game they were set
// for, and damaged values read as none.
import { describe, expect, it } from 'vitest';
import { CLASSROOM_KEY, classroomFor, clockText, readClassroom, writeClassroom, type ClassroomSettings } from '../src/app/play/classroom';
import { memoryStorage } from '../src/app/play/storage';

const controllers = { japan: 'human', russia: 'human', china: 'ai', usa: 'ai' } as const;
const settings: ClassroomSettings = { scenarioId: 'classroom-short', seed: 42, controllers: { ...controllers }, timerMinutes: 5 };
const record = { scenario: { id: 'classroom-short', version: '1.0.0' }, seed: 42, controllers: { ...controllers } };

describe('classroom settings', () => {
  it('belong to the game with the same scenario, seed and seats only', () => {
    const storage = memoryStorage();
    writeClassroom(storage, settings);
    expect(classroomFor(storage, record)).toEqual(settings);
    expect(classroomFor(storage, { ...record, seed: 43 })).toBeNull();
    expect(classroomFor(storage, { ...record, controllers: { ...controllers, china: 'human' } })).toBeNull();
    expect(classroomFor(storage, { ...record, scenario: { id: 'north-asia-2016', version: '1.0.0' } })).toBeNull();
  });

  it('keep the running clock, and drop a damaged one or a timer out of range', () => {
    const storage = memoryStorage();
    writeClassroom(storage, { ...settings, clock: { turn: 2, seat: 'russia', endsAt: 1000 } });
    expect(readClassroom(storage)?.clock).toEqual({ turn: 2, seat: 'russia', endsAt: 1000 });
    storage.setItem(CLASSROOM_KEY, JSON.stringify({ ...settings, timerMinutes: 600, clock: { turn: 2, seat: 'atlantis', endsAt: 1 } }));
    const read = readClassroom(storage);
    expect(read?.timerMinutes).toBeNull();
    expect(read?.clock).toBeUndefined();
  });

  it('read damaged or foreign values as none', () => {
    for (const text of ['not json', '[]', '{"scenarioId":"x","seed":1}', JSON.stringify({ ...settings, controllers: { japan: 'robot' } })]) {
      expect(readClassroom(memoryStorage({ [CLASSROOM_KEY]: text }))).toBeNull();
    }
  });

  it('show the time left as minutes and seconds, never below zero', () => {
    expect(clockText(125_000)).toBe('2:05');
    expect(clockText(59_001)).toBe('1:00');
    expect(clockText(-5)).toBe('0:00');
  });
});
