/**
 * Running the exported Python with Debian's /usr/bin/python3 (which has torch): whether it is there, writing
 * an export to a folder, and running a script to completion with a time limit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileBytes, type ExportFile } from '../../../src/export';

export const PYTHON = process.env.LAYERWISE_PYTHON ?? '/usr/bin/python3';

/** Why the PyTorch tests cannot run here, or null when python3 with torch is available. */
export function torchMissing(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import torch, numpy; print(torch.__version__)'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} cannot be started (${probe.error.message}); install python3 and python3-torch`;
  if (probe.status !== 0)
    return `${PYTHON} has no torch/numpy (${probe.stderr.trim().split('\n').pop()}); apt-get install python3-torch`;
  return null;
}

export function writeExport(dir: string, files: ExportFile[]): string {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.path), fileBytes(f));
  return dir;
}

export interface PythonResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runPython(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  timeoutMs = 120_000,
): Promise<PythonResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, args, { cwd, env: { ...process.env, OMP_NUM_THREADS: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** The JSON lines of a train.py run. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A loopback TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
