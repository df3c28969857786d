// `npm run bench -- fuzz`: the worst case of each analysis stage over the pathological families of the fuzz
// test (test/fuzz/generators.ts), in CPU ms per 100 KB of input (goal ≤ 1 s), and the wall time of the CLI
// (`scripts/analyze.ts`, a process of its own) on a 10 MB page made of real article paragraphs (goal ≤ 15 s):
// the paragraphs Lede extracts from mozilla/readability's test pages (../shared/data) or, without them, from
// our fixtures and the seed article, repeated in a seeded order up to 10 MB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { BenchRow } from '../bench';
import { extractArticle } from '../../utils/article';
import { REPO, fixturePages, readabilityPages } from '../lib/cli-pages';
import { HTML_FAMILIES, TEXT_FAMILIES, rng, type Family } from '../../test/fuzz/generators';
import { PAGE_STAGES, TEXT_STAGES, timePage, timeText, type Stage, type Times } from '../../test/fuzz/stages';

const KB = 1024;
const SIZE = 100 * KB;
const SEEDS = [1, 2, 3];

function stageTimes(f: Family, seed: number): Times {
  const input = f.make(rng(seed), SIZE);
  return f.kind === 'text' ? timeText(input) : timePage(input).times;
}

function worstPerStage(): BenchRow[] {
  const families = [...TEXT_FAMILIES, ...HTML_FAMILIES];
  // warm up every stage on every shape once, small
  for (const f of families) {
    const input = f.make(rng(0), 4 * KB);
    if (f.kind === 'text') timeText(input);
    else timePage(input);
  }
  const worst = new Map<Stage, { ms: number; family: string }>();
  for (const f of families) {
    for (const seed of SEEDS) {
      const t = stageTimes(f, seed);
      for (const [stage, ms] of Object.entries(t) as [Stage, number][]) {
        if (ms > (worst.get(stage)?.ms ?? -1)) worst.set(stage, { ms, family: `${f.name} (${f.kind}, seed ${seed})` });
      }
    }
  }
  return [...PAGE_STAGES, ...TEXT_STAGES].map((stage) => ({
    bench: 'fuzz',
    metric: `worst ${stage} per 100 KB`,
    value: Math.round(worst.get(stage)?.ms ?? 0),
    unit: 'ms CPU',
    goal: '≤ 1000',
    note: worst.get(stage)?.family,
  }));
}

/** Article paragraphs as Lede extracts them from real pages (each once). */
function realParagraphs(): string[] {
  const pages = readabilityPages().map((p) => p.source);
  if (pages.length === 0) pages.push(...fixturePages().map((p) => p.html));
  const seen = new Set<string>();
  for (const html of pages) {
    const a = extractArticle(parseHTML(html).document as unknown as Document);
    for (const p of a?.paragraphs ?? []) seen.add(p);
  }
  const seed = readFileSync(join(REPO, 'test', 'fixtures', 'seed', 'sanders-campaign-letter-2018-12-30.txt'), 'utf8');
  for (const p of seed.split(/\n+/)) if (p.trim()) seen.add(p.trim());
  return [...seen];
}

export function tenMegabytePage(): string {
  const paras = realParagraphs();
  const r = rng(10);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts: string[] = [];
  let size = 0;
  // in UTF-8 bytes, as the CLI counts them (10 MB at most)
  const limit = 10 * KB * KB - 4 * KB;
  while (size < limit) {
    const p = `<p>${esc(paras[Math.floor(r() * paras.length)])}</p>\n`;
    const bytes = Buffer.byteLength(p);
    if (size + bytes > limit) break;
    parts.push(p);
    size += bytes;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long page</title></head><body><article><h1>A long page</h1>${parts.join('')}</article></body></html>`;
}

function cliTenMegabytes(): BenchRow {
  const dir = mkdtempSync(join(tmpdir(), 'lede-fuzz-'));
  try {
    const file = join(dir, 'page.html');
    const html = tenMegabytePage();
    writeFileSync(file, html);
    const t0 = performance.now();
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'analyze.ts'), file], {
      cwd: REPO,
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    const seconds = (performance.now() - t0) / 1000;
    const words = (JSON.parse(out) as { stats?: { words: number } }).stats?.words ?? 0;
    return {
      bench: 'fuzz',
      metric: '10 MB page of real paragraphs, CLI',
      value: Math.round(seconds * 10) / 10,
      unit: 's',
      goal: '≤ 15',
      note: `${(Buffer.byteLength(html) / KB / KB).toFixed(1)} MB, ${words} words, wall time of the process`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchRow[]> {
  return [...worstPerStage(), cliTenMegabytes()];
}
