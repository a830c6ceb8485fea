// The browser controller in node with an in-memory store: it owns the state and the record,
// plays the AI seats, keeps per-turn points, autosaves, and reloads a game exactly.
import { describe, expect, it } from 'vitest';
import { GameController } from '../src/app/play/controller';
import { readAutosave } from '../src/app/play/saves';
import { memoryStorage } from '../src/app/play/storage';
import { RATIFY_LINE, emptyProposal, presetProposals, replayRecord, stateHash, type Action, type Controllers } from '../src/engine';
import { builtinScenario } from '../src/data';

const HUMAN_JAPAN = { japan: 'human', russia: 'ai', china: 'ai', usa: 'ai' } as const;

function start(seed = 5, scenarioId = 'classroom-short', controllers: Controllers = { ...HUMAN_JAPAN }, teacher = false) {
  const storage = memoryStorage();
  const made = GameController.create({ scenarioId, seed, controllers, teacher }, { storage });
  if (!made.ok) throw new Error(made.error.message);
  return { game: made.value, storage };
}

/** Answers Japan's events with their first option and ends the turn. */
function endTurn(game: GameController) {
  for (const choice of game.pendingChoices()) {
    const answered = game.act({ type: 'answerEvent', power: 'japan', eventId: choice.event.id, optionId: choice.event.options[0]!.id });
    if (!answered.ok) throw new Error(answered.error.message);
  }
  const ended = game.act({ type: 'endTurn', power: 'japan' });
  if (!ended.ok) throw new Error(ended.error.message);
  return ended.value;
}

describe('a new campaign', () => {
  it('starts with Japan to act and one point for the graphs', () => {
    const { game } = start();
    expect(game.humanActing).toBe('japan');
    expect(game.viewer).toBe('japan');
    expect(game.history).toHaveLength(1);
    expect(game.history[0]!.date).toBe('2016Q4');
  });

  it('refuses a setup without a human seat, an unknown scenario or a bad seed', () => {
    const storage = memoryStorage();
    const allAi = { japan: 'ai', russia: 'ai', china: 'ai', usa: 'ai' } as const;
    expect(GameController.create({ scenarioId: 'classroom-short', seed: 1, controllers: allAi }, { storage }).ok).toBe(false);
    expect(GameController.create({ scenarioId: 'atlantis', seed: 1, controllers: { ...HUMAN_JAPAN } }, { storage }).ok).toBe(false);
    expect(GameController.create({ scenarioId: 'classroom-short', seed: 1.5, controllers: { ...HUMAN_JAPAN } }, { storage }).ok).toBe(false);
  });

  it('plays a shorter campaign when a turn limit is set, and reloads it with the limit', () => {
    const storage = memoryStorage();
    const made = GameController.create({ scenarioId: 'classroom-short', seed: 2, controllers: { ...HUMAN_JAPAN }, turns: 3 }, { storage });
    if (!made.ok) throw new Error(made.error.message);
    const game = made.value;
    for (let i = 0; i < 10 && !game.isOver; i++) endTurn(game);
    expect(game.state.lastTurn).toBe(3);
    expect(game.history).toHaveLength(4);
    const loaded = GameController.load(game.record, { storage });
    expect(loaded.ok && loaded.value.history).toEqual(game.history);
    expect(GameController.create({ scenarioId: 'classroom-short', seed: 2, controllers: { ...HUMAN_JAPAN }, turns: 99 }, { storage }).ok).toBe(false);
  });

  it('lets the AI open the game when the first seat is the AI’s', () => {
    const { game } = start(3, 'classroom-short', { japan: 'ai', russia: 'human', china: 'ai', usa: 'ai' });
    expect(game.humanActing).toBe('russia');
    expect(game.viewer).toBe('russia');
    expect(game.record.actions.length).toBeGreaterThan(0);
    expect(game.record.actions.every((a) => a.action.power === 'japan')).toBe(true);
  });
});

describe('hot seat', () => {
  it('hands the turn from one human seat to the next, and the viewer follows', () => {
    const { game } = start(12, 'classroom-short', { japan: 'human', russia: 'human', china: 'ai', usa: 'ai' });
    expect(game.viewer).toBe('japan');
    endTurnOnly(game, 'japan');
    expect(game.humanActing).toBe('russia');
    expect(game.viewer).toBe('russia');
    const before = game.state.turn;
    endTurnOnly(game, 'russia');
    expect(game.state.turn).toBe(before + 1);
    expect(game.humanActing).toBe('japan');
  });
});

/** Answers the seat's events with their first option and ends its phase. */
function endTurnOnly(game: GameController, power: 'japan' | 'russia') {
  for (const choice of game.pendingChoices()) game.act({ type: 'answerEvent', power, eventId: choice.event.id, optionId: choice.event.options[0]!.id });
  const ended = game.act({ type: 'endTurn', power });
  if (!ended.ok) throw new Error(ended.error.message);
}

describe('acting', () => {
  it('refuses an illegal action and changes nothing', () => {
    const { game, storage } = start();
    const before = stateHash(game.state);
    const saved = storage.getItem('north-asia/autosave');
    const result = game.act({ type: 'summit', power: 'japan', partner: 'japan' });
    expect(result.ok).toBe(false);
    expect(game.act({ type: 'endTurn', power: 'russia' }).ok).toBe(false);
    expect(game.act('nonsense').ok).toBe(false);
    expect(stateHash(game.state)).toBe(before);
    expect(storage.getItem('north-asia/autosave')).toBe(saved);
  });

  it('ending the turn plays every AI power, resolves the turn and keeps a point', () => {
    const { game } = start();
    const outcome = endTurn(game);
    expect(outcome.resolvedTurns).toEqual([1]);
    expect(outcome.aiActions).toBeGreaterThan(2);
    expect(game.state.turn).toBe(2);
    expect(game.humanActing).toBe('japan');
    expect(game.history.map((p) => p.turn)).toEqual([1, 2]);
    const report = game.report(1);
    expect(report.entries.some((e) => e.power === 'russia')).toBe(true);
    expect(report.entries.filter((e) => e.power !== 'japan' && e.power !== 'world').every((e) => e.reasons.length > 0)).toBe(true);
    expect(report.changes.length).toBeGreaterThan(0);
  });

  it('notifies subscribers after each action', () => {
    const { game } = start();
    let calls = 0;
    const stop = game.subscribe(() => calls++);
    endTurn(game);
    expect(calls).toBeGreaterThan(0);
    const seen = calls;
    stop();
    endTurn(game);
    expect(calls).toBe(seen);
  });

  it('plays a whole campaign to the report, with one point per turn', () => {
    const { game } = start(9);
    for (let i = 0; i < 50 && !game.isOver; i++) endTurn(game);
    expect(game.isOver).toBe(true);
    expect(game.history).toHaveLength(game.state.lastTurn + 1);
    const result = game.outcome();
    expect(result.categories).toHaveLength(6);
    expect(['A', 'B', 'C', 'D', 'E']).toContain(result.grade);
    expect(game.act({ type: 'endTurn', power: 'japan' }).ok).toBe(false);
  });
});

describe('the proposal preview', () => {
  it('shows Russia’s weighing term by term, the smallest flip and the support in Japan', () => {
    const { game } = start();
    const allFour = presetProposals().find((p) => p.id === 'all-four')!.proposal;
    const preview = game.preview(allFour);
    expect(preview.weighing.terms.length).toBeGreaterThan(3);
    expect(preview.weighing.answer).not.toBe('accept');
    expect(preview.support.length).toBeGreaterThan(0);
    expect(preview.ratifyLine).toBe(RATIFY_LINE);
    // Tokyo sees a range and a chance, never a certainty about the Kremlin's private margin.
    expect(preview.weighing.low).toBeLessThan(preview.weighing.high);
    expect(preview.weighing.acceptChance).toBe(0);
    const empty = game.preview(emptyProposal());
    expect(empty.supportTotal).toBeLessThan(0);
  });

  it('says why a draft cannot be sent while an event awaits an answer', () => {
    const { game } = start();
    expect(game.pendingChoices().length).toBeGreaterThan(0);
    const preview = game.preview(presetProposals()[0]!.proposal);
    expect(preview.blocked?.code).toBe('ERR_EVENT_PENDING');
  });

  it('the advisor suggests a legal action for Japan', () => {
    const { game } = start();
    const advice = game.advice();
    expect(advice).not.toBeNull();
    const legal = game.availability().filter((a) => a.blocked === null).map((a) => JSON.stringify(a.action));
    expect(legal).toContain(JSON.stringify(advice!.suggestion.action));
  });
});

describe('reloading', () => {
  it('resumes from the autosave exactly where the player was, with the same graphs', () => {
    const { game, storage } = start(21);
    endTurn(game);
    const answerable = game.availability().find((a) => a.blocked === null && a.action.type !== 'endTurn' && a.action.type !== 'answerEvent');
    if (answerable) game.act(answerable.action as Action);
    const saved = readAutosave(storage);
    if (!saved.ok || !saved.value) throw new Error('no autosave');
    const loaded = GameController.load(saved.value, { storage });
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(stateHash(loaded.value.state)).toBe(stateHash(game.state));
    expect(loaded.value.state.log).toEqual(game.state.log);
    expect(loaded.value.history).toEqual(game.history);
    expect(loaded.value.record).toEqual(game.record);
    // and play goes on identically in both
    endTurn(game);
    endTurn(loaded.value);
    expect(stateHash(loaded.value.state)).toBe(stateHash(game.state));
  });

  it('the autosave is a record that replayRecord verifies', () => {
    const { game, storage } = start(4);
    endTurn(game);
    const saved = readAutosave(storage);
    if (!saved.ok || !saved.value) throw new Error('no autosave');
    const replay = replayRecord(saved.value, builtinScenario('classroom-short'));
    expect(replay.ok).toBe(true);
  });

  it('refuses a record whose actions were tampered with', () => {
    const { game, storage } = start(4);
    endTurn(game);
    endTurn(game);
    const record = structuredClone(game.record);
    record.turnHashes[0] = '0000000000000000';
    const loaded = GameController.load(record, { storage });
    expect(!loaded.ok && loaded.error.code).toBe('ERR_SAVE_REPLAY');
  });

  it('refuses a record of a scenario it does not know', () => {
    const { game, storage } = start(4);
    const record = { ...game.record, scenario: { id: 'atlantis', version: '1.0.0' } };
    const loaded = GameController.load(record, { storage });
    expect(!loaded.ok && loaded.error.code).toBe('ERR_SAVE_SCENARIO');
  });
});

describe('the teacher’s controls', () => {
  it('accept an inject through act at the start of a turn, record it and put it in the news', () => {
    const { game, storage } = start(6, 'classroom-short', { japan: 'human', russia: 'human', china: 'ai', usa: 'ai' }, true);
    expect(game.injectBlocked()).toBeNull();
    const done = game.act({ type: 'injectEvent', power: 'japan', eventId: 'chinese-offer' });
    expect(done.ok).toBe(true);
    expect(game.record.actions.at(-1)?.action).toEqual({ type: 'injectEvent', power: 'japan', eventId: 'chinese-offer' });
    expect(game.state.log.some((e) => e.text.includes('The teacher triggers "A Chinese offer to Moscow"'))).toBe(true);
    // Russia's choice waits for Russia's seat only, and the autosave holds the inject.
    expect(game.pendingChoices().some((c) => c.event.id === 'chinese-offer')).toBe(false);
    const saved = readAutosave(storage);
    expect(saved.ok && saved.value?.actions.some((a) => a.action.type === 'injectEvent')).toBe(true);
    endTurnOnly(game, 'japan');
    expect(game.pendingChoices().map((c) => c.event.id)).toContain('chinese-offer');
  });

  it('are refused in a game set up without a teacher, naming why', () => {
    const { game } = start(6);
    const before = stateHash(game.state);
    const result = game.inject('spy-row');
    expect(!result.ok && result.error.code).toBe('ERR_NO_TEACHER');
    expect(stateHash(game.state)).toBe(before);
  });

  it('say why an inject is refused once the turn has begun, and change nothing', () => {
    const { game } = start(6, 'classroom-short', { ...HUMAN_JAPAN }, true);
    game.act({ type: 'answerEvent', power: 'japan', eventId: game.pendingChoices()[0]!.event.id, optionId: game.pendingChoices()[0]!.event.options[0]!.id });
    expect(game.injectBlocked()?.code).toBe('ERR_NOT_TURN_START');
    const before = stateHash(game.state);
    const result = game.inject('spy-row');
    expect(!result.ok && result.error.code).toBe('ERR_NOT_TURN_START');
    expect(stateHash(game.state)).toBe(before);
    expect(game.inject('alien-landing').ok).toBe(false);
  });

  it('hold a computer-played first seat at each turn start until the teacher resumes', () => {
    const storage = memoryStorage();
    const controllers = { japan: 'ai', russia: 'human', china: 'ai', usa: 'ai' } as const;
    const made = GameController.create({ scenarioId: 'classroom-short', seed: 3, controllers }, { storage, holdForTeacher: true });
    if (!made.ok) throw new Error(made.error.message);
    const game = made.value;
    expect(game.waitingForTeacher).toBe(true);
    expect(game.humanActing).toBeNull();
    expect(game.record.actions).toHaveLength(0);
    expect(game.inject('spy-row').ok).toBe(true);
    expect(game.waitingForTeacher).toBe(true);
    expect(game.record.actions[0]?.action).toEqual({ type: 'injectEvent', power: 'japan', eventId: 'spy-row' });
    // A reload at the hold comes back waiting, and resumes the same way.
    const loaded = GameController.load(game.record, { storage });
    expect(loaded.ok && loaded.value.waitingForTeacher).toBe(true);
    expect(game.resume().ok).toBe(true);
    expect(game.humanActing).toBe('russia');
    expect(game.resume().ok).toBe(false);
    endTurnOnly(game, 'russia');
    expect(game.state.turn).toBe(2);
    expect(game.waitingForTeacher).toBe(true);
    expect(game.injectBlocked('spy-row')).toBeNull();
  });
});
