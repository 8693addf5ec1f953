/**
 * The two timer functions that debounced work needs, as an interface so tests can drive time by hand.
 * Shared by the main process (backup writer) and the renderer (backup scheduling).
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
