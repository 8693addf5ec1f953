import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, ja } from '../../../src/shared/i18n';
import { GLOSSARY } from '../../../src/shared/i18n/glossary';
import { NODE_KINDS } from '../../../src/engine/nodeKinds';
import { LOSS_KINDS } from '../../../src/engine';
import { DATASET_INFO } from '../../../src/engine/data';
import { EXPORT_FORMAT_INFO } from '../../../src/export';
import { ENCODING_GUESSES } from '../../../src/project/text-decode';
import { FS_ACTIONS } from '../../../src/main/fs-errors';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const EN = flatten(en as unknown as Tree);
const JA = flatten(ja as unknown as Tree);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/shared[\\/]i18n[\\/](en|ja)[\\/]/.test(path) ? [path] : [];
  });
}
const SOURCE = sourceFiles('src')
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

/** i18next picks plural and context forms by suffix; the code names the base key. */
const baseKey = (key: string) => key.replace(/_(one|other|zero|two|few|many)$/, '');

/**
 * Keys the code builds at run time, and how to tell that one is used: a problem's code appears as a string in
 * the engine or the project format, a node kind is one of the engine's kinds.
 */
const DYNAMIC: Array<[RegExp, (key: string) => boolean]> = [
  [/^problems\./, (key) => SOURCE.includes(`'${key.slice('problems.'.length).split('_')[0]}'`)],
  [/^palette\.description\./, (key) => key.split('.')[2] in NODE_KINDS],
  [/^losses\./, (key) => key.split('.')[1] in LOSS_KINDS],
  [/^nodeKinds\./, (key) => key.split('.')[1] === 'unknown' || key.split('.')[1] in NODE_KINDS],
  [/^severity\./, (key) => SOURCE.includes(`'${key.split('.')[1]}'`)],
  [/^menu\.[A-Z]/, (key) => SOURCE.includes(`'${key.split('.')[1]}'`)],
  // Worded by a value the code holds: a run's status or end, a compared parameter, a dataset kind, an
  // export format's files, an example's id.
  [/^compare\.(state|end|what|choice)\./, (key) => SOURCE.includes(`'${key.split('.')[2]}'`)],
  [/^datasets\./, (key) => key.split('.')[1] in DATASET_INFO],
  [/^exportDialog\.formats\./, (key) => key.split('.')[2] in EXPORT_FORMAT_INFO],
  [/^jsonSyntax\.(expected\.|empty|truncated)/, (key) => SOURCE.includes(`'${key.split('.').at(-1)}'`)],
  [/^encodingGuess\./, (key) => key.split('.')[1] in ENCODING_GUESSES],
  // A schema problem's owner (the kind of list item) and what was found there (project/paths.ts's foundKind).
  [/^schema\.(owner|found)\./, (key) => SOURCE.includes(`'${key.split('.')[2]}'`)],
  // What main was doing with a file when it failed (src/main/fs-errors.ts).
  [/^fs\.(failed|failedIn)\./, (key) => (FS_ACTIONS as readonly string[]).includes(key.split('.')[2])],
  [/^migrationFailure\./, (key) => SOURCE.includes(`'${key.split('.')[1]}'`)],
  [/^formula\.loss\./, (key) => key.split('.')[2] in LOSS_KINDS],
  [/^examples\./, (key) => SOURCE.includes(`'${key.split('.')[1]}'`)],
];

describe('the message catalogue', () => {
  it('has every key in both languages', () => {
    expect([...JA.keys()].filter((k) => !EN.has(k))).toEqual([]);
    expect([...EN.keys()].filter((k) => !JA.has(k))).toEqual([]);
  });

  it('has no empty sentence and keeps every {{placeholder}} in both languages', () => {
    for (const [key, text] of EN) {
      const ja = JA.get(key)!;
      expect(text.trim(), key).not.toBe('');
      expect(ja.trim(), key).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
      expect(holes(ja), key).toEqual(holes(text));
    }
  });

  it('has no key the code never uses', () => {
    const unused = [...EN.keys()].filter((key) => {
      const dynamic = DYNAMIC.find(([pattern]) => pattern.test(key));
      if (dynamic) return !dynamic[1](key);
      const base = baseKey(key);
      return !SOURCE.includes(`'${base}'`) && !SOURCE.includes(`"${base}"`) && !SOURCE.includes(`\`${base}\``);
    });
    expect(unused).toEqual([]);
  });

  it('uses the glossary: an English term in a sentence means its Japanese term in the translation', () => {
    const misses: string[] = [];
    for (const [key, text] of EN) {
      for (const term of GLOSSARY) {
        const pattern = new RegExp(`\\b${term.en.replace(/[-]/g, '\\-')}\\b`, 'i');
        if (pattern.test(text) && !JA.get(key)!.includes(term.ja)) misses.push(`${key}: "${term.en}" → ${term.ja}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('keeps layer kinds recognisable: the Japanese title carries the English name', () => {
    for (const kind of Object.keys(NODE_KINDS)) {
      const title = JA.get(`nodeKinds.${kind}.title`)!;
      expect(title).toContain(`(${EN.get(`nodeKinds.${kind}.title`)!})`);
    }
    expect(JA.get('nodeKinds.dense.title')).toBe('全結合 (Dense)');
  });
});
