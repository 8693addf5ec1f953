/** Numbers of the step-through in plain text (edge labels, captions): four significant digits, − for minus. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const abs = Math.abs(v);
  const text = abs < 1e-4 || abs >= 1e6 ? v.toExponential(2) : String(Number(v.toPrecision(4)));
  return text.replace('-', '−');
}

/** A vector (or one number) in plain text: up to six values, else the first four, …, the last. */
export function formatValue(values: readonly number[]): string {
  if (values.length === 1) return formatNumber(values[0]);
  const shown =
    values.length > 6
      ? [...values.slice(0, 4).map(formatNumber), '…', formatNumber(values[values.length - 1])]
      : values.map(formatNumber);
  return `(${shown.join(', ')})`;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => String(n).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);

/** w₁,₂ for kernel weight [0][1], b₂ for the bias of unit 1 (1-based, as the formulas write them). */
export function weightSymbol(i: number | undefined, j: number): string {
  return i === undefined ? `b${subscript(j + 1)}` : `w${subscript(i + 1)},${subscript(j + 1)}`;
}
