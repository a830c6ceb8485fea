// Where classes are kept between actions and across restarts: one folder, two files per
// class, each written whole to a temporary file and renamed over the old one, so a crash
// leaves either the previous file or the new one, never half of one.
//
//   <dir>/<CODE>.record.json   the game record (src/engine/record.ts), the same file the
//                              single-device game exports and the replay viewer opens
//   <dir>/<CODE>.class.json    the class around it (ClassMeta): seats, token hashes, timer
//   <dir>/finished/<CODE>.*    the same two files of a class closed some time after its
//                              debrief: kept for the teacher, never resumed
//
// Tokens are kept as SHA-256 hashes: the folder alone does not let anyone into a class.
//
// Writes happen off the event loop (a slow disk must not hold up every class's moves), one
// at a time per class; a save asked while one is being written is merged into the next
// write, which carries the newest record. So the files always end at an action the players
// saw, at most one write behind; `flush` waits until they hold the newest.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POWERS, type GameRecord, type PowerId } from '../engine';
import { isJoinCode, type ClassSetup, type ClassStatus } from '../app/play/net-protocol';
import { t } from '../app/views/i18n';

export const CLASS_FORMAT = 'north-asia-class';

export interface SeatMeta {
  tokenHash: string | null;
  name: string | null;
  /**
   * Who plays the seat now: a team or the computer. It starts as the setup's controllers
   * say; the teacher may hand any seat over mid-game (the record keeps the setup's).
   */
  mode: 'team' | 'ai';
}

/** The countdown of one team's turn: running (endsAt) or held (remainingMs, while paused). */
export interface ClockMeta {
  turn: number;
  seat: PowerId;
  endsAt: number | null;
  remainingMs: number;
}

export interface ClassMeta {
  format: typeof CLASS_FORMAT;
  code: string;
  setup: ClassSetup;
  teacherTokenHash: string;
  seats: Record<PowerId, SeatMeta>;
  status: ClassStatus;
  paused: boolean;
  clock: ClockMeta | null;
  /** The turn the teacher released the computer for (the hold applies once per turn). */
  releasedTurn: number;
  createdAt: number;
  /** When the game ended (the debrief began): the class closes a set time after (absent in older files: not finished). */
  finishedAt?: number | null;
}

export interface StoredClass {
  meta: ClassMeta;
  record: unknown;
}

export const newToken = (): string => randomBytes(16).toString('hex');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Whether `token` is the one whose hash is kept (constant time). */
export function tokenMatches(token: unknown, hash: string | null): boolean {
  if (typeof token !== 'string' || token.length === 0 || token.length > 128 || hash === null) return false;
  const a = Buffer.from(tokenHash(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export const defaultClassDir = (): string => join(tmpdir(), 'north-asia-classes');

interface Writer {
  running: Promise<void> | null;
  /** The newest class file text and record not yet written (a record is immutable, so it is kept by reference). */
  meta: string | null;
  record: GameRecord | null;
}

export class ClassStore {
  private readonly writers = new Map<string, Writer>();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /**
   * Saves a class: its record (when given) and its class file, each written to a temporary
   * file and renamed. The record is written first: a crash between the two leaves a class
   * file one action behind, which replays fine. Resolves when written.
   */
  save(meta: ClassMeta, record: GameRecord | null = null): Promise<void> {
    let writer = this.writers.get(meta.code);
    if (!writer) this.writers.set(meta.code, (writer = { running: null, meta: null, record: null }));
    writer.meta = JSON.stringify(meta);
    if (record) writer.record = record;
    if (!writer.running) writer.running = this.drain(meta.code, writer);
    return writer.running;
  }

  /** Resolves when every save asked so far is on disk. */
  async flush(): Promise<void> {
    await Promise.all([...this.writers.values()].map((w) => w.running));
  }

  private async drain(code: string, writer: Writer): Promise<void> {
    try {
      while (writer.meta !== null) {
        const { meta, record } = writer;
        writer.meta = null;
        writer.record = null;
        if (record) await this.writeAtomically(`${code}.record.json`, JSON.stringify(record));
        await this.writeAtomically(`${code}.class.json`, meta);
      }
    } catch (e) {
      console.error(t('classroom.log.saveFailed', { code }), e);
    } finally {
      writer.running = null;
    }
  }

  /** The stored class of a code, or null when there is none or its files cannot be read. */
  load(code: string): StoredClass | null {
    return isJoinCode(code) ? readClass(this.dir, code) : null;
  }

  /** A class closed after its debrief (`archive`), or null. */
  loadFinished(code: string): StoredClass | null {
    return isJoinCode(code) ? readClass(this.finishedDir, code) : null;
  }

  /** Whether a code was ever used here (live or finished): a new class never takes it again. */
  used(code: string): boolean {
    return existsSync(join(this.dir, `${code}.class.json`)) || existsSync(join(this.finishedDir, `${code}.class.json`));
  }

  get finishedDir(): string {
    return join(this.dir, 'finished');
  }

  /**
   * Moves a class's files (after every save asked so far) to the finished folder: the record
   * stays for the teacher to download and replay; the class is no longer resumed.
   */
  async archive(code: string): Promise<void> {
    await this.writers.get(code)?.running;
    this.writers.delete(code);
    await mkdir(this.finishedDir, { recursive: true });
    await rename(join(this.dir, `${code}.record.json`), join(this.finishedDir, `${code}.record.json`));
    await rename(join(this.dir, `${code}.class.json`), join(this.finishedDir, `${code}.class.json`));
  }

  /** The codes of every class kept here, in order. */
  codes(): string[] {
    const out: string[] = [];
    for (const name of readdirSync(this.dir)) {
      const m = /^([A-Z0-9]+)\.class\.json$/.exec(name);
      if (m && isJoinCode(m[1])) out.push(m[1]!);
    }
    return out.sort();
  }

  /** The whole record file of a class, live or finished (text as stored), or null. */
  recordText(code: string): string | null {
    if (!isJoinCode(code)) return null;
    for (const dir of [this.dir, this.finishedDir]) {
      try {
        return readFileSync(join(dir, `${code}.record.json`), 'utf8');
      } catch {
        // Not in this folder.
      }
    }
    return null;
  }

  private async writeAtomically(name: string, text: string): Promise<void> {
    const path = join(this.dir, name);
    const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temp, text);
    await rename(temp, path);
  }
}

function readClass(dir: string, code: string): StoredClass | null {
  try {
    const meta = JSON.parse(readFileSync(join(dir, `${code}.class.json`), 'utf8')) as ClassMeta;
    const record = JSON.parse(readFileSync(join(dir, `${code}.record.json`), 'utf8')) as unknown;
    if (meta.format !== CLASS_FORMAT || meta.code !== code || !meta.seats || !POWERS.every((p) => meta.seats[p])) return null;
    // Files from before seats could be handed over both ways kept `standIn` for team seats.
    for (const p of POWERS) {
      const seat = meta.seats[p] as SeatMeta & { standIn?: boolean };
      if (seat.mode !== 'team' && seat.mode !== 'ai') seat.mode = meta.setup.controllers[p] === 'human' && !seat.standIn ? 'team' : 'ai';
      delete seat.standIn;
    }
    return { meta, record };
  } catch {
    return null;
  }
}
