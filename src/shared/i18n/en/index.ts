/**
 * The English catalogue: every sentence the app, its native menu and the command line show. Keys are grouped
 * by where the words appear; `problems.*` words the engine's and the project format's problems by their
 * stable `code` (see ../problems.ts). ja/ has the same keys (a unit test checks both ways).
 */
import { enApp } from './app';
import { enProblems } from './problems';
import { enEditor } from './editor';
import { enCompare } from './compare';
import { enDialogs } from './dialogs';
import { enData } from './data';
import { enTraining } from './training';
import { enCli } from './cli';

export const en = {
  ...enApp,
  ...enProblems,
  ...enEditor,
  ...enCompare,
  ...enDialogs,
  ...enData,
  ...enTraining,
  ...enCli,
} as const;
