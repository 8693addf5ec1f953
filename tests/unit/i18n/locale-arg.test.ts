/**
 * The desktop app's first language: main's `app.getLocale()` travels to the preload as a command-line switch,
 * checked on both ends, and the preload exposes the tags it accepts.
 */
import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../src/main/window-options';
import { createApi } from '../../../src/preload/api';
import { localeSwitch, readLocaleSwitch } from '../../../src/shared/locale-arg';
import { initialLanguage } from '../../../src/renderer/shell/i18n';

const ipc = { invoke: async () => null, on: () => undefined, removeListener: () => undefined };
const bounds = { x: 0, y: 0, width: 1280, height: 800 };

describe('the OS language, from main to the page', () => {
  it('round-trips well-formed tags, best first, without repeats', () => {
    const argv = ['electron', '--type=renderer', localeSwitch(['ja', 'ja-JP', 'en-US', 'ja'])];
    expect(readLocaleSwitch(argv)).toEqual(['ja', 'ja-JP', 'en-US']);
  });

  it('drops anything that is not a language tag, and a missing or oversized switch', () => {
    expect(readLocaleSwitch(['--layerwise-locales=ja,<script>,en_GB,,x'])).toEqual(['ja', 'en_GB']);
    expect(readLocaleSwitch(['--type=renderer'])).toEqual([]);
    expect(readLocaleSwitch([`--layerwise-locales=${'ja,'.repeat(200)}`])).toEqual([]);
    expect(localeSwitch([42, null, 'fr-CA'])).toBe('--layerwise-locales=fr-CA');
  });

  it('is passed by the window options and exposed by the preload', () => {
    const options = windowOptions({
      preloadPath: '/p.cjs',
      bounds,
      title: 'Layerwise',
      isDev: false,
      locales: ['ja-JP'],
    });
    const args = options.webPreferences?.additionalArguments ?? [];
    expect(args).toEqual(['--layerwise-locales=ja-JP']);
    expect(createApi(ipc, 'linux', ['electron', ...args]).preferredLanguages).toEqual(['ja-JP']);
    expect(createApi(ipc, 'linux').preferredLanguages).toEqual([]);
  });

  it('decides the first language unless the learner chose one', () => {
    expect(initialLanguage(null, ['ja-JP', 'en-US'])).toBe('ja');
    expect(initialLanguage(null, ['de-DE'])).toBe('en');
    expect(initialLanguage('en', ['ja-JP'])).toBe('en');
  });
});
