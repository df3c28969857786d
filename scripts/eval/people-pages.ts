// Person names on real English news pages, hand-annotated (test/fixtures/people-pages, see its README):
// an independent check on text the model never trained on. Each page goes through the CLI's own path
// (analyzeInput on the page's HTML, shipped model), and its predicted mention strings are counted and
// compared with the labelled counts string by string: tp = min(predicted, gold), fp = predicted − tp,
// fn = gold − tp (micro-averaged over all pages). PEOPLE_PAGES_ERRORS=1 prints each page's FP/FN strings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalRow } from '../eval';
import { analyzeInput } from '../lib/cli';
import { READABILITY_PAGES, REPO } from '../lib/cli-pages';

const LABELS = join(REPO, 'test', 'fixtures', 'people-pages');

interface Labels {
  page: string;
  names: Record<string, number>;
}

/** Soft hyphens and odd spaces are not part of a name's spelling. */
const norm = (s: string) =>
  s
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function count(strings: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of strings) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}

export async function run(): Promise<EvalRow[]> {
  const dataset = 'people / real news pages (hand-annotated, never trained on)';
  if (!existsSync(LABELS) || !existsSync(READABILITY_PAGES)) {
    return [{ task: 'people', dataset, n: 0, precision: null, recall: null, f1: null, note: 'pages not found' }];
  }
  const files = readdirSync(LABELS)
    .filter((f) => f.endsWith('.json'))
    .sort();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const report: string[] = [];
  for (const f of files) {
    const labels = JSON.parse(readFileSync(join(LABELS, f), 'utf8')) as Labels;
    const html = readFileSync(join(READABILITY_PAGES, labels.page, 'source.html'), 'utf8');
    const out = analyzeInput({ kind: 'html', content: html }, false);
    const text = out.article.text;
    const pred = count(out.people.flatMap((p) => p.mentions.map((m) => norm(text.slice(m.start, m.end)))));
    const gold = new Map(Object.entries(labels.names).map(([k, v]) => [norm(k), v]));
    const errors: string[] = [];
    for (const k of new Set([...pred.keys(), ...gold.keys()])) {
      const p = pred.get(k) ?? 0;
      const g = gold.get(k) ?? 0;
      const t = Math.min(p, g);
      tp += t;
      fp += p - t;
      fn += g - t;
      if (p > t) errors.push(`  FP ${k}${p - t > 1 ? ` ×${p - t}` : ''}`);
      if (g > t) errors.push(`  FN ${k}${g - t > 1 ? ` ×${g - t}` : ''}`);
    }
    if (errors.length) report.push(`--- ${labels.page}`, ...errors.sort());
  }
  if (process.env.PEOPLE_PAGES_ERRORS) for (const line of report) console.error(line);
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return [
    {
      task: 'people',
      dataset,
      n: tp + fn,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      note: `${files.length} Readability test pages; mention strings counted per page, CLI path + shipped model`,
    },
  ];
}
