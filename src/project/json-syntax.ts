/**
 * Finds the first JSON syntax error in a text and says where it is (line and column) and what was expected.
 *
 * JSON.parse only says *that* a text is broken, and its message and offset differ between engines and V8
 * versions, so this small validator follows the JSON grammar (RFC 8259, exactly what JSON.parse accepts)
 * itself. It runs only after JSON.parse has failed; it is iterative, so deep nesting cannot overflow it.
 */

export interface JsonSyntaxProblem {
  /** UTF-16 offset of the first character that cannot be part of valid JSON (text.length at end of file). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, counted in Unicode code points. */
  column: number;
  /** What is wrong, as the end of a sentence: "expected ',' or '}' after a property value". */
  reason: string;
  /**
   * The same as data: `code` names what was expected (a key of SYNTAX_REASONS, or `empty`/`truncated` at the
   * end of the text); `char` is the unexpected character (`"x"`, or `U+0001` with `control` 1); `word` the
   * literal that was expected.
   */
  code: JsonSyntaxCode;
  params: { char?: string; control?: number; word?: string };
}

/** What was expected where the text went wrong, in English (the catalogue has `jsonSyntax.<code>`). */
const SYNTAX_REASONS = {
  end: '',
  unicodeEscape: 'a \\u escape needs four hexadecimal digits',
  badEscape: 'in a text, a backslash must start one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX',
  rawControl: 'a text cannot contain a raw line break or control character (write a line break as \\n)',
  digit: 'a digit was expected in this number',
  word: 'expected "{word}"',
  propertyName: 'expected a property name in double quotes (a trailing comma is not allowed in JSON)',
  colon: "expected ':' after the property name",
  valueTrailing: 'expected a value (a trailing comma is not allowed in JSON)',
  value: 'expected a value',
  trailingText: 'there is more text after the end of the JSON data',
  commaBracket: "expected ',' or ']' after a list element",
  commaBrace: "expected ',' or '}' after a property value",
} as const;

export type JsonSyntaxCode = keyof typeof SYNTAX_REASONS | 'empty' | 'truncated';

const ARRAY = 0;
const OBJECT = 1;
const TRUNCATED = 'the file ends too early (it may have been cut off while saving or copying)';

class Failure {
  constructor(
    readonly offset: number,
    readonly reason: string,
    readonly code: JsonSyntaxCode,
    readonly params: JsonSyntaxProblem['params'],
  ) {}
}

/** The first syntax error in `text`, or null when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  try {
    scan(text);
    return null;
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    return { offset: e.offset, ...lineAndColumn(text, e.offset), reason: e.reason, code: e.code, params: e.params };
  }
}

function scan(text: string): void {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;

  const fail = (code: keyof typeof SYNTAX_REASONS, word?: string): never => {
    if (i >= n) {
      const empty = text.trim() === '';
      throw new Failure(
        i,
        empty ? 'the file is empty (it may have been cut off while saving or copying)' : TRUNCATED,
        empty ? 'empty' : 'truncated',
        {},
      );
    }
    const reason = SYNTAX_REASONS[code].replace('{word}', word ?? '');
    const char = charParams(text, i);
    throw new Failure(
      i,
      `unexpected ${describeChar(char)}: ${reason}`,
      code,
      word === undefined ? char : { ...char, word },
    );
  };
  const skipWhitespace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };
  const scanString = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail('end');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c === 0x5c) {
        i++;
        if (i >= n) fail('end');
        const e = text[i];
        if (e === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (i >= n || !/[0-9a-fA-F]/.test(text[i])) fail('unicodeEscape');
          }
          i++;
        } else if ('"\\/bfnrt'.includes(e)) {
          i++;
        } else {
          fail('badEscape');
        }
      } else if (c < 0x20) {
        fail('rawControl');
      } else {
        i++;
      }
    }
  };
  const digits = (): void => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === start) fail('digit');
  };
  const scanNumber = (): void => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const scanLiteral = (word: string): void => {
    for (let k = 0; k < word.length; k++, i++) {
      if (text[i] !== word[k]) fail('word', word);
    }
  };
  const scanKey = (): void => {
    skipWhitespace();
    if (text[i] !== '"') fail('propertyName');
    scanString();
    skipWhitespace();
    if (text[i] !== ':') fail('colon');
    i++;
  };

  for (;;) {
    // Expecting a value.
    skipWhitespace();
    const c = text[i];
    let complete = true;
    if (c === '{') {
      i++;
      skipWhitespace();
      if (text[i] === '}') i++;
      else {
        stack.push(OBJECT);
        scanKey();
        complete = false;
      }
    } else if (c === '[') {
      i++;
      skipWhitespace();
      if (text[i] === ']') i++;
      else {
        stack.push(ARRAY);
        complete = false;
      }
    } else if (c === '"') scanString();
    else if (c === '-' || (c >= '0' && c <= '9')) scanNumber();
    else if (c === 't') scanLiteral('true');
    else if (c === 'f') scanLiteral('false');
    else if (c === 'n') scanLiteral('null');
    else fail(c === ']' || c === '}' ? 'valueTrailing' : 'value');
    if (!complete) continue;

    // A value is complete: close containers or move to the next element.
    for (;;) {
      skipWhitespace();
      if (stack.length === 0) {
        if (i < n) fail('trailingText');
        return;
      }
      const top = stack[stack.length - 1];
      const close = top === ARRAY ? ']' : '}';
      if (text[i] === close) {
        i++;
        stack.pop();
        continue;
      }
      if (text[i] !== ',') fail(top === ARRAY ? 'commaBracket' : 'commaBrace');
      i++;
      if (top === OBJECT) scanKey();
      break;
    }
  }
}

function charParams(text: string, i: number): { char: string; control: number } {
  const code = text.codePointAt(i) ?? 0;
  if (code < 0x20 || code === 0x7f)
    return { char: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, control: 1 };
  return { char: JSON.stringify(String.fromCodePoint(code)), control: 0 };
}

function describeChar({ char, control }: { char: string; control: number }): string {
  return control ? `control character ${char}` : `character ${char}`;
}

/** 1-based line and code-point column of a UTF-16 offset. Lines end at \n, \r\n or \r. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const c = text.charCodeAt(i);
    // The second half of a surrogate pair belongs to the same code point as the first.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > lineStart && isHighSurrogate(text.charCodeAt(i - 1)))) column++;
  }
  return { line, column };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
