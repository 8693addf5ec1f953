import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateJsonPath, locateJsonPaths, parseJsonPath, type JsonPath } from '../../../src/cli/json-locate';

const text = `{
  "a": { "b": [1, {"c": "x,]}"}, 3] },
  "d e": [ [], {"f": null} ],
  "g": -1.5e3
}`;

describe('locateJsonPath', () => {
  it('parses the paths src/project writes', () => {
    expect(parseJsonPath('graph.nodes[2].params["my key"]')).toEqual(['graph', 'nodes', 2, 'params', 'my key']);
    expect(parseJsonPath('')).toEqual([]);
    expect(parseJsonPath('a..b')).toBeNull();
  });

  it('finds values past strings holding brackets and commas, nested arrays and numbers', () => {
    expect(locateJsonPath(text, ['a', 'b', 2])).toEqual({ line: 2, column: 34 });
    expect(locateJsonPath(text, ['a', 'b', 1, 'c'])).toEqual({ line: 2, column: 25 });
    expect(locateJsonPath(text, ['d e', 1, 'f'])).toEqual({ line: 3, column: 22 });
    expect(locateJsonPath(text, ['g'])).toEqual({ line: 4, column: 8 });
  });

  it('points at the deepest part that exists when the rest is missing', () => {
    expect(locateJsonPath(text, ['a', 'missing', 'x'])).toEqual({ line: 2, column: 8 });
    expect(locateJsonPath(text, ['a', 'b', 9])).toEqual({ line: 2, column: 15 });
  });

  it('returns null for text that is not JSON', () => {
    expect(locateJsonPath('{"x": "unterminated', ['a'])).toBeNull();
  });
});

describe('locateJsonPaths (one pass for many problems; issue 12, defect 4)', () => {
  it('places every path where locateJsonPath places it alone, missing ones included', () => {
    const text = readFileSync('examples/spiral-activations.nnproj', 'utf8');
    const json = JSON.parse(text) as { graph: { nodes: unknown[]; edges: unknown[] } };
    const paths: JsonPath[] = [['graph'], ['name'], ['nope'], ['graph', 'nodes', 99], ['training', 'learningRate']];
    json.graph.nodes.forEach((_, k) =>
      paths.push(['graph', 'nodes', k, 'params'], ['graph', 'nodes', k, 'params', 'missing']),
    );
    json.graph.edges.forEach((_, k) => paths.push(['graph', 'edges', k, 'target']));
    const together = locateJsonPaths(text, paths);
    expect(together).toEqual(paths.map((p) => locateJsonPath(text, p)));
    expect(new Set(together?.map((p) => p.line)).size).toBeGreaterThan(10);
  });

  it('counts lines after CRLF, lone CR and a byte-order mark like lineAndColumn', () => {
    const text = '\uFEFF{\r\n  "a": 1,\r  "b": [1, {"c": "é😀"}]\n}';
    const paths: JsonPath[] = [['a'], ['b', 1, 'c'], ['b', 0]];
    expect(locateJsonPaths(text, paths)).toEqual(paths.map((p) => locateJsonPath(text, p)));
  });
});
