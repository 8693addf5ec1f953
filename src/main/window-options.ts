/**
 * The options every Layerwise window is created with.
 *
 * Why it exists: the security-relevant switches (context isolation, sandbox, no Node in the renderer, web
 * security) must never be flipped by accident while someone edits window code, so they are produced by one pure
 * function that a unit test pins down.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { localeSwitch } from '../shared/locale-arg';
import type { Bounds } from './window-state';

export interface WindowOptionsInput {
  /** Absolute path of the CommonJS preload bundle (out/preload/index.cjs). */
  preloadPath: string;
  /** The window's icon, a PNG; without one the OS shows Electron's. */
  iconPath?: string;
  bounds: Bounds;
  title: string;
  /** Development builds may open developer tools; release builds may not. */
  isDev: boolean;
  backgroundColor?: string;
  /** The OS's languages, best first (`app.getLocale()` first), for the window's first language. */
  locales?: readonly string[];
}

export const MIN_WINDOW_WIDTH = 800;
export const MIN_WINDOW_HEIGHT = 560;

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    x: input.bounds.x,
    y: input.bounds.y,
    width: input.bounds.width,
    height: input.bounds.height,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: input.title,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: input.backgroundColor ?? '#1e1e1e',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would otherwise try to open links in new windows (denied anyway, but never even asked).
      disableBlinkFeatures: 'Auxclick',
      devTools: input.isDev,
      additionalArguments: [localeSwitch(input.locales ?? [])],
    },
  };
}
