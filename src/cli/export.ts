/** Entry point of `npm run export`; the command itself lives in export-command.ts. */
import { exportProject } from './export-command';
import { invocationFolder } from './io';

process.exitCode = await exportProject(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: invocationFolder(),
});
