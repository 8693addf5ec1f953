#!/usr/bin/env node
/**
 * Builds the engine's WebAssembly SIMD kernels from wasm/kernels.ts (AssemblyScript) into
 * wasm/build/kernels.wasm, which the CLI, the tests and the benchmarks read from disk and the renderer's
 * training worker imports as an asset (`?url`). The .wasm is a build output: it is not committed.
 *
 * Run by `prepare` (after every npm install), before `build`, `bench`, the CLI scripts and vitest. It does
 * nothing when the output is newer than the source and this script; `--force` rebuilds anyway. It prints
 * nothing on stdout (the CLI's --json output stays clean): a rebuild says so on stderr.
 *
 * Flags: `--enable simd` (v128 instructions; no relaxed SIMD, whose results may differ between machines),
 * `-O3`, the stub runtime and no assertions (the kernels allocate nothing and the engine checks every
 * argument), no `abort` import (so the module imports nothing), and one initial page of memory, which the
 * engine grows once per model.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(repoRoot, 'wasm/kernels.ts');
const output = join(repoRoot, 'wasm/build/kernels.wasm');

export const ASC_FLAGS = [
  '--enable',
  'simd',
  '-O3',
  '--runtime',
  'stub',
  '--noAssert',
  '--use',
  'abort=',
  '--initialMemory',
  '1',
];

function upToDate() {
  if (!existsSync(output)) return false;
  const built = statSync(output).mtimeMs;
  return [source, fileURLToPath(import.meta.url)].every((f) => statSync(f).mtimeMs <= built);
}

export async function buildWasm({ force = false } = {}) {
  if (!force && upToDate()) return output;
  mkdirSync(dirname(output), { recursive: true });
  const asc = await import('assemblyscript/asc');
  const { error, stderr } = await asc.main(
    [relative(repoRoot, source), ...ASC_FLAGS, '-o', relative(repoRoot, output)],
    {
      stdout: process.stderr,
    },
  );
  if (error) {
    process.stderr.write(stderr.toString());
    throw new Error(`AssemblyScript could not build ${relative(repoRoot, source)}: ${error.message}`);
  }
  process.stderr.write(`built ${relative(repoRoot, output)} (${statSync(output).size} bytes)\n`);
  return output;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildWasm({ force: process.argv.includes('--force') }).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
