/// <reference lib="webworker" />
// One helper of data-parallel training, started by the training worker (trainingWorker.ts) when the page is
// cross-origin isolated: it receives its start message (the plan, the compiled kernels, the shared memory)
// and then serves batches on the shared memory until the run's pool is closed (engine/parallel/helper.ts).
import { runGradientHelper, type GradientHelperInit } from '../../engine';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<GradientHelperInit>) => {
  runGradientHelper(e.data, (error) => console.error('A training helper worker failed:', error));
  scope.close();
};
