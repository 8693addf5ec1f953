/** Weights stored as base64 of little-endian float32. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  decodeTensor,
  decodeWeights,
  encodeTensor,
  encodeWeights,
  ProjectSaveError,
} from '../../../src/project';

describe('base64', () => {
  it('encodes the RFC 4648 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      const bytes = new TextEncoder().encode(plain);
      expect(bytesToBase64(bytes)).toBe(encoded);
      const back = base64ToBytes(encoded);
      expect(back.ok && new TextDecoder().decode(back.bytes)).toBe(plain);
    }
  });

  it('round-trips any bytes and agrees with an independent encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const encoded = bytesToBase64(bytes);
        expect(encoded).toBe(btoa(String.fromCharCode(...bytes)));
        const back = base64ToBytes(encoded);
        expect(back.ok && Array.from(back.bytes)).toEqual(Array.from(bytes));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('rejects text that is not canonical base64, saying why', () => {
    expect(base64ToBytes('AAA')).toEqual({
      ok: false,
      reason: 'is not valid base64: its length (3) is not a multiple of 4',
      code: 'schema-base64-length',
      params: { textLength: 3 },
    });
    expect(base64ToBytes('AA!A')).toEqual({
      ok: false,
      reason: 'is not valid base64: character 3 is "!"',
      code: 'schema-base64-char',
      params: { position: 3, char: '"!"' },
    });
    expect(base64ToBytes('A=AA').ok).toBe(false);
    expect(base64ToBytes('A===').ok).toBe(false);
    expect(base64ToBytes('AAAAAAA=\n').ok).toBe(false);
    expect(base64ToBytes('Zh==')).toEqual({
      ok: false,
      reason: 'is not valid base64: its last character has stray bits set',
      code: 'schema-base64-bits',
      params: {},
    });
  });
});

describe('tensors', () => {
  it('stores 1.0 as the little-endian bytes 00 00 80 3F', () => {
    expect(encodeTensor({ shape: [1], data: new Float32Array([1]) })).toEqual({ shape: [1], data: 'AACAPw==' });
    expect(encodeTensor({ shape: [2], data: new Float32Array([1, -2]) }).data).toBe('AACAPwAAAMA=');
    expect(Array.from(decodeTensor({ shape: [1], data: 'AACAPw==' }).data)).toEqual([1]);
  });

  it('keeps every bit of every finite float32, including -0 and subnormals', () => {
    fc.assert(
      fc.property(fc.float32Array({ noDefaultInfinity: true, noNaN: true, maxLength: 64 }), (data) => {
        const tensor = decodeTensor(encodeTensor({ shape: [data.length], data }));
        expect(tensor.data).toBeInstanceOf(Float32Array);
        expect(tensor.data).toEqual(data);
        data.forEach((v, i) => expect(Object.is(tensor.data[i], v)).toBe(true));
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('checks that the data holds exactly product(shape) values', () => {
    expect(() => decodeTensor({ shape: [2, 2], data: 'AACAPw==' })).toThrow(
      "The tensor's data holds 4 bytes, but shape [2, 2] needs 4 float32 values (16 bytes).",
    );
    expect(() => encodeTensor({ shape: [3], data: new Float32Array(2) })).toThrow(
      /shape \[3\] \(3 values\) but holds 2 values/,
    );
    expect(decodeTensor({ shape: [0, 5], data: '' }).data).toHaveLength(0);
  });

  it('refuses to encode or decode values that are not finite', () => {
    expect(() =>
      encodeTensor({ shape: [2], data: new Float32Array([1, Number.NaN]) }, 'Run "r1", node "h1" kernel'),
    ).toThrow(ProjectSaveError);
    expect(() =>
      encodeTensor({ shape: [2], data: new Float32Array([1, Number.NaN]) }, 'Run "r1", node "h1" kernel'),
    ).toThrow('Run "r1", node "h1" kernel holds NaN at index 1');
    // +Infinity as little-endian float32: 00 00 80 7F.
    expect(() => decodeTensor({ shape: [1], data: 'AACAfw==' })).toThrow('holds Infinity at index 0');
  });

  it('encodes and decodes weights by node, naming the node when one is bad', () => {
    const weights = {
      h1: {
        kernel: { shape: [1, 2], data: new Float32Array([0.5, -0.5]) },
        bias: { shape: [2], data: new Float32Array([0, 1]) },
      },
      out: { kernel: { shape: [2, 1], data: new Float32Array([2, 3]) } },
    };
    const json = encodeWeights(weights);
    expect(json.out).toEqual({ kernel: { shape: [2, 1], data: 'AAAAQAAAQEA=' } });
    expect(decodeWeights(json)).toEqual(weights);
    const broken = { out: { kernel: { shape: [2], data: new Float32Array([1, Number.POSITIVE_INFINITY]) } } };
    expect(() => encodeWeights(broken, 'Run "r2"')).toThrow('Run "r2", node \'out\' kernel holds Infinity at index 1');
    expect(() => decodeWeights({ h1: { kernel: { shape: [3], data: 'AACAPw==' } } })).toThrow(
      "The kernel of node 'h1'",
    );
  });

  it('keeps a node id named __proto__ as an ordinary key', () => {
    const json = JSON.parse('{"__proto__": {"kernel": {"shape": [1], "data": "AACAPw=="}}}');
    const weights = decodeWeights(json);
    expect(Object.keys(weights)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(weights)).toBe(Object.prototype);
  });
});
