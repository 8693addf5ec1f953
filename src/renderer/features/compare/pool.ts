/**
 * A small pool that runs variant jobs on a fixed set of workers: each worker takes the next job when its
 * current one ends, so at most `workers.length` variants train at once and none waits while a worker idles.
 */

/** Workers to start: the machine's cores (at least 1), never more than there are variants. */
export function poolSize(hardwareConcurrency: number | undefined, variants: number): number {
  const cores =
    Number.isFinite(hardwareConcurrency) && (hardwareConcurrency ?? 0) >= 1 ? Math.floor(hardwareConcurrency!) : 1;
  return Math.max(1, Math.min(cores, variants));
}

/**
 * Runs jobs 0..jobs-1, each on whichever worker is free. A job that throws does not stop the others.
 * `cancelled` is checked before each job starts: after Stop all, queued jobs are never started.
 */
export async function runInPool<W>(
  jobs: number,
  workers: readonly W[],
  run: (job: number, worker: W) => Promise<void>,
  cancelled: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const lane = async (worker: W): Promise<void> => {
    while (next < jobs && !cancelled()) {
      const job = next++;
      try {
        await run(job, worker);
      } catch {
        // The job reports its own failure (in the store); the lane moves on to the next variant.
      }
    }
  };
  await Promise.all(workers.map(lane));
}
