// Printable briefing cards for a class: one page per team, with its situation in late
// 2016, its goals, what it can do and how it is scored. Built from the scenario (its
// interests weight the goals, its rules list the moves), as a self-contained HTML page that
// the setup screen opens for printing.
import { POWERS, RULES, createGame, powerOutcome, type ActionType, type PowerId, type Scenario } from '../../engine';
import { POWER_NAMES } from '../views/names';

/** Each power's situation, in the game's own words. */
const SITUATIONS: Record<PowerId, string[]> = {
  japan: [
    'You govern from Tokyo in late 2016. Seventy years after the war, Japan and Russia have still not signed a peace treaty, because of four islands north-east of Hokkaido that the Soviet Union took in 1945: Etorofu, Kunashiri, Shikotan and the Habomai islets.',
    'The 1956 Joint Declaration promised Shikotan and Habomai back once a treaty is signed. Prime Minister Abe has offered Moscow an eight-point plan of economic cooperation and hopes it will buy movement on the islands, and perhaps pull Russia a little away from China.',
    'Japan relies on the alliance with the United States, whose Article 5 covers Japan, and has joined Western sanctions on Russia since Crimea. China is growing stronger every year.',
  ],
  russia: [
    'You govern from Moscow in late 2016. Western sanctions since Crimea have shut Russia out of Western capital, and the Far East, rich in gas but thinly peopled, needs investment.',
    'Japan offers money and projects and wants the southern Kurils (to you: Iturup, Kunashir, Shikotan and the Khabomai islets) back. Most Russians oppose any handover, and the islands guard the Sea of Okhotsk, where your Pacific Fleet’s submarines hide.',
    'China is your partner against American pressure and your biggest buyer, but depending on Beijing has its own dangers.',
  ],
  china: [
    'You govern from Beijing in late 2016. China is outgrowing Japan, and its partnership with Russia (trade, energy, a common front against the United States) is worth a great deal to you.',
    'Tokyo is courting Moscow with money and talk of the islands, hoping to drive a wedge between Russia and China. You can outbid it, engage it, or press it at sea.',
    'Japan’s rearmament and US missile defence in the region worry you; a crisis with Japan would cost Chinese business.',
  ],
  usa: [
    'You govern from Washington in late 2016. Japan is your key ally in Asia, and the alliance commits you to its defence.',
    'A new administration may seek a reset with Moscow, while Congress and the allies keep sanctions on Russia after Crimea. Tokyo’s deals with Moscow can cut across them.',
    'China is the rival that matters; missile defence in the region protects allies but angers both Beijing and Moscow.',
  ],
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What `power` can do: the labels of its own moves in the rules' order (answers to events and the end of a turn are left out). */
export function movesOf(power: PowerId): string[] {
  const labels: string[] = [];
  for (const type of Object.keys(RULES) as ActionType[]) {
    if (!RULES[type].powers.includes(power)) continue;
    if (type === 'endTurn' || type === 'answerEvent' || type === 'injectEvent') continue;
    const label = RULES[type].label;
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}

export interface CardOptions {
  scenario: Scenario;
  /** The powers played by teams, one card each (in the order of POWERS). */
  teams: readonly PowerId[];
  turns: number;
  seed: number;
}

/** The cards as one printable page, a page break between teams. */
export function briefingCardsHtml(options: CardOptions): string {
  const { scenario, turns, seed } = options;
  const start = createGame({ scenario, seed, controllers: { japan: 'ai', russia: 'ai', china: 'ai', usa: 'ai' } });
  const teams = POWERS.filter((p) => options.teams.includes(p));
  const order = scenario.turnOrder.map((p) => POWER_NAMES[p]).join(', ');
  const cards = teams.map((power) => {
    const own = powerOutcome(start, start, power);
    const goals = [...own.categories].sort((a, b) => b.weight - a.weight);
    const others = POWERS.filter((p) => p !== power)
      .map((p) => `${POWER_NAMES[p]} (${options.teams.includes(p) ? 'a team' : 'the computer'})`)
      .join(', ');
    return `<section class="card" data-power="${power}">
<h1>${escapeHtml(POWER_NAMES[power])}: your briefing</h1>
<p class="meta">${escapeHtml(scenario.title)} · ${turns} turn${turns === 1 ? '' : 's'} of one quarter each · seed ${seed} · moving order ${escapeHtml(order)} · the others: ${escapeHtml(others)}</p>
<h2>Your situation</h2>
${SITUATIONS[power].map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<h2>Your goals</h2>
<ol>${goals.map((c) => `<li><strong>${escapeHtml(c.label)}</strong> (${Math.round(c.weight * 100)}% of your score): ${escapeHtml(c.goal)}</li>`).join('')}</ol>
<h2>What you can do</h2>
<p>Each turn you have diplomatic capital to spend; each move costs some, and several can be made in a turn. The advisor in the Actions tab suggests a move and gives its reasons. Your moves:</p>
<ul class="moves">${movesOf(power).map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>
<p>Events will also ask you to choose: read each option’s consequences before answering.</p>
<h2>How you are scored</h2>
<p>${
      power === 'japan'
        ? 'Your score is the campaign report: six categories, judged against what the situation allowed (Shikotan and Habomai with access to the other two is an excellent result). The weights are above.'
        : 'Each goal is scored from 0 to 100 against where things stood at the start (holding your ground scores about 50), and the goals are weighted by your government’s interests as above.'
    } The turn report shows every team’s score after each quarter: A from 65 (66 for Japan), B from 56, C from 46, D from 36.</p>
</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Briefing cards: ${escapeHtml(scenario.title)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:46rem;color:#1b1b1b}
h1{font-size:1.45rem;margin:0 0 .2rem}h2{font-size:1.05rem;margin:1rem 0 .3rem;border-bottom:1px solid #ccc}
.meta{color:#555;font-size:.9rem}.moves{columns:2;font-size:.92rem}
.card{padding-bottom:1rem;border-bottom:2px dashed #aaa;margin-bottom:2rem}
@media print{body{margin:0;max-width:none}.card{break-after:page;border:none;margin:0}}
</style></head><body>
${cards.join('\n')}
</body></html>
`;
}
