/** A training client and timers under the test's hand: events are pushed in, requests answered on demand. */
import type { EpochMetrics, WeightsByNode } from '../../../src/engine';
import type { HostCommand, HostEvent } from '../../../src/engine/protocol/messages';
import type { PredictionEvent, TrainingClient } from '../../../src/renderer/run/trainingClient';
import type { Timers } from '../../../src/shared/timers';

interface Deferred<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

export interface FakeClient extends TrainingClient {
  sent: HostCommand[];
  /** Delivers an event as the worker would. */
  emit(event: HostEvent): void;
  /** Requests not answered yet, oldest first. */
  weightRequests: Deferred<{ epoch: number; weights: WeightsByNode }>[];
  predictions: { rows: number; answer: Deferred<PredictionEvent> }[];
  disposed: boolean;
}

export function fakeClient(): FakeClient {
  const listeners = new Set<(event: HostEvent) => void>();
  const closed = () => new Error('The training worker was closed.');
  const client: FakeClient = {
    sent: [],
    weightRequests: [],
    predictions: [],
    disposed: false,
    emit(event) {
      for (const listener of [...listeners]) listener(event);
    },
    send(command) {
      if (!client.disposed) client.sent.push(command);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    predict(_x, rows) {
      if (client.disposed) return Promise.reject(closed());
      return new Promise((resolve, reject) => client.predictions.push({ rows, answer: { resolve, reject } }));
    },
    predictGrid() {
      return Promise.reject(new Error('not used by the driver'));
    },
    traceSample() {
      return Promise.reject(new Error('not used by the driver'));
    },
    applySampleStep() {
      return Promise.reject(new Error('not used by the driver'));
    },
    getGradients() {
      return Promise.reject(new Error('not used by the driver'));
    },
    getWeights() {
      if (client.disposed) return Promise.reject(closed());
      return new Promise((resolve, reject) => client.weightRequests.push({ resolve, reject }));
    },
    dispose() {
      client.disposed = true;
      for (const r of client.weightRequests.splice(0)) r.reject(closed());
      for (const p of client.predictions.splice(0)) p.answer.reject(closed());
      listeners.clear();
    },
  };
  return client;
}

export interface FakeTimers extends Timers {
  /** Moves the clock on, running the timers that fall due. */
  advance(ms: number): void;
  now(): number;
  pending(): number;
}

export function fakeTimers(): FakeTimers {
  let time = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      const id = nextId++;
      due.set(id, { at: time + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      const end = time + ms;
      for (;;) {
        const next = [...due.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        due.delete(next[0]);
        time = next[1].at;
        next[1].callback();
      }
      time = end;
    },
    now: () => time,
    pending: () => due.size,
  };
}

export const epoch = (e: number, trainLoss = 1 / e): EpochMetrics => ({
  epoch: e,
  trainLoss,
  valLoss: trainLoss * 1.1,
  learningRate: 0.01,
  elapsedMs: 5 * e,
});

export const readyEvent: Extract<HostEvent, { type: 'ready' }> = {
  type: 'ready',
  kernels: 'typescript',
  threads: 1,
  totalParams: 3,
  nodes: {},
  warnings: [],
  dataset: {
    name: 'xor',
    task: 'classification',
    features: 2,
    classes: 2,
    featureNames: ['x1', 'x2'],
    classNames: ['a', 'b'],
    trainSize: 10,
    validationSize: 4,
    standardization: null,
    badRows: [],
    badRowCount: 0,
  },
  batchesPerEpoch: 2,
};

/** Lets promise callbacks queued so far run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
