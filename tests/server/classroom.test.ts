// The classroom room on a real Colyseus server on 127.0.0.1, driven by the client library
// (src/app/play/net-client.ts) and by raw SDK clients for what a hostile client would send.
// @colyseus/testing gives the room instances behind the codes.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ColyseusTestServer } from '@colyseus/testing';
import { renderSVG } from 'uqr';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinScenario } from '../../src/data';
import { legalActions, replayRecord, type GameRecord, type PowerId } from '../../src/engine';
import { ClassroomConnection } from '../../src/app/play/net-client';
import { setLanguage } from '../../src/app/views/i18n';
import { MAX_MESSAGE_CHARS, RATE_BURST, publicView, type ClassSetup } from '../../src/app/play/net-protocol';
import { FINISHED_FOR_MS, startClassroomServer, type ClassroomServer } from '../../src/server';

const PORT = 4620;
const URL = `ws://127.0.0.1:${PORT}`;
/** The server's clock: real time plus what a test moved it on by. */
let offset = 0;
const clock = () => Date.now() + offset;
const dir = mkdtempSync(join(tmpdir(), 'classroom-test-'));
let handle: ClassroomServer;
let colyseus: ColyseusTestServer;

const start = async () => {
  handle = await startClassroomServer({ port: PORT, host: '127.0.0.1', dataDir: dir, now: clock });
  colyseus = new ColyseusTestServer(handle.server);
};

beforeAll(start);
afterAll(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const setup = (over: Partial<ClassSetup> = {}): ClassSetup => ({
  scenarioId: 'classroom-short',
  seed: 7,
  timerMinutes: null,
  controllers: { japan: 'human', russia: 'human', china: 'ai', usa: 'ai' },
  holdForTeacher: false,
  ...over,
});

async function waitFor(what: string, test: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!test()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A class with a teacher and Japan's and Russia's teams joined. */
async function openClass(over: Partial<ClassSetup> = {}) {
  const teacher = await ClassroomConnection.createClass(URL, setup(over));
  const japan = await ClassroomConnection.join(URL, { code: teacher.code, role: 'team', seat: 'japan', name: 'Team A' });
  const russia = await ClassroomConnection.join(URL, { code: teacher.code, role: 'team', seat: 'russia' });
  await waitFor('the views', () => !!japan.view && !!russia.view && !!teacher.state && teacher.classInfo?.seats.filter((s) => s.connected).length === 2);
  return { teacher, japan, russia, teams: { japan, russia } as Record<string, ClassroomConnection> };
}

/** The acting team plays its last legal action (endTurn comes last, so turns move on). */
async function playOne(teams: Record<string, ClassroomConnection>, teacher: ClassroomConnection) {
  // The teacher's state, not the class info: the info follows the updates in another message.
  const phase = teacher.state!.phase as { kind: string; power: PowerId };
  const acting = phase.power;
  const team = teams[acting]!;
  await waitFor('the acting view', () => team.view?.phase.kind === 'acting' && (team.view.phase as { power: PowerId }).power === acting);
  const legal = legalActions(team.view!, acting);
  const before = team.actions;
  const reply = await team.act(legal[legal.length - 1]);
  expect(reply.ok).toBe(true);
  await waitFor('the update', () => team.actions > before && teacher.actions === team.actions);
}

/** A team answers every event awaiting it (its first option each time). */
async function answerEvents(team: ClassroomConnection, power: PowerId) {
  while (team.view!.pendingEvents.length > 0) {
    const before = team.actions;
    expect(await team.act(legalActions(team.view!, power)[0])).toMatchObject({ ok: true });
    await waitFor('the answer', () => team.actions > before);
  }
}

const leaveAll = (...connections: ClassroomConnection[]) => Promise.all(connections.map((c) => c.leave()));

describe('a class', () => {
  it('opens with a join code and the teacher token; teams pick their power; the computer plays its seats on the server', async () => {
    const { teacher, japan, russia, teams } = await openClass();
    expect(teacher.code).toMatch(/^[A-Z2-9]{6}$/);
    expect(teacher.token).toMatch(/^[0-9a-f]{32}$/);
    expect(teacher.classInfo!.joinUrl).toBe(`http://localhost:${PORT}/?join=${teacher.code}`);
    // The projector's QR code of that address; the teams get none.
    expect(teacher.joinQrSvg).toMatch(/^<svg[^]*<\/svg>$/);
    expect(teacher.joinQrSvg).toBe(renderSVG(teacher.classInfo!.joinUrl, { border: 2 }));
    expect(japan.joinQrSvg).toBeNull();
    expect(teacher.classInfo!.seats.map((s) => [s.power, s.mode, s.taken])).toEqual([
      ['japan', 'team', true],
      ['russia', 'team', true],
      ['china', 'ai', false],
      ['usa', 'ai', false],
    ]);
    expect(japan.seat).toBe('japan');
    expect(japan.token).not.toBe(russia.token);
    const room = colyseus.getRoomById(teacher.code);
    expect(room.roomId).toBe(teacher.code);
    // Play until a new turn: China's and the US's phases are played by the server.
    while (teacher.classInfo!.turn < 2) await playOne(teams, teacher);
    const played = (room as unknown as { session: { record: GameRecord } }).session.record.actions.filter((a) => a.turn === 1).map((a) => a.action.power);
    expect(new Set(played)).toEqual(new Set(['japan', 'russia', 'china', 'usa']));
    for (const c of [teacher, japan, russia]) expect(await c.sync()).toMatchObject({ ok: true, inSync: true });
    await leaveAll(teacher, japan, russia);
  });

  it('sends each seat only its observe() view: no seed, no dice, the Kremlin margin only to Russia, no other seat\'s pending event', async () => {
    const { teacher, japan, russia } = await openClass();
    const raw: unknown[] = [];
    const spy = await colyseus.sdk.joinById(teacher.code, { role: 'team', seat: undefined });
    spy.onMessage('*', (_type: string | number, message: unknown) => raw.push(message));
    // The teacher triggers China's offer to Moscow: Russia must answer it.
    const injected = await teacher.inject('chinese-offer');
    expect(injected).toEqual({ ok: true, actions: 1 });
    await waitFor('the inject', () => japan.actions === 1 && russia.actions === 1);
    // The scenario opens with events awaiting Japan's answer (the Nagato summit among them).
    const japans = japan.view!.pendingEvents.map((p) => p.eventId);
    expect(russia.view!.pendingEvents.map((p) => p.eventId)).toEqual(['chinese-offer']);
    expect(japans).toContain('nagato-summit');
    expect(japans).not.toContain('chinese-offer');
    expect(japan.view!.othersDeciding).toBe(1);
    expect(russia.view!.othersDeciding).toBe(japans.length);
    expect(japan.view!.kremlin).toBeNull();
    expect(russia.view!.kremlin).not.toBeNull();
    for (const view of [japan.view!, russia.view!]) {
      expect(view).not.toHaveProperty('seed');
      expect(view).not.toHaveProperty('rng');
    }
    // The teacher sees everything.
    expect(teacher.state!.seed).toBe(7);
    expect(teacher.state!.pendingEvents).toHaveLength(japans.length + 1);
    // A client without a seat gets the class's seats and nothing of the game.
    await waitFor('the lobby messages', () => raw.length >= 2);
    expect(JSON.stringify(raw)).not.toMatch(/"(seed|rng|kremlin|pendingEvents)"/);
    await spy.leave();
    await leaveAll(teacher, japan, russia);
  });
});

describe("the projector's map", () => {
  it('is drawn from the public view: no pending event of any seat, no Kremlin margin, no seed or dice, the rest as every seat sees it', async () => {
    const { teacher, japan, russia, teams } = await openClass();
    while (teacher.state!.pendingEvents.length === 0 && teacher.classInfo!.turn < 4) await playOne(teams, teacher);
    await waitFor('every view at the same action', () => japan.actions === teacher.actions && russia.actions === teacher.actions);
    const state = teacher.state!;
    expect(state.pendingEvents.length).toBeGreaterThan(0);
    const shown = publicView(state) as unknown as Record<string, unknown>;
    expect(shown.pendingEvents).toEqual([]);
    expect(shown.othersDeciding).toBe(state.pendingEvents.length);
    expect(shown.kremlin).toBeNull();
    for (const hidden of ['seed', 'rng']) expect(hidden in shown).toBe(false);
    const text = JSON.stringify(shown);
    for (const p of state.pendingEvents) expect(text).not.toContain(`"eventId":"${p.eventId}"`);
    // Everything else is what Japan's and Russia's own views show.
    for (const seat of [japan, russia]) {
      const { viewer: _v, pendingEvents: _p, othersDeciding: _o, kremlin: _k, ...board } = seat.view!;
      const { viewer: _v2, pendingEvents: _p2, othersDeciding: _o2, kremlin: _k2, ...publicBoard } = publicView(state);
      expect(publicBoard).toEqual(board);
    }
    await leaveAll(teacher, japan, russia);
  });
});

describe('no one where they do not belong', () => {
  it('refuses acting for another seat, out of turn, teacher messages from a team and a wrong token', async () => {
    const { teacher, japan, russia } = await openClass();
    expect(await japan.act({ type: 'endTurn', power: 'russia' })).toMatchObject({ ok: false, error: { code: 'ERR_NOT_YOUR_SEAT' } });
    expect(await russia.act({ type: 'endTurn', power: 'russia' })).toMatchObject({ ok: false, error: { code: 'ERR_NOT_YOUR_TURN' } });
    expect(await japan.act({ type: 'injectEvent', power: 'japan', eventId: 'chinese-offer' })).toMatchObject({ ok: false, error: { code: 'ERR_NOT_TEACHER' } });
    for (const type of ['inject', 'start', 'pause', 'extend', 'endTurn', 'reassign', 'end'] as const) {
      expect(await japan.request(type, {} as never)).toMatchObject({ ok: false, error: { code: 'ERR_NOT_TEACHER' } });
    }
    await expect(ClassroomConnection.join(URL, { code: teacher.code, role: 'team', seat: 'japan', token: 'f'.repeat(32) })).rejects.toThrow(/token/);
    await expect(ClassroomConnection.join(URL, { code: teacher.code, role: 'teacher', token: japan.token })).rejects.toThrow(/teacher token/);
    await expect(ClassroomConnection.join(URL, { code: teacher.code, role: 'team', seat: 'russia' })).rejects.toThrow(/taken/);
    await expect(ClassroomConnection.join(URL, { code: teacher.code, role: 'team', seat: 'china' })).rejects.toThrow(/computer/);
    expect(teacher.actions).toBe(0);
    await leaveAll(teacher, japan, russia);
  });

  it("words its refusals in the server's language (CLASSROOM_LANG): here Japanese, after the code the client words", async () => {
    const { teacher, japan, russia } = await openClass();
    setLanguage('ja');
    try {
      await expect(ClassroomConnection.join(URL, { code: teacher.code, role: 'teacher', token: japan.token })).rejects.toThrow('ERR_BAD_TOKEN: これはこのクラスの先生の鍵ではありません');
      await expect(ClassroomConnection.join(URL, { code: teacher.code, role: 'team', seat: 'china' })).rejects.toThrow('ERR_SEAT_AI: このクラスでは中国をコンピューターが担当しています');
      expect(await japan.request('act', 'not an object' as never)).toEqual({ ok: false, error: { code: 'ERR_BAD_MESSAGE', message: 'act：メッセージの内容はオブジェクトにしてください' } });
    } finally {
      setLanguage('en');
    }
    await leaveAll(teacher, japan, russia);
  });

  it('answers malformed, oversized and unknown messages with an error to that client only, and the room goes on', async () => {
    const { teacher, japan, russia } = await openClass();
    const errors: Record<string, unknown[]> = { japan: [], russia: [], teacher: [] };
    japan.on('error', (e) => errors.japan!.push(e));
    russia.on('error', (e) => errors.russia!.push(e));
    teacher.on('error', (e) => errors.teacher!.push(e));
    expect(await japan.act({ type: 'propose', power: 'japan', proposal: 'all four islands' })).toMatchObject({ ok: false, error: { code: 'ERR_MALFORMED_ACTION' } });
    expect(await japan.act(42)).toMatchObject({ ok: false });
    expect(await japan.request('act', 'not an object' as never)).toMatchObject({ ok: false, error: { code: 'ERR_BAD_MESSAGE' } });
    expect(await japan.request('act', { action: 'x'.repeat(MAX_MESSAGE_CHARS + 10) })).toMatchObject({ ok: false, error: { code: 'ERR_TOO_LARGE' } });
    // Fire-and-forget messages are answered with an `error` message.
    japan.send('act', { action: { type: 'nonsense' } });
    (japan as unknown as { room: { send: (t: string, p: unknown) => void } }).room.send('hack', { all: true });
    await waitFor('two errors', () => errors.japan!.length === 2);
    expect(errors.japan!.map((e) => (e as { code: string }).code).sort()).toEqual(['ERR_MALFORMED_ACTION', 'ERR_UNKNOWN_MESSAGE']);
    expect(errors.russia).toEqual([]);
    expect(errors.teacher).toEqual([]);
    // A frame above the transport's limit closes only that socket (and the client rejoins).
    const statuses: string[] = [];
    japan.on('connection', (status) => statuses.push(status));
    (japan as unknown as { room: { send: (t: string, p: unknown) => void } }).room.send('act', { action: 'y'.repeat(20_000) });
    await waitFor('the drop', () => statuses.includes('reconnecting'));
    await waitFor('the rejoin', () => japan.status === 'online' && !!japan.view && (teacher.classInfo?.seats[0]?.connected ?? false), 8000);
    expect(russia.status).toBe('online');
    // The room goes on.
    expect(await japan.act(legalActions(japan.view!, 'japan')[0])).toMatchObject({ ok: true, actions: 1 });
    await leaveAll(teacher, japan, russia);
  });

  it('survives arbitrary payloads on every message type: each answered to its sender only, the game unchanged', async () => {
    const { teacher, japan, russia } = await openClass();
    const errors: unknown[] = [];
    russia.on('error', (e) => errors.push(e));
    teacher.on('error', (e) => errors.push(e));
    const payloads = fc.sample(fc.oneof(fc.jsonValue(), fc.record({ action: fc.jsonValue(), seat: fc.string(), paused: fc.jsonValue(), minutes: fc.jsonValue() })), { numRuns: 120, seed: 10 });
    const types = ['act', 'claim', 'sync', 'inject', 'start', 'pause', 'extend', 'endTurn', 'reassign', 'end'] as const;
    for (let i = 0; i < payloads.length; i += 15) {
      // Under both limits: ours (the server's clock moved on) and Colyseus' own, which drops a client sending over 80 messages a second.
      offset += 3000;
      await new Promise((r) => setTimeout(r, 250));
      const replies = await Promise.all(payloads.slice(i, i + 15).map((p, k) => japan.request(types[(i + k) % types.length]!, p as never)));
      for (const reply of replies) expect(typeof reply.ok).toBe('boolean');
      expect(replies.filter((r) => r.ok).every((r) => !('actions' in r) || r.actions === 0)).toBe(true);
    }
    expect(teacher.actions).toBe(0);
    expect(errors).toEqual([]);
    expect(japan.status).toBe('online');
    expect(await japan.act(legalActions(japan.view!, 'japan')[0])).toMatchObject({ ok: true, actions: 1 });
    await leaveAll(teacher, japan, russia);
  });

  it('limits the rate of requests, refusing the excess with an error', async () => {
    const { teacher, japan, russia } = await openClass();
    const replies = await Promise.all(Array.from({ length: RATE_BURST + 10 }, () => japan.request('sync', {})));
    const limited = replies.filter((r) => !r.ok && r.error.code === 'ERR_RATE_LIMIT').length;
    const answered = replies.filter((r) => r.ok).length;
    // The burst, and what the bucket refilled while they were sent; the rest refused.
    expect(answered).toBeGreaterThanOrEqual(RATE_BURST);
    expect(limited).toBeGreaterThanOrEqual(5);
    expect(answered + limited).toBe(replies.length);
    // The bucket refills with the clock.
    offset += 5_000;
    expect((await japan.sync()).ok).toBe(true);
    expect((await russia.sync()).ok).toBe(true);
    await leaveAll(teacher, japan, russia);
  });
});

describe("the teacher's console", () => {
  it('pauses, times team turns, extends the timer, ends a team\'s turn when time is up', async () => {
    const { teacher, japan, russia } = await openClass({ timerMinutes: 3 });
    expect(teacher.classInfo!.clock).toMatchObject({ seat: 'japan', running: true });
    expect(teacher.classInfo!.clock!.remainingMs).toBeGreaterThan(170_000);
    // Japan answers the events awaiting it first (a turn cannot end before).
    expect(await teacher.endTurnFor('japan')).toMatchObject({ ok: false, error: { code: 'ERR_EVENT_PENDING' } });
    await answerEvents(japan, 'japan');
    const answered = teacher.actions;
    expect(await teacher.pause(true)).toEqual({ ok: true });
    await waitFor('the pause', () => japan.classInfo?.paused === true);
    expect(await japan.act({ type: 'endTurn', power: 'japan' })).toMatchObject({ ok: false, error: { code: 'ERR_PAUSED' } });
    offset += 60_000; // a paused clock does not run
    expect(await teacher.pause(false)).toEqual({ ok: true });
    offset += 179_000;
    await waitFor('the running clock', () => teacher.classInfo?.paused === false);
    offset += 2_000;
    await waitFor("time's up", () => teacher.classInfo?.clock?.remainingMs === 0, 3000);
    expect(await teacher.extendTimer(1)).toEqual({ ok: true });
    await waitFor('the extension', () => (teacher.classInfo?.clock?.remainingMs ?? 0) > 55_000);
    expect(await teacher.endTurnFor('japan')).toMatchObject({ ok: true, actions: answered + 1 });
    await waitFor("Russia's clock", () => teacher.classInfo?.clock?.seat === 'russia');
    expect(teacher.state!.log.some((e) => e.power === 'japan')).toBe(true);
    await leaveAll(teacher, japan, russia);
  });

  it('holds the computer at the start of its turns until started, and triggers events then', async () => {
    const teacher = await ClassroomConnection.createClass(URL, setup({ controllers: { japan: 'ai', russia: 'human', china: 'ai', usa: 'ai' }, holdForTeacher: true }));
    await waitFor('the class', () => !!teacher.classInfo);
    expect(teacher.classInfo).toMatchObject({ acting: 'japan', waitingForTeacher: true });
    expect(await teacher.inject('no-such-event')).toMatchObject({ ok: false, error: { code: 'ERR_NO_SUCH_EVENT' } });
    expect(await teacher.inject('oil-slump')).toMatchObject({ ok: true, actions: 1 });
    expect(await teacher.inject('oil-slump')).toMatchObject({ ok: false, error: { code: 'ERR_ONCE_PER_TURN' } });
    expect(teacher.classInfo).toMatchObject({ acting: 'japan', waitingForTeacher: true });
    expect(await teacher.startTurn()).toMatchObject({ ok: true });
    await waitFor("Russia's turn", () => teacher.classInfo?.acting === 'russia');
    expect(await teacher.startTurn()).toMatchObject({ ok: false, error: { code: 'ERR_NOT_WAITING' } });
    expect(await teacher.inject('chinese-offer')).toMatchObject({ ok: false, error: { code: 'ERR_NOT_TURN_START' } });
    await teacher.leave();
  });

  it('reassigns a seat to the computer and back, or opens it for another device', async () => {
    const { teacher, japan, russia } = await openClass();
    expect(await teacher.reassign('japan', 'ai')).toEqual({ ok: true });
    // The computer plays Japan's phase at once; Russia's team must now act.
    await waitFor("Russia's turn", () => teacher.classInfo?.acting === 'russia');
    expect(teacher.classInfo!.seats[0]).toMatchObject({ mode: 'ai', standIn: true, taken: true });
    expect(await teacher.reassign('japan', 'team')).toEqual({ ok: true });
    // Open: the seat's token stops working, its device is removed, another device takes it.
    const oldToken = russia.token;
    expect(await teacher.reassign('russia', 'open')).toEqual({ ok: true });
    await waitFor('the kick', () => russia.status === 'kicked');
    await expect(ClassroomConnection.join(URL, { code: teacher.code, role: 'team', seat: 'russia', token: oldToken })).rejects.toThrow(/token/);
    const other = await ClassroomConnection.join(URL, { code: teacher.code, role: 'team' });
    expect(other.seat).toBeNull();
    expect(await other.claim('russia', 'Team C')).toMatchObject({ ok: true, seat: 'russia' });
    await waitFor("the new device's view", () => other.view?.viewer === 'russia' && teacher.classInfo?.seats[1]?.name === 'Team C');
    expect(await other.act({ type: 'endTurn', power: 'russia' })).toMatchObject({ ok: true });
    // The record replays: the computer's moves for Japan are actions like any other.
    await handle.store.flush();
    const record = JSON.parse(readFileSync(join(dir, `${teacher.code}.record.json`), 'utf8'));
    expect(replayRecord(record, builtinScenario('classroom-short')).ok).toBe(true);
    await leaveAll(teacher, japan, other);
  });

  it("hands a computer's seat to a team mid-game and back: the team plays it, then the computer again", async () => {
    const { teacher, japan, russia, teams } = await openClass();
    expect(await teacher.reassign('china', 'team')).toEqual({ ok: true });
    await waitFor('the seat handed over', () => teacher.classInfo?.seats[2]?.mode === 'team');
    expect(teacher.classInfo!.seats[2]).toMatchObject({ power: 'china', mode: 'team', setUpFor: 'ai', standIn: false, taken: false });
    // A student takes the free seat; China's phase now waits for that team.
    const beijing = await ClassroomConnection.join(URL, { code: teacher.code, role: 'team' });
    expect(await beijing.claim('china', 'Team Great Wall')).toMatchObject({ ok: true, seat: 'china' });
    const all = { ...teams, china: beijing };
    while (teacher.classInfo!.acting !== 'china') await playOne(all, teacher);
    await waitFor("China's view", () => beijing.view?.phase.kind === 'acting' && beijing.actions === teacher.actions);
    expect(await beijing.act({ type: 'endTurn', power: 'china' })).toMatchObject({ ok: true });
    // Handed back to the computer: the team's moves are refused, the computer plays China.
    expect(await teacher.reassign('china', 'ai')).toEqual({ ok: true });
    while (teacher.classInfo!.turn < 3) await playOne(teams, teacher);
    expect(await beijing.act({ type: 'endTurn', power: 'china' })).toMatchObject({ ok: false, error: { code: 'ERR_SEAT_AI' } });
    await handle.store.flush();
    const record = JSON.parse(readFileSync(join(dir, `${teacher.code}.record.json`), 'utf8')) as GameRecord;
    expect(record.controllers.china).toBe('ai');
    expect(replayRecord(record, builtinScenario('classroom-short')).ok).toBe(true);
    const chinas = record.actions.filter((a) => a.action.power === 'china');
    expect(chinas.filter((a) => a.turn === 1).map((a) => a.action)).toEqual([{ type: 'endTurn', power: 'china' }]);
    expect(chinas.filter((a) => a.turn === 2).at(-1)?.action).toEqual({ type: 'endTurn', power: 'china' });
    // A seat the computer plays cannot be opened for a device.
    expect(await teacher.reassign('usa', 'open')).toMatchObject({ ok: false, error: { code: 'ERR_SEAT_AI' } });
    await leaveAll(teacher, japan, russia, beijing);
  });

  it('ends the game into the debrief for everyone, with a record that replays', async () => {
    const { teacher, japan, russia, teams } = await openClass();
    await playOne(teams, teacher);
    expect(await teacher.endGame()).toEqual({ ok: true });
    await waitFor('the debriefs', () => !!japan.debrief && !!russia.debrief && !!teacher.debrief);
    expect(japan.debrief!.status).toBe('ended');
    expect(replayRecord(japan.debrief!.record, builtinScenario('classroom-short')).ok).toBe(true);
    expect(await russia.act({ type: 'endTurn', power: 'russia' })).toMatchObject({ ok: false, error: { code: 'ERR_CLASS_OVER' } });
    await leaveAll(teacher, japan, russia);
  });
});

describe('nothing lost', () => {
  it('rejoins a dropped team with its token, and a reloaded page takes its seat back from the old one', async () => {
    const { teacher, japan, russia, teams } = await openClass();
    await playOne(teams, teacher);
    const statuses: string[] = [];
    japan.on('connection', (s) => statuses.push(s));
    japan.dropForTest();
    await waitFor('the rejoin', () => statuses.includes('online'));
    expect(statuses[0]).toBe('reconnecting');
    await waitFor('a fresh view', () => japan.actions === teacher.actions && !!japan.view);
    expect(await japan.sync()).toMatchObject({ ok: true, inSync: true });
    // A reload: a new connection with the saved credentials; the old one is told and removed.
    const reloaded = await ClassroomConnection.join(URL, { ...japan.credentials });
    await waitFor('the takeover', () => japan.status === 'kicked');
    await waitFor('the view', () => !!reloaded.view);
    expect(await reloaded.sync()).toMatchObject({ ok: true, inSync: true });
    await leaveAll(teacher, reloaded, russia);
  });

  it('a page reloaded with its saved credentials keeps its token, so a later drop or restart rejoins its seat (not a second device without one)', async () => {
    const { teacher, japan, russia, teams } = await openClass();
    await playOne(teams, teacher);
    const saved = { ...japan.credentials };
    const reloaded = await ClassroomConnection.join(URL, saved);
    await waitFor('the takeover', () => japan.status === 'kicked');
    expect(reloaded.credentials).toEqual(saved);
    const statuses: string[] = [];
    reloaded.on('connection', (s) => statuses.push(s));
    reloaded.dropForTest();
    await waitFor('the rejoin', () => statuses.includes('online') || statuses.includes('kicked'));
    expect(statuses).toEqual(['reconnecting', 'online']);
    expect(reloaded.seat).toBe('japan');
    await waitFor('the view', () => reloaded.view?.viewer === 'japan' && reloaded.actions === teacher.actions);
    expect(await reloaded.sync()).toMatchObject({ ok: true, inSync: true });
    await leaveAll(teacher, reloaded, russia);
  });

  it('a rejoin whose welcome does not come in time leaves that room before trying again, so its own second join does not kick it', async () => {
    const { teacher, japan, russia } = await openClass();
    const slow = await ClassroomConnection.join(URL, { ...russia.credentials });
    await waitFor('the takeover', () => russia.status === 'kicked');
    // The rejoin's first two attempts never see their welcome (it is dropped on arrival) and
    // give up on it after 50 ms: each is let in by the server, then left, and the next
    // attempt joins again with the same token.
    type Joined = { onMessage: (type: string, cb: (m: unknown) => void) => unknown };
    const inside = slow as unknown as { options: { welcomeTimeoutMs?: number }; client: { joinById: (...a: unknown[]) => Promise<Joined> } };
    const joinById = inside.client.joinById.bind(inside.client);
    let attempts = 0;
    inside.client.joinById = async (...a: unknown[]) => {
      attempts += 1;
      const lost = attempts <= 2;
      inside.options.welcomeTimeoutMs = lost ? 50 : 10_000;
      const room = await joinById(...a);
      const onMessage = room.onMessage.bind(room);
      if (lost) room.onMessage = (type, cb) => onMessage(type, type === 'welcome' ? () => undefined : cb);
      return room;
    };
    const statuses: string[] = [];
    slow.on('connection', (s) => statuses.push(s));
    slow.dropForTest();
    await waitFor('the rejoin', () => statuses.includes('online') || statuses.includes('kicked'), 10_000);
    expect(attempts).toBe(3);
    expect(statuses).toEqual(['reconnecting', 'online']);
    expect(slow.seat).toBe('russia');
    await waitFor('one holder of the seat', () => teacher.classInfo?.seats[1]?.connected === true);
    expect(await slow.sync()).toMatchObject({ ok: true, inSync: true });
    await leaveAll(teacher, japan, slow);
  });

  it('writes the record after every action, atomically, in the format the replay viewer reads', async () => {
    const { teacher, japan, russia, teams } = await openClass();
    for (let i = 0; i < 3; i++) {
      await playOne(teams, teacher);
      await handle.store.flush();
      const record = JSON.parse(readFileSync(join(dir, `${teacher.code}.record.json`), 'utf8'));
      expect(record.format).toBe('north-asia-record');
      expect(record.actions.length).toBe(teacher.actions);
      expect(replayRecord(record, builtinScenario('classroom-short')).ok).toBe(true);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const meta = readFileSync(join(dir, `${teacher.code}.class.json`), 'utf8');
    expect(meta).not.toContain(japan.token!);
    expect(meta).not.toContain(teacher.token!);
    await leaveAll(teacher, japan, russia);
  });

  it('resumes every class after a server restart, verified by replay, and the clients rejoin by themselves', async () => {
    const { teacher, japan, russia, teams } = await openClass();
    for (let i = 0; i < 4; i++) await playOne(teams, teacher);
    const before = { actions: teacher.actions, hash: (await teacher.sync()) as { serverHash: string } };
    await handle.close();
    await waitFor('the drop', () => japan.status === 'reconnecting');
    await start();
    expect(handle.resumed).toContain(teacher.code);
    expect(handle.refused).toEqual([]);
    for (const c of [teacher, japan, russia]) await waitFor('the rejoin', () => c.status === 'online' && c.actions === before.actions, 15_000);
    expect(await teacher.sync()).toMatchObject({ ok: true, inSync: true, serverHash: before.hash.serverHash });
    expect(await japan.sync()).toMatchObject({ ok: true, inSync: true });
    await playOne(teams, teacher);
    expect(teacher.actions).toBe(before.actions + 1);
    await leaveAll(teacher, japan, russia);
  });
});

describe('a finished class', () => {
  const recordOf = (code: string, token: string | null) => fetch(`http://127.0.0.1:${PORT}/classroom/records/${code}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const tick = (code: string) => (colyseus.getRoomById(code) as unknown as { tick(): void }).tick();

  it('closes some time after its debrief: everyone is told, the room goes, the record stays for the teacher to download and replay', async () => {
    const { teacher, japan, russia, teams } = await openClass();
    await playOne(teams, teacher);
    const code = teacher.code;
    // While the class runs, its teacher (and no one else) downloads the record.
    expect((await recordOf(code, teacher.token)).status).toBe(200);
    expect((await recordOf(code, japan.token)).status).toBe(404);
    expect(await teacher.endGame()).toEqual({ ok: true });
    await waitFor('the debriefs', () => !!japan.debrief && !!russia.debrief);
    offset += FINISHED_FOR_MS - 60_000;
    tick(code);
    expect(colyseus.getRoomById(code)).toBeTruthy();
    expect(japan.status).toBe('online');
    offset += 61_000;
    tick(code);
    for (const c of [teacher, japan, russia]) await waitFor('the close', () => c.status === 'closed');
    await waitFor('the room gone', () => !colyseus.getRoomById(code));
    // Its files are in the finished folder, not resumed at a restart; the record replays.
    await handle.store.flush();
    expect(readdirSync(dir).filter((f) => f.startsWith(code))).toEqual([]);
    expect(readdirSync(join(dir, 'finished')).filter((f) => f.startsWith(code)).sort()).toEqual([`${code}.class.json`, `${code}.record.json`]);
    const download = await recordOf(code, teacher.token);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain(`class-${code}.record.json`);
    const record = (await download.json()) as GameRecord;
    expect(record.actions.length).toBe(japan.debrief!.record.actions.length);
    expect(replayRecord(record, builtinScenario('classroom-short')).ok).toBe(true);
    expect((await recordOf(code, russia.token)).status).toBe(404);
    expect((await recordOf(code, null)).status).toBe(404);
    // Nobody rejoins it, and a new class never takes its code.
    await expect(ClassroomConnection.join(URL, { ...teacher.credentials }, { rejoinForMs: 0 })).rejects.toThrow();
    expect(handle.store.used(code)).toBe(true);
  });

  it('a finished class past its time when the server starts is closed then, not resumed', async () => {
    const { teacher, japan, russia } = await openClass();
    expect(await teacher.endGame()).toEqual({ ok: true });
    await waitFor('the debrief', () => !!japan.debrief);
    const code = teacher.code;
    await leaveAll(teacher, japan, russia);
    await handle.close();
    offset += FINISHED_FOR_MS + 1000;
    await start();
    expect(handle.archived).toContain(code);
    expect(handle.resumed).not.toContain(code);
    expect(handle.store.loadFinished(code)?.meta.status).toBe('ended');
    expect((await recordOf(code, teacher.token)).status).toBe(200);
  });
});
