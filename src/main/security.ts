/**
 * The app's answers to "may the page go there / open that / use this?", and the code that installs them.
 *
 * Why it exists: Electron's defaults let a page navigate anywhere, open windows, and request camera or
 * notifications. Layerwise needs none of that. The decisions are pure functions (tested), and the installer
 * takes the Electron objects as small structural interfaces so it can be exercised with fakes too.
 */
import { APP_ORIGIN } from './app-protocol';

/** Help pages that links in the app may open in the user's browser. */
export const HELP_ORIGINS = ['https://layerwise.app', 'https://github.com'] as const;
const HELP_PATH_PREFIXES: Record<string, readonly string[]> = {
  'https://layerwise.app': ['/'],
  'https://github.com': ['/layerwise/'],
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The origins our own page is served from: app:// in release builds, the dev server while developing. */
export function appOrigins(devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN];
  const dev = devServerUrl ? parse(devServerUrl) : null;
  if (
    dev &&
    (dev.protocol === 'http:' || dev.protocol === 'https:') &&
    ['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname)
  ) {
    origins.push(dev.origin);
  }
  return origins;
}

export function isAppUrl(url: string, origins: readonly string[]): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  // app:// is registered as a standard scheme, so URL gives it a proper origin in Electron; compute it by
  // hand for Node, where non-special schemes report the origin "null".
  const origin = parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  return origins.includes(origin);
}

/** Navigation is allowed only to our own page (a reload); everything else is refused. */
export function isAllowedNavigation(url: string, origins: readonly string[]): boolean {
  return isAppUrl(url, origins);
}

/** What the explicit "open in browser" IPC call accepts: https only, no credentials in the URL. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null && parsed.protocol === 'https:' && !parsed.username && !parsed.password && parsed.hostname !== ''
  );
}

/** Only https links to our own help pages may leave the app, and only to the system browser. */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  const prefixes = HELP_PATH_PREFIXES[parsed.origin];
  return prefixes !== undefined && prefixes.some((prefix) => parsed.pathname.startsWith(prefix));
}

export interface NavigationEventLike {
  preventDefault(): void;
}
export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: NavigationEventLike, url: string) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}
export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/** Denies navigation away from the app and all new windows; allowed help links open in the browser. */
export function secureWebContents(
  contents: WebContentsLike,
  origins: readonly string[],
  openExternal: (url: string) => void,
): void {
  const guardNavigation = (event: NavigationEventLike, url: string) => {
    if (!isAllowedNavigation(url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Layerwise uses no camera, microphone, notifications, geolocation, clipboard-read or anything else. */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
