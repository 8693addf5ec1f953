/**
 * Turns a project name or a chart title into a file name every operating system accepts.
 *
 * Why it exists: Save As in the desktop app (main), the download in the browser build (renderer) and a chart's
 * "Save PNG" must suggest valid names for what the learner typed, in any script; these pure functions are
 * shared by all of them.
 */

export const PROJECT_EXTENSION = '.nnproj';

/** Replaces runs of characters that Windows, macOS or Linux forbid in file names (and control characters) with "-". */
export function safeFileName(name: string): string {
  let out = '';
  for (const ch of name) {
    const bad = ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch);
    if (!bad) out += ch;
    else if (!out.endsWith('-')) out += '-';
  }
  return out;
}

/**
 * Names Windows keeps for devices: a file called `CON` or `com1.txt` cannot be created there, whatever the
 * extension, in any letter case.
 */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * The part of a file name before its extension, safe on every system: forbidden characters become "-", the
 * ends are trimmed of spaces and of the dots Windows drops, the length is bounded, a Windows device name gets
 * a "-file" suffix on its stem, and nothing left gives `fallback`. Letters of every script are kept.
 */
export function safeFileBase(name: string, fallback: string): string {
  const base = safeFileName(name)
    .slice(0, 120)
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (base === '') return fallback;
  // Windows reads the name up to its first dot, so the suffix goes there: `aux.txt` → `aux-file.txt`.
  return base.replace(
    WINDOWS_DEVICE_NAME,
    (_, device: string, rest: string | undefined) => `${device}-file${rest ?? ''}`,
  );
}

/** `My net` → `My net.nnproj`; `a/b.nnproj` → `a-b.nnproj`; `CON` → `CON-file.nnproj`; blank → `Untitled project.nnproj`. */
export function projectFileName(name: string): string {
  return `${safeFileBase(name.trim().replace(/\.nnproj$/i, ''), 'Untitled project')}${PROJECT_EXTENSION}`;
}
