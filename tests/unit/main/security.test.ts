import { describe, expect, it } from 'vitest';
import {
  appOrigins,
  denyAllPermissions,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isSafeExternalUrl,
  secureWebContents,
  type NavigationEventLike,
} from '../../../src/main/security';
import { windowOptions } from '../../../src/main/window-options';

const origins = appOrigins(undefined);

describe('navigation and external links', () => {
  it('allows only our own page to load in the window', () => {
    expect(isAllowedNavigation('app://layerwise/index.html', origins)).toBe(true);
    expect(isAllowedNavigation('app://evil/index.html', origins)).toBe(false);
    expect(isAllowedNavigation('https://example.com/', origins)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', origins)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', origins)).toBe(false);
    expect(isAllowedNavigation('not a url', origins)).toBe(false);
  });

  it('trusts the dev server only on a loopback host', () => {
    expect(appOrigins('http://localhost:5173/')).toContain('http://localhost:5173');
    expect(appOrigins('http://evil.example:5173/')).toEqual(['app://layerwise']);
    expect(isAllowedNavigation('http://localhost:5173/index.html', appOrigins('http://localhost:5173'))).toBe(true);
  });

  it('opens only https help pages externally', () => {
    expect(isAllowedExternalUrl('https://layerwise.app/help/activations')).toBe(true);
    expect(isAllowedExternalUrl('https://github.com/layerwise/layerwise/issues')).toBe(true);
    expect(isAllowedExternalUrl('https://github.com/someone-else/repo')).toBe(false);
    expect(isAllowedExternalUrl('http://layerwise.app/help')).toBe(false);
    expect(isAllowedExternalUrl('https://layerwise.app.evil.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@layerwise.app/')).toBe(false);
    expect(isAllowedExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
  });

  it('lets the explicit open-in-browser call through for https only', () => {
    expect(isSafeExternalUrl('https://en.wikipedia.org/wiki/Backpropagation')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('secureWebContents and denyAllPermissions', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: NavigationEventLike, url: string) => void>();
    let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
    return {
      listeners,
      open: (url: string) => openHandler!({ url }),
      on(event: string, listener: (event: NavigationEventLike, url: string) => void) {
        listeners.set(event, listener);
      },
      setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
        openHandler = handler;
      },
    };
  }
  function navigate(contents: ReturnType<typeof fakeContents>, event: string, url: string): boolean {
    let prevented = false;
    contents.listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  }

  it('blocks navigation away, webviews and every new window', () => {
    const contents = fakeContents();
    const opened: string[] = [];
    secureWebContents(contents, origins, (url) => opened.push(url));
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://layerwise/index.html')).toBe(false);
    expect(navigate(contents, 'will-attach-webview', '')).toBe(true);
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.open('https://layerwise.app/help')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://layerwise.app/help']);
  });

  it('refuses every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let check: ((c: unknown, p: string) => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
    });
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      request!(null, permission, (granted) => answers.push(granted));
      answers.push(check!(null, permission));
    }
    expect(answers).toHaveLength(10);
    expect(answers.every((granted) => granted === false)).toBe(true);
  });
});

describe('windowOptions', () => {
  it('always isolates and sandboxes the renderer', () => {
    const options = windowOptions({
      preloadPath: '/app/out/preload/index.cjs',
      bounds: { x: 1, y: 2, width: 900, height: 700 },
      title: 'Layerwise',
      isDev: false,
    });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options).toMatchObject({ x: 1, y: 2, width: 900, height: 700, show: false });
    expect(options.icon).toBeUndefined();
    expect(
      windowOptions({ preloadPath: 'p', bounds: { x: 0, y: 0, width: 1, height: 1 }, title: 't', isDev: true })
        .webPreferences?.devTools,
    ).toBe(true);
  });
});
