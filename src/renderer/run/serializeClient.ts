/**
 * Serializes a project in a worker and resolves with the text. The project travels by structured clone (its
 * weight arrays are copied, which is fast); the slow part, encoding them as text, happens off the UI thread.
 */
import i18next from 'i18next';
import type { Project } from '../../project';
import type { SerializeAnswer, SerializeRequest } from './serializeWorker';

export type SerializeInBackground = (project: Project) => Promise<string>;

export function createSerializeClient(): SerializeInBackground {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();

  function start(): Worker {
    const w = new Worker(new URL('./serializeWorker.ts', import.meta.url), {
      type: 'module',
      name: 'layerwise-serialize',
    });
    w.addEventListener('message', (e: MessageEvent<SerializeAnswer>) => {
      const answer = e.data;
      const p = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (answer.ok) p?.resolve(answer.text);
      else p?.reject(new Error(answer.message));
    });
    w.addEventListener('error', (e: ErrorEvent) => {
      const error = new Error(i18next.t('workers.serialize', { reason: e.message || i18next.t('workers.notLoaded') }));
      for (const p of waiting.values()) p.reject(error);
      waiting.clear();
      worker = null; // start a fresh one next time
    });
    return w;
  }

  return (project) => {
    worker ??= start();
    const id = nextId++;
    const request: SerializeRequest = { id, project };
    return new Promise<string>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      try {
        worker!.postMessage(request);
      } catch (error) {
        // A project that cannot be cloned: say so like any other serialization failure.
        waiting.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  };
}
