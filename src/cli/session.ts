/**
 * One training run on Node through the engine's training host, in process: the same host the app's
 * workers run, so stopping, divergence, early stopping and the messages about them are the app's.
 *
 * The host trains in slices of about 15 ms, each scheduled with setImmediate, so timers and signals run
 * between slices: a Ctrl-C (the `signal`) is handled after the slice in progress, and the run ends 'stopped'
 * with its weights intact.
 */
import { compile } from '../engine/compile';
import { dataShapeOf, type PreparedData } from '../engine/data';
import { createTrainingHost } from '../engine/protocol/host';
import type { HostEvent } from '../engine/protocol/messages';
import type { KernelPath } from '../engine/kernels';
import { createRunModel } from '../engine/train/setup';
import type { ParallelGradients } from '../engine/parallel';
import { nodeGradientPool } from './gradient-threads';
import { loadKernelModule } from './kernel-file';
import type {
  CompileResult,
  DatasetSpec,
  EpochMetrics,
  Graph,
  RunEnd,
  TrainingSettings,
  WeightsByNode,
} from '../engine/types';
import { wordProblem } from './i18n';

export type ProgressEvent = Extract<HostEvent, { type: 'progress' }>;

export function compileFor(graph: Graph, prepared: PreparedData): CompileResult {
  return compile(graph, dataShapeOf(prepared.dataset));
}

export interface SessionHooks {
  /** Epochs as the host reports them, in order (several at a time when they are quick). */
  onEpochs?(epochs: readonly EpochMetrics[]): void;
  /** Where the run stands, about ten times a second. */
  onProgress?(progress: ProgressEvent): void;
  /** When aborted, the run stops after the slice in progress. */
  signal?: AbortSignal;
  now?: () => number;
}

export interface SessionResult {
  end: RunEnd;
  /** How the run ended, in the engine's English (saved in the run record and `--json`). */
  message: string;
  /** The same sentence in the user's language (LANG). */
  worded: string;
  history: EpochMetrics[];
  weights: WeightsByNode;
  /** Which kernels trained (the host's 'ready' event): WebAssembly SIMD when wasm/build/kernels.wasm is there. */
  kernels: KernelPath;
  /** Threads that computed the gradients: `threads`, or 1 when no batch was large enough to share. */
  threads: number;
}

export interface SessionInputs {
  graph: Graph;
  dataset: DatasetSpec;
  /** The graph compiled for the prepared data, checked by the caller. */
  compiled: CompileResult;
  prepared: PreparedData;
  training: TrainingSettings;
  /** Threads for the gradients (gradient-threads.ts); default 1. */
  threads?: number;
}

/**
 * Trains the checked project. The data is the caller's, already prepared: the host is given it through its
 * setup factory rather than preparing the dataset a second time.
 */
export function trainInHost(inputs: SessionInputs, hooks: SessionHooks = {}): Promise<SessionResult> {
  const { compiled, prepared, training } = inputs;
  const plan = compiled.plan;
  if (!plan) return Promise.reject(new Error('trainInHost needs a graph that compiled without errors.'));
  return new Promise<SessionResult>((resolve, reject) => {
    let finished: Omit<SessionResult, 'weights' | 'kernels' | 'threads'> | null = null;
    let kernels: KernelPath = 'typescript';
    let pool: ParallelGradients | null = null;
    const threadErrors: string[] = [];
    const onAbort = () => setImmediate(() => host.handle({ type: 'stop' }));
    const settle = (then: () => void) => {
      hooks.signal?.removeEventListener('abort', onAbort);
      pool?.close();
      then();
    };
    const host = createTrainingHost(
      (event: HostEvent) => {
        switch (event.type) {
          case 'ready':
            kernels = event.kernels;
            return;
          case 'metrics':
            hooks.onEpochs?.(event.epochs);
            return;
          case 'progress':
            hooks.onProgress?.(event);
            return;
          case 'done':
            finished = {
              end: event.end,
              message: event.message,
              worded: event.code
                ? wordProblem({ code: event.code, message: event.message, params: event.params ?? {} })
                : event.message,
              history: event.history,
            };
            host.handle({ type: 'getWeights', requestId: 1 });
            return;
          case 'weights':
            if (finished) {
              const threads = pool && pool.sharedBatches > 0 ? (inputs.threads ?? 1) : 1;
              const result = { ...finished, weights: event.weights, kernels, threads };
              settle(() => resolve(result));
            }
            return;
          case 'error':
            settle(() =>
              reject(
                new Error([event.problem ? wordProblem(event.problem) : event.message, ...threadErrors].join('\n')),
              ),
            );
            return;
          default:
            return;
        }
      },
      {
        setup: () => {
          const wasm = loadKernelModule();
          const model = createRunModel(plan, training, wasm);
          pool = nodeGradientPool(model, inputs.threads ?? 1, training.batchSize, wasm, threadErrors);
          return { compile: compiled, model, data: prepared.split, prepared, gradients: pool };
        },
        schedule: (fn) => void setImmediate(fn),
        now: hooks.now,
      },
    );
    // The stop is handled as a task of its own: the abort may come from inside an event this host posted.
    if (hooks.signal?.aborted) onAbort();
    else hooks.signal?.addEventListener('abort', onAbort, { once: true });
    host.handle({
      type: 'start',
      graph: inputs.graph,
      datasetSpec: inputs.dataset,
      training,
    });
  });
}
