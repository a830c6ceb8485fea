// `npm run scenario:check -- <file> [<file> …]`: validates scenario files and reports every
// problem with its JSON path. Exit 0 when all are valid, 1 when any has problems, 2 on usage.
// A valid file's warnings (a text without Japanese) are printed too, and never fail it.
// Its words follow --lang or the environment (./lang.ts); the problems name JSON paths.
import { flatBuiltin, formatProblem, scenarioWarnings } from '../app/play/scenarios';
import { loadScenario, readText } from './load-scenario';
import { guarded } from './guard';
import { chooseLanguage } from './lang';
import { isLanguage, t } from '../app/views/i18n';

/** The files among the arguments, without `--lang <code>` / `--lang=<code>`, or the unknown language given. */
function filesOf(argv: readonly string[]): { files: string[] } | { badLanguage: string } {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const lang = arg === '--lang' ? (argv[++i] ?? '') : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : null;
    if (lang === null) files.push(arg);
    else if (!isLanguage(lang)) return { badLanguage: lang };
  }
  return { files };
}

/** At most this many warnings are printed for a file; a count says how many more there are. */
const MAX_WARNINGS_SHOWN = 20;

function warn(lines: string[]): void {
  for (const line of lines.slice(0, MAX_WARNINGS_SHOWN)) console.error(t('words.cli.check.warning', { line }));
  const rest = lines.length - MAX_WARNINGS_SHOWN;
  if (rest > 0) console.error(t('words.cli.check.moreWarnings', { rest, all: lines.length }));
}

function main(argv: string[]): number {
  const read = filesOf(argv);
  if ('badLanguage' in read) {
    console.error(t('words.cli.lang.bad', { value: read.badLanguage }));
    return 2;
  }
  const { files } = read;
  if (files.length === 0 || files.includes('--help') || files.includes('-h')) {
    console.error(t('words.cli.check.usage'));
    return files.length === 0 ? 2 : 0;
  }
  let failed = 0;
  for (const file of files) {
    // Read first, so that a bare word is treated as a file here, not as a built-in id.
    const text = readText(file, t('words.cli.load.scenarioFile'));
    if (!text.ok) {
      console.error(text.error.join('\n'));
      failed += 1;
      continue;
    }
    const result = loadScenario(file.includes('/') || file.includes('.') ? file : `./${file}`);
    if (result.ok) {
      const s = result.value;
      console.log(t('words.cli.check.ok', { file, id: s.id, version: s.version, turns: s.turns, events: s.events.length, projects: s.projects.length }));
      warn(scenarioWarnings(JSON.parse(text.value), file, (id) => flatBuiltin(id)).map(formatProblem));
    } else {
      console.error(result.error.join('\n'));
      failed += 1;
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = guarded('scenario:check', () => {
  const argv = process.argv.slice(2);
  chooseLanguage(argv, process.env);
  return main(argv);
});
