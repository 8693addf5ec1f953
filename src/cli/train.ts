/**
 * Entry point of `npm run train`; the command itself lives in train-command.ts. The first Ctrl-C asks the
 * run to stop after the current batch (and still save --out); a second one quits at once.
 */
import { invocationFolder } from './io';
import { train } from './train-command';

const stop = new AbortController();
process.once('SIGINT', () => {
  process.stderr.write('\nStopping after the current batch… (press Ctrl-C again to quit without saving)\n');
  stop.abort();
  process.once('SIGINT', () => process.exit(130));
});

process.exitCode = await train(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  signal: stop.signal,
  cwd: invocationFolder(),
});
