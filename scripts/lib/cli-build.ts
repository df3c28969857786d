// `npm run build:cli` (tsx scripts/lib/cli-build.ts [OUTDIR], default .output/cli): the analysis CLI as built
// JavaScript, the way `npm run analyze` runs it and the CLI bench times it (scripts/bench/analysis-cli.ts).
//   analyze.mjs               the entry (scripts/analyze.ts): arguments, input, V8 flags; no analysis code
//   analysis/cli.cjs          the analysis of HTML pages and texts (scripts/lib/cli.ts), one CommonJS bundle
//   analysis/cli-text.cjs     the analysis of texts only, without the HTML parser (--text runs)
//   analysis/*.v8cache        V8's code cache of each bundle (scripts/lib/cli-cache.ts)
// The code cache is made here by a warm-up: the built CLI itself, run over the demo site's pages (demo/*.html,
// written for this project) and the page fixtures (test/fixtures/pages/*.html), none of them a bench page,
// writes at exit the bytecode of every function it compiled. A run then compiles only what the warm-up did
// not reach. Unchanged bundles keep their cache (no new warm-up: `npm run analyze` builds every time).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { cacheFileOf, WRITE_CACHE_ENV } from './cli-cache';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Whether the CLI is minified (the CLI bench builds Readability's process the same way). */
export const CLI_MINIFY = true;

/** The analysis bundles: name → source entry. */
const BUNDLES = { cli: 'scripts/lib/cli.ts', 'cli-text': 'scripts/lib/cli-text.ts' } as const;

/** The warm-up's pages: the demo site and the page fixtures (never the benches' pages). */
export const WARM_PAGES = ['demo', join('test', 'fixtures', 'pages')];

const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Regular expressions stay literals. For any engine target, esbuild 0.28 rewrites a literal with a Unicode
  // property escape outside brackets (/^\p{Lu}/u, /\p{Script=Han}/u) into `new RegExp(…)`, which builds a fresh
  // object from its source each time the function around it runs. Node 20 has these escapes, and the
  // extension's Vite build keeps the literals too.
  supported: { 'regexp-unicode-property-escapes': true },
  minify: CLI_MINIFY,
  logLevel: 'warning',
  write: false,
};

/** In the entry, the analysis comes from the bundles (cli-load-built.ts), not from the sources. */
const builtLoader: Plugin = {
  name: 'cli-load-built',
  setup(b) {
    b.onResolve({ filter: /^\.\/lib\/cli-load$/ }, (a) => ({ path: join(a.resolveDir, 'lib', 'cli-load-built.ts') }));
  },
};

export interface BuiltCli {
  entry: string;
  /** Bytes of the JavaScript files (the code caches not counted) and their number. */
  bytes: number;
  files: number;
  /** Bytes of the code caches. */
  cacheBytes: number;
  /** Whether this build ran the warm-up (false: every bundle was unchanged and kept its cache). */
  warmed: boolean;
}

/** Writes `bytes` to `file` unless it holds them already; says whether it wrote. */
function writeIfChanged(file: string, bytes: Uint8Array): boolean {
  if (existsSync(file) && Buffer.compare(readFileSync(file), bytes) === 0) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return true;
}

/** The warm-up's input: one JSONL line per page. */
function warmLines(): string {
  const lines: string[] = [];
  for (const dir of WARM_PAGES) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) {
      if (!f.endsWith('.html')) continue;
      const id = `${dir}/${f}`;
      lines.push(JSON.stringify({ id, html: readFileSync(join(ROOT, dir, f), 'utf8') }));
    }
  }
  return lines.join('\n') + '\n';
}

function run(entry: string, args: string[], input: string): string {
  const r = spawnSync(process.execPath, [entry, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, [WRITE_CACHE_ENV]: '1' },
  });
  if (r.status !== 0) throw new Error(`CLI warm-up ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/**
 * The warm-up: the HTML bundle over the pages (--jsonl), then the text bundle over the longest article
 * text the first run found (--text). Each run writes its bundle's code cache at exit.
 */
function warm(entry: string): void {
  const out = run(entry, ['--jsonl'], warmLines());
  const texts = out
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { article?: { text?: string } }).article?.text ?? '');
  const text = texts.reduce((a, b) => (b.length > a.length ? b : a), '');
  run(entry, ['--text'], text);
}

/** Builds the CLI into `outDir` (see the file's head); returns its entry and sizes. */
export async function buildCli(outDir: string): Promise<BuiltCli> {
  const files = new Map<string, Uint8Array>();
  const entry = await build({
    ...COMMON,
    format: 'esm',
    entryPoints: [join(ROOT, 'scripts', 'analyze.ts')],
    outfile: join(outDir, 'analyze.mjs'),
    plugins: [builtLoader],
  });
  for (const f of entry.outputFiles ?? []) files.set(f.path, f.contents);
  for (const [name, src] of Object.entries(BUNDLES)) {
    const r = await build({
      ...COMMON,
      format: 'cjs',
      entryPoints: [join(ROOT, src)],
      outfile: join(outDir, 'analysis', `${name}.cjs`),
    });
    for (const f of r.outputFiles ?? []) files.set(f.path, f.contents);
  }
  // Files of an earlier build that this one does not make (an older layout's chunks) go.
  const keep = new Set([...files.keys()].flatMap((f) => (f.endsWith('.cjs') ? [f, cacheFileOf(f)] : [f])));
  const listed = (d: string): string[] =>
    existsSync(d)
      ? readdirSync(d, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? listed(join(d, e.name)) : [join(d, e.name)],
        )
      : [];
  for (const f of listed(outDir)) if (!keep.has(f)) rmSync(f);
  let changed = false;
  for (const [f, bytes] of files) {
    if (writeIfChanged(f, bytes)) {
      changed = true;
      if (f.endsWith('.cjs')) rmSync(cacheFileOf(f), { force: true });
    }
  }
  const bundles = [...files.keys()].filter((f) => f.endsWith('.cjs'));
  const warmed = changed || bundles.some((f) => !existsSync(cacheFileOf(f)));
  const entryFile = join(outDir, 'analyze.mjs');
  if (warmed) {
    for (const f of bundles) rmSync(cacheFileOf(f), { force: true });
    warm(entryFile);
  }
  for (const f of bundles) if (!existsSync(cacheFileOf(f))) throw new Error(`the warm-up wrote no ${cacheFileOf(f)}`);
  return {
    entry: entryFile,
    bytes: [...files.values()].reduce((a, b) => a + b.length, 0),
    files: files.size,
    cacheBytes: bundles.reduce((a, f) => a + readFileSync(cacheFileOf(f)).length, 0),
    warmed,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli(resolve(process.argv[2] ?? join(ROOT, '.output', 'cli')));
}
