// The command line never prints a stack trace: whatever escapes a command (a bug, since
// every input error is a value) is reported as one line, and the command exits 70.
import { clip } from '../engine';
import { t } from '../app/views/i18n';

/** Exit code for an internal error (EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

/** Runs a command's main function; an exception becomes one line on stderr and exit code 70. */
export function guarded(program: string, main: () => number): number {
  try {
    return main();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const line = message.split('\n')[0] ?? '';
    process.stderr.write(`${program}: ${t('words.cli.internalError', { message: line.length > 200 ? `${line.slice(0, 199)}…` : line || clip(String(e)) })}\n`);
    return EXIT_INTERNAL;
  }
}
