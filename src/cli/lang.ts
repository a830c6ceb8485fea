// The language of the command line's text: --lang en|ja, else the locale of the environment
// (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them: "ja_JP.UTF-8" is Japanese),
// else English. JSON output is the same in every language: only the words for people change.
import { isLanguage, setLanguage, type Language } from '../app/views/i18n';

/** The language an environment's locale asks for, or null (unset, "C", "POSIX", another language). */
export function environmentLanguage(env: Readonly<Record<string, string | undefined>>): Language | null {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const code = /^([a-z]{2})(?:[_.@-]|$)/i.exec(locale)?.[1]?.toLowerCase();
  return isLanguage(code) ? code : null;
}

/**
 * The language asked for by `--lang <code>` or `--lang=<code>` among the arguments, when it is
 * one the game speaks; an unknown code is left to the argument parser to refuse (in the
 * environment's language).
 */
export function argumentLanguage(argv: readonly string[]): Language | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return isLanguage(value) ? value : null;
  }
  return null;
}

/** Sets the language of every later t() call for a command run with `argv` in `env`; returns it. */
export function chooseLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language {
  const lng = argumentLanguage(argv) ?? environmentLanguage(env) ?? 'en';
  setLanguage(lng);
  return lng;
}
