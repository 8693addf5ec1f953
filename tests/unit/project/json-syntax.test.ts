/** Finding the first JSON syntax error and where it is. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from '../../../src/project';

function problem(text: string) {
  const found = findJsonSyntaxError(text);
  return found && { line: found.line, column: found.column, reason: found.reason };
}

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON of every kind', () => {
    for (const text of [
      '{}',
      '[]',
      '0',
      '-0.5e+10',
      '"a\\u00e9\\n"',
      'true',
      'null',
      ' {"a": [1, {"b": false}], "c": "\\/"} ',
      '"\ud800"',
    ]) {
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });

  it('names the position and the expectation', () => {
    expect(problem('{"a": 1,}')).toEqual({
      line: 1,
      column: 9,
      reason:
        'unexpected character "}": expected a property name in double quotes (a trailing comma is not allowed in JSON)',
    });
    expect(problem('[1,\n 2,\n ]')).toMatchObject({
      line: 3,
      column: 2,
      reason: expect.stringContaining('trailing comma'),
    });
    expect(problem('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({
      line: 3,
      column: 3,
      reason: expect.stringContaining("expected ',' or '}'"),
    });
    expect(problem('{"a" 1}')).toMatchObject({ column: 6, reason: expect.stringContaining("expected ':'") });
    expect(problem('[tru]')).toMatchObject({ column: 5, reason: expect.stringContaining('expected "true"') });
    expect(problem('[01]')).toMatchObject({ column: 3 });
    expect(problem('[1.]')).toMatchObject({ column: 4, reason: expect.stringContaining('digit') });
    expect(problem('"a\\x"')).toMatchObject({ column: 4, reason: expect.stringContaining('backslash') });
    expect(problem('"\\u12G4"')).toMatchObject({
      column: 6,
      reason: expect.stringContaining('four hexadecimal digits'),
    });
    expect(problem('"line\nbreak"')).toMatchObject({
      line: 1,
      column: 6,
      reason: expect.stringContaining('control character U+000A'),
    });
    expect(problem('{} {}')).toMatchObject({ column: 4, reason: expect.stringContaining('more text after the end') });
    expect(problem("{'a': 1}")).toMatchObject({ column: 2 });
    expect(problem('{"a": [1, 2')).toMatchObject({ column: 12, reason: expect.stringContaining('ends too early') });
    expect(problem('  \n ')).toMatchObject({ reason: expect.stringContaining('the file is empty') });
  });

  it('counts lines across \\n, \\r\\n and \\r, and columns in code points', () => {
    expect(lineAndColumn('a\r\nb\rc\nd', 7)).toEqual({ line: 4, column: 1 });
    expect(lineAndColumn('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
    // "😀" is two UTF-16 units but one column; "日本" are one each.
    expect(problem('["😀日本" x]')).toMatchObject({ line: 1, column: 8 });
  });

  it('agrees with JSON.parse on thousands of damaged texts', () => {
    const texts = fc.tuple(
      fc.json(),
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.constantFrom('', ',', '}', ']', '"', ':', '\\', ' ', '\n', 'x', '0', '-', 'e', '.', '\u0001'),
        ),
      ),
      fc.nat(),
    );
    fc.assert(
      fc.property(texts, ([json, edits, cut]) => {
        let text = json;
        for (const [at, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
        }
        if (cut % 3 === 0) text = text.slice(0, cut % (text.length + 1));
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const found = findJsonSyntaxError(text);
        expect(found === null).toBe(valid);
        if (found) expect(found.offset).toBeLessThanOrEqual(text.length);
      }),
      { seed: 2024, numRuns: 2000 },
    );
  });

  it('handles deep nesting without recursion', () => {
    expect(findJsonSyntaxError('['.repeat(100_000) + ']'.repeat(100_000))).toBeNull();
    expect(findJsonSyntaxError('['.repeat(100_000))).toMatchObject({ offset: 100_000 });
  });
});
