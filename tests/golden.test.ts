// Golden records: games recorded by the engine of their day, committed with the final hash
// each must reproduce (tests/golden/manifest.json). Saves, exported files and share links
// are such records, so a change that makes these fail also breaks every game players kept.
//
// When a rule change breaks them on purpose:
//   1. bump RECORD_VERSION in src/engine/record.ts and say in RULE_CHANGES what
//      changed, so that records of the old version are refused with ERR_OLD_RECORD and a
//      clear message instead of failing at some turn (share links follow: LINK_VERSION);
//   2. run `npm run --silent golden`, which rewrites tests/golden/ deterministically
//      (records, links and manifest); `npm run --silent golden -- --check` only compares;
//   3. commit the new files with the version bump.
// When they break by accident, the rules changed where they should not have: fix the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GameController } from '../src/app/play/controller';
import { LINK_VERSION, linkToRecord, readLinkHeader, recordToLink } from '../src/app/play/share';
import { linkTimeline } from '../src/app/play/replay';
import { memoryStorage } from '../src/app/play/storage';
import { builtinScenario } from '../src/data';
import { NO_REASONS_HASH, RECORD_VERSION, checkRecordShape, replayRecord, stateHash, type GameRecord } from '../src/engine';
import type { GoldenManifest } from '../scripts/golden';
import { linkErrorText } from '../src/ui/record-errors';

const DIR = join(import.meta.dirname, 'golden');
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');
const manifest = JSON.parse(read('manifest.json')) as GoldenManifest;
const recordOf = (file: string) => JSON.parse(read(file)) as GameRecord;
/** A record as a share link carries it: no reasons (a link holds only the moves). */
/** The record as a link carries it: actions without the AI's reasons (and so the hash of no reasons). */
const withoutReasons = (record: GameRecord): GameRecord => ({ ...record, actions: record.actions.map(({ turn, action }) => ({ turn, action })), reasonsHash: NO_REASONS_HASH });

describe('the golden records', () => {
  it('were written under the current record and link versions (else: bump, then npm run golden)', () => {
    expect(manifest.recordVersion, 'tests/golden is of another record version: see the header of tests/golden.test.ts').toBe(RECORD_VERSION);
    expect(manifest.linkVersion).toBe(LINK_VERSION);
    expect(manifest.records.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(manifest.records.map((entry) => [entry.file, entry] as const))('%s', (_file, entry) => {
    const record = recordOf(entry.file);
    const scenario = builtinScenario(entry.scenario);

    it('replays turn by turn to the final hash in the manifest', () => {
      expect(record.version).toBe(RECORD_VERSION);
      expect(record.scenario.id).toBe(entry.scenario);
      expect(record.seed).toBe(entry.seed);
      const replay = replayRecord(record, scenario);
      if (!replay.ok) throw new Error(`${entry.file} no longer replays (turn ${replay.error.turn}): ${replay.error.message}`);
      expect(replay.value.verifiedTurns).toBe(entry.turns);
      expect(record.actions).toHaveLength(entry.actions);
      expect(stateHash(replay.value.state)).toBe(entry.finalHash);
      expect(record.finalHash).toBe(entry.finalHash);
    });

    it('opens in the game as a save, at its last turn', () => {
      const loaded = GameController.load(record, { storage: memoryStorage(), autosave: false });
      if (!loaded.ok) throw new Error(loaded.error.message);
      expect(stateHash(loaded.value.state)).toBe(entry.finalHash);
      expect(loaded.value.history).toHaveLength(entry.turns + 1);
    });
  });

  const linked = manifest.records.filter((entry) => entry.link !== undefined);
  describe.each(linked.map((entry) => [entry.link!, entry] as const))('%s', (_link, entry) => {
    it('decodes to the same game as its record file, and the record gives the same link again', () => {
      const record = recordOf(entry.file);
      const scenario = builtinScenario(entry.scenario);
      const link = read(entry.link!).trim();
      const decoded = linkToRecord(link, scenario);
      if (!decoded.ok) throw new Error(`${entry.link} does not decode (turn ${decoded.error.turn}): ${linkErrorText(decoded.error)}`);
      expect(decoded.value).toEqual(withoutReasons(record));
      const replay = replayRecord(decoded.value, scenario);
      expect(replay.ok && stateHash(replay.value.state)).toBe(entry.finalHash);
      const made = recordToLink(record, scenario);
      expect(made.ok && made.value).toBe(link);
    });
  });

  // Links of the first layout (version "v2", no length at the end) were handed out before
  // links carried their length: they still open, with a notice that a cut cannot be seen.
  describe.each(linked.map((entry) => [entry.link!.replace(/\.link$/, '.layout0.link'), entry] as const))('older-links/%s', (file, entry) => {
    it('still decodes to the same game, and the viewer says its length was not checked', () => {
      const scenario = builtinScenario(entry.scenario);
      const link = read(join('older-links', file)).trim();
      expect(link.startsWith('v2*')).toBe(true);
      const decoded = linkToRecord(link, scenario);
      if (!decoded.ok) throw new Error(`${file} does not decode (turn ${decoded.error.turn}): ${linkErrorText(decoded.error)}`);
      expect(decoded.value).toEqual(withoutReasons(recordOf(entry.file)));
      const timeline = linkTimeline(link, scenario);
      expect(timeline.ok && timeline.value.notice).toBe('uncheckedLength');
      expect(timeline.ok && stateHash(timeline.value.final)).toBe(entry.finalHash);
    });
  });

  it('include a classroom game with a teacher, human seats and a share link', () => {
    const classroom = manifest.records.filter((entry) => {
      const record = recordOf(entry.file);
      return record.teacher === true && record.actions.some((a) => a.action.type === 'injectEvent') && Object.values(record.controllers).includes('human');
    });
    expect(classroom.some((entry) => entry.link !== undefined)).toBe(true);
  });
});

describe('records of other versions', () => {
  const first = manifest.records[0]!;
  const record = recordOf(first.file);

  it.each(Array.from({ length: RECORD_VERSION - 1 }, (_, i) => i + 1))('refuses a record of version %i as old, with a clear message', (version) => {
    const problem = checkRecordShape({ ...record, version });
    expect(problem?.code).toBe('ERR_OLD_RECORD');
    expect(problem?.message).toMatch(new RegExp(`version ${version}\\b.*cannot be replayed`));
    const replay = replayRecord({ ...record, version }, builtinScenario(first.scenario));
    expect(!replay.ok && replay.error.code).toBe('ERR_OLD_RECORD');
  });

  it('refuses a record of a newer version as made by a newer game', () => {
    const problem = checkRecordShape({ ...record, version: RECORD_VERSION + 1 });
    expect(problem?.code).toBe('ERR_BAD_RECORD');
    expect(problem?.message).toMatch(/^record\.version: .*newer version of the game/);
  });

  it('refuses a share link of an older version as old', () => {
    const link = read(manifest.records.find((e) => e.link)!.link!).trim();
    const old = link.replace(/^v[\d.]+\*/, 'v1*');
    const header = readLinkHeader(old);
    expect(!header.ok && header.error.code).toBe('ERR_LINK_VERSION');
    expect(!header.ok && linkErrorText(header.error)).toMatch(/earlier rules/);
  });
});
