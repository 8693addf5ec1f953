/**
 * The entry of one helper thread of `train --threads N` (gradient-threads.ts starts it): it runs the engine's
 * gradient helper on the shared memory it is given until the coordinator tells it to stop. Errors go to the
 * parent thread as messages, so the CLI can print them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runGradientHelper, type GradientHelperInit } from '../engine/parallel';

if (!parentPort) {
  throw new Error('src/cli/gradient-helper.ts must run inside a worker thread, not as the main script.');
}
const port = parentPort;
runGradientHelper(workerData as GradientHelperInit, (error) =>
  port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
);
port.close();
