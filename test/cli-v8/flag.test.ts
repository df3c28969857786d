import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_V8_FLAG } from '../../scripts/lib/cli-v8';

const ROOT = join(__dirname, '..', '..');

describe('the V8 flags of the analysis CLI', () => {
  it('keeps the cumulative inlining budget small (measured choice: 60 bytecode bytes)', () => {
    const m = /--max-inlined-bytecode-size-cumulative=(\d+)/.exec(CLI_V8_FLAG);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBe(60);
  });

  it.each([
    ['--max-inlined-bytecode-size-cumulative=60', true],
    // regular expressions compiled straight to machine code, not first to interpreter bytecode
    ['--no-regexp-tier-up', true],
    ['--regexp-tier-up', false],
  ])('sets %s: %s', (flag, set) => {
    expect(CLI_V8_FLAG.split(' ').includes(flag)).toBe(set);
  });

  it('is set by the CLI and given to Readability in the CLI bench, both from the one constant', () => {
    const cli = readFileSync(join(ROOT, 'scripts', 'analyze.ts'), 'utf8');
    const bench = readFileSync(join(ROOT, 'scripts', 'bench', 'analysis-cli.ts'), 'utf8');
    expect(cli).toMatch(/setFlagsFromString\(CLI_V8_FLAG\)/);
    expect(bench).toMatch(/readability: `node \$\{CLI_V8_FLAG\} /);
  });
});
