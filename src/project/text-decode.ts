/**
 * The one way Layerwise turns the bytes of a file (a project, a CSV) into text, in the command line and the
 * app alike. Decoding never guesses silently: a byte that is not valid in the encoding is an error naming
 * where it is, so `Café` saved as Latin-1 is refused instead of becoming `Caf�` on the next save.
 *
 * Accepted: UTF-8 (with or without a byte-order mark); UTF-16 LE or BE with a byte-order mark; Shift-JIS,
 * which Excel writes on Japanese Windows, detected when the bytes are not UTF-8 but decode as Shift-JIS and
 * read like Japanese (or chosen by the user). Everything else is refused with the encoding it looks like.
 */

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** How people know each encoding, for messages and the CSV import's menu. */
export const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  shift_jis: 'Shift-JIS',
};

/**
 * Why bytes were refused, as data for the message catalogue (`problems.<code>`): `text-not-utf8` (file, line,
 * column, byte), `text-not-encoding` (file, encoding) and `text-unknown-encoding` (file, guess — one of
 * ENCODING_GUESSES — and, with `context: 'at'`, the line, column and byte where it showed).
 */
export interface DecodeFailure {
  ok: false;
  /** What the bytes look like, in English (tests and logs). */
  encoding: string;
  /** The English sentence. */
  message: string;
  code: 'text-not-utf8' | 'text-not-encoding' | 'text-unknown-encoding';
  params: Record<string, string | number>;
}

export type DecodeResult = { ok: true; text: string; encoding: TextEncoding } | DecodeFailure;

/** What refused bytes most likely are: an id for the catalogue (`encodingGuess.<id>`) and the English words. */
export const ENCODING_GUESSES = {
  'utf-32le': 'UTF-32 LE',
  'utf-32be': 'UTF-32 BE',
  'utf-16le-no-bom': 'UTF-16 LE without a byte-order mark',
  'utf-16be-no-bom': 'UTF-16 BE without a byte-order mark',
  binary: 'binary data, not text',
  'single-byte': 'a single-byte encoding such as Latin-1 or Windows-1252',
} as const;
export type EncodingGuess = keyof typeof ENCODING_GUESSES;

export interface DecodeOptions {
  /** Decode with this encoding instead of detecting one (the user's choice in the CSV import). */
  encoding?: TextEncoding;
}

/** Line and column (1-based, counting bytes after the last line feed) of a byte offset, for messages. */
function bytePlace(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const hexByte = (value: number): string => `0x${value.toString(16).toUpperCase().padStart(2, '0')}`;

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1 when all are. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Whether bytes that are not UTF-8 read as Japanese in Shift-JIS: they decode without error and their
 * double-byte characters are mostly kana and common kanji (lead bytes 0x81–0x9F). Latin-1 text decoded as
 * Shift-JIS gives rare kanji (lead bytes 0xE0 and up) and half-width katakana instead, because its accented
 * letters live at 0xC0–0xFF.
 */
function looksLikeShiftJis(bytes: Uint8Array): boolean {
  let common = 0;
  let unlikely = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (b >= 0x81 && b <= 0x9f) {
      common++;
      i++;
    } else if (b >= 0xe0 && b <= 0xfc) {
      unlikely++;
      i++;
    } else unlikely++; // a half-width katakana or a byte Shift-JIS does not use
  }
  if (common === 0 || common <= unlikely) return false;
  try {
    new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(bytes: Uint8Array, encoding: TextEncoding, label: string): DecodeResult {
  if (encoding === 'utf-8') {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      const { line, column } = bytePlace(bytes, bad);
      const byte = hexByte(bytes[bad]);
      return {
        ok: false,
        encoding: 'not UTF-8',
        message:
          `${label}: line ${line}, column ${column}: byte ${byte} is not valid UTF-8. ` +
          'Choose the encoding the file was saved in, or save it again as UTF-8.',
        code: 'text-not-utf8',
        params: { file: label, line, column, byte },
      };
    }
  }
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return {
      ok: false,
      encoding: `not ${ENCODING_NAMES[encoding]}`,
      message: `${label} is not valid ${ENCODING_NAMES[encoding]} text. Choose the encoding the file was saved in, or save it again as UTF-8.`,
      code: 'text-not-encoding',
      params: { file: label, encoding: ENCODING_NAMES[encoding] },
    };
  }
}

/** Names what non-UTF-8 bytes most likely are, for the refusal. */
function guessEncoding(bytes: Uint8Array): EncodingGuess {
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  let oddZeros = 0;
  let evenZeros = 0;
  const sample = Math.min(bytes.length, 4096);
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  if (oddZeros > sample / 4 && evenZeros === 0) return 'utf-16le-no-bom';
  if (evenZeros > sample / 4 && oddZeros === 0) return 'utf-16be-no-bom';
  if (oddZeros + evenZeros > 0) return 'binary';
  return 'single-byte';
}

/**
 * Text of a file's bytes, or why not. `label` names the file in the message. The byte-order mark, if any,
 * is not part of the text.
 */
export function decodeText(bytes: Uint8Array, label: string, options: DecodeOptions = {}): DecodeResult {
  if (options.encoding) return decodeWith(bytes, options.encoding, label);
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00 && bytes.length >= 4) {
    return refuse(label, 'utf-32le');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes, 'utf-16le', label);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes, 'utf-16be', label);
  const bad = firstInvalidUtf8(bytes);
  const hasNul = bytes.includes(0);
  if (bad < 0 && !hasNul) return decodeWith(bytes, 'utf-8', label);
  if (!hasNul && looksLikeShiftJis(bytes)) return decodeWith(bytes, 'shift_jis', label);
  const guess = guessEncoding(bytes);
  const nul = bytes.indexOf(0);
  const first = bad < 0 ? nul : nul < 0 ? bad : Math.min(bad, nul);
  return refuse(label, guess, { ...bytePlace(bytes, first), byte: hexByte(bytes[first]) });
}

function refuse(
  label: string,
  guess: EncodingGuess,
  at?: { line: number; column: number; byte: string },
): DecodeFailure {
  const encoding = ENCODING_GUESSES[guess];
  const where = at ? ` (line ${at.line}, column ${at.column} is byte ${at.byte})` : '';
  return {
    ok: false,
    encoding,
    message:
      `${label} is not in an encoding Layerwise reads: it looks like ${encoding}${where}. ` +
      'Save it again as UTF-8 (Layerwise also reads UTF-16 with a byte-order mark and Shift-JIS).',
    code: 'text-unknown-encoding',
    params: { file: label, guess, ...(at ? { ...at, context: 'at' } : {}) },
  };
}
