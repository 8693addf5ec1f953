/**
 * Node-side loader of the compact MNIST byte file (see src/engine/data/mnist-format.ts for its layout).
 * The CLI, the tests and the benchmarks pass the bytes to makeDataset as `resources.mnist`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MNIST_FILE_RELATIVE = 'resources/mnist/digits-10k.bin';

/**
 * Finds resources/mnist/digits-10k.bin by walking up from this module, so it works from src/cli (tsx) as
 * well as from a bundled copy a few folders deeper. Returns null when the file is nowhere above.
 */
export function findMnistFile(from: string = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = from;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, MNIST_FILE_RELATIVE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** The MNIST byte file's contents; throws with what to run when it has not been built yet. */
export function loadMnistBytes(): Uint8Array {
  const file = findMnistFile();
  if (!file) {
    throw new Error(
      `The MNIST digits file (${MNIST_FILE_RELATIVE}) has not been built. ` +
        'Run `node scripts/build-mnist.mjs` in the project folder (npm install also runs it), then try again.',
    );
  }
  const buffer = readFileSync(file);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
