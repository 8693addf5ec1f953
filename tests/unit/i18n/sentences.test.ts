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
const ALLOWED: ReadonlyArray<{ file: string; text: string; reason: string }> = [
  { file: 'src/renderer/document/templates.ts', text: '', reason: 'the examples.* catalogue entries default to these' },
  { file: 'src/renderer/platform/browser.ts', text: 'That recent file', reason: 'twin of browser-recent-gone' },
  { file: 'src/renderer/platform/browser.ts', text: 'Layerwise opens only https', reason: 'twin of link-not-https' },
  { file: 'src/renderer/platform/browser.ts', text: 'That unsaved work', reason: 'twin of browser-backup-gone' },
  { file: 'src/renderer/platform/electron.ts', text: '{} cannot be saved', reason: 'twin of download-unsupported' },
  { file: 'src/renderer/platform/electron.ts', text: 'Layerwise opens only https', reason: 'twin of link-not-https' },
  {
    file: 'src/renderer/platform/key-value-store.ts',
    text: 'The browser refused',
    reason: 'twin of browser-storage-refused',
  },
  { file: 'src/renderer/run/dataPreview.ts', text: 'Choose a CSV file', reason: 'twin of csv-not-chosen' },
  { file: 'src/renderer/run/runDriver.ts', text: 'Stopped before training began.', reason: 'twin of run-not-started' },
  {
    file: 'src/renderer/features/compare/compareSession.ts',
    text: 'Stopped before it started.',
    reason: 'twin of variant-not-started',
  },
  // Written to the project file only, where run messages are English (the engine's); the app shows a reopened
  // variant's end, never this message.
  { file: 'src/renderer/features/compare/projectShape.ts', text: 'This variant', reason: "a saved run's message" },
  // Rejections no view shows: the weights and gradients views catch them and wait for the next epoch.
  { file: 'src/renderer/run/runDriver.ts', text: 'No network has been trained yet.', reason: 'caught by the views' },
  // Rejections of a disposed client, whose callers are gone with it.
  { file: 'src/renderer/run/trainingClient.ts', text: 'The training worker was closed.', reason: 'no caller is left' },
  {
    file: 'src/renderer/ui/charts/confusion.ts',
    text: '',
    reason: 'invariants of the matrix builder (same lengths, classes)',
  },
  { file: 'src/renderer/document/templates.ts', text: 'There is no template', reason: 'an invariant: ids are ours' },
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

const allows = (a: (typeof ALLOWED)[number], s: Sentence) => a.file === s.path && s.words.startsWith(a.text);

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
    const all = [...new Set(ALLOWED.map((a) => a.file))].flatMap((f) => sentencesOf(f, readFileSync(f, 'utf8')));
    const stale = ALLOWED.filter((a) => !all.some((s) => allows(a, s)));
    expect(stale.map((a) => `${a.file}: ${a.text}`)).toEqual([]);
  });
});
