import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMnist, encodeMnist, makeDataset } from '../../../src/engine/data';
import { loadMnistBytes } from '../../../src/cli/mnist-file';

function tinyImages() {
  const n = 3;
  const labels = Uint8Array.from([7, 0, 9]);
  const pixels = new Uint8Array(n * 2 * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37) % 256;
  return { n, rows: 2, cols: 3, labels, pixels };
}

describe('MNIST byte format', () => {
  it('round-trips through encode and decode', () => {
    const images = tinyImages();
    const decoded = decodeMnist(encodeMnist(images));
    expect(decoded.n).toBe(3);
    expect(decoded.rows).toBe(2);
    expect(decoded.cols).toBe(3);
    expect(Array.from(decoded.labels)).toEqual([7, 0, 9]);
    expect(Array.from(decoded.pixels)).toEqual(Array.from(images.pixels));
  });

  it('says what is wrong with a truncated, foreign or damaged file', () => {
    const bytes = encodeMnist(tinyImages());
    expect(() => decodeMnist(bytes.subarray(0, bytes.length - 1))).toThrow(
      /truncated: 3 images of 2×3 pixels need 41 bytes, but it has 40/,
    );
    expect(() => decodeMnist(bytes.subarray(0, 10))).toThrow(/too short/);
    const foreign = bytes.slice();
    foreign[0] = 0x50;
    expect(() => decodeMnist(foreign)).toThrow(/not a Layerwise MNIST file/);
    const badLabel = bytes.slice();
    badLabel[21] = 12;
    expect(() => decodeMnist(badLabel)).toThrow(/label 1 is 12/);
    const longer = new Uint8Array(bytes.length + 5);
    longer.set(bytes);
    expect(() => decodeMnist(longer)).toThrow(/longer than its header says/);
    expect(() => decodeMnist(bytes)).not.toThrow();
  });
});

describe('the built digits file', () => {
  const bytes = loadMnistBytes();
  const images = decodeMnist(bytes);

  it('holds the 10,000 digits of the mnist package with their labels', () => {
    expect([images.n, images.rows, images.cols]).toEqual([10000, 28, 28]);
    const counts = new Array<number>(10).fill(0);
    for (const l of images.labels) counts[l]++;
    expect(counts).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
  });

  it('stores the same pixels as the package JSON (first image of digit 3)', () => {
    const dir = dirname(createRequire(import.meta.url).resolve('mnist/package.json'));
    const json = JSON.parse(readFileSync(join(dir, 'src/digits/3.json'), 'utf8')).data as number[];
    const first3 = images.labels.indexOf(3);
    for (let p = 0; p < 784; p++)
      expect(Math.abs(images.pixels[first3 * 784 + p] / 255 - json[p])).toBeLessThan(0.0021);
  });

  it('makes a seeded subset of digits scaled to 0..1', () => {
    const spec = { kind: 'mnist' as const, samples: 500, validationSplit: 0.2, seed: 11 };
    const a = makeDataset(spec, { mnist: bytes }).dataset;
    expect([a.n, a.features, a.classes, a.x.length]).toEqual([500, 784, 10, 500 * 784]);
    let min = Infinity;
    let max = -Infinity;
    for (const v of a.x) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    expect([min, max]).toEqual([0, 1]);
    expect(makeDataset(spec, { mnist: bytes }).dataset.y).toEqual(a.y);
    expect(makeDataset({ ...spec, seed: 12 }, { mnist: bytes }).dataset.y).not.toEqual(a.y);
    expect(new Set(a.y).size).toBe(10);
    expect(makeDataset({ ...spec, samples: 20_000 }, { mnist: bytes }).dataset.n).toBe(10000);
  });
});
