import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Where the Electron binary is, or why it is not there. The electron package's main export is the binary's path,
 * and requiring it throws when the postinstall download did not run (as on machines without internet access,
 * where CI sets ELECTRON_SKIP_BINARY_DOWNLOAD=1).
 */
export function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown as string;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: `the Electron binary is not at ${String(path)}` };
  } catch (err) {
    return { missing: `the Electron binary is not installed (${(err as Error).message.split('\n')[0]})` };
  }
}
