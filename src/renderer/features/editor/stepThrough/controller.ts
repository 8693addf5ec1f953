/**
 * Fetches the step-through's numbers from the training panel's worker: a trace of the chosen sample with
 * the live model, and "Apply this step". There must be a model to ask: with no run yet it starts one paused
 * (the seeded initial weights, through the Train menu's command), and a run still training is paused first
 * so the numbers stay still while the learner reads them.
 */
import i18next from 'i18next';
import { runCommand } from '../../../commands';
import { panelClient, panelRunStore, type PanelRunState } from '../../../run/panelClient';
import { defaultWeight, stepThroughStore, type StepAnswer } from '../../../run/stepThrough';
import type { SampleRequest } from '../../../../engine/protocol/messages';

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const hasModel = (s: PanelRunState) => s.status === 'paused' || s.status === 'done';

/** Resolves once the panel's run has a model that is not training. */
async function ensureModel(): Promise<void> {
  const now = panelRunStore.getState();
  if (hasModel(now)) return;
  if (now.status === 'running') runCommand('train.pauseResume');
  else if (now.status === 'idle' && !runCommand('train.startPaused')) {
    throw new Error(i18next.t('stepThrough.noModel'));
  }
  await new Promise<void>((resolve, reject) => {
    const check = (s: PanelRunState) => {
      if (hasModel(s)) {
        stop();
        resolve();
      } else if (s.status === 'idle') {
        stop();
        reject(new Error(s.error ?? i18next.t('stepThrough.noModel')));
      }
    };
    const stop = panelRunStore.subscribe(check);
    check(panelRunStore.getState());
  });
}

// Only the newest request's answer is shown; an older one still on its way is dropped.
const requests = { latest: 0 };

function requestOf(): SampleRequest | null {
  const { sample, weight } = stepThroughStore.getState();
  if (!sample) return null;
  return { x: sample.x, target: sample.target, ...(weight ? { weight } : {}) };
}

const answerOf = (e: { epoch: number; trace: StepAnswer['trace']; update: StepAnswer['update'] }): StepAnswer => ({
  epoch: e.epoch,
  trace: e.trace,
  update: e.update,
});

/** Traces the chosen sample again (a new sample, weight or model) and stores the engine's answer. */
export async function refreshTrace(): Promise<void> {
  const request = requestOf();
  if (!request) return;
  const id = ++requests.latest;
  stepThroughStore.setState({ busy: true, error: null });
  try {
    await ensureModel();
    const client = panelClient.get();
    let event = await client.traceSample(request).catch((e: unknown) => {
      // A weight of a layer that was since removed or resized: start again from the default weight.
      if (!request.weight) throw e;
      return client.traceSample({ x: request.x, target: request.target });
    });
    let weight = event.update ? request.weight! : null;
    if (!weight) {
      weight = defaultWeight(event.trace);
      if (weight) event = await client.traceSample({ x: request.x, target: request.target, weight });
    }
    if (id !== requests.latest) return;
    stepThroughStore.setState({ answer: answerOf(event), weight, busy: false });
  } catch (e) {
    if (id === requests.latest) stepThroughStore.setState({ busy: false, error: messageOf(e) });
  }
}

/** "Apply this step": one training step on the sample alone; shows its loss before and after. */
export async function applyStep(): Promise<void> {
  const request = requestOf();
  if (!request || stepThroughStore.getState().busy) return;
  const id = ++requests.latest;
  stepThroughStore.setState({ busy: true, error: null });
  try {
    await ensureModel();
    const event = await panelClient.get().applySampleStep(request);
    if (id !== requests.latest) return;
    stepThroughStore.setState({
      answer: answerOf(event),
      applied: { lossBefore: event.lossBefore, lossAfter: event.lossAfter },
      busy: false,
    });
  } catch (e) {
    if (id === requests.latest) stepThroughStore.setState({ busy: false, error: messageOf(e) });
  }
}

/**
 * Keeps the trace current while the mode is on: a new sample or weight asks again, and so does a model that
 * changed (an epoch trained and paused, a run that ended). Returns the function that stops listening.
 */
export function followStepThrough(): () => void {
  const stopSample = stepThroughStore.subscribe((s, prev) => {
    // A weight chosen by the learner (not the default that arrives with an answer) asks again.
    const weightChosen = s.weight !== prev.weight && s.answer === prev.answer;
    if (s.sample && (s.sample !== prev.sample || weightChosen)) void refreshTrace();
  });
  const stopRun = panelRunStore.subscribe((s, prev) => {
    if (!stepThroughStore.getState().sample || !hasModel(s)) return;
    if (s.epochs !== prev.epochs || s.status !== prev.status) void refreshTrace();
  });
  return () => {
    stopSample();
    stopRun();
  };
}
