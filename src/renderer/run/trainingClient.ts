/**
 * A typed client for one training worker: send commands, listen to events, and await the answers to
 * requests (predictions, grids, weights) by request id. The Training panel uses one; the Compare view can
 * make several (one per variant) with the same code.
 */
import i18next from 'i18next';
import type { GridRequest, HostCommand, HostEvent, SampleRequest } from '../../engine/protocol/messages';
import type { WeightsByNode } from '../../engine';
import type { CpuTurnsMessage } from './cpuTurns';
import { recordKernelPath } from './kernelPath';

export type GridEvent = Extract<HostEvent, { type: 'grid' }>;
export type PredictionEvent = Extract<HostEvent, { type: 'prediction' }>;
export type SampleTraceEvent = Extract<HostEvent, { type: 'sampleTrace' }>;
export type SampleStepEvent = Extract<HostEvent, { type: 'sampleStep' }>;
export type GradientsEvent = Extract<HostEvent, { type: 'gradients' }>;

/** What the client needs of a Worker; tests pass a fake with the same shape. */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
  terminate(): void;
}

export interface TrainingClient {
  send(command: HostCommand, transfer?: Transferable[]): void;
  /** Calls `listener` for every event; returns the function that stops listening. */
  subscribe(listener: (event: HostEvent) => void): () => void;
  /** Predictions for `rows` rows of `x`. The array is transferred to the worker: pass a copy you can give up. */
  predict(x: Float32Array, rows: number): Promise<PredictionEvent>;
  predictGrid(request: GridRequest): Promise<GridEvent>;
  getWeights(): Promise<{ epoch: number; weights: WeightsByNode }>;
  /** One sample's forward, loss, backward and a weight's update, with the run's live model (the step-through). */
  traceSample(request: SampleRequest): Promise<SampleTraceEvent>;
  /** One training step on that sample alone; answers the loss before and after and the new trace. */
  applySampleStep(request: SampleRequest): Promise<SampleStepEvent>;
  /** The last training step's gradients, shaped like the weights; rejected before the first step. */
  getGradients(): Promise<GradientsEvent>;
  /** Ends the worker; pending requests are rejected. */
  dispose(): void;
}

/** A training worker; with `turns`, it runs its slices in turns shared with the other workers given them (cpuTurns.ts). */
export function createTrainingWorker(turns: SharedArrayBuffer | null = null): WorkerLike {
  const worker = new Worker(new URL('./trainingWorker.ts', import.meta.url), {
    type: 'module',
    name: 'layerwise-training',
  });
  if (turns) worker.postMessage({ type: 'cpu-turns', buffer: turns } satisfies CpuTurnsMessage);
  return worker;
}

interface Pending {
  resolve: (event: HostEvent) => void;
  reject: (error: Error) => void;
}

export function createTrainingClient(worker: WorkerLike = createTrainingWorker()): TrainingClient {
  const listeners = new Set<(event: HostEvent) => void>();
  const pending = new Map<number, Pending>();
  let nextRequestId = 1;
  let disposed = false;

  const rejectAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  worker.addEventListener('message', (e: MessageEvent) => {
    const event = e.data as HostEvent;
    if (event.type === 'ready') recordKernelPath(event.kernels, event.threads);
    const id = 'requestId' in event ? event.requestId : undefined;
    if (id !== undefined && pending.has(id)) {
      const p = pending.get(id)!;
      pending.delete(id);
      if (event.type === 'error') {
        // A refused request: only its caller hears of it; the run itself goes on.
        p.reject(new Error(event.message));
        return;
      }
      p.resolve(event);
    }
    for (const listener of listeners) listener(event);
  });
  worker.addEventListener('error', (e: ErrorEvent) => {
    const error = new Error(i18next.t('workers.training', { reason: e.message || i18next.t('workers.notLoaded') }));
    rejectAll(error);
    for (const listener of listeners) listener({ type: 'error', message: error.message });
  });

  function request<T extends HostEvent>(
    make: (requestId: number) => HostCommand,
    transfer: Transferable[] = [],
  ): Promise<T> {
    if (disposed) return Promise.reject(new Error('The training worker was closed.'));
    const requestId = nextRequestId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(requestId, { resolve: resolve as (e: HostEvent) => void, reject });
      worker.postMessage(make(requestId), transfer);
    });
  }

  return {
    send(command, transfer = []) {
      if (!disposed) worker.postMessage(command, transfer);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    predict(x, rows) {
      // Transferred rather than copied a second time: the validation rows of the digits are 2.8 MB.
      return request<PredictionEvent>((requestId) => ({ type: 'predict', requestId, x, rows }), [x.buffer]);
    },
    predictGrid(grid) {
      return request<GridEvent>((requestId) => ({ type: 'predictGrid', requestId, ...grid }));
    },
    async getWeights() {
      const event = await request<Extract<HostEvent, { type: 'weights' }>>((requestId) => ({
        type: 'getWeights',
        requestId,
      }));
      return { epoch: event.epoch, weights: event.weights };
    },
    traceSample(sample) {
      return request<SampleTraceEvent>((requestId) => ({ type: 'traceSample', requestId, ...sample }));
    },
    applySampleStep(sample) {
      return request<SampleStepEvent>((requestId) => ({ type: 'applySampleStep', requestId, ...sample }));
    },
    getGradients() {
      return request<GradientsEvent>((requestId) => ({ type: 'getGradients', requestId }));
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      rejectAll(new Error('The training worker was closed.'));
      listeners.clear();
      worker.terminate();
    },
  };
}
