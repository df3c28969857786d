import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARM_PAGES, buildCli, type BuiltCli } from '../../scripts/lib/cli-build';
import { REPORT_CACHE_ENV, USE_CACHE_ENV, decodeCache, encodeCache, type CacheKey } from '../../scripts/lib/cli-cache';

const ROOT = join(__dirname, '..', '..');

describe('a code cache file', () => {
  const key: CacheKey = { node: 'v20.20.2', v8: 2078883824, sha1: 'f845e7f43f37b29e136705bedd00a285be5c0b10' };
  const data = new Uint8Array([1, 2, 3, 4, 5]);
  const file = encodeCache(key, data);

  it.each<[string, CacheKey, number[] | null]>([
    ['the key it was made with', key, [1, 2, 3, 4, 5]],
    ['another Node', { ...key, node: 'v22.12.0' }, null],
    ['other V8 flags or CPU features', { ...key, v8: 2208153205 }, null],
    ['other bundle bytes', { ...key, sha1: 'f845e7f43f37b29e136705bedd00a285be5c0b11' }, null],
  ])('read with %s gives %j', (_, k, want) => {
    const got = decodeCache(file, k);
    expect(got ? [...got] : null).toEqual(want);
  });

  it('starts V8’s data at a multiple of 8 bytes, and a file without a key line gives none', () => {
    expect((file.length - data.length) % 8).toBe(0);
    expect(decodeCache(Buffer.from('no key line'), key)).toBeUndefined();
  });
});

describe('the built CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-cli-cache-test-'));
  let built: BuiltCli;
  beforeAll(async () => {
    built = await buildCli(join(dir, 'cli'));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const page = readFileSync(join(ROOT, 'test', 'fixtures', 'pages', 'news-og.html'), 'utf8');
  const text = 'Mayor Ana Ruiz said on Tuesday that the budget would pass. "It is a fair deal," she said.';
  const run = (entry: string, args: string[], input: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [entry, ...args, '--no-stats'], {
      input,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('was warmed on the demo site and the page fixtures only, never on a bench page', () => {
    expect(WARM_PAGES).toEqual(['demo', join('test', 'fixtures', 'pages')]);
    expect(built.warmed).toBe(true);
  });

  it.each([
    ['--jsonl', 'cli.v8cache', JSON.stringify({ id: 'p', html: page }) + '\n'],
    ['--text', 'cli-text.v8cache', text],
  ])('%s loads its bundle with its code cache (%s) and prints what it prints without it', (arg, cache, input) => {
    const withCache = run(built.entry, [arg], input, { [REPORT_CACHE_ENV]: '1' });
    const without = run(built.entry, [arg], input, { [USE_CACHE_ENV]: '0', [REPORT_CACHE_ENV]: '1' });
    expect(withCache.stderr).toBe(`code cache ${cache}: used\n`);
    expect(without.stderr).toBe(`code cache ${cache}: none\n`);
    expect(withCache.stdout).toContain('"people"');
    expect(withCache.stdout).toBe(without.stdout);
  });

  it('does not use a cache made for other bytes of the same length (V8 checks only the length)', () => {
    const copy = join(dir, 'edited');
    cpSync(join(dir, 'cli'), copy, { recursive: true });
    const bundle = join(copy, 'analysis', 'cli-text.cjs');
    const src = readFileSync(bundle, 'utf8');
    const edited = src.replace('input is empty', 'input is EMPTY');
    expect(edited).not.toBe(src);
    writeFileSync(bundle, edited);
    const r = run(join(copy, 'analyze.mjs'), ['--text'], text, { [REPORT_CACHE_ENV]: '1' });
    expect(r.stderr).toBe('code cache cli-text.v8cache: none\n');
    expect(r.stdout).toBe(run(built.entry, ['--text'], text, {}).stdout);
  });

  it('keeps the caches of an unchanged build (no second warm-up)', async () => {
    const again = await buildCli(join(dir, 'cli'));
    expect(again.warmed).toBe(false);
    expect(again.cacheBytes).toBe(built.cacheBytes);
  }, 60_000);
});
