/// <reference lib="webworker" />
// Serializes projects off the UI thread: a project with trained weights takes a tenth of a second or more to
// turn into text (the weights are base64-encoded), too long for the main thread while training draws charts.
import { serializeProject, type Project } from '../../project';

export interface SerializeRequest {
  id: number;
  project: Project;
}

export type SerializeAnswer = { id: number; ok: true; text: string } | { id: number; ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<SerializeRequest>) => {
  const { id, project } = e.data;
  let answer: SerializeAnswer;
  try {
    answer = { id, ok: true, text: serializeProject(project) };
  } catch (error) {
    answer = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
