/**
 * A zip archive of an export's files, stored without compression (the weights hardly compress and the app
 * then needs no library): local headers, the data, and a central directory, with CRC-32s. Every file goes
 * into one folder named `folder`, so unzipping gives the same layout `npm run export` writes.
 */
import { fileBytes, type ExportFile } from './types';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function zipFiles(folder: string, files: ExportFile[]): Uint8Array {
  const encoder = new TextEncoder();
  const entries = files.map((f) => {
    const data = fileBytes(f);
    return { name: encoder.encode(`${folder}/${f.path}`), data, crc: crc32(data) };
  });
  const localSize = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  // Fixed header fields: version 2.0, flag bit 11 (UTF-8 names), method 0 (stored), time 00:00 1 Jan 2020.
  const common = (e: (typeof entries)[number], p: number): void => {
    view.setUint16(p, 20, true);
    view.setUint16(p + 2, 0x0800, true);
    view.setUint16(p + 4, 0, true);
    view.setUint16(p + 6, 0, true);
    view.setUint16(p + 8, (40 << 9) | (1 << 5) | 1, true);
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, e.data.length, true);
    view.setUint32(p + 18, e.data.length, true);
    view.setUint16(p + 22, e.name.length, true);
    view.setUint16(p + 24, 0, true);
  };
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(e, at + 4);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  const centralStart = at;
  entries.forEach((e, k) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: version 2.0
    common(e, at + 6);
    // comment length, disk, internal and external attributes stay 0
    view.setUint32(at + 42, offsets[k], true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
