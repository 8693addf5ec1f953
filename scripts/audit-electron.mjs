#!/usr/bin/env node
/**
 * Electron security scan. Electronegativity always exits 0, so it writes a SARIF report and this script
 * fails on every result whose level is not `note`, printing each with its file and line.
 *
 * Usage: node scripts/audit-electron.mjs [--input DIR] [--output FILE]   (defaults: src, out/electronegativity.sarif)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const input = opt('--input', 'src');
const output = path.resolve(opt('--output', 'out/electronegativity.sarif'));
mkdirSync(path.dirname(output), { recursive: true });
rmSync(output, { force: true });

const require = createRequire(import.meta.url);
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
const electronVersion = require('electron/package.json').version;
const run = spawnSync(process.execPath, [cli, '-i', input, '-o', output, '-r', '-v', 'false', '-e', electronVersion], {
  encoding: 'utf8',
});
if (run.status !== 0) {
  process.stderr.write(run.stdout + run.stderr);
  console.error(`audit:electron: Electronegativity itself failed (exit ${run.status}) on ${input}`);
  process.exit(1);
}

let sarif;
try {
  sarif = JSON.parse(readFileSync(output, 'utf8'));
} catch (err) {
  console.error(`audit:electron: no readable SARIF report at ${output}: ${err.message}`);
  process.exit(1);
}
const rules = new Map();
const results = [];
for (const r of sarif.runs ?? []) {
  for (const rule of r.tool?.driver?.rules ?? []) rules.set(rule.id, rule);
  results.push(...(r.results ?? []));
}
const failures = results.filter(
  (r) => (r.level ?? rules.get(r.ruleId)?.defaultConfiguration?.level ?? 'warning') !== 'note',
);
for (const f of failures) {
  const loc = f.locations?.[0]?.physicalLocation;
  const where = loc ? `${loc.artifactLocation?.uri}:${loc.region?.startLine ?? '?'}` : '(no location)';
  console.error(`${where}  ${f.ruleId} [${f.level ?? 'warning'}] ${f.message?.text ?? ''}`);
}
console.log(
  `audit:electron: ${results.length} finding(s) in ${input}, ${failures.length} above 'note' (report: ${path.relative(process.cwd(), output)})`,
);
process.exit(failures.length > 0 ? 1 : 0);
