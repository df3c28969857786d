// The analysis stage by stage, each timed in CPU milliseconds of this process (less disturbed than wall time
// on a loaded machine). Shared by the fuzz test and scripts/bench/fuzz.ts.
import { parseHTML } from 'linkedom';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople } from '../../utils/nlp/people';
import { findQuotes } from '../../utils/nlp/quotes';
import { findDates } from '../../utils/nlp/dates';
import { buildTimeline } from '../../utils/nlp/timeline';
import { summarize } from '../../utils/nlp/summary';
import { extractArticle } from '../../utils/article';
import { PageLimitError } from '../../utils/article/limits';

export const TEXT_STAGES = ['sentences', 'people', 'quotes', 'dates', 'timeline', 'summary'] as const;
export const PAGE_STAGES = ['parse', 'extract'] as const;
export type Stage = (typeof TEXT_STAGES)[number] | (typeof PAGE_STAGES)[number];
export type Times = Partial<Record<Stage, number>>;

function cpu<T>(f: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const out = f();
  const c = process.cpuUsage(c0);
  return [out, (c.user + c.system) / 1000];
}

/** Each text stage's CPU time on `text` (the analysis of analyzeText, in its order). */
export function timeText(text: string, published: string | null = '2018-12-30'): Times {
  const [sentences, a] = cpu(() => splitSentences(text));
  const [people, b] = cpu(() => findPeople(text, sentences));
  const [, c] = cpu(() => findQuotes(text, sentences, people));
  const [dates, d] = cpu(() => findDates(text, sentences, published));
  const [, e] = cpu(() => buildTimeline(text, sentences, dates));
  const [, f] = cpu(() => summarize(text, sentences, { people, title: null }));
  return { sentences: a, people: b, quotes: c, dates: d, timeline: e, summary: f };
}

/** Parsing and extraction of a page, then the text stages on what it extracted. */
export function timePage(html: string): { times: Times; text: string | null; error: string | null } {
  const [doc, parse] = cpu(() => parseHTML(html).document as unknown as Document);
  let error: string | null = null;
  const [article, extract] = cpu(() => {
    try {
      return extractArticle(doc, { consume: true });
    } catch (e) {
      if (!(e instanceof PageLimitError)) throw e;
      error = e.message;
      return null;
    }
  });
  const times: Times = { parse, extract };
  if (!article) return { times, text: null, error };
  return { times: { ...times, ...timeText(article.text) }, text: article.text, error };
}

export const total = (t: Times) => Object.values(t).reduce((a, b) => a + (b ?? 0), 0);
