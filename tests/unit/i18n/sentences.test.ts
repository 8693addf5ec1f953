/**
 * No English sentence hard-coded in the renderer's logic either (literals.test.ts covers JSX): a string or
 * template literal anywhere in src/renderer that reads like a sentence — a capitalised word followed by two or
 * more words, or words ending in '.', '?' or '…' — must come from the catalogue through t(). What is written
 * to the developer console is not for the learner and is not checked. The few English sentences that stay
 * are listed below, each with the reason it may.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** A capitalised word and two more words ("Use a whole number"), or words that end a sentence. */
const SENTENCE = /^\p{Lu}\p{Ll}+(?:\s+\S*\p{L}\S*){2,}/u;
const ENDS_SENTENCE = /\p{L}\S*\s+\S.*[.?…]$/su;

/**
 * English that may stay, by file and the start of the literal: developer-only invariants, and the English
 * twins of coded problems (the `coded(code, params, englishTwin)` pattern), which the views word from the code.
 */
const ALLOWED: ReadonlyArray<readonly [file: string, text: string, reason: string]> = [
  ['document/templates.ts', '', 'English defaults of the examples.* entries; an invariant on template ids'],
  ['platform/browser.ts', 'That recent file', 'twin of browser-recent-gone'],
  ['platform/browser.ts', 'Layerwise opens only https', 'twin of link-not-https'],
  ['platform/browser.ts', 'That unsaved work', 'twin of browser-backup-gone'],
  ['platform/electron.ts', '{} cannot be saved', 'twin of download-unsupported'],
  ['platform/electron.ts', 'Layerwise opens only https', 'twin of link-not-https'],
  ['platform/key-value-store.ts', 'The browser refused', 'twin of browser-storage-refused'],
  ['run/dataPreview.ts', 'Choose a CSV file', 'twin of csv-not-chosen'],
  ['run/runDriver.ts', 'Stopped before training began.', 'twin of run-not-started'],
  ['features/compare/compareSession.ts', 'Stopped before it started.', 'twin of variant-not-started'],
  // Written to the project file only, where run messages are the engine's English; a reopened variant shows its end.
  ['features/compare/projectShape.ts', 'This variant', "a saved run's message, never shown"],
  ['run/runDriver.ts', 'No network has been trained yet.', 'the weights views catch it and ask again'],
  ['run/trainingClient.ts', 'The training worker was closed.', 'rejects callers of a disposed client'],
  ['ui/charts/confusion.ts', '', 'invariants of the matrix builder (same lengths, known classes)'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const isConsoleCall = (node: ts.Node): boolean =>
  ts.isCallExpression(node) &&
  ts.isPropertyAccessExpression(node.expression) &&
  ts.isIdentifier(node.expression.expression) &&
  node.expression.expression.text === 'console';

interface Sentence {
  path: string;
  line: number;
  /** The literal, trimmed, a template's holes written as {}. */
  words: string;
}

/** Every sentence-like literal of one .ts/.tsx file, allowed or not. */
function sentencesOf(path: string, text: string): Sentence[] {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found: Sentence[] = [];
  const visit = (node: ts.Node): void => {
    if (isConsoleCall(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isLiteralTypeNode(node)) return;
    let literal: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    if (ts.isTemplateExpression(node))
      literal = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('{}');
    const words = literal?.trim();
    if (words !== undefined && (SENTENCE.test(words) || ENDS_SENTENCE.test(words)))
      found.push({
        path: path.replaceAll('\\', '/'),
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        words,
      });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const allows = ([file, text]: (typeof ALLOWED)[number], s: Sentence) =>
  `src/renderer/${file}` === s.path && s.words.startsWith(text);

/** The sentence-like literals of one file that the allowlist does not name, each as `path:line: "text"`. */
export function sentenceLiterals(path: string, text = readFileSync(path, 'utf8')): string[] {
  return sentencesOf(path, text)
    .filter((s) => !ALLOWED.some((a) => allows(a, s)))
    .map((s) => `${s.path}:${s.line}: ${JSON.stringify(s.words)}`);
}

describe('renderer logic holds no literal sentences', () => {
  it('finds sentences in plain code, and not keys, ids, class names or console output', () => {
    const sample = [
      "if (text.trim() === '') return 'Enter a number.';",
      'showStatus(`Cut ${n} nodes.`);',
      "const label = parameter.nodeId ? `Activation of ${node}` : 'Activation of all hidden layers';",
      "throw new Error('Why would anyone do that?');",
    ].join('\n');
    expect(sentenceLiterals('sample.ts', sample)).toEqual([
      'sample.ts:1: "Enter a number."',
      'sample.ts:2: "Cut {} nodes."',
      'sample.ts:3: "Activation of all hidden layers"',
      'sample.ts:4: "Why would anyone do that?"',
    ]);
    const fine = [
      "import { x } from '../../engine';",
      "t('compare.about.activationAll', { node });",
      "const className = 'nodrag problem-badge';",
      "const kind: 'Dense layer' | 'x' = 'x';",
      'console.warn(`Layerwise could not back up unsaved work: ${reason}.`);',
      'const tex = `z_j = \\sum_i w_{i,j} x_i`;',
      "const name = 'Leaky ReLU';",
    ].join('\n');
    expect(sentenceLiterals('sample.ts', fine)).toEqual([]);
  });

  it('has none in any renderer file outside the allowlist', () => {
    expect(sourceFiles('src/renderer').flatMap((f) => sentenceLiterals(f))).toEqual([]);
  });

  it('keeps its allowlist true: every entry still names a sentence', () => {
    const files = [...new Set(ALLOWED.map(([file]) => `src/renderer/${file}`))];
    const all = files.flatMap((f) => sentencesOf(f, readFileSync(f, 'utf8')));
    const stale = ALLOWED.filter((a) => !all.some((s) => allows(a, s)));
    expect(stale.map(([file, text]) => `${file}: ${text}`)).toEqual([]);
  });
});
