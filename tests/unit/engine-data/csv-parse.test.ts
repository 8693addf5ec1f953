import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvTable } from '../../../src/engine/data';
import { csvNumber, csvRow, parseCsv } from '../../../src/engine/data';

const rows = (t: CsvTable): string[][] => Array.from({ length: t.rowCount }, (_, r) => csvRow(t, r));
const lines = (t: CsvTable): number[] => Array.from(t.lines);

/** What the one number reader accepts: decimal notation whose value is finite as a float32. */
function decimalFloat32(cell: string): number {
  const t = cell.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return NaN;
  return Number.isFinite(Math.fround(Number(t))) ? Number(t) : NaN;
}

describe('parseCsv', () => {
  it('reads a header and rows, with the file line of each row', () => {
    const t = parseCsv('a,b\n1,2\n3,4\n');
    expect(t.columns).toEqual(['a', 'b']);
    expect(rows(t)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(lines(t)).toEqual([2, 3]);
  });

  it('handles quoted fields with commas, doubled quotes and line breaks, counting lines inside them', () => {
    const t = parseCsv('name,note\n"Smith, J.","said ""hi""\nthen left"\nx,"" \n"last",y');
    expect(rows(t)).toEqual([
      ['Smith, J.', 'said "hi"\nthen left'],
      ['x', ' '],
      ['last', 'y'],
    ]);
    expect(lines(t)).toEqual([2, 4, 5]);
  });

  it('accepts CRLF and lone CR line ends and ignores a byte-order mark', () => {
    const t = parseCsv('\uFEFFa,b\r\n1,2\r\n3,"x\r\ny"\r4,5\r\n');
    expect(t.columns).toEqual(['a', 'b']);
    expect(rows(t)).toEqual([
      ['1', '2'],
      ['3', 'x\r\ny'],
      ['4', '5'],
    ]);
    expect(lines(t)).toEqual([2, 3, 5]);
  });

  it('skips empty lines but keeps counting them', () => {
    const t = parseCsv('\n a , b \n\n1,2\n   \n\n3,4\n\n');
    expect(t.columns).toEqual(['a', 'b']);
    expect(rows(t)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(lines(t)).toEqual([4, 7]);
  });

  it('keeps rows with the wrong number of fields for the caller to report', () => {
    const t = parseCsv('a,b,c\n1,2\n1,2,3,4\n,,\n');
    expect(rows(t)).toEqual([
      ['1', '2'],
      ['1', '2', '3', '4'],
      ['', '', ''],
    ]);
  });

  it('names the line where an unclosed quote starts', () => {
    expect(() => parseCsv('a,b\n1,2\n3,"oops\n4,5\n')).toThrow(
      /line 3: a quoted field starts here but its closing quote is missing/,
    );
  });

  it('supports another delimiter and files without a header', () => {
    const t = parseCsv('1;2;3\n4;5\n', { delimiter: ';', header: false });
    expect(t.columns).toEqual(['column 1', 'column 2', 'column 3']);
    expect(rows(t)).toEqual([
      ['1', '2', '3'],
      ['4', '5'],
    ]);
    expect(lines(t)).toEqual([1, 2]);
    expect(() => parseCsv('a', { delimiter: '"' })).toThrow(/delimiter/);
    expect(() => parseCsv('\n\n')).toThrow(/The CSV is empty/);
  });

  it('reads back any table written with standard quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', '1', 'é'), maxLength: 6 });
    const tables = fc
      .integer({ min: 1, max: 4 })
      .chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(tables, fc.constantFrom('\n', '\r\n'), (table, eol) => {
        const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
        const text = table.map((r) => r.map(quote).join(',')).join(eol) + eol;
        const parsed = parseCsv(text, { header: false });
        expect(rows(parsed)).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });

  it('reads decimals exactly as Number() does, and blanks, words, hex and beyond-float32 values as NaN', () => {
    const cells = [
      '0',
      '-0',
      '1',
      '+2.5',
      '-3.25',
      '.5',
      '1.',
      '  7  ',
      '\t8',
      '1e3',
      '2.5E-3',
      '-1e-22',
      '1e22',
      '1e23',
      '0.1',
      '0.30000000000000004',
      '123456789012345',
      '1234567890123456789',
      '3.141592653589793',
      '0x10',
      'Infinity',
      '1e',
      '.',
      '-',
      '',
      '   ',
      'abc',
      '1,5',
      '1 2',
      '"4"',
      '5e+2',
      '00012.50',
      '0b11',
      '0o7',
      '1e39',
      '-3.5e38',
      '3.4e38',
    ];
    const t = parseCsv(
      cells.map((c) => `"${c.replace(/"/g, '""')}",${c.includes(',') || c.includes('"') ? '0' : c}`).join('\n'),
      { header: false },
    );
    cells.forEach((c, r) => {
      const expected = decimalFloat32(c);
      expect(csvNumber(t, r, 0)).toBe(expected);
      if (!c.includes(',') && !c.includes('"')) expect(csvNumber(t, r, 1)).toBe(expected);
    });
  });

  it('reads any decimal written by JavaScript back to the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 8 }), (v, digits) => {
        const texts = [String(v), v.toFixed(digits), v.toExponential(digits)];
        const t = parseCsv(texts.join(','), { header: false });
        texts.forEach((s, c) => expect(csvNumber(t, 0, c)).toBe(decimalFloat32(s)));
      }),
      { numRuns: 500 },
    );
  });
});
