import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Where the Electron binary is, or why it is not there. This reads what the electron package's install step
 * records (path.txt beside its package.json) instead of requiring the package: in Electron 45 a require of a
 * package whose binary is missing starts a download, which on a machine without internet access only fails.
 */
export function electronBinary(): { path: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      missing:
        'the Electron binary was not downloaded (npm install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline)',
    };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(dist, relative);
  return existsSync(binary) ? { path: binary } : { missing: `the Electron binary is not at ${binary}` };
}
