// `npm run scenario:check -- <file> [<file> …]`: validates scenario files and reports every
// problem with its JSON path. Exit 0 when all are valid, 1 when any has problems, 2 on usage.
// A valid file's warnings (a text without Japanese) are printed too, and never fail it.
import { flatBuiltin, formatProblem, scenarioWarnings } from '../app/play/scenarios';
import { loadScenario, readText } from './load-scenario';
import { guarded } from './guard';

const USAGE = 'usage: npm run scenario:check -- <scenario.json> [<scenario.json> …]';

/** At most this many warnings are printed for a file; a count says how many more there are. */
const MAX_WARNINGS_SHOWN = 20;

function warn(lines: string[]): void {
  for (const line of lines.slice(0, MAX_WARNINGS_SHOWN)) console.error(`warning: ${line}`);
  const rest = lines.length - MAX_WARNINGS_SHOWN;
  if (rest > 0) console.error(`warning: … and ${rest} more (${lines.length} in all)`);
}

function main(files: string[]): number {
  if (files.length === 0 || files.includes('--help') || files.includes('-h')) {
    console.error(USAGE);
    return files.length === 0 ? 2 : 0;
  }
  let failed = 0;
  for (const file of files) {
    // Read first, so that a bare word is treated as a file here, not as a built-in id.
    const text = readText(file, 'scenario file');
    if (!text.ok) {
      console.error(text.error.join('\n'));
      failed += 1;
      continue;
    }
    const result = loadScenario(file.includes('/') || file.includes('.') ? file : `./${file}`);
    if (result.ok) {
      const s = result.value;
      console.log(`${file}: ok (${s.id} v${s.version}, ${s.turns} turns, ${s.events.length} events, ${s.projects.length} projects)`);
      warn(scenarioWarnings(JSON.parse(text.value), file, (id) => flatBuiltin(id)).map(formatProblem));
    } else {
      console.error(result.error.join('\n'));
      failed += 1;
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = guarded('scenario:check', () => main(process.argv.slice(2)));
