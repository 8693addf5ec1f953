/** MNIST digits as a Dataset: 28×28 = 784 features scaled to 0..1, 10 classes '0'..'9'. */
import type { Dataset } from '../types';
import type { Rng } from '../rng';
import { decodeMnist } from './mnist-format';
import { permutation } from './rows';

/**
 * `samples` digits picked at random (seeded) from the byte file, or all of them when samples is 0 or at
 * least the number in the file. Only the chosen images are converted to floats, so small subsets stay cheap.
 */
export function makeMnist(bytes: Uint8Array, opts: { samples: number }, rng: Rng): Dataset {
  const images = decodeMnist(bytes);
  const size = images.rows * images.cols;
  const all = !(opts.samples > 0) || opts.samples >= images.n;
  const order = permutation(images.n, rng);
  const n = all ? images.n : Math.floor(opts.samples);
  const x = new Float32Array(n * size);
  const y = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    const src = order[r];
    const from = src * size;
    for (let p = 0; p < size; p++) x[r * size + p] = images.pixels[from + p] / 255;
    y[r] = images.labels[src];
  }
  const featureNames: string[] = [];
  for (let row = 0; row < images.rows; row++) {
    for (let col = 0; col < images.cols; col++) featureNames.push(`pixel r${row}c${col}`);
  }
  return {
    name: 'MNIST digits',
    task: 'classification',
    features: size,
    classes: 10,
    targets: 0,
    featureNames,
    classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    n,
    x,
    y,
  };
}
