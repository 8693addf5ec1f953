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

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; encoding: string; message: string };

export interface DecodeOptions {
  /** Decode with this encoding instead of detecting one (the user's choice in the CSV import). */
  encoding?: TextEncoding;
}

/** Line and column (1-based, counting bytes after the last line feed) of a byte offset, for messages. */
function bytePlace(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

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
      return {
        ok: false,
        encoding: 'not UTF-8',
        message:
          `${label}: ${bytePlace(bytes, bad)}: byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8. ` +
          'Choose the encoding the file was saved in, or save it again as UTF-8.',
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
    };
  }
}

/** Names what non-UTF-8 bytes most likely are, for the refusal. */
function guessEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32 BE';
  let oddZeros = 0;
  let evenZeros = 0;
  const sample = Math.min(bytes.length, 4096);
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  if (oddZeros > sample / 4 && evenZeros === 0) return 'UTF-16 LE without a byte-order mark';
  if (evenZeros > sample / 4 && oddZeros === 0) return 'UTF-16 BE without a byte-order mark';
  if (oddZeros + evenZeros > 0) return 'binary data, not text';
  return 'a single-byte encoding such as Latin-1 or Windows-1252';
}

/**
 * Text of a file's bytes, or why not. `label` names the file in the message. The byte-order mark, if any,
 * is not part of the text.
 */
export function decodeText(bytes: Uint8Array, label: string, options: DecodeOptions = {}): DecodeResult {
  if (options.encoding) return decodeWith(bytes, options.encoding, label);
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00 && bytes.length >= 4) {
    return refuse(label, 'UTF-32 LE');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes, 'utf-16le', label);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes, 'utf-16be', label);
  const bad = firstInvalidUtf8(bytes);
  const hasNul = bytes.includes(0);
  if (bad < 0 && !hasNul) return decodeWith(bytes, 'utf-8', label);
  if (!hasNul && looksLikeShiftJis(bytes)) return decodeWith(bytes, 'shift_jis', label);
  const encoding = guessEncoding(bytes);
  const nul = bytes.indexOf(0);
  const first = bad < 0 ? nul : nul < 0 ? bad : Math.min(bad, nul);
  const hex = bytes[first].toString(16).toUpperCase().padStart(2, '0');
  return refuse(label, encoding, ` (${bytePlace(bytes, first)} is byte 0x${hex})`);
}

function refuse(label: string, encoding: string, where = ''): DecodeResult {
  return {
    ok: false,
    encoding,
    message:
      `${label} is not in an encoding Layerwise reads: it looks like ${encoding}${where}. ` +
      'Save it again as UTF-8 (Layerwise also reads UTF-16 with a byte-order mark and Shift-JIS).',
  };
}
