import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/project/text-decode';

const sjis = (codes: number[]) => new Uint8Array(codes);

describe('decodeText (issue 12, defect 6)', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('Café,身長'), 'a.csv')).toEqual({
      ok: true,
      text: 'Café,身長',
      encoding: 'utf-8',
    });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'a.csv')).toMatchObject({ ok: true, text: 'A' });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]), 'a')).toMatchObject({
      ok: true,
      text: 'Aé',
      encoding: 'utf-16le',
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41]), 'a')).toMatchObject({
      ok: true,
      text: 'A',
      encoding: 'utf-16be',
    });
  });

  it('detects Shift-JIS Japanese text, and does not take Latin-1 for it', () => {
    // 身長,あ in Shift-JIS
    expect(decodeText(sjis([0x90, 0x67, 0x92, 0xb7, 0x2c, 0x82, 0xa0]), 'j.csv')).toMatchObject({
      ok: true,
      text: '身長,あ',
      encoding: 'shift_jis',
    });
    const latin1 = new Uint8Array([...'Cafés et crème,1'].map((c) => c.charCodeAt(0)));
    const result = decodeText(latin1, 'fr.csv');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /fr\.csv is not in an encoding Layerwise reads: it looks like .*Latin-1.*line 1, column 4 is byte 0xE9/,
    );
  });

  it('refuses UTF-32 and UTF-16 without a mark, naming them', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'a')).toMatchObject({
      ok: false,
      encoding: 'UTF-32 LE',
    });
    expect(decodeText(new Uint8Array([0x41, 0, 0x42, 0, 0x43, 0, 0x0a, 0]), 'a')).toMatchObject({
      ok: false,
      encoding: 'UTF-16 LE without a byte-order mark',
    });
  });

  it('decodes with the encoding the user chose, and says when the bytes do not fit it', () => {
    expect(decodeText(sjis([0x82, 0xa0]), 'a', { encoding: 'shift_jis' })).toMatchObject({ ok: true, text: 'あ' });
    expect(decodeText(sjis([0x82, 0xa0]), 'a.csv', { encoding: 'utf-8' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('a.csv: line 1, column 1: byte 0x82 is not valid UTF-8'),
    });
  });
});
