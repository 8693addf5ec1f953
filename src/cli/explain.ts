/** Entry point of `npm run explain`; the command itself lives in explain-command.ts. */
import { explain } from './explain-command';
import { invocationFolder } from './io';

process.exitCode = await explain(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: invocationFolder(),
});
