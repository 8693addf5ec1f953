/** Runs CLI commands in-process with string buffers for stdout and stderr. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../src/cli/io';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

export async function run(command: Command, argv: string[], extra: Partial<CliIo> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await command(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    ...extra,
  });
  return { code, stdout, stderr };
}

/** The JSON lines train --json printed. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'layerwise-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const EXAMPLES = ['xor', 'circle', 'spiral-activations', 'sine', 'iris', 'digits-mlp', 'overfitting'] as const;
