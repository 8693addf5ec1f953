/**
 * Binds BrowserEnv (see browser.ts) to the real page: a hidden file input, an <a download> link, document.title,
 * the beforeunload prompt, IndexedDB.
 *
 * Why it exists: keeps every direct DOM call of the browser platform in one short file, so browser.ts stays
 * testable in Node. The end-to-end tests exercise this file in Chromium.
 */
import type { BrowserEnv, PickedFile } from './browser';
import { openBrowserStore } from './key-value-store';

function pickFile(accept: string): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    // Fired when the user closes the picker without choosing (Chromium 113+, Firefox 91+, Safari 16.4+).
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const warnOnLeave = (event: BeforeUnloadEvent) => {
  event.preventDefault();
  event.returnValue = '';
};

export function domEnv(version: string): BrowserEnv {
  return {
    pickFile,
    download,
    setDocumentTitle: (title) => void (document.title = title),
    setLeaveWarning: (enabled) =>
      enabled
        ? window.addEventListener('beforeunload', warnOnLeave)
        : window.removeEventListener('beforeunload', warnOnLeave),
    confirm: (message) => window.confirm(message),
    openWindow: (url) => void window.open(url, '_blank', 'noopener,noreferrer'),
    store: openBrowserStore,
    version,
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  };
}
