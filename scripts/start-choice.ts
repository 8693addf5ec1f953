/**
 * What `npm start` does, decided apart from doing it so a test can drive it with fake checks: start the desktop
 * app when the Electron binary is there, else say in one sentence what is missing, how to get it, and that the
 * browser build works without it. electron-vite alone stops with "Error: Electron uninstall", which tells a
 * learner neither.
 */

export type ElectronCheck = { path: string } | { missing: string };

export type StartChoice =
  { kind: 'desktop'; electron: string } | { kind: 'explain'; message: string; exitCode: number };

/** How to fetch the binary the electron package's install step skipped. */
export const FETCH_ELECTRON = 'node node_modules/electron/install.js';
export const START_WEB = 'npm run start:web';

export function chooseStart(checkElectron: () => ElectronCheck): StartChoice {
  const electron = checkElectron();
  if ('path' in electron) return { kind: 'desktop', electron: electron.path };
  const fix = electron.missing.startsWith('the electron package')
    ? 'run `npm install` with internet access'
    : `run \`${FETCH_ELECTRON}\` with internet access to download it`;
  return {
    kind: 'explain',
    message: `Layerwise cannot open its desktop window because ${electron.missing}: ${fix}, or run \`${START_WEB}\` to use the same app in your browser.`,
    exitCode: 1,
  };
}
