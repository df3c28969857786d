// What the background answers a page's 'lede:read-page' besides the text: only what the page's
// thread needs. The marks and cards need the people and the quotations; the popup's list (the
// byline's names, the people by mentions) and the word count (a bench's per-1,000-words figure)
// are made here, so the page compiles no byline regular expressions and runs no pass over the text
// for them. Dates, timeline and summary stay in the background (the memory has them).
import type { TextAnalysis } from '../../utils/nlp/analyze';
import type { ArticleMeta } from '../../utils/nlp/types';
import type { PageAnalysis, PageListing } from '../../utils/messaging';
import { bylineNames } from '../content/byline';

export function pageAnalysis(analysis: TextAnalysis): PageAnalysis {
  return { people: analysis.people, quotes: analysis.quotes };
}

/** The popup's lines about the article: the byline's names and the people, most mentioned first. */
export function pageListing(meta: ArticleMeta, analysis: TextAnalysis): PageListing {
  return {
    authors: bylineNames(meta.byline),
    people: analysis.people
      .map((p) => ({ name: p.name, count: p.mentions.length }))
      // Code-unit order on ties: the same order in every browser, no collator.
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
}

/** Words in `text`: each becomes one character (no array of a thousand words, as match() would build). */
export function countWords(text: string): number {
  return text.trim().replace(/\S+\s*/g, '.').length;
}
