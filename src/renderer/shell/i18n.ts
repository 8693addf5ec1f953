/**
 * The renderer's language: the catalogue of src/shared/i18n bound to React (react-i18next) on i18next's
 * global instance, which the command registry also reads for menu labels. On first start it follows the
 * browser's (in Electron, the OS's) preferred languages; View → Language switches it without a reload and
 * it is remembered in localStorage. `<html lang>` follows, so fonts and screen readers pick the right one.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18N_OPTIONS, isLanguage, pickLanguage, type Language } from '../../shared/i18n';
import type { Command } from '../commands';

export const LANGUAGE_STORAGE_KEY = 'layerwise.language';

/** The remembered choice if there is one, else the first preferred language we have, else English. */
export function initialLanguage(stored: string | null, preferred: readonly string[]): Language {
  return isLanguage(stored) ? stored : pickLanguage(preferred);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function followDocument(language: string): void {
  document.documentElement.lang = language;
}

/** Loads the catalogue synchronously (it is bundled), so the first render is already in the right language. */
export function startI18n(): void {
  // In the desktop app the OS's languages (app.getLocale(), through the preload); in a browser its own.
  const preferred = window.layerwise?.preferredLanguages ?? [];
  const language = initialLanguage(
    readStored(),
    preferred.length > 0 ? preferred : (navigator.languages ?? [navigator.language]),
  );
  i18next.on('languageChanged', followDocument);
  void i18next.use(initReactI18next).init({ ...I18N_OPTIONS, lng: language, initAsync: false });
  followDocument(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

/** Switches every view, menu and message to `language` and remembers the choice. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage refused: the choice lasts until the window closes.
  }
  void i18next.changeLanguage(language);
}

const languageCommand = (language: Language, id: string, label: string): Command => ({
  id,
  label,
  group: 'View',
  shortcuts: [],
  enabled: () => currentLanguage() !== language,
  perform: () => setLanguage(language),
});

/** View → Language: English / 日本語. */
export const LANGUAGE_COMMANDS: readonly Command[] = [
  languageCommand('en', 'view.languageEn', 'commands.view.languageEn'),
  languageCommand('ja', 'view.languageJa', 'commands.view.languageJa'),
];
