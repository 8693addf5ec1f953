/**
 * Activation functions, each with its derivative beside it, saved and looked up by registry name.
 *
 * `forward(z, a, n)` writes a = f(z) for the first n values. `backward(z, a, da, dz, n)` writes
 * dz = da · f'(z) given both the input z and the output a (whichever makes the derivative cheaper); dz may
 * be the same array as da (the model computes it in place). a may be the same array as z for `linear`.
 */
import type { ActivationName } from '../types';

export interface ElementwiseActivation {
  forward(z: Float32Array, a: Float32Array, n: number): void;
  backward(z: Float32Array, a: Float32Array, da: Float32Array, dz: Float32Array, n: number): void;
}

/** Negative slope of leakyRelu (the value the UI documents). */
export const LEAKY_SLOPE = 0.01;
/** ELU's α: f(z) = α(eᶻ − 1) for z ≤ 0. */
export const ELU_ALPHA = 1;
const GELU_C = Math.sqrt(2 / Math.PI);
const GELU_K = 0.044715;

/** Numerically stable logistic: never evaluates exp of a large positive number. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * tanh as a rational function (Eigen's float tanh: odd degree-13 numerator over even degree-6 denominator,
 * clamped where tanh is 1 to float precision). Its error is below 2.2e-7 relative — float32 rounding — and
 * it is about 2.5× faster than Math.tanh in V8, which matters because small networks spend most of their
 * time in activations.
 */
export function tanhApprox(v: number): number {
  if (v < 0.0004 && v > -0.0004) return v;
  const x = v > 7.99881172180175781 ? 7.99881172180175781 : v < -7.99881172180175781 ? -7.99881172180175781 : v;
  const x2 = x * x;
  let p = x2 * -2.76076847742355e-16 + 2.00018790482477e-13;
  p = x2 * p - 8.60467152213735e-11;
  p = x2 * p + 5.12229709037114e-8;
  p = x2 * p + 1.48572235717979e-5;
  p = x2 * p + 6.37261928875436e-4;
  p = x2 * p + 4.89352455891786e-3;
  let q = x2 * 1.19825839466702e-6 + 1.18534705686654e-4;
  q = x2 * q + 2.268434632439e-3;
  q = x2 * q + 4.89352518554385e-3;
  return (x * p) / q;
}

const linear: ElementwiseActivation = {
  forward(z, a, n) {
    if (a !== z) for (let i = 0; i < n; i++) a[i] = z[i];
  },
  backward(_z, _a, da, dz, n) {
    if (dz !== da) for (let i = 0; i < n; i++) dz[i] = da[i];
  },
};

const sigmoidFn: ElementwiseActivation = {
  forward(z, a, n) {
    for (let i = 0; i < n; i++) a[i] = sigmoid(z[i]);
  },
  backward(_z, a, da, dz, n) {
    for (let i = 0; i < n; i++) dz[i] = da[i] * a[i] * (1 - a[i]);
  },
};

const tanh: ElementwiseActivation = {
  forward(z, a, n) {
    for (let i = 0; i < n; i++) a[i] = tanhApprox(z[i]);
  },
  backward(_z, a, da, dz, n) {
    for (let i = 0; i < n; i++) dz[i] = da[i] * (1 - a[i] * a[i]);
  },
};

const relu: ElementwiseActivation = {
  forward(z, a, n) {
    for (let i = 0; i < n; i++) a[i] = z[i] > 0 ? z[i] : 0;
  },
  // f'(0) is taken as 0, as TensorFlow does.
  backward(z, _a, da, dz, n) {
    for (let i = 0; i < n; i++) dz[i] = z[i] > 0 ? da[i] : 0;
  },
};

const leakyRelu: ElementwiseActivation = {
  forward(z, a, n) {
    for (let i = 0; i < n; i++) a[i] = z[i] > 0 ? z[i] : LEAKY_SLOPE * z[i];
  },
  backward(z, _a, da, dz, n) {
    for (let i = 0; i < n; i++) dz[i] = z[i] > 0 ? da[i] : LEAKY_SLOPE * da[i];
  },
};

const elu: ElementwiseActivation = {
  forward(z, a, n) {
    for (let i = 0; i < n; i++) a[i] = z[i] > 0 ? z[i] : ELU_ALPHA * Math.expm1(z[i]);
  },
  // For z ≤ 0, f'(z) = α·eᶻ = f(z) + α.
  backward(z, a, da, dz, n) {
    for (let i = 0; i < n; i++) dz[i] = z[i] > 0 ? da[i] : da[i] * (a[i] + ELU_ALPHA);
  },
};

/**
 * GELU, tanh approximation (Hendrycks & Gimpel; what BERT and GPT-2 use, and Keras's gelu(approximate=True)):
 * f(z) = ½ z (1 + tanh(√(2/π) (z + 0.044715 z³))).
 * Uses Math.tanh, not tanhApprox: for negative z, 1 + tanh(·) cancels and needs tanh's full accuracy.
 */
const gelu: ElementwiseActivation = {
  forward(z, a, n) {
    for (let i = 0; i < n; i++) {
      const v = z[i];
      a[i] = 0.5 * v * (1 + Math.tanh(GELU_C * (v + GELU_K * v * v * v)));
    }
  },
  backward(z, _a, da, dz, n) {
    for (let i = 0; i < n; i++) {
      const v = z[i];
      const t = Math.tanh(GELU_C * (v + GELU_K * v * v * v));
      const inner = GELU_C * (1 + 3 * GELU_K * v * v);
      dz[i] = da[i] * (0.5 * (1 + t) + 0.5 * v * (1 - t * t) * inner);
    }
  },
};

const ELEMENTWISE: Record<Exclude<ActivationName, 'softmax'>, ElementwiseActivation> = {
  linear,
  sigmoid: sigmoidFn,
  tanh,
  relu,
  leakyRelu,
  elu,
  gelu,
};

/** The elementwise activation registered under `name` (softmax works on rows: see softmaxRows). */
export function elementwiseActivation(name: ActivationName): ElementwiseActivation {
  if (name === 'softmax') throw new Error('Softmax works on whole rows and is only used by the output node.');
  const fn = ELEMENTWISE[name];
  if (!fn) throw new Error(`There is no activation called "${String(name)}".`);
  return fn;
}

/** Row-wise softmax, shifted by the row maximum so logits of ±1000 stay finite. */
export function softmaxRows(z: Float32Array, a: Float32Array, rows: number, width: number): void {
  for (let r = 0, o = 0; r < rows; r++, o += width) {
    let max = -Infinity;
    for (let j = 0; j < width; j++) if (z[o + j] > max) max = z[o + j];
    let sum = 0;
    for (let j = 0; j < width; j++) {
      const e = Math.exp(z[o + j] - max);
      a[o + j] = e;
      sum += e;
    }
    const inv = 1 / sum;
    for (let j = 0; j < width; j++) a[o + j] *= inv;
  }
}
