import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '../../../src/export/zip';
import { readZip } from './unzip';

describe('zipFiles', () => {
  const files = [
    { path: 'README.md', text: 'ネットワーク — hello\n' },
    { path: 'weights.bin', bytes: Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) & 255) },
  ];

  it('has the CRC-32 of the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('gives back every file, byte for byte, in one folder', () => {
    const entries = readZip(zipFiles('xor-onnx', files));
    expect([...entries.keys()]).toEqual(['xor-onnx/README.md', 'xor-onnx/weights.bin']);
    expect(new TextDecoder().decode(entries.get('xor-onnx/README.md'))).toBe('ネットワーク — hello\n');
    expect(entries.get('xor-onnx/weights.bin')).toEqual(files[1].bytes);
  });

  it('is read by Python’s zipfile, which checks the CRCs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerwise-zip-'));
    try {
      writeFileSync(join(dir, 'a.zip'), zipFiles('out', files));
      const check = spawnSync(
        'python3',
        [
          '-c',
          'import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(z.namelist())',
          join(dir, 'a.zip'),
        ],
        { encoding: 'utf8' },
      );
      if (check.error) return; // no Python here: the reader above has checked the layout
      expect(check.stderr).toBe('');
      expect(check.stdout.trim()).toBe("['out/README.md', 'out/weights.bin']");
      expect(readFileSync(join(dir, 'a.zip')).length).toBeGreaterThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
