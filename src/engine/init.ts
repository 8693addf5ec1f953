/**
 * Initial weights, chosen by the layer's activation so signals neither vanish nor explode at the start:
 *   Glorot-uniform  (limit √(6 / (fan_in + fan_out)))  for sigmoid, tanh, linear and softmax;
 *   He-uniform      (limit √(6 / fan_in))              for relu, leakyRelu, elu and gelu.
 * Both are Keras initializers (glorot_uniform, he_uniform). Biases start at zero. Layers are filled in plan
 * order from one generator seeded with `seed`, so the same graph and seed always give the same weights.
 */
import type { ActivationName, Plan } from './types';
import { Rng } from './rng';

const HE_FAMILY: ReadonlySet<ActivationName> = new Set<ActivationName>(['relu', 'leakyRelu', 'elu', 'gelu']);

export function initLimit(activation: ActivationName, fanIn: number, fanOut: number): number {
  return HE_FAMILY.has(activation) ? Math.sqrt(6 / fanIn) : Math.sqrt(6 / (fanIn + fanOut));
}

export function initParams(plan: Plan, params: Float32Array, seed: number): void {
  const rng = new Rng(seed);
  params.fill(0);
  for (const id of plan.order) {
    const node = plan.nodes[id];
    if (node.type !== 'dense' && node.type !== 'output') continue;
    const limit = initLimit(node.params.activation, node.inputWidth, node.width);
    const end = node.paramOffset + node.inputWidth * node.width;
    for (let i = node.paramOffset; i < end; i++) params[i] = rng.uniform(-limit, limit);
  }
}
