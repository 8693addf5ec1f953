/**
 * Where a value sits in a JSON text, as a line and column, so that a schema problem reported by JSON path
 * ("graph.nodes[2].params.units") or a compile problem about a node can point at the line to edit:
 * `examples/xor.nnproj:14:20: …`, a form terminals and editors turn into a link.
 *
 * locateJsonPathsInTextOrder places any number of paths in one forward pass: it walks down only the
 * branches some path asks for, skips everything else with a flat scan, counts lines as it goes, and reports
 * each path as soon as it is placed. It is linear in the text, however many problems a file has (placing
 * each problem on its own rescanned the file each time: 10,000 problems took minutes). It expects text that JSON.parse accepted; on
 * anything else it returns null rather than guessing.
 */
import { lineAndColumn } from '../project';

export type JsonPath = ReadonlyArray<string | number>;

/** `graph.nodes[2].params["my key"]` → ['graph', 'nodes', 2, 'params', 'my key'] (the form src/project writes). */
export function parseJsonPath(path: string): JsonPath | null {
  const segments: Array<string | number> = [];
  const token = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    token.lastIndex = at;
    const m = token.exec(path);
    if (!m) return null;
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else segments.push(JSON.parse(m[3]) as string);
    at = token.lastIndex;
  }
  return segments;
}

class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  ws(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.i++;
      else return;
    }
  }

  /** Skips a string starting at the opening quote; returns its raw text including quotes. */
  string(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.text.length) {
      const c = this.text.charCodeAt(this.i);
      if (c === 0x5c) this.i += 2;
      else if (c === 0x22) {
        this.i++;
        return this.text.slice(start, this.i);
      } else this.i++;
    }
    throw new Error('unterminated string');
  }

  /** Skips one value of any kind: a string whole, brackets by counting (skipping strings inside), a scalar by its characters. */
  value(): void {
    this.ws();
    const first = this.text[this.i];
    if (first === '"') {
      this.string();
      return;
    }
    if (first !== '{' && first !== '[') {
      while (/[-+.0-9a-zA-Z]/.test(this.text[this.i] ?? '')) this.i++;
      return;
    }
    let depth = 0;
    do {
      const c = this.text[this.i];
      if (c === undefined) throw new Error('unexpected end');
      if (c === '"') {
        this.string();
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      this.i++;
    } while (depth > 0);
  }

  /** Moves to the value of `key` in the object starting here; false when absent. */
  enterKey(key: string): boolean {
    this.ws();
    if (this.text[this.i] !== '{') return false;
    this.i++;
    for (;;) {
      this.ws();
      if (this.text[this.i] === '}') return false;
      const name = JSON.parse(this.string()) as string;
      this.ws();
      this.i++; // ':'
      this.ws();
      if (name === key) return true;
      this.value();
      this.ws();
      if (this.text[this.i] === ',') this.i++;
    }
  }

  /** Moves to element `index` of the array starting here; false when absent. */
  enterIndex(index: number): boolean {
    this.ws();
    if (this.text[this.i] !== '[') return false;
    this.i++;
    for (let k = 0; ; k++) {
      this.ws();
      if (this.text[this.i] === ']') return false;
      if (k === index) return true;
      this.value();
      this.ws();
      if (this.text[this.i] === ',') this.i++;
    }
  }
}

/**
 * Line and column of the value at `path`, or of the deepest part of the path that exists (a missing field
 * is reported where its object starts). Null when the text is not valid JSON.
 */
export function locateJsonPath(text: string, path: JsonPath): { line: number; column: number } | null {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const scanner = new Scanner(text);
  scanner.i = bom;
  try {
    scanner.ws();
    for (const segment of path) {
      const start = scanner.i;
      const found = typeof segment === 'number' ? scanner.enterIndex(segment) : scanner.enterKey(segment);
      if (!found) {
        scanner.i = start;
        break;
      }
      scanner.ws();
    }
  } catch {
    return null;
  }
  return lineAndColumn(text.slice(bom), scanner.i - bom);
}

interface PathTrie {
  /** Requests whose path passes through (or ends at) this value. */
  requests: number[];
  /** Requests whose path ends at this value. */
  ends: number[];
  keys: Map<string, PathTrie>;
  indices: Map<number, PathTrie>;
}

function trieNode(): PathTrie {
  return { requests: [], ends: [], keys: new Map(), indices: new Map() };
}

/** Line and column of a position moving forward through the text, advanced character by character once. */
class LineCursor {
  private i = 0;
  private line = 1;
  private column = 1;
  constructor(private readonly text: string) {}

  /** The place of `offset`, which must not be before the previous one asked for. */
  at(offset: number): { line: number; column: number } {
    const { text } = this;
    const end = Math.min(offset, text.length);
    for (; this.i < end; this.i++) {
      const c = text.charCodeAt(this.i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(this.i + 1) !== 0x0a)) {
        this.line++;
        this.column = 1;
      } else if (!(c >= 0xdc00 && c <= 0xdfff && this.column > 1 && isHigh(text.charCodeAt(this.i - 1)))) this.column++;
    }
    return { line: this.line, column: this.column };
  }
}

type Located = (request: number, place: { line: number; column: number }) => void;

/**
 * Visits the value at the scanner (whose trie node is `node`) and skips what no path needs. A request is
 * reported as soon as its place is final: at once where its path ends, or when the deepest part of its path
 * that exists has been passed.
 */
function visit(
  scanner: Scanner,
  node: PathTrie,
  cursor: LineCursor,
  bom: number,
  done: boolean[],
  located: Located,
): void {
  scanner.ws();
  const place = cursor.at(scanner.i - bom);
  for (const r of node.ends) {
    done[r] = true;
    located(r, place);
  }
  const { text } = scanner;
  if (node.keys.size > 0 && text[scanner.i] === '{') {
    scanner.i++;
    for (;;) {
      scanner.ws();
      if (text[scanner.i] === '}') break;
      const name = JSON.parse(scanner.string()) as string;
      scanner.ws();
      scanner.i++; // ':'
      const child = node.keys.get(name);
      if (child) visit(scanner, child, cursor, bom, done, located);
      else scanner.value();
      scanner.ws();
      if (text[scanner.i] === ',') scanner.i++;
    }
    scanner.i++;
  } else if (node.indices.size > 0 && text[scanner.i] === '[') {
    scanner.i++;
    for (let k = 0; ; k++) {
      scanner.ws();
      if (text[scanner.i] === ']') break;
      const child = node.indices.get(k);
      if (child) visit(scanner, child, cursor, bom, done, located);
      else scanner.value();
      scanner.ws();
      if (text[scanner.i] === ',') scanner.i++;
    }
    scanner.i++;
  } else {
    scanner.value();
  }
  for (const r of node.requests) {
    if (done[r]) continue;
    done[r] = true;
    located(r, place); // the rest of its path is not in the text: it is placed where this value starts
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Locates every path in one forward pass and calls `located(k, place)` for path k as soon as its place is
 * known — in the order of the text, not of `paths` — so that a caller can print the first problems while
 * the rest of a large file is still being scanned. Returns false (having reported only some, or none) when
 * the text is not valid JSON.
 */
export function locateJsonPathsInTextOrder(text: string, paths: readonly JsonPath[], located: Located): boolean {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const root = trieNode();
  paths.forEach((path, r) => {
    let node = root;
    node.requests.push(r);
    for (const segment of path) {
      const map: Map<string | number, PathTrie> = typeof segment === 'number' ? node.indices : node.keys;
      let child = map.get(segment);
      if (!child) {
        child = trieNode();
        map.set(segment, child);
      }
      node = child;
      node.requests.push(r);
    }
    node.ends.push(r);
  });
  const scanner = new Scanner(text);
  scanner.i = bom;
  try {
    visit(scanner, root, new LineCursor(text.slice(bom)), bom, new Array<boolean>(paths.length).fill(false), located);
  } catch {
    return false;
  }
  return true;
}

/**
 * Line and column of each path's value (or of the deepest part of it that exists), all in one pass. Null
 * for every path when the text is not valid JSON.
 */
export function locateJsonPaths(
  text: string,
  paths: readonly JsonPath[],
): Array<{ line: number; column: number }> | null {
  const places = new Array<{ line: number; column: number }>(paths.length);
  const ok = locateJsonPathsInTextOrder(text, paths, (k, place) => {
    places[k] = place;
  });
  return ok ? places : null;
}
