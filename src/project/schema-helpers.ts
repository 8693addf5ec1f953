/**
 * Small schema builders whose error messages read as the second half of a sentence that starts with the
 * JSON path: "graph.nodes[2].params.units: must be an integer from 1 to 4096". Each builder gives every
 * check of a field the same message, so a value that breaks two rules is still reported once.
 */
import { z } from 'zod';

/** An integer in [min, max]. */
export function intIn(min: number, max: number) {
  const error = `must be an integer from ${min} to ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** A finite number in [min, max]. */
export function numberIn(min: number, max: number) {
  const error = `must be a number from ${min} to ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
}

/** A finite number in (0, max]. */
export function positiveUpTo(max: number) {
  const error = `must be a number greater than 0 and at most ${max}`;
  return z.number({ error }).gt(0, { error }).max(max, { error });
}

/** One of a registry's names (the registries live in src/engine/types.ts). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

/**
 * Marks a custom issue whose message already quotes the offending value ("repeats the id "h1" …"), so the
 * parser does not append "(found …)" to it.
 */
export const DESCRIBES_VALUE = { describesValue: true } as const;

export const text = () => z.string({ error: 'must be a text (a string in quotes)' });

export const nonEmptyText = () => {
  const error = 'must be a non-empty text';
  return z.string({ error }).min(1, { error });
};

export const flag = () => z.boolean({ error: 'must be true or false' });

/**
 * Words for zod's built-in issues that no builder above phrased (a missing object, a list that is not a
 * list). Passed per parse, never installed globally, so other users of zod in the app are unaffected.
 */
export function genericIssueMessage(issue: { code: string; expected?: unknown }): string {
  if (issue.code === 'invalid_type') {
    switch (issue.expected) {
      case 'object':
        return 'must be an object ({ … })';
      case 'array':
        return 'must be a list ([ … ])';
      case 'string':
        return 'must be a text (a string in quotes)';
      case 'number':
        return 'must be a number';
      case 'boolean':
        return 'must be true or false';
      default:
        return `must be of type ${String(issue.expected)}`;
    }
  }
  if (issue.code === 'invalid_key') return 'has a key that is not allowed here';
  return 'is not valid here';
}
