/**
 * Turns a project name into a file name every operating system accepts.
 *
 * Why it exists: Save As in the desktop app (main) and the download in the browser build (renderer) must
 * suggest the same, valid name for the same project; this pure function is shared by both.
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

/** `My net` → `My net.nnproj`; `a/b.nnproj` → `a-b.nnproj`; blank → `Untitled project.nnproj`. */
export function projectFileName(name: string): string {
  const base = safeFileName(name.replace(/\.nnproj$/i, ''))
    .trim()
    .slice(0, 120);
  return `${base || 'Untitled project'}${PROJECT_EXTENSION}`;
}
