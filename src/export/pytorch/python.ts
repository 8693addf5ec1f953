/** Small helpers for writing Python source: literals and names. */

/** A Python literal for a JSON-like value (strings, numbers, booleans, null, lists, dicts). */
export function py(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'float("nan")';
    if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : '-float("inf")';
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(py).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${py(v)}`);
  return `{${entries.join(', ')}}`;
}

/** A list literal, wrapped onto lines of at most `width` characters after `indent`. */
export function pyList(values: unknown[], indent = '    ', width = 100): string {
  const one = py(values);
  if (one.length + indent.length <= width) return one;
  const lines: string[] = [];
  let line = '';
  for (const v of values) {
    const item = `${py(v)},`;
    if (line && indent.length + line.length + 1 + item.length > width) {
      lines.push(indent + line);
      line = item;
    } else {
      line = line ? `${line} ${item}` : item;
    }
  }
  if (line) lines.push(indent + line);
  return `[\n${lines.join('\n')}\n]`;
}

/** A comment line safe for any text (no line breaks). */
export function comment(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
