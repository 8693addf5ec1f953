/**
 * `npm start`: the desktop app in development (electron-vite dev, hot reload) when the Electron binary is
 * installed; otherwise one sentence on what is missing and how to get it, and the browser build to use instead.
 * Arguments after `npm start --` go to electron-vite.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { electronBinary } from './electron-binary';
import { chooseStart } from './start-choice';

const choice = chooseStart(electronBinary);
if (choice.kind === 'explain') {
  console.error(choice.message);
  process.exit(choice.exitCode);
}

const cli = createRequire(import.meta.url).resolve('electron-vite/bin/electron-vite.js');
const child = spawn(process.execPath, [cli, 'dev', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
