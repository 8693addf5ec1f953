/** Reads sample files from tests/fixtures/projects. */
import { readFileSync } from 'node:fs';

const DIR = new URL('../../fixtures/projects/', import.meta.url);

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, DIR), 'utf8');
}
