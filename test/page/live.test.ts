// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Analysis, ArticleMeta } from '../../utils/nlp/types';
import { keepMarked, type LiveArticle } from '../../utils/page/live';
import { markPage } from '../../utils/page/mark';

const meta: ArticleMeta = { title: null, byline: null, publisher: null, publishedAt: null, url: null, language: 'en' };

// Stand-ins: the article is the <p>s in <article>; "people" are the two known names.
function extract(): LiveArticle | null {
  const ps = Array.from(document.querySelectorAll('article p')).map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
  return ps.length ? { text: ps.join('\n\n'), meta } : null;
}
function analyze(a: LiveArticle): Analysis {
  const people = ['Jane Roe', 'Tom Lee']
    .map((name, i) => ({
      id: `p${i}`,
      name,
      aliases: [],
      descriptors: [],
      mentions: [...a.text.matchAll(new RegExp(name, 'g'))].map((m) => ({
        start: m.index!,
        end: m.index! + name.length,
      })),
    }))
    .filter((p) => p.mentions.length > 0);
  return { article: { ...meta, text: a.text }, people, quotes: [], dates: [], timeline: [], summary: [] };
}
const tick = (ms = 60) => new Promise((r) => setTimeout(r, ms));

describe('keepMarked', () => {
  it('analyses added paragraphs once, re-marks, and ignores changes outside the article text', async () => {
    document.body.innerHTML = '<article><p>Jane Roe opened the meeting on time today.</p></article><aside></aside>';
    const ac = new AbortController();
    const a0 = extract()!;
    const analysis = analyze(a0);
    const first = markPage(document, analysis, ac.signal);
    const analysed: string[] = [];
    const marked: number[] = [];
    const current = keepMarked(
      document,
      { text: a0.text, analysis, mark: first },
      {
        extract,
        analyze: async (a) => (analysed.push(a.text), analyze(a)),
        onMarked: (r) => marked.push(r?.people ?? -1),
        observe: { debounceMs: 10 },
      },
      ac.signal,
    );
    expect(current()?.people).toBe(1);

    const p = document.createElement('p');
    p.textContent = 'Later, Tom Lee said the budget would pass next week without changes.';
    document.querySelector('article')!.append(p);
    await tick();
    expect(analysed).toHaveLength(1);
    expect(marked).toEqual([2]);
    expect(current()?.people).toBe(2);

    // Furniture loads elsewhere: text of the article unchanged, nothing analysed or re-marked.
    const ad = document.createElement('div');
    ad.textContent = 'Sponsored content that is long enough to count as a real mutation here.';
    document.querySelector('aside')!.append(ad);
    await tick();
    expect(analysed).toHaveLength(1);
    expect(marked).toEqual([2]);

    // The page re-renders the same article (new nodes): re-marked from the known analysis.
    document.querySelector('article')!.innerHTML = document.querySelector('article')!.innerHTML;
    await tick();
    expect(analysed).toHaveLength(1);
    expect(marked).toEqual([2, 2]);
    expect(current()?.isStale()).toBe(false);
    ac.abort();
  });

  it('removes the marks when the article goes away', async () => {
    document.body.innerHTML = '<article><p>Jane Roe opened the meeting on time today.</p></article>';
    const ac = new AbortController();
    const a0 = extract()!;
    const analysis = analyze(a0);
    const seen: Array<number | null> = [];
    const current = keepMarked(
      document,
      { text: a0.text, analysis, mark: markPage(document, analysis, ac.signal) },
      {
        extract,
        analyze: async (a) => analyze(a),
        onMarked: (r) => seen.push(r && r.people),
        observe: { debounceMs: 10 },
      },
      ac.signal,
    );
    document.querySelector('article')!.remove();
    const filler = document.createElement('div');
    filler.textContent = 'A different page body with enough text to count as a change.';
    document.body.append(filler);
    await tick();
    expect(seen).toEqual([null]);
    expect(current()).toBeNull();
    ac.abort();
  });
});
