import { describe, expect, it } from 'vitest';
import { helpText, parseArgs, usageLine, type CommandSpec } from '../../../src/cli/args';
import { InvalidInputError } from '../../../src/cli/io';

const spec: CommandSpec = {
  command: 'npm run train --',
  positionals: ['project.nnproj'],
  options: {
    epochs: { kind: 'integer', min: 1, describe: 'how many epochs to train' },
    seed: { kind: 'integer', describe: 'the training seed' },
    json: { kind: 'flag', describe: 'print JSON lines' },
    out: { kind: 'string', describe: 'where to save the trained project' },
  },
};

function failure(argv: string[]): string[] {
  try {
    parseArgs(argv, spec);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).lines;
  }
  throw new Error(`parseArgs accepted ${JSON.stringify(argv)}`);
}

describe('parseArgs', () => {
  it('reads positionals, integers, flags and strings in any order and both value forms', () => {
    const parsed = parseArgs(['--epochs', '12', 'a.nnproj', '--json', '--seed=-3', '--out=b.nnproj'], spec);
    expect(parsed).toEqual({
      positionals: ['a.nnproj'],
      options: { epochs: 12, json: true, seed: -3, out: 'b.nnproj' },
      help: false,
    });
  });

  it('treats everything after -- as positionals', () => {
    expect(parseArgs(['--', '--odd-name.nnproj'], spec).positionals).toEqual(['--odd-name.nnproj']);
  });

  it('reports --help without checking the rest', () => {
    expect(parseArgs(['--help', '--nonsense'], spec).help).toBe(true);
  });

  it('names the unknown option and lists the known ones, with the usage line', () => {
    const lines = failure(['a.nnproj', '--epoch', '3']);
    expect(lines[0]).toBe('Unknown option "--epoch"; this command accepts --epochs, --seed, --json, --out.');
    expect(lines[1]).toBe(usageLine(spec));
  });

  it('rejects numbers that are not whole, too small or missing', () => {
    expect(failure(['a', '--epochs', '2.5'])[0]).toBe('--epochs must be a whole number of at least 1 (got "2.5").');
    expect(failure(['a', '--epochs', '0'])[0]).toContain('at least 1');
    expect(failure(['a', '--seed', 'abc'])[0]).toBe('--seed must be a whole number (got "abc").');
    expect(failure(['a', '--epochs'])[0]).toBe('--epochs needs a value: how many epochs to train.');
  });

  it('rejects missing and extra positionals, repeated options and values on switches', () => {
    expect(failure([])[0]).toBe('Missing <project.nnproj>.');
    expect(failure(['a', 'b'])[0]).toBe('Unexpected argument "b".');
    expect(failure(['a', '--seed', '1', '--seed', '2'])[0]).toBe('--seed was given twice; give it once.');
    expect(failure(['a', '--json=yes'])[0]).toContain('takes no value');
    expect(failure(['a', '-x'])[0]).toBe('Unknown option "-x".');
  });

  it('describes every option in the help text', () => {
    const text = helpText(spec);
    expect(text).toContain('Usage: npm run train -- <project.nnproj> [--epochs N] [--seed N] [--json] [--out VALUE]');
    for (const name of Object.keys(spec.options)) expect(text).toContain(`--${name}`);
  });
});
