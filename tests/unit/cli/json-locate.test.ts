import { describe, expect, it } from 'vitest';
import { locateJsonPath, parseJsonPath } from '../../../src/cli/json-locate';

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
