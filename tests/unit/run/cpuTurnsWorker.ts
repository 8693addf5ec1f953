// A worker thread for cpuTurns.test.ts: runs `slices` slices in turns; each slice marks itself running in
// `running` (a shared counter), records the most it saw at once in `most`, and spins for a moment.
import { workerData, parentPort } from 'node:worker_threads';
import { cpuTurns } from '../../../src/renderer/run/cpuTurns';

const { turns, probe, slices } = workerData as { turns: SharedArrayBuffer; probe: SharedArrayBuffer; slices: number };
const counters = new Int32Array(probe); // [running, most, slices done]
const mine = cpuTurns(turns);
for (let i = 0; i < slices; i++) {
  mine.run(() => {
    const now = Atomics.add(counters, 0, 1) + 1;
    for (let seen = Atomics.load(counters, 1); now > seen; seen = Atomics.load(counters, 1))
      if (Atomics.compareExchange(counters, 1, seen, now) === seen) break;
    const until = performance.now() + 2;
    while (performance.now() < until);
    Atomics.add(counters, 2, 1);
    Atomics.sub(counters, 0, 1);
  });
}
parentPort!.postMessage('done');
