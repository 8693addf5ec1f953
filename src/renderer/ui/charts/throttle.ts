/**
 * The latest of a stream of values, handed on at most once per interval: the first at once (a chart draws
 * as soon as there is something to draw), the ones that come within the interval dropped but for the last,
 * which is handed on when the interval ends (so the chart always ends on the newest data).
 */
import type { Timers } from '../../../shared/timers';

/** How often a live chart redraws at most: a few times a second is all a learner can follow. */
export const CHART_UPDATE_MS = 500;

export interface Throttle<T> {
  /** Offers a new value; it is handed on now or at the end of the running interval. */
  push(value: T): void;
  /** Hands on a value still waiting, now, and starts a fresh interval. */
  flush(): void;
  /** Drops a value still waiting; nothing is handed on after this. */
  dispose(): void;
}

export function createThrottle<T>(timers: Timers, intervalMs: number, handOn: (value: T) => void): Throttle<T> {
  let timer: unknown = null;
  let waiting: { value: T } | null = null;
  let disposed = false;

  const tick = (): void => {
    timer = null;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    handOn(value);
    timer = timers.setTimeout(tick, intervalMs);
  };

  return {
    push(value) {
      if (disposed) return;
      if (timer === null) {
        handOn(value);
        timer = timers.setTimeout(tick, intervalMs);
      } else {
        waiting = { value };
      }
    },
    flush() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      if (waiting && !disposed) {
        const { value } = waiting;
        waiting = null;
        handOn(value);
      }
    },
    dispose() {
      disposed = true;
      waiting = null;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
