import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../src/project/base64';

describe('bytesToBase64 (chunked; issue 12, defect 10)', () => {
  it.each([0, 1, 2, 3, 4, 5, 3 * 65536 - 1, 3 * 65536, 3 * 65536 + 1, 3 * 65536 + 2, 2 * 3 * 65536 + 7])(
    'matches the standard encoding for %i bytes, across chunk boundaries',
    (n) => {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24);
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      const back = base64ToBytes(text);
      expect(back.ok && Buffer.compare(Buffer.from(back.bytes), Buffer.from(bytes))).toBe(0);
    },
  );
});
