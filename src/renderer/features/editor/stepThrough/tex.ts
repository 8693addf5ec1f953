/**
 * The step-through's formulas as TeX, with the engine's numbers filled in: z = Σ wᵢxᵢ + b, the activation,
 * softmax, the loss, δ by the chain rule, ∂L/∂w = δ·x and the optimizer's update. Pure (strings in, strings
 * out) so each formula is tested as text; ui/Tex renders them as MathML. Indices are 1-based, as in the
 * article: x₁ is the first input, unit 1 the first unit.
 */
import { OPTIMIZER_DEFAULTS } from '../../../../engine/optim';
import type {
  LossTrace,
  NodeBackward,
  NodeForward,
  UnitBackward,
  UnitForward,
  WeightUpdate,
} from '../../../../engine/explain';

/** Terms written out before the sum is shortened to first, second, …, last. */
const MAX_TERMS = 4;

/** A number with four significant digits, in TeX (1.2 × 10⁻⁵ for the very small and large). */
export function num(v: number): string {
  if (Number.isNaN(v)) return '\\text{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs < 1e-4 || abs >= 1e6) {
    const [mantissa, exponent] = v.toExponential(2).split('e');
    return `${Number(mantissa)}\\times 10^{${Number(exponent)}}`;
  }
  return String(Number(v.toPrecision(4)));
}

/** A number as a factor: negative ones in parentheses, (−0.3)(0.5). */
const factor = (v: number): string => (v < 0 || num(v).includes('times') ? `(${num(v)})` : num(v));

/** Joins terms with + (a negative term shows its own minus), shortening a long sum to first, second, …, last. */
function sum(terms: string[]): string {
  const shown = terms.length > MAX_TERMS ? [terms[0], terms[1], '\\cdots', terms[terms.length - 1]] : terms;
  return shown.join(' + ');
}

const ACTIVATION_TEX: Record<string, string> = {
  sigmoid: '\\sigma',
  tanh: '\\tanh',
  relu: '\\mathrm{ReLU}',
  leakyRelu: '\\mathrm{LeakyReLU}',
  elu: '\\mathrm{ELU}',
  gelu: '\\mathrm{GELU}',
};

/** f in a = f(z), as TeX; undefined for linear (a = z). */
export const activationTex = (name: string | undefined): string | undefined =>
  name ? ACTIVATION_TEX[name] : undefined;

/**
 * Unit `j` of a dense or output layer: the general form (z = Σ wᵢxᵢ + b, a = f(z)), then the same with the
 * engine's numbers. Softmax units stop at z (softmaxTex shows a).
 */
export function unitForwardTex(unit: UnitForward, j: number, activation: string | undefined, useBias = true): string[] {
  const J = j + 1;
  const bias = useBias ? [`b_{${J}}`] : [];
  const symbolic = sum([...unit.terms.map((t) => `w_{${t.i + 1},${J}}\\,x_{${t.i + 1}}`), ...bias]);
  const numeric = sum([
    ...unit.terms.map((t) => `${factor(t.w)} \\cdot ${factor(t.x)}`),
    ...(useBias ? [num(unit.b)] : []),
  ]);
  const lines = [`z_{${J}} = ${symbolic}`, `z_{${J}} = ${numeric} = ${num(unit.z)}`];
  if (activation === 'softmax') return lines;
  const f = activationTex(activation);
  return [
    `${lines[0]}, \\quad a_{${J}} = ${f ? `${f}(z_{${J}})` : `z_{${J}}`}`,
    `${lines[1]}, \\quad a_{${J}} = ${f ? `${f}(${num(unit.z)}) = ` : ''}${num(unit.a)}`,
  ];
}

/** Softmax: each eᶻ (shifted by the largest z, which changes nothing but keeps eᶻ finite) over their sum. */
export function softmaxTex(node: NodeForward, j: number): string[] {
  const sm = node.softmax!;
  const J = j + 1;
  const exps = sum(sm.exps.map(num));
  return [
    `a_{${J}} = \\dfrac{e^{z_{${J}}}}{\\sum_k e^{z_k}} = \\dfrac{e^{${num(node.units![j].z)} - ${factor(sm.max)}}}{${exps}}`,
    `a_{${J}} = \\dfrac{${num(sm.exps[j])}}{${num(sm.sum)}} = ${num(node.output[j])}`,
  ];
}

/** An elementwise activation layer: a = f(x) for each value. */
export function activationLayerTex(node: NodeForward, k: number): string {
  const f = activationTex(node.activation) ?? '';
  const K = k + 1;
  return `a_{${K}} = ${f}(x_{${K}}) = ${f}(${num(node.input[k])}) = ${num(node.output[k])}`;
}

/** Add: each value the sum of its inputs' values; concat: the inputs one after another. */
export function mergeTex(node: NodeForward): string {
  if (node.type === 'add') {
    return `x = ${node.parts!.map((p) => vector(p.values)).join(' + ')} = ${vector(node.output)}`;
  }
  return `x = [${node.parts!.map((p) => vector(p.values)).join(',\\ ')}] = ${vector(node.output)}`;
}

/** Dropout's mask for this step: 0 drops a value, 1/(1 − rate) keeps and scales it. */
export function dropoutTex(node: NodeForward): string {
  return `a = x \\odot m = ${vector(node.input)} \\odot ${vector(node.mask!)} = ${vector(node.output)}`;
}

/** A short vector: up to six values, else the first four, …, the last. */
export function vector(values: readonly number[]): string {
  const shown =
    values.length > 6 ? [...values.slice(0, 4).map(num), '\\ldots', num(values[values.length - 1])] : values.map(num);
  return `(${shown.join(',\\ ')})`;
}

/** The loss with its formula, and then the engine's numbers. `classes` is the classification width. */
export function lossTex(loss: LossTrace, regression: boolean): string[] {
  const a = loss.prediction;
  if (loss.name === 'binaryCrossEntropy') {
    const y = loss.target[0];
    return [
      'L = -\\left[\\,y \\log a + (1 - y)\\log(1 - a)\\,\\right]',
      `L = -\\left[\\,${num(y)} \\log ${num(a[0])} + ${num(1 - y)} \\log ${num(1 - a[0])}\\,\\right] = ${num(loss.value)}`,
    ];
  }
  if (loss.name === 'crossEntropy') {
    const c = loss.target[0];
    return [`L = -\\log a_{y} \\quad (y = ${c + 1})`, `L = -\\log ${num(a[c])} = ${num(loss.value)}`];
  }
  const k = a.length;
  const targets = regression
    ? loss.target
    : k === 1
      ? [loss.target[0]]
      : a.map((_, j) => (j === loss.target[0] ? 1 : 0));
  const squares = sum(a.map((v, j) => `(${num(v)} - ${factor(targets[j])})^2`));
  return [
    k === 1 ? 'L = (a - y)^2' : `L = \\frac{1}{${k}} \\sum_j (a_j - y_j)^2`,
    `L = ${k === 1 ? '' : `\\frac{1}{${k}}\\left(`}${squares}${k === 1 ? '' : '\\right)'} = ${num(loss.value)}`,
  ];
}

/** δ of an output unit: ∂L/∂z straight from the loss (a − y for the matching pairs). */
export function outputDeltaTex(unit: UnitBackward, j: number, a: number, y: number | null): string {
  const J = j + 1;
  const form = y === null ? '' : ` = a_{${J}} - y_{${J}} = ${num(a)} - ${factor(y)}`;
  return `\\delta_{${J}} = \\dfrac{\\partial L}{\\partial z_{${J}}}${form} = ${num(unit.delta)}`;
}

/** δ of a hidden unit as the chain rule: (Σ w·δ of the next layer) · f′(z), or ∂L/∂a passed back through a merge. */
export function hiddenDeltaTex(unit: UnitBackward, j: number): string[] {
  const J = j + 1;
  const parts = unit.contributions.map((c) =>
    c.w !== undefined && c.delta !== undefined ? `${factor(c.w)} \\cdot ${factor(c.delta)}` : factor(c.value),
  );
  const symbolic = `\\delta_{${J}} = \\Big(\\sum_k w_{${J},k}\\,\\delta_k\\Big)\\cdot f'(z_{${J}})`;
  const fp = unit.fPrime ?? 1;
  return [
    symbolic,
    `\\delta_{${J}} = (${parts.length > 0 ? sum(parts) : '0'}) \\cdot ${factor(fp)} = ${num(unit.dA)} \\cdot ${factor(fp)} = ${num(unit.delta)}`,
  ];
}

/** ∂L/∂(value) passed back through a layer without weights (activation, dropout, add, concat). */
export function passBackTex(node: NodeBackward): string {
  return `\\dfrac{\\partial L}{\\partial a} = ${vector(node.dOutput)}`;
}

/** ∂L/∂w for weight w[i][j] (or the bias of unit j): δⱼ·xᵢ, plus 2λw with L2. */
export function gradientTex(delta: number, x: number | null, grad: number, i: number | undefined, j: number): string {
  const J = j + 1;
  if (i === undefined || x === null) return `\\dfrac{\\partial L}{\\partial b_{${J}}} = \\delta_{${J}} = ${num(grad)}`;
  const I = i + 1;
  const product = delta * x;
  // The engine adds 2λw when L2 is on; its gradient differs from δ·x by more than float rounding then.
  const l2 = Math.abs(grad - product) > 1e-5 * Math.max(1e-6, Math.abs(grad)) ? ` + 2\\lambda w` : '';
  return `\\dfrac{\\partial L}{\\partial w_{${I},${J}}} = \\delta_{${J}}\\, x_{${I}}${l2} = ${factor(delta)} \\cdot ${factor(x)}${l2} = ${num(grad)}`;
}

const weightName = (u: WeightUpdate) => (u.i === undefined ? `b_{${u.j + 1}}` : `w_{${u.i + 1},${u.j + 1}}`);

/** The update of one weight by the optimizer's own rule, with its state before and after. */
export function updateTex(u: WeightUpdate, momentum: number = OPTIMIZER_DEFAULTS.momentum): string[] {
  const w = weightName(u);
  const g = factor(u.grad);
  const tail = `${w}^{\\text{new}} = ${num(u.w)} + ${factor(u.step)} = ${num(u.wNew)}`;
  switch (u.optimizer) {
    case 'sgd':
      return [
        `${w}^{\\text{new}} = ${w} - \\eta\\, \\dfrac{\\partial L}{\\partial ${w}}`,
        `${w}^{\\text{new}} = ${num(u.w)} - ${num(u.lr)} \\cdot ${g} = ${num(u.wNew)}`,
      ];
    case 'momentum':
      return [
        `v \\leftarrow \\mu\\, v - \\eta\\, \\dfrac{\\partial L}{\\partial ${w}}, \\quad ${w}^{\\text{new}} = ${w} + v`,
        `v = ${num(momentum)} \\cdot ${factor(u.before!)} - ${num(u.lr)} \\cdot ${g} = ${num(u.after!)}`,
        tail,
      ];
    case 'rmsprop':
      return [
        `s \\leftarrow \\rho\\, s + (1 - \\rho)\\, g^2, \\quad \\Delta ${w} = -\\eta\\, g / \\sqrt{s + \\epsilon}`,
        `s = ${num(OPTIMIZER_DEFAULTS.rho)} \\cdot ${num(u.before!)} + ${num(1 - OPTIMIZER_DEFAULTS.rho)} \\cdot ${g}^2 = ${num(u.after!)}`,
        tail,
      ];
    case 'adagrad':
      return [
        `s \\leftarrow s + g^2, \\quad \\Delta ${w} = -\\eta\\, g / \\sqrt{s + \\epsilon}`,
        `s = ${num(u.before!)} + ${g}^2 = ${num(u.after!)}`,
        tail,
      ];
    case 'adam': {
      const a = u.adam!;
      const b1 = OPTIMIZER_DEFAULTS.beta1;
      const b2 = OPTIMIZER_DEFAULTS.beta2;
      return [
        `m = \\beta_1 m + (1 - \\beta_1)\\, g = ${num(b1)} \\cdot ${factor(a.mBefore)} + ${num(1 - b1)} \\cdot ${g} = ${num(a.m)}`,
        `v = \\beta_2 v + (1 - \\beta_2)\\, g^2 = ${num(b2)} \\cdot ${num(a.vBefore)} + ${num(1 - b2)} \\cdot ${g}^2 = ${num(a.v)}`,
        `\\hat m = \\dfrac{m}{1 - \\beta_1^{${a.t}}} = \\dfrac{${num(a.m)}}{${num(a.correction1)}} = ${num(a.mHat)}, \\quad \\hat v = \\dfrac{v}{1 - \\beta_2^{${a.t}}} = \\dfrac{${num(a.v)}}{${num(a.correction2)}} = ${num(a.vHat)}`,
        `\\Delta ${w} = -\\eta\\, \\dfrac{\\hat m}{\\sqrt{\\hat v} + \\hat\\epsilon} = -\\dfrac{${num(u.lr)}\\sqrt{${num(a.correction2)}}}{${num(a.correction1)}} \\cdot \\dfrac{${num(a.m)}}{\\sqrt{${num(a.v)}} + \\epsilon} = ${num(u.step)}`,
        tail,
      ];
    }
  }
}
