/**
 * How the desktop app's first start follows the OS language: main reads `app.getLocale()` (and the system's
 * preferred languages) and passes them to the window as one command-line switch; the sandboxed preload reads
 * it back, synchronously, so the first render is already in the right language (an IPC round trip would
 * come after it). Like every IPC payload the value is checked: only well-formed BCP 47 tags, a few of them,
 * get through; anything else is dropped and the browser's languages decide.
 */
export const LOCALE_SWITCH = '--layerwise-locales=';

/** Language tags as the OS and Chromium write them: `ja`, `ja-JP`, `en_US`, `zh-Hant-TW`. */
const TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}$/;
const MAX_TAGS = 8;

function wellFormed(tags: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    if (typeof tag === 'string' && TAG.test(tag) && !out.includes(tag)) out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

/** The switch for BrowserWindow's `additionalArguments`, from the OS's languages (best first). */
export function localeSwitch(tags: readonly unknown[]): string {
  return `${LOCALE_SWITCH}${wellFormed(tags).join(',')}`;
}

/** The languages main passed, read from the renderer process's argv; [] when there is no usable switch. */
export function readLocaleSwitch(argv: readonly unknown[]): string[] {
  const found = argv.find((a): a is string => typeof a === 'string' && a.startsWith(LOCALE_SWITCH));
  if (found === undefined || found.length > 256) return [];
  return wellFormed(found.slice(LOCALE_SWITCH.length).split(','));
}
