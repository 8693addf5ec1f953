/**
 * Coalesces rapid edits into one backup write a short while after the last one.
 *
 * Why it exists: the renderer reports every edit, but writing the whole project to disk on each keystroke or
 * drag would be wasteful. The writer waits `delayMs` after the latest value (so a backup lands within that
 * time of the last edit), never runs two writes at once, and always writes the newest value last. `cancel`
 * drops a pending value (after a clean save, the backup must not come back); `flush` writes it now.
 */
import { realTimers, type Timers } from '../shared/timers';
export type { Timers };

export function createDebouncedWriter<T>(
  write: (value: T) => Promise<void>,
  delayMs: number,
  onError: (error: unknown) => void,
  timers: Timers = realTimers,
) {
  let pending: { value: T } | null = null;
  let timer: unknown = null;
  let running: Promise<void> = Promise.resolve();

  function run(): Promise<void> {
    timer = null;
    const next = pending;
    pending = null;
    if (!next) return running;
    running = running.then(() => write(next.value)).catch(onError);
    return running;
  }

  return {
    schedule(value: T): void {
      pending = { value };
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(() => void run(), delayMs);
    },
    /** Writes a pending value immediately; resolves when every write so far has finished. */
    flush(): Promise<void> {
      if (timer !== null) timers.clearTimeout(timer);
      return run();
    },
    /** Forgets a pending value; resolves when a write already in progress has finished. */
    cancel(): Promise<void> {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      pending = null;
      return running;
    },
  };
}

export type DebouncedWriter<T> = ReturnType<typeof createDebouncedWriter<T>>;
