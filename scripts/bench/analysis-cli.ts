// `npm run bench -- analysis-cli`: the analysis CLI as a whole process, the way it is run: one
// process over mozilla/readability's 130 test pages (--jsonl), against one process of plain
// Readability over the same pages with the same parser (linkedom), bundled by esbuild the same way
// (minified, Node 20); the CLI as `npm run build:cli` builds it (scripts/lib/cli-build.ts): an entry
// and its analysis bundles, which it loads with the V8 code cache the build made (the bytecode a
// warm-up run over the demo site's pages compiled; none of the 130 pages); the CLI compiled by tsx at
// start-up for comparison; a one-line start-up; the lexicon's cold load in a fresh process. Whole
// processes are timed alternately, LEDE_BENCH_ROUNDS rounds (default 3), median: wall time and the
// process's CPU time (user + system, from the shell's `times`); the ratio is the median of the
// rounds' own ratios, with their spread. LEDE_BENCH_PAGES=n times n of
// the pages instead of all (a quicker run while iterating; the ratio is then not the goal's).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CLI_MINIFY, WARM_PAGES, buildCli } from '../lib/cli-build';
import { REPORT_CACHE_ENV } from '../lib/cli-cache';
import { CLI_V8_FLAG } from '../lib/cli-v8';
import type { BenchRow } from '../bench';
import { READABILITY_TEST_PAGES, type Corpus } from '../lib/corpora/paths';

export const corpora: readonly Corpus[] = ['readability'];

const ROOT = resolve(import.meta.dirname, '..', '..');
const ROUNDS = Math.max(1, Number(process.env.LEDE_BENCH_ROUNDS ?? 3));
/** LEDE_BENCH_TSX=0 leaves out the runs compiled by tsx (the slow way, for comparison only). */
const WITH_TSX = process.env.LEDE_BENCH_TSX !== '0';
const bench = 'analysis-cli';

// CommonJS dependencies bundled into an ES module still call require for Node's own modules.
const REQUIRE_BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** Readability as a CLI would run it: JSONL pages in, one JSON article per line out. */
const READABILITY_CLI = `
import { createInterface } from 'node:readline';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  const { id, html } = JSON.parse(line);
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  process.stdout.write(JSON.stringify({ id, article }) + '\\n');
}`;

/**
 * The lexicon's cold load in a fresh process: import (its data parsed), then unpacked (the weights
 * into a map; the lexicon stays the shipped string, its words looked up there on first use).
 */
const LEXICON_LOAD = `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = cpu();
const m = await import('./utils/nlp/lexicon');
const t1 = cpu();
m.getLexicon();
m.getWeights();
const t2 = cpu();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, unpackMs: t2 - t1 }));`;

const BUILD = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: REQUIRE_BANNER },
  logLevel: 'silent',
  minify: CLI_MINIFY,
} as const;

async function bundle(out: string, contents: string): Promise<void> {
  await build({ ...BUILD, stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' }, outfile: out });
}

/** Whether the built CLI's --jsonl run loads its code cache ("used"), as its load reports it. */
function codeCacheState(cli: string): string {
  const r = spawnSync(process.execPath, [cli, '--jsonl'], {
    input: JSON.stringify({ id: 1, text: 'Mayor Ana Ruiz spoke.' }) + '\n',
    encoding: 'utf8',
    env: { ...process.env, [REPORT_CACHE_ENV]: '1' },
  });
  return /code cache cli\.v8cache: (\w+)/.exec(r.stderr)?.[1] ?? `not reported (exit ${r.status})`;
}

interface ProcessTime {
  wallMs: number;
  cpuMs: number;
}

/** Runs `command` (a shell command line) with `input` on stdin and output discarded. */
function timeProcess(command: string, input: string): ProcessTime {
  const t0 = performance.now();
  // `times` prints the shell's own and then its children's user and system time.
  const r = spawnSync('bash', ['-c', `${command} < '${input}' > /dev/null; times`], { cwd: ROOT, encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${command}: exit ${r.status}: ${r.stderr}`);
  const children = r.stdout.trim().split('\n').at(-1) ?? '';
  const secs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { wallMs, cpuMs: (secs[0] + secs[1]) * 1000 };
}

/** LEDE_BENCH_PAGES=n: n pages spread evenly over the set (a quicker run while iterating). */
function pagesOf(all: string[]): string[] {
  const n = Number(process.env.LEDE_BENCH_PAGES ?? 0);
  if (!(n > 0) || n >= all.length) return all;
  return Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
/** "1.05–1.31×": the lowest and highest of some ratios. */
const spread = (xs: number[]) => `${r2(Math.min(...xs)).toFixed(2)}–${r2(Math.max(...xs)).toFixed(2)}×`;

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lede-cli-bench-'));
  try {
    const built = await buildCli(join(dir, 'cli'));
    const cli = built.entry;
    const cache = codeCacheState(cli);
    const plain = join(dir, 'readability.mjs');
    const lexicon = join(dir, 'lexicon.mjs');
    await bundle(plain, READABILITY_CLI);
    await bundle(lexicon, LEXICON_LOAD);

    const names = pagesOf(readdirSync(READABILITY_TEST_PAGES).sort());
    const input = join(dir, 'pages.jsonl');
    writeFileSync(
      input,
      names
        .map((id) =>
          JSON.stringify({ id, html: readFileSync(join(READABILITY_TEST_PAGES, id, 'source.html'), 'utf8') }),
        )
        .join('\n') + '\n',
    );
    const one = join(dir, 'one.txt');
    writeFileSync(one, 'Mayor Ana Ruiz said on Tuesday that the budget would pass.');

    const commands = {
      built: `node '${cli}' --jsonl`,
      // The same V8 inlining budget the CLI sets for itself (scripts/analyze.ts), so the ratio
      // compares like with like (Readability's process is as fast with it as without it, or faster).
      readability: `node ${CLI_V8_FLAG} '${plain}'`,
      tsx: `node --import tsx scripts/analyze.ts --jsonl`,
      builtOne: `node '${cli}' --text`,
      tsxOne: `node --import tsx scripts/analyze.ts --text`,
    };
    const times: Record<keyof typeof commands, ProcessTime[]> = {
      built: [],
      readability: [],
      tsx: [],
      builtOne: [],
      tsxOne: [],
    };
    const loads: { importMs: number; unpackMs: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // The pair's order alternates from round to round, so a load that rises or falls during a
      // round weighs on both sides alike over the rounds.
      const pair = i % 2 ? (['readability', 'built'] as const) : (['built', 'readability'] as const);
      for (const k of [...pair, 'tsx'] as const) {
        if (k !== 'tsx' || WITH_TSX) times[k].push(timeProcess(commands[k], input));
      }
      for (const k of ['builtOne', 'tsxOne'] as const) {
        if (k !== 'tsxOne' || WITH_TSX) times[k].push(timeProcess(commands[k], one));
      }
      const r = spawnSync(process.execPath, [lexicon], { encoding: 'utf8' });
      loads.push(JSON.parse(r.stdout));
    }
    const cpu = (k: keyof typeof commands) => median(times[k].map((t) => t.cpuMs));
    // The goal's figure: the median of the rounds' own ratios (each round's pair ran minutes apart
    // at most, under the same load), with their spread; the ratio of the medians is shown beside it.
    const ratios = times.built.map((t, i) => t.cpuMs / times.readability[i].cpuMs);
    const wall = (k: keyof typeof commands) => median(times[k].map((t) => t.wallMs));
    const kb = (f: string) => r1(statSync(f).size / 1024);
    const gzKb = (f: string) => r1(gzipSync(readFileSync(f)).length / 1024);
    const lexiconData = ['lexicon.json', 'people-model.json'].map((f) => join(ROOT, 'utils', 'nlp', 'data', f));
    return [
      {
        bench,
        metric: `CLI whole process, ${names.length} pages (--jsonl, built JavaScript), CPU`,
        value: Math.round(cpu('built')),
        unit: 'ms',
        note: `wall ${Math.round(wall('built'))} ms; ${ROUNDS} rounds, median; bundle ${r1(built.bytes / 1024)} KB in ${built.files} files${CLI_MINIFY ? ', minified' : ''}; loads the V8 code cache the build made (${r1(built.cacheBytes / 1024)} KB of bytecode, from a warm-up run over ${WARM_PAGES.join('/ and ')}/, none of these pages): ${cache}`,
      },
      {
        bench,
        metric: `Readability whole process, same pages (linkedom + Readability.parse), CPU`,
        value: Math.round(cpu('readability')),
        unit: 'ms',
        note: `wall ${Math.round(wall('readability'))} ms; bundled the same way, with the CLI's V8 flag (${CLI_V8_FLAG})`,
      },
      {
        bench,
        metric: 'CLI / Readability, whole process (CPU), median of per-round ratios',
        value: r2(median(ratios)),
        unit: '×',
        goal: '≤ 1.2×',
        note: `rounds ${spread(ratios)}; ratio of the medians ${r2(cpu('built') / cpu('readability'))}×; wall ${r2(wall('built') / wall('readability'))}×`,
      },
      ...(WITH_TSX
        ? [
            {
              bench,
              metric: 'CLI whole process compiled by tsx at start-up (as before), CPU',
              value: Math.round(cpu('tsx')),
              unit: 'ms',
              note: `${r2(cpu('tsx') / cpu('readability'))}× Readability; wall ${Math.round(wall('tsx'))} ms`,
            },
          ]
        : []),
      {
        bench,
        metric: 'CLI start-up: one sentence (--text), built JavaScript, CPU',
        value: Math.round(cpu('builtOne')),
        unit: 'ms',
        note: WITH_TSX
          ? `tsx: ${Math.round(cpu('tsxOne'))} ms; wall ${Math.round(wall('builtOne'))} vs ${Math.round(wall('tsxOne'))} ms`
          : `wall ${Math.round(wall('builtOne'))} ms`,
      },
      {
        bench,
        metric: 'lexicon cold load (import + unpack) in a fresh process, CPU',
        value: r1(median(loads.map((l) => l.importMs + l.unpackMs))),
        unit: 'ms',
        note: `import ${r1(median(loads.map((l) => l.importMs)))} ms, unpack ${r1(median(loads.map((l) => l.unpackMs)))} ms; data ${lexiconData
          .map((f) => `${f.replace(/^.*\//, '')} ${kb(f)} KB (${gzKb(f)} KB gz)`)
          .join(', ')}`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
