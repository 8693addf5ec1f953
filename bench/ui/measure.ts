/**
 * What the UI bench measures in the page: every main-thread task over 50 ms (a `longtask` observer), and
 * each update of one chart (a change of its plot's `data-epochs`), so the busy time can be divided per update.
 * The busy time itself comes from a Chromium trace: the sum of the renderer main thread's tasks.
 */
import { loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type Browser, type Page } from '@playwright/test';

export interface UiFigures {
  longTasks: number[];
  /** The long tasks that started after the first chart update was drawn (the "after the first draw"). */
  longTasksAfterFirstDraw: number[];
  updates: number;
  busyMs: number;
  /** The main thread's CPU time in tasks. */
  cpuMs: number;
  /** CPU time of the main thread's costliest task, and how many took more than 16 ms of CPU (a frame). */
  longestCpuMs: number;
  cpuOver16: number;
  wallMs: number;
  /** The machine's load average over the last minute, when measured (other processes inflate wall times). */
  load: number;
  /** Epochs the chart showed at the end (its `data-epochs`). */
  epochs: number;
}

/** Starts the long-task observer and counts changes of `data-epochs` on the plot matched by `plotSelector`. */
export async function startObserving(page: Page, plotSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const w = window as unknown as {
      __bench: { longTasks: { start: number; duration: number }[]; updates: number; firstDrawnAt: number };
    };
    w.__bench = { longTasks: [], updates: 0, firstDrawnAt: Number.POSITIVE_INFINITY };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: false });
    const watch = () => {
      const plot = document.querySelector(selector);
      if (!plot) return false;
      new MutationObserver(() => {
        w.__bench.updates += 1;
        // The first update is drawn in the frame after the task that changed the chart.
        if (w.__bench.updates === 1) requestAnimationFrame(() => (w.__bench.firstDrawnAt = performance.now()));
      }).observe(plot, { attributeFilter: ['data-epochs'] });
      return true;
    };
    // The plot may appear only once the run starts.
    if (!watch()) {
      const wait = new MutationObserver(() => {
        if (watch()) wait.disconnect();
      });
      wait.observe(document.body, { childList: true, subtree: true });
    }
  }, plotSelector);
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** Thread (CPU) time of the event, where the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Milliseconds the page's main thread spent in tasks, from a Chromium trace: wall time, and CPU time (which
 * a machine loaded by other processes inflates much less).
 */
function mainThreadBusyMs(trace: Buffer): { busyMs: number; cpuMs: number; longestCpuMs: number; cpuOver16: number } {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's main thread is the renderer main thread that ran the most tasks (an idle one may be listed too).
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let most = 0;
  let busiest = { busyMs: Number.NaN, cpuMs: Number.NaN, longestCpuMs: Number.NaN, cpuOver16: Number.NaN };
  for (const main of mains) {
    let us = 0;
    let cpuUs = 0;
    let tasks = 0;
    let longestCpuUs = 0;
    let cpuOver16 = 0;
    for (const e of events) {
      if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.name !== 'RunTask') continue;
      us += e.dur ?? 0;
      cpuUs += e.tdur ?? 0;
      longestCpuUs = Math.max(longestCpuUs, e.tdur ?? 0);
      if ((e.tdur ?? 0) > 16_000) cpuOver16 += 1;
      tasks += 1;
    }
    if (tasks > most)
      [most, busiest] = [
        tasks,
        { busyMs: us / 1000, cpuMs: cpuUs / 1000, longestCpuMs: longestCpuUs / 1000, cpuOver16 },
      ];
  }
  return busiest;
}

/** Runs `during` with the page traced and observed; returns what was measured. */
export async function measure(
  browser: Browser,
  page: Page,
  plotSelector: string,
  during: () => Promise<void>,
): Promise<UiFigures> {
  await startObserving(page, plotSelector);
  // BENCH_UI_PROFILE=<folder> also keeps the trace and a JS CPU profile of each view there, to find what a
  // costly task was doing (scripts/ui-profile.mjs lines them up).
  const keepIn = process.env.BENCH_UI_PROFILE;
  const cdp = keepIn ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const started = Date.now();
  await during();
  const wallMs = Date.now() - started;
  const trace = await browser.stopTracing();
  if (cdp && keepIn) {
    const { profile } = await cdp.send('Profiler.stop');
    const name = test.info().title.replace(/[^\w-]+/g, '-');
    mkdirSync(keepIn, { recursive: true });
    writeFileSync(join(keepIn, `${name}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(join(keepIn, `${name}.trace.json`), trace);
  }
  const seen = await page.evaluate((selector) => {
    const w = window as unknown as {
      __bench: { longTasks: { start: number; duration: number }[]; updates: number; firstDrawnAt: number };
    };
    const epochs = Number(document.querySelector(selector)?.getAttribute('data-epochs') ?? 0);
    const { longTasks, firstDrawnAt } = w.__bench;
    return {
      longTasks: longTasks.map((t) => t.duration),
      longTasksAfterFirstDraw: longTasks.filter((t) => t.start >= firstDrawnAt).map((t) => t.duration),
      updates: w.__bench.updates,
      epochs,
    };
  }, plotSelector);
  return { ...seen, ...mainThreadBusyMs(trace), wallMs, load: loadavg()[0] };
}

/** One line per view, for the README's table. */
export function report(view: string, f: UiFigures): string {
  const longest = f.longTasks.length ? Math.max(...f.longTasks) : 0;
  const over50 = f.longTasks.filter((d) => d > 50).length;
  const later = f.longTasksAfterFirstDraw;
  const longestLater = later.length ? Math.max(...later) : 0;
  const per = (ms: number) => (f.updates > 0 ? ms / f.updates : Number.NaN).toFixed(1);
  return (
    `bench:ui ${view}: longest task ${longest.toFixed(0)} ms, ${over50} over 50 ms in ${(f.wallMs / 1000).toFixed(1)} s ` +
    `(after the first draw: ${longestLater.toFixed(0)} ms, ${later.filter((d) => d > 50).length} over 50 ms) ` +
    `(${f.epochs} epochs shown); costliest task ${f.longestCpuMs.toFixed(0)} ms of CPU, ${f.cpuOver16} over 16 ms; ` +
    `${f.updates} chart updates, main thread busy ${f.busyMs.toFixed(0)} ms wall / ${f.cpuMs.toFixed(0)} ms CPU ` +
    `(${per(f.busyMs)} / ${per(f.cpuMs)} ms per update); load average ${f.load.toFixed(1)}`
  );
}
