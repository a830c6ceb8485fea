// The player's language in the browser: the one chosen on the start screen (remembered in
// localStorage under LANGUAGE_KEY), else the browser's first language we have (navigator
// .languages through i18next-browser-languagedetector), else English. The page's lang
// attribute follows, so screen readers and fonts read Japanese as Japanese.
import LanguageDetector from 'i18next-browser-languagedetector';
import { LANGUAGES, i18nInstance, isLanguage, language, setLanguage, t, type Language } from '../app/views/i18n';
import { h } from './dom';

export const LANGUAGE_KEY = 'north-asia/language';

let detector: LanguageDetector | null = null;
const theDetector = (): LanguageDetector =>
  (detector ??= new LanguageDetector(i18nInstance.services, { order: ['localStorage', 'navigator'], lookupLocalStorage: LANGUAGE_KEY, caches: ['localStorage'] }));

/** Applies the remembered or the browser's language (called once, before the first screen). */
export function startLanguage(): Language {
  const found = theDetector().detect();
  const codes = Array.isArray(found) ? found : found ? [found] : [];
  // "ja-JP" is supported through "ja": the best match may keep its region.
  const utils = i18nInstance.services.languageUtils;
  const best = utils.getBestMatchFromCodes(codes);
  const lng = best ? utils.getLanguagePartFromCode(best) : null;
  apply(isLanguage(lng) ? lng : 'en');
  return language();
}

/** Switches the language and remembers the choice. */
export function chooseLanguage(lng: Language): void {
  apply(lng);
  theDetector().cacheUserLanguage(lng);
}

function apply(lng: Language): void {
  setLanguage(lng);
  document.documentElement.lang = lng;
  document.title = t('app.documentTitle');
}

/** The start screen's language switch: each language named in itself; `onChange` redraws. */
export function languageSwitch(onChange: () => void): HTMLElement {
  const select = h(
    'select',
    { key: 'language', attrs: { id: 'language', 'data-testid': 'language' } },
    ...LANGUAGES.map((lng) => h('option', { attrs: { value: lng, lang: lng, selected: lng === language() }, text: t('language.self', { lng }) })),
  );
  select.addEventListener('change', () => {
    if (!isLanguage(select.value)) return;
    chooseLanguage(select.value);
    onChange();
  });
  return h('div', { class: 'field-row language-switch' }, h('label', { attrs: { for: 'language' }, text: t('language.label') }), select);
}
