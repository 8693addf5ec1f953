/**
 * What a command needs from the outside world, passed in rather than taken from `process`, so the tests can
 * run every command in-process with string buffers and a controllable stop signal.
 */
import { wordError } from './i18n';

/** The part of a writable stream the commands use. `isTTY` switches train to a progress bar redrawn in place. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** Terminal width in characters, when known. */
  columns?: number;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Folder that relative file arguments are resolved against. Defaults to process.cwd(). */
  cwd?: string;
  /** Aborted when the user asks to stop (Ctrl-C): train stops after the current batch and still saves. */
  signal?: AbortSignal;
  /** Clock in milliseconds, for the time-left estimate. Defaults to performance.now. */
  now?: () => number;
}

/**
 * The folder the user ran the command in. npm runs a script from the package's root, not from where it was
 * typed, and records the original folder in INIT_CWD; `cd examples && npm run validate -- xor.nnproj` must
 * look for examples/xor.nnproj. Outside an npm script INIT_CWD may be inherited and stale, so it counts only
 * while npm_lifecycle_event says a script is running.
 */
export function invocationFolder(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return env.npm_lifecycle_event && env.INIT_CWD ? env.INIT_CWD : cwd;
}

/** Exit statuses shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID_INPUT = 2;

/**
 * A problem with what the user gave us (arguments, a file, a CSV): reported on stderr and exits with 2.
 * `lines` holds one message per problem, each already naming where it is.
 */
export class InvalidInputError extends Error {
  readonly lines: string[];

  constructor(lines: string | string[]) {
    const all = typeof lines === 'string' ? [lines] : lines;
    super(all.join('\n'));
    this.name = 'InvalidInputError';
    this.lines = all;
  }
}

/**
 * Runs a command body and turns what it throws into an exit status and stderr lines: 2 for invalid input,
 * 1 for anything else (a bug or an I/O failure), so every command reports failures the same way.
 */
export async function runCommand(io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof InvalidInputError) {
      for (const line of error.lines) io.stderr.write(`${line}\n`);
      return EXIT_INVALID_INPUT;
    }
    // A coded problem (a dataset the engine could not build) in the CLI's language; anything else as it is.
    io.stderr.write(`${wordError(error)}\n`);
    return EXIT_FAILURE;
  }
}
