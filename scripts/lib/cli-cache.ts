// The built CLI's analysis bundles (scripts/lib/cli-build.ts), loaded with V8's code cache: the bytecode of
// the functions a warm-up run compiled, so a run does not parse and compile them again. A bundle is
// function-wrapped CommonJS compiled with node:vm, the one way Node 20 takes a code cache for user code.
// The cache is used only when its key matches: this Node and V8 (version, flags, CPU features: V8's
// cachedDataVersionTag) and the bundle's exact bytes (SHA-1; V8 itself checks only the source's length).
// Otherwise, and when V8 rejects it, the bundle compiles as it would without one: same code, same output.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';

/** Set to 1 by the build's warm-up run: each bundle's code cache is written at exit. */
export const WRITE_CACHE_ENV = 'LEDE_CLI_WRITE_CACHE';
/** Set to 0 to load the bundles without their code cache (to measure what it saves). */
export const USE_CACHE_ENV = 'LEDE_CLI_CODE_CACHE';
/** Set to 1 to have each bundle's load say on standard error whether its cache was used (the bench checks). */
export const REPORT_CACHE_ENV = 'LEDE_CLI_CACHE_REPORT';

export interface CacheKey {
  node: string;
  v8: number;
  sha1: string;
}

/** The code cache file of a bundle: analysis/cli.cjs → analysis/cli.v8cache. */
export const cacheFileOf = (bundle: string) => bundle.replace(/\.cjs$/, '') + '.v8cache';

export function keyOf(bundleBytes: Uint8Array): CacheKey {
  return {
    node: process.version,
    v8: cachedDataVersionTag(),
    sha1: createHash('sha1').update(bundleBytes).digest('hex'),
  };
}

// A cache file: its key as one JSON line, padded with spaces to a multiple of 8 bytes (V8 copies data
// that is not pointer-aligned), then V8's data.
const ALIGN = 8;

export function encodeCache(key: CacheKey, data: Uint8Array): Buffer {
  const head = JSON.stringify(key);
  const len = Math.ceil((head.length + 1) / ALIGN) * ALIGN;
  return Buffer.concat([Buffer.from(head.padEnd(len - 1) + '\n'), data]);
}

/** V8's data in a cache file, if the file's key is `key`; otherwise undefined. */
export function decodeCache(file: Uint8Array, key: CacheKey): Uint8Array | undefined {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const nl = buf.indexOf(10);
  if (nl < 0) return undefined;
  let k: Partial<CacheKey>;
  try {
    k = JSON.parse(buf.subarray(0, nl).toString('utf8')) as Partial<CacheKey>;
  } catch {
    return undefined;
  }
  if (k.node !== key.node || k.v8 !== key.v8 || k.sha1 !== key.sha1) return undefined;
  return buf.subarray(nl + 1);
}

function readCache(file: string, key: CacheKey): Uint8Array | undefined {
  try {
    return decodeCache(readFileSync(file), key);
  } catch {
    return undefined;
  }
}

type Wrapped = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  file: string,
  dir: string,
) => void;

/** Runs a CommonJS bundle with its code cache where there is a valid one; returns its exports. */
export function loadBundle(bundle: string): unknown {
  const bytes = readFileSync(bundle);
  const key = keyOf(bytes);
  const cacheFile = cacheFileOf(bundle);
  const cachedData = process.env[USE_CACHE_ENV] === '0' ? undefined : readCache(cacheFile, key);
  // Node's own CommonJS wrapper, on the bundle's first line, so line numbers stay the bundle's.
  const source = '(function (exports, require, module, __filename, __dirname) {' + bytes.toString('utf8') + '\n})';
  const script = new Script(source, { filename: bundle, cachedData });
  if (process.env[REPORT_CACHE_ENV] === '1') {
    const state = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
    process.stderr.write(`code cache ${cacheFile.replace(/^.*\//, '')}: ${state}\n`);
  }
  if (process.env[WRITE_CACHE_ENV] === '1') {
    process.once('exit', () => writeFileSync(cacheFile, encodeCache(key, script.createCachedData())));
  }
  const module = { exports: {} };
  (script.runInThisContext() as Wrapped)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return module.exports;
}
