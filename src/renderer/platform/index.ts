/**
 * Picks the Platform for where the UI is running: Electron when the preload exposed `window.layerwise`,
 * the browser otherwise. Components call getPlatform() and never check which one they got.
 */
import type { LayerwiseApi } from '../../preload/api';
import { createBrowserPlatform } from './browser';
import { domEnv, downloadBytes } from './dom-env';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

export type * from './types';

declare global {
  interface Window {
    /** Present only in the desktop app, where the preload exposed it. */
    layerwise?: LayerwiseApi;
  }
}

// The one platform adapter of this window, chosen once at start (Electron preload or browser); a singleton
// behind getPlatform()/setPlatform() so tests can install a fake.
let current: Platform | null = null;

/** The version shown in the browser build, defined by vite.shared.ts from package.json. */
const browserVersion = (import.meta.env?.VITE_APP_VERSION as string | undefined) ?? 'web';

export function choosePlatform(host: { layerwise?: LayerwiseApi }, makeBrowser: () => Platform): Platform {
  return host.layerwise ? createElectronPlatform(host.layerwise, downloadBytes) : makeBrowser();
}

export function getPlatform(): Platform {
  current ??= choosePlatform(window, () => createBrowserPlatform(domEnv(browserVersion)));
  return current;
}
