/**
 * Turns on the machine's cores for training workers that share it, so that one core stays with the page.
 *
 * A comparison trains its variants in as many workers as the machine has cores. Each worker alone is
 * CPU-bound; together they took every core, and the page's main thread waited for one: on two cores a
 * 30 ms redraw took 60–110 ms of wall time while four variants trained. With turns, the workers of one
 * comparison run their time slices (about 15 ms of batches each) at most `atOnce` at a time — the cores less
 * one — in the order they asked, through a ticket counter in a SharedArrayBuffer (so only where the page is
 * cross-origin isolated; elsewhere the workers run as before). Every variant still trains at once, each more
 * slowly; the numbers do not change (a variant's batches are its own, whatever waits between them).
 *
 * The buffer holds three counters: the next ticket, the turns ended, and how many turns may run at once.
 * A ticket may run while fewer than `atOnce` tickets before it have not ended; a turn ends even when its
 * slice throws. A worker terminated while it waits or runs never ends its turn: the next waiter that finds
 * no turn ended for `staleMs` counts one as ended, so the others slow down for a moment but never stop.
 */

const NEXT_TICKET = 0;
const ENDED = 1;
const AT_ONCE = 2;

/** Message that hands a worker its comparison's turns (sent before any training command). */
export interface CpuTurnsMessage {
  type: 'cpu-turns';
  buffer: SharedArrayBuffer;
}

export function isCpuTurnsMessage(data: unknown): data is CpuTurnsMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'cpu-turns' &&
    typeof SharedArrayBuffer !== 'undefined' &&
    (data as { buffer?: unknown }).buffer instanceof SharedArrayBuffer
  );
}

/** How many workers may run at once on a machine with `cores` cores: all but one, at least one. */
export function turnsAtOnce(cores: number | undefined): number {
  const n = Number.isFinite(cores) && (cores ?? 0) >= 1 ? Math.floor(cores!) : 1;
  return Math.max(1, n - 1);
}

/**
 * A fresh set of turns for the workers of one comparison, or null where memory cannot be shared (the page is
 * not cross-origin isolated) or where every worker has a core of its own and the page one more.
 */
export function createCpuTurns(
  workers: number,
  cores: number | undefined,
  isolated: boolean,
): SharedArrayBuffer | null {
  const atOnce = turnsAtOnce(cores);
  if (!isolated || typeof SharedArrayBuffer === 'undefined' || workers <= atOnce) return null;
  const buffer = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  new Int32Array(buffer)[AT_ONCE] = atOnce;
  return buffer;
}

/** Waits on `view[index]` while it holds `value`, for at most `ms` (Atomics.wait; injectable for tests). */
export type Wait = (view: Int32Array, index: number, value: number, ms: number) => 'ok' | 'not-equal' | 'timed-out';

export interface CpuTurns {
  /** Runs `slice` in this worker's next turn: blocks until fewer than `atOnce` earlier turns are running. */
  run(slice: () => void): void;
}

export function cpuTurns(buffer: SharedArrayBuffer, wait: Wait = Atomics.wait, staleMs = 2000): CpuTurns {
  const view = new Int32Array(buffer);
  return {
    run(slice) {
      const ticket = Atomics.add(view, NEXT_TICKET, 1);
      for (;;) {
        const ended = Atomics.load(view, ENDED);
        // Tickets before this one that have not ended are running or waiting: run when fewer than atOnce.
        if (((ticket - ended) | 0) < Atomics.load(view, AT_ONCE)) break;
        if (wait(view, ENDED, ended, staleMs) === 'timed-out') Atomics.compareExchange(view, ENDED, ended, ended + 1);
      }
      try {
        slice();
      } finally {
        Atomics.add(view, ENDED, 1);
        Atomics.notify(view, ENDED);
      }
    },
  };
}
