/**
 * Writes JSON text piece by piece, in exactly the order it is told. `JSON.stringify` cannot give that order:
 * JavaScript enumerates integer-like keys ("2", "10") before all others whatever order they were added in,
 * and node ids may well look like integers. Writing straight to text (no intermediate tree) keeps saving a
 * large project fast. The output matches `JSON.stringify(value, null, 2)` in every other respect, except
 * that -0 is written as `-0` (JSON.parse reads it back as -0, so every number survives exactly).
 */
export class JsonWriter {
  private out = '';
  private indent = '';
  /** Per open container: true while nothing has been written into it. */
  private readonly empty: boolean[] = [];
  private afterKey = false;

  beginObject(): void {
    this.open('{');
  }

  endObject(): void {
    this.close('}');
  }

  beginArray(): void {
    this.open('[');
  }

  endArray(): void {
    this.close(']');
  }

  key(name: string): void {
    this.separate();
    this.out += `${JSON.stringify(name)}: `;
    this.afterKey = true;
  }

  /** A string, boolean, null or finite number. */
  primitive(value: string | number | boolean | null): void {
    this.separate();
    this.out += typeof value === 'number' && Object.is(value, -0) ? '-0' : JSON.stringify(value);
  }

  text(): string {
    return this.out;
  }

  private open(bracket: string): void {
    this.separate();
    this.out += bracket;
    this.empty.push(true);
    this.indent += '  ';
  }

  private close(bracket: string): void {
    this.indent = this.indent.slice(2);
    const wasEmpty = this.empty.pop();
    this.out += wasEmpty ? bracket : `\n${this.indent}${bracket}`;
  }

  /** The comma and line break before a value or key; nothing after a key or at the top level. */
  private separate(): void {
    if (this.afterKey) {
      this.afterKey = false;
      return;
    }
    const depth = this.empty.length;
    if (depth === 0) return;
    this.out += this.empty[depth - 1] ? `\n${this.indent}` : `,\n${this.indent}`;
    this.empty[depth - 1] = false;
  }
}
