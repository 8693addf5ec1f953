/** vitest global setup: builds wasm/build/kernels.wasm when it is missing or older than its source. */
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildWasm } from '../../scripts/build-wasm.mjs';

export default async function setup(): Promise<void> {
  await buildWasm();
}
