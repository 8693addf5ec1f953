/**
 * The TypeScript kernels: the reference every other path is tested against, and the path that runs where
 * WebAssembly SIMD is missing or no module was given. They accept any Float32Array.
 */
import { denseBiasGrad, denseForward, denseInputGrad, denseWeightGrad } from '../ops/dense';
import { sparseForward, sparseWeightGrad } from '../ops/sparse-input';
import type { Kernels } from './kernels';

function relu(pre: Float32Array, out: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = pre[i] > 0 ? pre[i] : 0;
}

export const typescriptKernels: Kernels = {
  path: 'typescript',
  floats: (n) => new Float32Array(n),
  ints: (n) => new Int32Array(n),
  room: () => Infinity,
  stage: (x) => x,

  denseForward(x, rows, inner, p, wOff, bOff, cols, pre, out, fuseRelu) {
    denseForward(x, rows, inner, p, wOff, bOff, cols, pre);
    if (fuseRelu) relu(pre, out, rows * cols);
  },
  denseWeightGrad,
  denseBiasGrad,
  denseInputGrad,
  sparseForward(s, p, wOff, bOff, cols, pre, out, fuseRelu) {
    sparseForward(s, p, wOff, bOff, cols, pre);
    if (fuseRelu) relu(pre, out, s.rows * cols);
  },
  sparseWeightGrad,

  sgdStep(p, g, lr) {
    for (let i = 0, n = p.length; i < n; i++) p[i] -= lr * g[i];
  },
  momentumStep(p, g, velocity, lr, momentum) {
    for (let i = 0, n = p.length; i < n; i++) {
      const v = momentum * velocity[i] - lr * g[i];
      velocity[i] = v;
      p[i] += v;
    }
  },
  rmspropStep(p, g, meanSquare, lr, rho, eps) {
    for (let i = 0, n = p.length; i < n; i++) {
      const gi = g[i];
      const s = rho * meanSquare[i] + (1 - rho) * gi * gi;
      meanSquare[i] = s;
      p[i] -= (lr * gi) / Math.sqrt(s + eps);
    }
  },
  adagradStep(p, g, accumulator, lr, eps) {
    for (let i = 0, n = p.length; i < n; i++) {
      const gi = g[i];
      const a = accumulator[i] + gi * gi;
      accumulator[i] = a;
      p[i] -= (lr * gi) / Math.sqrt(a + eps);
    }
  },
  adamStep(p, g, m, v, alpha, beta1, beta2, eps) {
    for (let i = 0, n = p.length; i < n; i++) {
      const gi = g[i];
      const mi = m[i] + (gi - m[i]) * (1 - beta1);
      const vi = v[i] + (gi * gi - v[i]) * (1 - beta2);
      m[i] = mi;
      v[i] = vi;
      p[i] -= (alpha * mi) / (Math.sqrt(vi) + eps);
    }
  },
};
