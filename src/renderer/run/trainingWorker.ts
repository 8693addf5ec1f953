/// <reference lib="webworker" />
// Binds the engine's training host to a Web Worker. Slices are scheduled through a MessageChannel rather
// than setTimeout, which browsers clamp to 4 ms after a few nested calls.
import { createTrainingHost, createTrainingSetup, type HostCommand } from '../../engine';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const host = createTrainingHost((event, transfer) => scope.postMessage(event, transfer ?? []), {
  setup: createTrainingSetup,
  schedule: (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  },
});
scope.onmessage = (e: MessageEvent<HostCommand>) => host.handle(e.data);
