// The classroom's lesson: a default that fits 45 minutes (briefing and debrief included),
// the teacher's list holding only events that can happen in the chosen span, the teacher's
// PIN kept with the class's settings, and one printable briefing card per team.
import { describe, expect, it } from 'vitest';
import { briefingCardsHtml, movesOf } from '../src/app/play/briefing-cards';
import {
  BRIEFING_MINUTES,
  DEBRIEF_MINUTES,
  LESSON_MINUTES,
  eventCanHappenBy,
  isPin,
  lessonPlan,
  readClassroom,
  turnsThatFit,
  writeClassroom,
} from '../src/app/play/classroom';
import { memoryStorage } from '../src/app/play/storage';
import type { EventDef } from '../src/engine';
import { scenario } from './helpers';

describe('the lesson’s length', () => {
  it('counts the briefing, every team’s turns, the hand-overs and the debrief', () => {
    const plan = lessonPlan(4, 2, 3);
    expect(plan).toEqual({ briefing: BRIEFING_MINUTES, play: 24, handovers: 4, debrief: DEBRIEF_MINUTES, total: BRIEFING_MINUTES + 24 + 4 + DEBRIEF_MINUTES });
    expect(lessonPlan(4, 1, 3).handovers).toBe(0);
  });

  it('chooses the most turns that fit 45 minutes, never fewer than one nor more than the scenario’s', () => {
    for (const teams of [1, 2, 3, 4]) {
      for (const timer of [null, 2, 3, 5]) {
        const turns = turnsThatFit(teams, timer, 8);
        expect(turns).toBeGreaterThanOrEqual(1);
        expect(turns).toBeLessThanOrEqual(8);
        if (turns > 1) expect(lessonPlan(turns, teams, timer).total).toBeLessThanOrEqual(LESSON_MINUTES);
        if (turns < 8) expect(lessonPlan(turns + 1, teams, timer).total).toBeGreaterThan(LESSON_MINUTES);
      }
    }
    // The setup's default (two teams, a 3-minute timer, the 8-quarter scenario).
    expect(turnsThatFit(2, 3, 8)).toBe(4);
    expect(lessonPlan(4, 2, 3).total).toBeLessThanOrEqual(45);
  });
});

describe('the teacher’s list of events', () => {
  const events = scenario('classroom-short').events;
  const byId = (id: string) => events.find((e) => e.id === id)!;

  it('keeps scheduled events on or before the last turn and random ones whose window opens by then', () => {
    expect(eventCanHappenBy(byId('power-of-siberia'), 8)).toBe(false); // scheduled for turn 13
    expect(eventCanHappenBy(byId('power-of-siberia'), 13)).toBe(true);
    expect(eventCanHappenBy(byId('thaad-deployed'), 2)).toBe(false); // turn 3
    expect(eventCanHappenBy(byId('us-china-trade-war'), 4)).toBe(false); // from turn 5
    expect(eventCanHappenBy(byId('us-china-trade-war'), 5)).toBe(true);
    expect(eventCanHappenBy(byId('spy-row'), 1)).toBe(true);
  });

  it('leaves out nothing that can happen: every event is in the list of a campaign as long as the scenario', () => {
    const full = scenario('north-asia-2016');
    expect(full.events.every((e: EventDef) => eventCanHappenBy(e, full.turns))).toBe(true);
  });
});

describe('the teacher’s PIN', () => {
  it('is four to eight digits, kept with the class’s settings, and a damaged one reads as none', () => {
    expect(isPin('1234')).toBe(true);
    expect(isPin('12345678')).toBe(true);
    expect(isPin('123')).toBe(false);
    expect(isPin('12a4')).toBe(false);
    const storage = memoryStorage();
    const settings = { scenarioId: 'classroom-short', seed: 1, controllers: { japan: 'human', russia: 'human', china: 'ai', usa: 'ai' } as const, timerMinutes: 3 };
    writeClassroom(storage, { ...settings, pin: '2468' });
    expect(readClassroom(storage)?.pin).toBe('2468');
    writeClassroom(storage, { ...settings, pin: 'abc' });
    expect(readClassroom(storage)?.pin).toBeUndefined();
  });
});

describe('briefing cards', () => {
  it('give each team one page: its situation, goals weighted by its interests, its moves and how it is scored', () => {
    const html = briefingCardsHtml({ scenario: scenario('classroom-short'), teams: ['russia', 'japan'], turns: 4, seed: 9 });
    const cards = html.split('<section class="card"').slice(1);
    expect(cards).toHaveLength(2);
    expect(cards[0]).toContain('data-power="japan"');
    expect(cards[1]).toContain('data-power="russia"');
    expect(html).toContain('break-after:page');
    for (const card of cards) {
      for (const heading of ['Your situation', 'Your goals', 'What you can do', 'How you are scored']) expect(card).toContain(heading);
    }
    expect(cards[1]).toContain('The islands kept');
    expect(cards[1]).toMatch(/Reinforce an island garrison/);
    expect(cards[1]).not.toContain('Start an eight-point-plan project');
    expect(cards[0]).toContain('Start an eight-point-plan project');
    expect(cards[1]).toContain('4 turns');
    expect(cards[1]).toContain('seed 9');
    // No raw identifiers where a person reads.
    expect(html).not.toMatch(/>\s*(courtJapan|militarise|usa|chinaTies)\b/);
  });

  it('list only each power’s own moves', () => {
    expect(movesOf('usa')).toContain('Reassure Japan');
    expect(movesOf('usa')).not.toContain('Reinforce an island garrison');
    expect(movesOf('china')).toContain('Make Moscow a richer offer');
  });
});
