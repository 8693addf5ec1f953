/**
 * What the main thread's costly tasks were doing, from what `BENCH_UI_PROFILE=<folder> npm run bench:ui`
 * keeps: for every task of the page's main thread that took more than `--over` ms of CPU (default 16), its
 * CPU time and the React components and functions its JS samples fell in, then the same summed over all
 * tasks. Usage: node scripts/ui-profile.mjs <folder>/<view> [--over 16]
 * (the view's .trace.json and .cpuprofile). A tool for finding costs, not part of any test.
 */
import { readFileSync } from 'node:fs';

const base = process.argv[2];
const overAt = process.argv.indexOf('--over');
const overMs = overAt > 0 ? Number(process.argv[overAt + 1]) : 16;
if (!base) {
  console.error('usage: node scripts/ui-profile.mjs <folder>/<view> [--over 16]');
  process.exit(2);
}
const events = JSON.parse(readFileSync(`${base}.trace.json`, 'utf8')).traceEvents;
const profile = JSON.parse(readFileSync(`${base}.cpuprofile`, 'utf8'));

// The page's main thread: the renderer main thread with the most tasks.
let main = null;
let most = 0;
for (const t of events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')) {
  const n = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask').length;
  if (n > most) [most, main] = [n, t];
}
const tasks = events
  .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask')
  .sort((a, b) => a.ts - b.ts);

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const isComponent = (name) => /^[A-Z][A-Za-z0-9]+$/.test(name);
/** The innermost React component of a sample's stack, and its own function. */
function describe(id) {
  const own = nodes.get(id).callFrame.functionName || '(anonymous)';
  for (let c = id; c !== undefined; c = parent.get(c)) {
    const name = nodes.get(c).callFrame.functionName;
    if (isComponent(name)) return { component: name, own };
  }
  return { component: '(no component)', own };
}
const samples = [];
let at = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i];
  const fn = nodes.get(profile.samples[i]).callFrame.functionName;
  if (fn !== '(idle)' && fn !== '(program)') samples.push({ at, id: profile.samples[i] });
}

const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
const overall = new Map();
let shown = 0;
let si = 0;
for (const task of tasks) {
  const cpu = (task.tdur ?? 0) / 1000;
  while (si < samples.length && samples[si].at < task.ts) si += 1;
  const components = new Map();
  const functions = new Map();
  for (let j = si; j < samples.length && samples[j].at <= task.ts + task.dur; j++) {
    const { component, own } = describe(samples[j].id);
    components.set(component, (components.get(component) ?? 0) + 1);
    functions.set(own, (functions.get(own) ?? 0) + 1);
    if (cpu > overMs) overall.set(component, (overall.get(component) ?? 0) + 1);
  }
  if (cpu <= overMs) continue;
  shown += 1;
  const when = ((task.ts - tasks[0].ts) / 1e6).toFixed(2);
  console.log(`${cpu.toFixed(1).padStart(5)} ms CPU (${(task.dur / 1000).toFixed(0)} wall) at ${when} s`);
  console.log(`   components (samples): ${top(components, 8)}`);
  console.log(`   functions: ${top(functions, 8)}`);
}
console.log(
  `${shown} of ${tasks.length} tasks over ${overMs} ms of CPU; their samples by component: ${top(overall, 15)}`,
);
