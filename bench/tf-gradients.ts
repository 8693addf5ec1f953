/**
 * Registers TensorFlow.js's gradient functions in Node.
 *
 * `optimizer.minimize` needs them, but tfjs-core's Node bundle leaves them out (the umbrella `@tensorflow/tfjs`
 * package adds them) and its ES-module copy uses extensionless imports that Node cannot load. So the bench
 * bundles `register_all_gradients.js` with esbuild (already installed for tsx) into one CommonJS file and runs
 * it. The gradients land in tfjs's global registry, which every copy of tfjs-core shares.
 */
import { buildSync } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function registerTfGradients(): void {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@tensorflow/tfjs-core/dist/register_all_gradients.js');
  const bundle = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const file = join(tmpdir(), `layerwise-bench-tf-gradients-${process.pid}.cjs`);
  writeFileSync(file, bundle.outputFiles[0].text);
  require(file);
}
