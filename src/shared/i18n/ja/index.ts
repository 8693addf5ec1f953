/**
 * 日本語のカタログ。学習者向けに、分野の標準的な用語（../glossary.ts）を一貫して使う。
 * Keys mirror en/ exactly; the types make a missing or extra key a compile error, and a unit test checks
 * the glossary terms.
 */
import type { Catalogue } from '../catalogue';
import { jaApp } from './app';
import { jaProblems } from './problems';
import { jaEditor } from './editor';
import { jaCompare } from './compare';
import { jaDialogs } from './dialogs';
import { jaData } from './data';
import { jaTraining } from './training';
import { jaCli } from './cli';

export const ja: Catalogue = {
  ...jaApp,
  ...jaProblems,
  ...jaEditor,
  ...jaCompare,
  ...jaDialogs,
  ...jaData,
  ...jaTraining,
  ...jaCli,
};
