/**
 * The one number reader for user data: CSV cells, the rows given to `predict`, and the number fields of the
 * app. A number is written in decimal notation (optional sign, digits with an optional fraction, optional
 * exponent: `-1.5e3`) and must be finite as a 32-bit float, the precision the engine trains in. Anything
 * else is not a number: hexadecimal `0x1A`, binary `0b11`, `Infinity`, `1_000`, and `1e39`, which float32
 * would turn into Infinity and then into a run that "diverged" for no visible reason.
 *
 * Speed: it reads straight out of a slice of the CSV text, without first making a string of it (the
 * converter reads millions of numeric cells and allocating each one dominated the time). Plain decimals of
 * up to 15 significant digits with a total power of ten within ±22 are computed as one exact integer times
 * or divided by an exact power of ten, which IEEE arithmetic rounds correctly, so the result is identical to
 * Number() (Clinger's fast path), and always within float32's range. Everything else is checked against
 * the decimal grammar and then read by Number(). Blank cells and everything refused give NaN.
 */

/** The largest finite float32, about 3.4e38. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** Decimal notation only; what Number() accepts beyond this (hex, binary, octal, Infinity) is refused. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const POW10: number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function slowParse(text: string, start: number, end: number): number {
  const s = text.slice(start, end).trim();
  if (!DECIMAL.test(s)) return NaN;
  const v = Number(s);
  return Number.isFinite(Math.fround(v)) ? v : NaN;
}

export function parseNumberIn(text: string, start: number, end: number): number {
  let i = start;
  let e = end;
  while (i < e && isBlank(text.charCodeAt(i))) i++;
  while (e > i && isBlank(text.charCodeAt(e - 1))) e--;
  if (i === e) return NaN;
  let c = text.charCodeAt(i);
  let negative = false;
  if (c === 45 || c === 43) {
    negative = c === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  for (; i < e; i++) {
    c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
    digits++;
  }
  if (i < e && text.charCodeAt(i) === 46) {
    for (i++; i < e; i++) {
      c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
      digits++;
      scale--;
    }
  }
  if (digits === 0 || digits > 15) return slowParse(text, start, end);
  if (i < e && (text.charCodeAt(i) | 32) === 101) {
    i++;
    let expNegative = false;
    c = i < e ? text.charCodeAt(i) : 0;
    if (c === 45 || c === 43) {
      expNegative = c === 45;
      i++;
    }
    let exponent = 0;
    let expDigits = 0;
    for (; i < e && expDigits < 4; i++, expDigits++) {
      c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      exponent = exponent * 10 + c;
    }
    if (expDigits === 0) return slowParse(text, start, end);
    scale += expNegative ? -exponent : exponent;
  }
  if (i !== e || scale > 22 || scale < -22) return slowParse(text, start, end);
  const magnitude = scale < 0 ? mantissa / POW10[-scale] : mantissa * POW10[scale];
  return negative ? -magnitude : magnitude;
}

/** The same rules for a string already in hand (a quoted cell). */
export function parseNumberText(s: string): number {
  return parseNumberIn(s, 0, s.length);
}

/** A cell as it may appear in a message: at most a short prefix, so a message never carries a whole field. */
export function quoteCell(s: string): string {
  const t = s.trim();
  return t.length > 16 ? `'${t.slice(0, 15)}…'` : `'${t}'`;
}

/**
 * Why a cell that parseNumberText refused is not a number, as data: which case (`context`), the cell as it
 * may be quoted (`value`, see quoteCell) and, for a number written another way, how to write it (`written`).
 */
export interface NumberIssue {
  context: 'empty' | 'range' | 'notDecimal' | 'notNumber';
  value: string;
  written: string;
}

export function numberIssue(cell: string): NumberIssue {
  const t = cell.trim();
  const value = t === '' ? '' : quoteCell(t);
  if (t === '') return { context: 'empty', value, written: '' };
  if (DECIMAL.test(t)) return { context: 'range', value, written: '' };
  const v = Number(t);
  if (Number.isFinite(v)) return { context: 'notDecimal', value, written: String(v) };
  return { context: 'notNumber', value, written: '' };
}

/** The same in English, for messages ("is '0x1A', not a decimal number"). */
export function numberProblem(cell: string): string {
  const issue = numberIssue(cell);
  switch (issue.context) {
    case 'empty':
      return 'is empty';
    case 'range':
      return `is ${issue.value}, beyond the range of 32-bit floats (±3.4e38)`;
    case 'notDecimal':
      return `is ${issue.value}, not a decimal number (write it as ${issue.written})`;
    case 'notNumber':
      return `is ${issue.value}, not a number`;
  }
}
