/**
 * A unit's formula with its numbers, as the hover card shows it: `a = relu(1.32·x₁ − 0.41·x₂ + 0.07)`.
 * Inputs of the network are x₁, x₂, …; units of a hidden node are h₁, h₂, …. Long sums are cut after
 * `maxTerms` terms with "…". Pure.
 */
import type { NodeNeurons } from '../../../engine';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
export const subscript = (n: number): string => [...String(n)].map((d) => SUBSCRIPTS[Number(d)]).join('');

/** 2 significant decimals, no "-0.00"; the minus sign is typographic. */
export const formatNumber = (v: number): string => {
  const s = Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2);
  return (Number(s) === 0 ? '0.00' : s).replace('-', '−');
};

/** The formula of picture `unit` of `p` (unit p.first + unit of the node). */
export function unitFormula(p: NodeNeurons, unit: number, maxTerms = 4): string {
  const w = p.weights;
  const fn = p.activation;
  if (!w) return `a = ${fn}(h${subscript((p.first ?? 0) + unit + 1)})`;
  const name = w.readsInput ? 'x' : 'h';
  const terms: string[] = [];
  const count = Math.min(w.inputs, maxTerms);
  for (let i = 0; i < count; i++) {
    const v = w.kernel[unit * w.inputs + i];
    const sign = i === 0 ? (v < 0 ? '−' : '') : v < 0 ? ' − ' : ' + ';
    terms.push(`${sign}${formatNumber(Math.abs(v))}·${name}${subscript(i + 1)}`);
  }
  if (w.inputs > maxTerms) terms.push(' + …');
  if (w.hasBias) {
    const b = w.bias[unit];
    terms.push(`${b < 0 ? ' − ' : ' + '}${formatNumber(Math.abs(b))}`);
  }
  const sum = terms.join('');
  return fn === 'linear' ? `a = ${sum}` : `a = ${fn}(${sum})`;
}
