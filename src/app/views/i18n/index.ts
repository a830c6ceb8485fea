// The translations every screen and the command line read: one i18next instance with the
// English and Japanese resources (src/locales/<language>/*.json, see ./resources.ts) bundled, initialised synchronously on
// first import in English. The browser picks the player's language in src/ui/language.ts;
// the command line may call setLanguage. The engine, data and AI never import this: they
// speak in ids, and the views turn ids into words.
//
// Keys are written out in full at every t('...') call (never built from pieces), so that the
// resource check (tests/i18n.test.ts) can find every key in use and every key missing.
import i18next from 'i18next';
import { EN as en, JA as ja } from './resources';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export const RESOURCES: Record<Language, Record<string, unknown>> = { en, ja };

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  load: 'languageOnly',
  nonExplicitSupportedLngs: true,
  resources: { en: { translation: en }, ja: { translation: ja } },
  initAsync: false,
  returnNull: false,
  // The screens set textContent, never innerHTML: nothing to escape.
  interpolation: { escapeValue: false },
});

/** The instance, for the browser's language detector (it needs i18next's language utilities). */
export const i18nInstance = i18n;

export const isLanguage = (code: unknown): code is Language => typeof code === 'string' && (LANGUAGES as readonly string[]).includes(code);

/** The language the words are in now. */
export const language = (): Language => (isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en');

/** Switches every later t() call to `lng` (the resources are bundled: this is synchronous). */
export function setLanguage(lng: Language): void {
  void i18n.changeLanguage(lng);
}

export type TOptions = Record<string, unknown> & { count?: number; lng?: Language };

/** The text of `key` in the current language (or in `options.lng`), with its values filled in. */
export const t = (key: string, options?: TOptions): string => String(i18n.t(key, options as never)); // i18n-ignore: the one call with a key from its caller
