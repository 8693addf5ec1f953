/** Entry point of `npm run predict`; the command itself lives in predict-command.ts. */
import { predict } from './predict-command';
import { invocationFolder } from './io';

process.exitCode = await predict(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: invocationFolder(),
});
