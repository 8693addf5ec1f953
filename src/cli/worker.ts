/**
 * The training host bound to Node's worker_threads: commands arrive as messages from the parent thread and
 * events go back with their large arrays transferred. 'dispose' also closes the port so the thread can exit.
 */
import { parentPort } from 'node:worker_threads';
import { createTrainingHost } from '../engine/protocol/host';
import type { HostCommand } from '../engine/protocol/messages';

const port = parentPort;
if (!port)
  throw new Error('src/cli/worker.ts must run inside a worker thread (new Worker(...)), not as the main script.');

const host = createTrainingHost((event, transfer) => port.postMessage(event, transfer ?? []));
port.on('message', (command: HostCommand) => {
  host.handle(command);
  if (command.type === 'dispose') port.close();
});
