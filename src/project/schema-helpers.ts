/**
 * Small schema builders whose error messages read as the second half of a sentence that starts with the
 * JSON path: "graph.nodes[2].params.units: must be an integer from 1 to 4096". Each builder gives every
 * check of a field the same message, so a value that breaks two rules is still reported once. Every message
 * is a code with parameters (schema-issues.ts), so the app words it in the reader's language.
 */
import { z } from 'zod';
import { says } from './schema-issues';

/** An integer in [min, max]. */
export function intIn(min: number, max: number) {
  const error = says('schema-int-range', { min, max });
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** A finite number in [min, max]. */
export function numberIn(min: number, max: number) {
  const error = says('schema-number-range', { min, max });
  return z.number({ error }).min(min, { error }).max(max, { error });
}

/** A finite number in (0, max]. */
export function positiveUpTo(max: number) {
  const error = says('schema-positive-up-to', { max });
  return z.number({ error }).gt(0, { error }).max(max, { error });
}

/** One of a registry's names (the registries live in src/engine/types.ts). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: says('schema-one-of', { values: values.join(', ') }) });
}

export const text = () => z.string({ error: says('schema-text') });

export const nonEmptyText = () => {
  const error = says('schema-non-empty-text');
  return z.string({ error }).min(1, { error });
};

export const flag = () => z.boolean({ error: says('schema-flag') });

/**
 * Words for zod's built-in issues that no builder above phrased (a missing object, a list that is not a
 * list). Passed per parse, never installed globally, so other users of zod in the app are unaffected.
 */
export function genericIssueMessage(issue: { code: string; expected?: unknown }): string {
  if (issue.code === 'invalid_type') {
    switch (issue.expected) {
      case 'object':
        return says('schema-object');
      case 'array':
        return says('schema-list');
      case 'string':
        return says('schema-text');
      case 'number':
        return says('schema-number');
      case 'boolean':
        return says('schema-flag');
      default:
        return says('schema-type', { type: String(issue.expected) });
    }
  }
  if (issue.code === 'invalid_key') return says('schema-key');
  return says('schema-invalid');
}
