/**
 * A small, strict command-line parser: `--name value`, `--name=value` and boolean `--flag`, positionals in a
 * fixed order, and messages that say which argument is wrong and show the usage line. Node's util.parseArgs
 * would parse the same shapes, but its errors ("Unknown option '--epoch'") neither validate numbers nor
 * point at the usage, which is what a learner typing the command needs.
 */
import { InvalidInputError } from './io';

export type OptionKind = 'flag' | 'string' | 'integer';

export interface OptionSpec {
  kind: OptionKind;
  /** For integers: the smallest and largest values accepted. */
  min?: number;
  max?: number;
  /** Shown after the option name in messages, e.g. "a whole number of epochs". */
  describe: string;
  /** What the value is called in the usage line: `--out FILE`. Default N for integers, VALUE otherwise. */
  placeholder?: string;
}

export interface CommandSpec {
  /** The command as a user types it, e.g. "npm run train --". */
  command: string;
  /** Names of the required positionals, in order, e.g. ['project.nnproj']. */
  positionals: string[];
  options: Record<string, OptionSpec>;
}

export interface ParsedArgs {
  positionals: string[];
  /** Only the options that were given; integers already converted. */
  options: Record<string, string | number | boolean>;
  /** True when --help or -h was given (nothing else is checked then). */
  help: boolean;
}

/** `npm run train -- <project.nnproj> [--epochs N] …` — the usage line of a command. */
export function usageLine(spec: CommandSpec): string {
  const parts = [spec.command, ...spec.positionals.map((p) => `<${p}>`)];
  for (const [name, option] of Object.entries(spec.options)) {
    parts.push(
      option.kind === 'flag'
        ? `[--${name}]`
        : `[--${name} ${option.placeholder ?? (option.kind === 'integer' ? 'N' : 'VALUE')}]`,
    );
  }
  return `Usage: ${parts.join(' ')}`;
}

/** Lines for --help: the usage line and one line per option. */
export function helpText(spec: CommandSpec): string {
  const lines = [usageLine(spec), ''];
  for (const [name, option] of Object.entries(spec.options)) {
    lines.push(`  --${name.padEnd(10)} ${option.describe}`);
  }
  return `${lines.join('\n')}\n`;
}

function parseValue(name: string, spec: OptionSpec, raw: string): string | number {
  if (spec.kind === 'string') return raw;
  const value = Number(raw);
  const min = spec.min ?? Number.MIN_SAFE_INTEGER;
  const max = spec.max ?? Number.MAX_SAFE_INTEGER;
  if (raw.trim() === '' || !Number.isSafeInteger(value) || value < min || value > max) {
    let range = 'a whole number';
    if (spec.min !== undefined && spec.max !== undefined) range = `a whole number from ${spec.min} to ${spec.max}`;
    else if (spec.min !== undefined) range = `a whole number of at least ${spec.min}`;
    else if (spec.max !== undefined) range = `a whole number of at most ${spec.max}`;
    throw new Error(`--${name} must be ${range} (got "${raw}").`);
  }
  return value;
}

/** Parses argv (without the node and script paths); throws InvalidInputError with the usage line on mistakes. */
export function parseArgs(argv: readonly string[], spec: CommandSpec): ParsedArgs {
  const fail = (message: string): never => {
    throw new InvalidInputError([message, usageLine(spec)]);
  };
  const positionals: string[] = [];
  const options: Record<string, string | number | boolean> = {};
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return { positionals: [], options: {}, help: true };
    if (!arg.startsWith('--')) fail(`Unknown option "${arg}".`);
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const option = spec.options[name];
    if (!option) {
      const known = Object.keys(spec.options).map((n) => `--${n}`);
      fail(`Unknown option "--${name}"; this command accepts ${known.length ? known.join(', ') : 'no options'}.`);
    }
    if (name in options) fail(`--${name} was given twice; give it once.`);
    if (option.kind === 'flag') {
      if (eq >= 0) fail(`--${name} is a switch and takes no value (remove "${arg.slice(eq)}").`);
      options[name] = true;
      continue;
    }
    let raw: string;
    if (eq >= 0) raw = arg.slice(eq + 1);
    else if (i + 1 < argv.length) raw = argv[++i];
    else raw = fail(`--${name} needs a value: ${option.describe}.`);
    try {
      options[name] = parseValue(name, option, raw);
    } catch (error) {
      fail((error as Error).message);
    }
  }
  if (positionals.length < spec.positionals.length) {
    const missing = spec.positionals.slice(positionals.length).map((p) => `<${p}>`);
    fail(`Missing ${missing.join(' and ')}.`);
  }
  if (positionals.length > spec.positionals.length) {
    const extra = positionals.slice(spec.positionals.length).map((p) => `"${p}"`);
    fail(`Unexpected argument${extra.length > 1 ? 's' : ''} ${extra.join(', ')}.`);
  }
  return { positionals, options, help: false };
}
