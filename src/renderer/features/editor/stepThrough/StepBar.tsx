/**
 * The step-through's controls over the canvas: the four phases (forward, loss, backward, update), where in
 * them the learner is, Previous / Play / Next (← →), "Apply this step" with the sample's loss before and
 * after, and Leave (Esc). It also keeps the trace current while it is mounted.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from '../../../commands';
import { useEditor } from '../../../document/editorStore';
import { stepsOf, stepThroughActions as act, useStepThrough, type StepKind } from '../../../run/stepThrough';
import { applyStep, followStepThrough } from './controller';
import { formatValue } from './format';
import './stepThrough.css';

const PHASES: readonly StepKind[] = ['forward', 'loss', 'backward', 'update'];
/** The article's names of the four steps (順伝播, 損失, 逆伝播, 更新 in Japanese). */
const PHASE_KEYS: Record<StepKind, string> = {
  forward: 'stepThrough.phases.forward',
  loss: 'stepThrough.phases.loss',
  backward: 'stepThrough.phases.backward',
  update: 'stepThrough.phases.update',
};
const SAMPLE_KEYS = { train: 'stepThrough.sample.train', validation: 'stepThrough.sample.validation' } as const;
const PLAY_INTERVAL_MS = 1100;

function useKeys(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (move === 0 && e.key !== 'Escape') return;
      // Captured before the canvas sees it: arrows would otherwise move a selected node.
      e.preventDefault();
      e.stopPropagation();
      if (move !== 0) act.move(move);
      else act.leave();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active]);
}

/** Keeps the current step's node in view, a little above the middle so the numbers under it show too. */
function useFollowNode(nodeId: string | undefined, bar: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow();
  useEffect(() => {
    const node = nodeId ? flow.getNode(nodeId) : undefined;
    const canvas = bar.current?.closest('.react-flow');
    if (!node || !canvas || !bar.current) return;
    // Readable numbers: at least the natural size. The node's top sits just below the bar.
    const zoom = Math.max(1, flow.getZoom());
    const below = bar.current.getBoundingClientRect().bottom - canvas.getBoundingClientRect().top + 12;
    const width = node.measured?.width ?? 180;
    void flow.setCenter(node.position.x + width / 2, node.position.y + (canvas.clientHeight / 2 - below) / zoom, {
      zoom,
      duration: 250,
    });
  }, [flow, nodeId, bar]);
}

function usePlay(playing: boolean): void {
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => act.move(1), PLAY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [playing]);
}

export function StepBar() {
  const { t } = useTranslation();
  const sample = useStepThrough((s) => s.sample);
  const answer = useStepThrough((s) => s.answer);
  const weight = useStepThrough((s) => s.weight);
  const stepIndex = useStepThrough((s) => s.step);
  const playing = useStepThrough((s) => s.playing);
  const busy = useStepThrough((s) => s.busy);
  const error = useStepThrough((s) => s.error);
  const applied = useStepThrough((s) => s.applied);
  const labels = useEditor((s) => s.doc.graph.nodes);
  const bar = useRef<HTMLElement>(null);
  useEffect(() => followStepThrough(), []);
  useKeys(sample !== null);
  usePlay(playing);
  const steps = stepsOf(answer, weight);
  const step = sample ? steps[Math.min(stepIndex, steps.length - 1)] : undefined;
  useFollowNode(step?.nodeId, bar);
  if (!sample) return null;

  const nodeLabel = (id: string) => labels.find((n) => n.id === id)?.label ?? id;
  const phaseStart = (kind: StepKind) => steps.findIndex((s) => s.kind === kind);
  const caption = t(SAMPLE_KEYS[sample.split], {
    index: sample.index + 1,
    x: sample.x.length > 6 ? t('stepThrough.values', { count: sample.x.length }) : formatValue(sample.x),
    y: formatValue(sample.target),
  });

  return (
    <section ref={bar} className="step-bar nodrag nowheel" aria-label={t('stepThrough.title')} data-testid="step-bar">
      <div className="step-bar-row">
        <ol className="step-phases">
          {PHASES.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                className={`step-phase${step?.kind === kind ? ' is-current' : ''}`}
                aria-current={step?.kind === kind ? 'step' : undefined}
                disabled={phaseStart(kind) < 0}
                onClick={() => act.goTo(phaseStart(kind))}
                data-testid={`step-phase-${kind}`}
              >
                {t(PHASE_KEYS[kind])}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => act.move(-1)}
          disabled={stepIndex <= 0}
          data-testid="step-prev"
          title={t('stepThrough.prevTitle')}
        >
          {t('stepThrough.prev')}
        </button>
        <button
          type="button"
          onClick={() => act.setPlaying(!playing)}
          disabled={steps.length === 0}
          data-testid="step-play"
          aria-pressed={playing}
        >
          {playing ? t('stepThrough.pause') : t('stepThrough.play')}
        </button>
        <button
          type="button"
          onClick={() => act.move(1)}
          disabled={stepIndex >= steps.length - 1}
          data-testid="step-next"
          title={t('stepThrough.nextTitle')}
        >
          {t('stepThrough.next')}
        </button>
        <button
          type="button"
          className="step-apply"
          onClick={() => void applyStep()}
          disabled={busy || !answer}
          title={t('stepThrough.applyTitle')}
          data-testid="step-apply"
        >
          {t('stepThrough.apply')}
        </button>
        <button
          type="button"
          className="step-bar-leave"
          onClick={act.leave}
          title={t('stepThrough.leaveTitle')}
          data-testid="step-leave"
        >
          {t('stepThrough.leave')}
        </button>
      </div>
      <div className="step-bar-row step-bar-about">
        <span className="step-bar-where" data-testid="step-where" aria-live="polite">
          {step
            ? t('stepThrough.where', {
                phase: t(PHASE_KEYS[step.kind]),
                node: nodeLabel(step.nodeId),
                n: Math.min(stepIndex, steps.length - 1) + 1,
                total: steps.length,
              })
            : busy
              ? t('stepThrough.busy')
              : ''}
        </span>
        {applied && (
          <span className="step-applied" data-testid="step-applied">
            {t('stepThrough.applied', {
              before: formatValue([applied.lossBefore]),
              after: formatValue([applied.lossAfter]),
            })}
            <span hidden data-testid="step-loss-before">
              {applied.lossBefore}
            </span>
            <span hidden data-testid="step-loss-after">
              {applied.lossAfter}
            </span>
          </span>
        )}
        <span className="step-bar-sample" data-testid="step-sample">
          {caption}
        </span>
        {answer && (
          <span className="step-bar-epoch">
            {answer.epoch === 0 ? t('stepThrough.initialWeights') : t('stepThrough.epochAt', { count: answer.epoch })}
          </span>
        )}
      </div>
      {error && (
        <p className="step-bar-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
