/**
 * No English sentence hard-coded in the renderer's JSX: text between tags and the user-facing attributes
 * (`title`, `aria-label`, `aria-valuetext`, `placeholder`, `alt`, and `label`, the UI kit's field label) must come from the catalogue through t(). A JSX text or
 * attribute string with a letter in it, or a string or template literal with letters written directly
 * inside such an attribute's braces, is a literal.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const USER_FACING = new Set(['title', 'aria-label', 'aria-valuetext', 'placeholder', 'alt', 'label']);
const LETTERS = /\p{L}/u;
/** Names that are the same in every language. */
const NAMES = new Set(['Layerwise', 'L2']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

/** The literal strings of one .tsx file, each with its line. */
export function jsxLiterals(path: string, text = readFileSync(path, 'utf8')): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(`${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const literalIn = (node: ts.Node): ts.Node | undefined => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      return LETTERS.test(node.text) ? node : undefined;
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      return parts.some((p) => LETTERS.test(p)) ? node : undefined;
    }
    if (ts.isConditionalExpression(node)) return literalIn(node.whenTrue) ?? literalIn(node.whenFalse);
    // Strings joined into what is shown; a comparison's strings (`type === 'dense'`) are never shown.
    const shownBy = [ts.SyntaxKind.PlusToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken];
    if (ts.isBinaryExpression(node) && shownBy.includes(node.operatorToken.kind))
      return literalIn(node.left) ?? literalIn(node.right);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
      return literalIn(node.right);
    if (ts.isParenthesizedExpression(node)) return literalIn(node.expression);
    return undefined;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text) && !NAMES.has(node.text.trim()))
      at(node, JSON.stringify(node.text.trim()));
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const literal = literalIn(node.expression);
      if (literal) at(literal, literal.getText());
    }
    if (ts.isJsxAttribute(node) && USER_FACING.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? LETTERS.test(init.text) && !NAMES.has(init.text)
          ? init
          : undefined
        : ts.isJsxExpression(init) && init.expression
          ? literalIn(init.expression)
          : undefined;
      if (literal) at(literal, `${node.name.getText()}=${literal.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('renderer JSX holds no literal sentences', () => {
  const files = tsxFiles('src/renderer');

  it('finds a literal in a JSX text node and in a user-facing attribute', () => {
    const sample = 'const A = () => <p title="Hello there" aria-label={`Add ${x}`}>Ready to train<b>{t("ok")}</b></p>;';
    expect(jsxLiterals('sample.tsx', sample)).toHaveLength(3);
    expect(jsxLiterals('sample.tsx', 'const A = () => <p title={t("a")}>{t("b")} · {count}</p>;')).toEqual([]);
  });

  it('has none in any renderer file', () => {
    expect(files.flatMap((f) => jsxLiterals(f))).toEqual([]);
  });
});
