// What the background sends a page with its text (entrypoints/background/for-page.ts): the people
// and quotations to mark, the popup's lines made from the byline and the people, the word count.
import { describe, expect, it } from 'vitest';
import { countWords, pageAnalysis, pageListing } from '../../entrypoints/background/for-page';
import type { TextAnalysis } from '../../utils/nlp/analyze';
import type { ArticleMeta } from '../../utils/nlp/types';

const meta = (byline: string | null): ArticleMeta => ({
  title: 'Harbour wall',
  byline,
  publisher: null,
  publishedAt: null,
  url: null,
  language: null,
});
const person = (name: string, mentions: number) => ({
  id: name,
  name,
  aliases: [],
  descriptors: [],
  mentions: Array.from({ length: mentions }, (_, i) => ({ start: i * 10, end: i * 10 + 3 })),
});
const analysis = (people: ReturnType<typeof person>[]): TextAnalysis => ({
  people,
  quotes: [{ start: 0, end: 5, text: 'Hello', speaker: null, cue: null }],
  dates: [{ start: 1, end: 2, text: 'Tuesday', value: null }],
  timeline: [{ start: 1, end: 2, date: '2026-01-01', text: 'x' }],
  summary: ['One sentence.'],
});

describe('background: what a page gets with its text', () => {
  it('the people and quotations, not the dates, timeline or summary', () => {
    const a = analysis([person('Ana Ruiz', 2)]);
    expect(pageAnalysis(a)).toEqual({ people: a.people, quotes: a.quotes });
  });

  it.each([
    ['By Ana Ruiz and Tom Li, Staff Writers', ['Ana Ruiz', 'Tom Li']],
    ['Associated Press', []],
    [null, []],
  ])('the byline %j gives the authors %j', (byline, authors) => {
    expect(pageListing(meta(byline), analysis([])).authors).toEqual(authors);
  });

  it('lists the people most mentioned first, ties in code-unit order', () => {
    const a = analysis([person('Tom Li', 1), person('Ana Ruiz', 3), person('Zoë Park', 1), person('Ben Ode', 1)]);
    expect(pageListing(meta(null), a).people).toEqual([
      { name: 'Ana Ruiz', count: 3 },
      { name: 'Ben Ode', count: 1 },
      { name: 'Tom Li', count: 1 },
      { name: 'Zoë Park', count: 1 },
    ]);
  });

  it.each([
    ['', 0],
    ['one', 1],
    ['  The council voted\n\nseven to two.  ', 6],
  ])('counts the words of %j as %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
