/**
 * One message catalogue for the renderer and the command line (i18next). The renderer binds it to React
 * (src/renderer/shell/i18n.ts); the CLI makes its own instance in the language of `LANG`/`LC_ALL`.
 */
import { createInstance, type i18n, type TFunction } from 'i18next';
import { en } from './en';
import { ja } from './ja';

export { en, ja };
export type { Catalogue } from './catalogue';
export {
  badRowText,
  compileErrorText,
  problemOr,
  problemText,
  projectErrorsText,
  upgradeText,
  type WordableBadRow,
  type WordableProblem,
} from './problems';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export const RESOURCES = { en: { translation: en }, ja: { translation: ja } } as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the user's preferred languages (BCP 47 tags, best first) that we have, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_.]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The command line's language from the POSIX locale variables, in their order of precedence: `LC_ALL`,
 * then `LC_MESSAGES`, then `LANG`. `ja_JP.UTF-8` (or any `ja…`) gives Japanese; anything else, or nothing,
 * gives English.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale !== undefined && /^ja([_.-]|$)/i.test(locale) ? 'ja' : 'en';
}

/** Options both instances share: React escapes text itself, and the CLI prints plain text. */
export const I18N_OPTIONS = {
  resources: RESOURCES,
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;

/** A fresh, initialised i18next instance in `language` (the CLI and tests; the renderer has its own). */
export function createI18n(language: Language): i18n {
  const instance = createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: language, initAsync: false });
  return instance;
}

export function createTranslator(language: Language): TFunction {
  return createI18n(language).t;
}

let englishT: TFunction | null = null;
/** One shared English translator (made on first use), for pure helpers whose caller names no language. */
export function english(): TFunction {
  englishT ??= createTranslator('en');
  return englishT;
}
