/** Entry point of `npm run validate`; the command itself lives in validate-command.ts. */
import { validate } from './validate-command';
import { invocationFolder } from './io';

process.exitCode = await validate(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: invocationFolder(),
});
