/**
 * Reads a number straight out of a slice of the CSV text, without first making a string of it: the
 * converter reads millions of numeric cells and allocating each one dominated the time.
 *
 * Plain decimals (optional sign, up to 15 significant digits, optional fraction and exponent, total power
 * of ten within ±22) are computed as one exact integer times or divided by an exact power of ten. IEEE
 * arithmetic rounds that single operation correctly, so the result is identical to Number() (Clinger's
 * fast path). Everything else falls back to Number() on the slice. Blank cells and non-finite values give NaN.
 */

const POW10: number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function slowParse(text: string, start: number, end: number): number {
  const s = text.slice(start, end);
  const v = Number(s);
  if (v === 0 && s.trim() === '') return NaN; // Number('') and Number('  ') are 0
  return Number.isFinite(v) ? v : NaN;
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
