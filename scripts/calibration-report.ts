// Prints the calibration figures that README.md quotes: for each reference policy, over
// the same seeded campaigns of north-asia-2016, the share of seeds by islands returned,
// the 1956 outcome, treaty signed, Russia-China distrust, split, China's counter-offers
// and the mean score. Usage: npm run --silent calibrate -- [--runs 200] [--scenario id]
import { runBatch } from '../src/app/batch/batch';
import { JAPAN_POLICY_NAMES } from '../src/ai';
import { builtinScenario } from '../src/data';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const runs = Number(option('runs', '200'));
const scenarioId = option('scenario', 'north-asia-2016');
if (!Number.isInteger(runs) || runs < 1) {
  console.error('calibrate: --runs must be a positive integer');
  process.exit(2);
}
const scenario = builtinScenario(scenarioId);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

console.log(`Calibration figures: ${scenarioId}, seeds 1-${runs} per policy`);
console.log('');
console.log('| Japan policy | 0 islands | 1 | 2 | 3 | 4 | 1956 + access | treaty signed | alignment fell | split (<30) | China counter-offers | mean score |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const policy of JAPAN_POLICY_NAMES) {
  const b = runBatch({ scenario, japanPolicy: policy, runs });
  const islands = [0, 1, 2, 3, 4].map((k) => pct(b.share((g) => g.islandsReturned === k)));
  console.log(
    `| ${policy} | ${islands.join(' | ')} | ${pct(b.share((g) => g.best1956Outcome))} | ${pct(b.share((g) => g.treatyStage === 'signed'))} | ` +
      `${pct(b.share((g) => g.alignmentEnd < g.alignmentStart))} | ${pct(b.share((g) => g.alignmentEnd < 30))} | ` +
      `${b.mean((g) => g.chinaCounterOffers).toFixed(1)} | ${b.mean((g) => g.score).toFixed(1)} |`,
  );
}
