// `npm run bench -- people`: speed of findPeople per article and on long texts (10k, 100k, 1M words, to
// show the cost grows linearly), and the cost of loading the lexicon and tagger weights once.
// Texts: MEANTIME and GUM documents (../shared/data, licenses there), repeated to reach the size.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from '../bench';
import { readGum, readMeantime } from '../lib/corpora';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople } from '../../utils/nlp/people';

const bench = 'people';
const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The first `n` words of `src` repeated; with `rename`, every copy gives capitalized words a new suffix. */
function textOf(src: string, n: number, rename = false): string {
  const copies: string[] = [];
  const srcWords = countWords(src);
  for (let k = 0; copies.length * srcWords < n; k++) {
    const tag = 'abcdefghijklmnop'
      .split('')
      .filter((_, i) => (k >> i) & 1)
      .join('');
    copies.push(rename && k ? src.replace(/\b(\p{Lu}\p{Ll}+)\b/gu, (m) => m + tag) : src);
  }
  return copies
    .join('\n\n')
    .split(/(\s+)/)
    .slice(0, n * 2)
    .join('');
}

/** CPU seconds of `fn` (median of `rounds`). */
function cpuSecs(fn: () => void, rounds: number): number {
  const xs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    xs.push((c.user + c.system) / 1e6);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}

/**
 * Loading the lexicon and weights in a fresh process as the built extension does: the bundler ships each
 * JSON file as a string for JSON.parse, then the weights map is built and the lexicon's sorted lists are
 * split (words are looked up in them on first use, see utils/nlp/lexicon.ts). Median of 5 fresh processes, in ms.
 */
function loadMs(): number | null {
  const lexUrl = new URL('../../utils/nlp/lexicon.ts', import.meta.url).href;
  const data = (f: string) => JSON.stringify(new URL('../../utils/nlp/data/' + f, import.meta.url).pathname);
  const code = `import { readFileSync } from 'node:fs';
const m = await import(${JSON.stringify(lexUrl)});
const a = readFileSync(${data('lexicon.json')}, 'utf8');
const b = readFileSync(${data('people-model.json')}, 'utf8');
const t0 = performance.now();
m.unpackLexicon(JSON.parse(a));
m.unpackWeights(JSON.parse(b));
console.log(performance.now() - t0);`;
  const runs: number[] = [];
  for (let k = 0; k < 5; k++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });
    const ms = Number(r.stdout.trim().split('\n').pop());
    if (r.status !== 0 || !Number.isFinite(ms)) return null;
    runs.push(ms);
  }
  return runs.sort((x, y) => x - y)[2];
}

export async function run(): Promise<BenchRow[]> {
  const docs = [...readMeantime().map((d) => d.text), ...readGum().map((d) => d.text)];
  const sents = docs.map((t) => splitSentences(t));
  const rows: BenchRow[] = [];

  // per article, as the extension runs it
  const words = docs.reduce((a, t) => a + countWords(t), 0);
  const all = () => docs.forEach((t, i) => findPeople(t, sents[i]));
  all(); // warm-up
  const per = cpuSecs(all, 7);
  rows.push({
    bench,
    metric: 'findPeople words/s, per article (CPU)',
    value: Math.round(words / per),
    unit: 'words/s',
    goal: '≥ 600,000',
    note: `${docs.length} MEANTIME + GUM documents, ${words} words; median of 7 after a warm-up`,
  });

  // long texts: words/s should stay flat as the text grows
  const src = docs.join('\n\n');
  for (const [n, rename] of [
    [10_000, false],
    [100_000, false],
    [1_000_000, false],
    [1_000_000, true],
  ] as const) {
    const t = textOf(src, n, rename);
    const s = splitSentences(t);
    let found = 0;
    const secs = cpuSecs(() => (found = findPeople(t, s).length), n >= 1_000_000 ? 1 : 3);
    rows.push({
      bench,
      metric: `findPeople words/s, one ${n.toLocaleString('en')}-word text${rename ? ', new names per copy' : ''}`,
      value: Math.round(n / secs),
      unit: 'words/s',
      note: `${Math.round(secs * 1000)} ms CPU, ${found} people${rename ? ' (capitalized words renamed in every copy)' : ''}`,
    });
  }

  const ms = loadMs();
  const size = (f: string) => {
    const b = readFileSync(fileURLToPath(new URL('../../utils/nlp/data/' + f, import.meta.url)));
    return { raw: b.length, gz: gzipSync(b).length };
  };
  const lex = size('lexicon.json');
  const model = size('people-model.json');
  if (ms !== null)
    rows.push({
      bench,
      metric: 'lexicon + model load (fresh process, median of 5)',
      value: Math.round(ms),
      unit: 'ms',
      note: 'JSON.parse of the shipped data + building the maps, as the built background does once per browser',
    });
  rows.push({
    bench,
    metric: 'lexicon + model size',
    value: Math.round((lex.raw + model.raw) / 1024),
    unit: 'KB',
    note: `gzipped ${Math.round((lex.gz + model.gz) / 1024)} KB (lexicon ${Math.round(lex.gz / 1024)}, model ${Math.round(model.gz / 1024)})`,
  });
  return rows;
}
