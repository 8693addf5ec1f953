/**
 * One size limit and one depth limit, checked on save as on open (issue 12, defect 7): a project that saves
 * always opens again, and a project that opens always saves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_JSON_DEPTH,
  MAX_PROJECT_BYTES,
  ProjectSaveError,
  parseProject,
  serializeProject,
} from '../../../src/project';

function xor() {
  const parsed = parseProject(readFileSync('examples/xor.nnproj', 'utf8'), 'xor.nnproj');
  if (!parsed.ok) throw new Error('examples/xor.nnproj does not parse');
  return parsed.project;
}

describe('limits on save match the limits on open', () => {
  it('refuses to save a project larger than a file may be, saying which limit', () => {
    const project = xor();
    const big = {
      ...project,
      dataset: { ...project.dataset, kind: 'csv' as const, text: 'a'.repeat(MAX_PROJECT_BYTES) },
    };
    const error = (() => {
      try {
        serializeProject(big);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ProjectSaveError);
    expect((error as Error).message).toMatch(
      /it would be 200\.0 MB \([\d,]+ bytes\), larger than the 200 MB \(209,715,200 bytes\)/,
    );
  });

  it('refuses to save a field nested deeper than the open limit, instead of overflowing the stack', () => {
    let deep: unknown = 1;
    for (let k = 0; k < 5000; k++) deep = { a: deep };
    const project = { ...xor(), extra: deep };
    expect(() => serializeProject(project)).toThrow(ProjectSaveError);
    expect(() => serializeProject(project)).toThrow(`nested more than ${MAX_JSON_DEPTH} levels deep`);
  });

  it('what the save limit lets through opens again', () => {
    let deep: unknown = 1;
    for (let k = 0; k < MAX_JSON_DEPTH - 2; k++) deep = { a: deep };
    const text = serializeProject({ ...xor(), extra: deep });
    expect(parseProject(text, 'deep.nnproj').ok).toBe(true);
  });
});
