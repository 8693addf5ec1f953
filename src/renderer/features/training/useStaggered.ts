/**
 * Hands a set of values to the page one at a time, each in a task of its own.
 *
 * Every recharts chart, once it sees new data, recomputes its axes, ticks and text sizes in its own store
 * and re-renders synchronously; React cannot split that work. When the loss chart, the accuracy chart and
 * the output view all got a new epoch in the same render, their work piled up into one task that held the
 * main thread for 80–100 ms. Here each value is handed over in a transition started from its own macrotask,
 * and the next one only after the previous one was committed and a frame has passed: recharts' stores
 * notify React in the next animation frame, and all callbacks of one frame run in one task, so two charts
 * updated within the same frame would still redraw together.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import { nextStaggerIndex, replaceAt } from './stagger';

export function useStaggered<const T extends readonly unknown[]>(latest: T): T {
  const [shown, setShown] = useState<T>(latest);
  // The values last asked for: until React has committed them, nothing else is handed over, or two
  // hand-overs could land in the same render.
  const awaiting = useRef<T | null>(null);
  const cursor = useRef(-1);

  // No dependency list: the owner re-renders exactly when a latest value or `shown` changes.
  useEffect(() => {
    if (awaiting.current !== null && awaiting.current !== shown) return;
    awaiting.current = null;
    const index = nextStaggerIndex(shown, latest, cursor.current);
    if (index < 0) return;
    return afterNextFrame(() => {
      const next = replaceAt(shown, index, latest[index]);
      awaiting.current = next;
      cursor.current = index;
      startTransition(() => setShown(next));
    });
  });
  return shown;
}

/** The longest wait for a frame: a hidden window gets none, and its status line should still catch up. */
const FRAME_FALLBACK_MS = 100;

/**
 * Runs `run` in a task of its own after the next animation frame (or after FRAME_FALLBACK_MS when no frame
 * comes); returns a function that cancels it.
 */
function afterNextFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const go = () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, 0);
  };
  const frame = requestAnimationFrame(go);
  timer = setTimeout(go, FRAME_FALLBACK_MS);
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
