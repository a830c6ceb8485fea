// The debrief built from a record: verified replay, per-turn measures, timeline with the
// AI's reasons, comparison with the reference policies, CSV and printable HTML.
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../src/app/batch/campaign';
import { buildDebrief, debriefCsv } from '../src/app/batch/debrief';
import { debriefHtml } from '../src/app/batch/debrief-page';
import { builtinScenario } from '../src/data';

const scenario = builtinScenario('classroom-short');
const record = runCampaign({ scenario, seed: 5, record: true }).record!;

describe('the debrief', () => {
  const built = buildDebrief(record, scenario, { referenceRuns: 20 });
  if (!built.ok) throw new Error(built.error.message);
  const debrief = built.value;

  it('has one row of measures per turn and the final outcome', () => {
    expect(debrief.turns.map((t) => t.turn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(debrief.turns[0]!.date).toBe('2016Q4');
    expect(debrief.outcome.score).toBe(runCampaign({ scenario, seed: 5 }).outcome.score);
  });

  it('keeps each AI decision with its reasons in the timeline', () => {
    const withReasons = debrief.timeline.filter((e) => e.power === 'russia' && e.reasons && e.reasons.length > 0);
    expect(withReasons.length).toBeGreaterThan(0);
  });

  it('places the game among the reference policies', () => {
    expect(debrief.comparison.map((c) => c.policy)).toEqual(['passive', 'economic', 'wedge', 'hawk', 'balanced']);
    for (const c of debrief.comparison) {
      expect(c.beaten).toBeGreaterThanOrEqual(0);
      expect(c.beaten).toBeLessThanOrEqual(1);
    }
    // The balanced AI game scores above most passive games.
    expect(debrief.comparison[0]!.beaten).toBeGreaterThan(0.5);
  });

  it('exports the measures as CSV with a header and one line per turn', () => {
    const lines = debriefCsv(debrief).trimEnd().split('\r\n');
    expect(lines[0]).toBe('turn,date,alignment,russiaOpinionOfJapan,chinaOpinionOfJapan,usaOpinionOfJapan,russiaOpinionOfChina,sanctions,treatyStage,militarisation,tensionChinaJapan,japanApproval,pressureOnJapan');
    expect(lines).toHaveLength(9);
    expect(lines[1]!.startsWith('1,2016Q4,')).toBe(true);
  });

  it('renders a printable page that escapes the text it quotes', () => {
    const html = debriefHtml({ ...debrief, timeline: [{ turn: 1, date: '2016Q4', power: 'world', text: '<script>alert(1)</script>' }] });
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(`Grade ${debrief.outcome.grade}`);
  });

  it('refuses a record that does not reproduce, naming the turn', () => {
    const tampered = { ...record, turnHashes: record.turnHashes.map((h, i) => (i === 2 ? '0000000000000000' : h)) };
    const result = buildDebrief(tampered, scenario, { referenceRuns: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.turn).toBe(3);
  });
});
