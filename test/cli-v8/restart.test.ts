import { describe, expect, it } from 'vitest';
import { CLI_RESTART_FLAGS, RESTART_ENV, restartArgs } from '../../scripts/lib/cli-v8';

const GC = '--single-threaded-gc';

describe('the CLI restarts a --jsonl run with the flags only the command line sets', () => {
  it('restarts with one garbage-collector thread (measured choice)', () => {
    expect(CLI_RESTART_FLAGS).toEqual([GC]);
  });

  it.each<[string, string[], Record<string, string | undefined>, string[] | null]>([
    ['plain node', [], {}, [GC, 'cli.mjs', '--jsonl']],
    [
      'node with other flags: kept, before',
      ['--max-old-space-size=512'],
      {},
      ['--max-old-space-size=512', GC, 'cli.mjs', '--jsonl'],
    ],
    ['the restarted run (flag there): no second restart', [GC], {}, null],
    [`${RESTART_ENV}=0`, [], { [RESTART_ENV]: '0' }, null],
    [`${RESTART_ENV}=1`, [], { [RESTART_ENV]: '1' }, [GC, 'cli.mjs', '--jsonl']],
  ])('%s', (_, execArgv, env, want) => {
    expect(restartArgs(execArgv, ['/usr/bin/node', 'cli.mjs', '--jsonl'], env)).toEqual(want);
  });
});
