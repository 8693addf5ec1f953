/**
 * `value`, redrawn at most once per `intervalMs` (see throttle.ts). While `live` is false (a run paused,
 * finished or not started) every value passes at once, so a finished run's charts show its last epoch in
 * the same render as the status that says it finished.
 */
import { useEffect, useRef, useState } from 'react';
import { realTimers } from '../../../shared/timers';
import { CHART_UPDATE_MS, createThrottle, type Throttle } from './throttle';

export function useThrottled<T>(value: T, live: boolean, intervalMs = CHART_UPDATE_MS): T {
  const [shown, setShown] = useState(value);
  const throttle = useRef<Throttle<T> | null>(null);

  useEffect(() => {
    const t = createThrottle<T>(realTimers, intervalMs, setShown);
    throttle.current = t;
    return () => {
      t.dispose();
      throttle.current = null;
    };
  }, [intervalMs]);

  useEffect(() => {
    if (!live) {
      // Nothing waits any more, and `shown` is current for when the run goes live again.
      throttle.current?.flush();
      setShown(value);
      return;
    }
    throttle.current?.push(value);
  }, [value, live]);

  // Not live: the value itself, in this very render (no extra render, no frame with stale data).
  return live ? shown : value;
}
