// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../utils/nlp/types';
import { markPage, markPageInSteps, type MarkResult } from '../../utils/page/mark';
import { onPageChange, textFingerprint } from '../../utils/page/observe';

const text = 'Sen. Bernie Sanders said “we will win.”\n\nLater, Sanders left. Jane Roe stayed.';
function analysis(): Analysis {
  const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
  return {
    article: { title: null, byline: null, publisher: null, publishedAt: null, url: null, language: 'en', text },
    people: [
      {
        id: 'p1',
        name: 'Bernie Sanders',
        aliases: ['Sanders'],
        descriptors: ['Sen.'],
        mentions: [at('Bernie Sanders'), at('Sanders', 30)],
      },
      { id: 'p2', name: 'Jane Roe', aliases: [], descriptors: [], mentions: [at('Jane Roe')] },
      { id: 'p3', name: 'Nobody Here', aliases: [], descriptors: [], mentions: [] },
    ],
    quotes: [
      {
        ...at('we will win.'),
        text: 'we will win.',
        cue: 'said',
        speaker: { kind: 'person', personId: 'p1', name: 'Bernie Sanders', ...at('Bernie Sanders') },
      },
    ],
    dates: [],
    timeline: [],
    summary: [],
  };
}
const html =
  '<article><p>Sen. <a href="#">Bernie Sanders</a> said “we will win.”</p><p>Later, Sanders left. Jane Roe stayed.</p></article>';

describe('markPage', () => {
  it('counts what it marked and adds no element until a card is needed', () => {
    document.body.innerHTML = html;
    const before = document.documentElement.outerHTML;
    const r = markPage(document, analysis(), new AbortController().signal);
    expect([r.people, r.quotes, r.mentions]).toEqual([2, 1, 3]);
    expect(r.coverage).toBe(1);
    expect(document.documentElement.outerHTML).toBe(before);
    r.undo();
  });

  it('opens a focused card on the shortcut and removes it on undo, leaving the page as it was', async () => {
    document.body.innerHTML = html;
    const before = document.documentElement.outerHTML;
    const r = markPage(document, analysis(), new AbortController().signal);
    document.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'L', code: 'KeyL', altKey: true, shiftKey: true, bubbles: true }),
    );
    await vi.waitFor(() => expect(document.querySelector('lede-card-host')).not.toBeNull());
    const host = document.querySelector('lede-card-host')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(document.activeElement).toBe(host);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.activeElement).not.toBe(host);
    r.undo();
    expect(document.querySelector('lede-card-host')).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('asks the memory for the person whose card opens, once', async () => {
    document.body.innerHTML = html;
    const asked: string[] = [];
    const r = markPage(document, analysis(), new AbortController().signal, {
      getHistory: (p) => {
        asked.push(p.id);
        return { articleCount: 1, headlines: [], earlierQuote: null };
      },
    });
    const press = () =>
      document.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'L', code: 'KeyL', altKey: true, shiftKey: true, bubbles: true }),
      );
    press();
    await vi.waitFor(() => expect(asked).toEqual(['p1']));
    press(); // Jane Roe
    press(); // back to Bernie Sanders: memory already known
    await vi.waitFor(() => expect(asked).toEqual(['p1', 'p2']));
    await new Promise((res) => setTimeout(res, 50));
    expect(asked).toEqual(['p1', 'p2']);
    r.undo();
  });

  it('leaves the page alone when the shortcut is typed in a field', async () => {
    document.body.innerHTML = html + '<input id="field">';
    const r = markPage(document, analysis(), new AbortController().signal);
    const field = document.getElementById('field')!;
    const e = new KeyboardEvent('keydown', {
      key: 'L',
      code: 'KeyL',
      altKey: true,
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    field.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    await new Promise((res) => setTimeout(res, 50));
    expect(document.querySelector('lede-card-host')).toBeNull();
    r.undo();
  });

  it('undoes when the signal aborts, and reports staleness when the text is replaced', () => {
    document.body.innerHTML = html;
    const ac = new AbortController();
    const r = markPage(document, analysis(), ac.signal);
    expect(r.isStale()).toBe(false);
    document.body.innerHTML = html; // the page re-rendered the article
    expect(r.isStale()).toBe(true);
    ac.abort();
    expect(document.querySelector('lede-card-host')).toBeNull();
  });
});

// A long article: `n` paragraphs, each naming Jane Roe once.
function longArticle(n: number): Analysis {
  const paragraph = (i: number) => `Paragraph ${i}: Jane Roe spoke to the council about the harbour plan again.`;
  const text = Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n');
  document.body.innerHTML = `<article>${Array.from({ length: n }, (_, i) => `<p>${paragraph(i)}</p>`).join('')}</article>`;
  const mentions = [...text.matchAll(/Jane Roe/g)].map((m) => ({ start: m.index!, end: m.index! + 8 }));
  return {
    article: { title: null, byline: null, publisher: null, publishedAt: null, url: null, language: 'en', text },
    people: [{ id: 'p1', name: 'Jane Roe', aliases: [], descriptors: [], mentions }],
    quotes: [],
    dates: [],
    timeline: [],
    summary: [],
  };
}

/** Stands for marks made earlier: records how many pauses had passed when it was undone. */
function earlier(pauses: () => number): MarkResult & { undoneAfter: number | null } {
  const r = {
    people: 1,
    quotes: 0,
    mentions: 1,
    coverage: 1,
    undoneAfter: null as number | null,
    isStale: () => false,
    undo: () => void (r.undoneAfter = pauses()),
  };
  return r;
}

describe('markPageInSteps', () => {
  it('hands the page its turn between slices and marks what markPage marks, replacing the old marks last', async () => {
    const a = longArticle(300);
    const whole = markPage(document, a, new AbortController().signal, { cards: false });
    whole.undo();
    let pauses = 0;
    const old = earlier(() => pauses);
    const r = await markPageInSteps(
      document,
      a,
      new AbortController().signal,
      { cards: false, replaces: old },
      { budgetMs: 0, pause: async () => void pauses++ },
    );
    expect(pauses).toBeGreaterThan(10);
    expect([r.people, r.mentions, r.coverage]).toEqual([whole.people, whole.mentions, whole.coverage]);
    expect(r.mentions).toBe(300);
    // The old marks went only in the last slice, with the new ones.
    expect(old.undoneAfter).toBe(pauses);
    r.undo();
  });

  it('stops with nothing marked when the signal aborts between slices', async () => {
    const a = longArticle(50);
    const ac = new AbortController();
    const old = earlier(() => 0);
    const r = await markPageInSteps(
      document,
      a,
      ac.signal,
      { replaces: old },
      { budgetMs: 0, pause: async () => ac.abort() },
    );
    expect([r.people, r.mentions]).toEqual([0, 0]);
    expect(old.undoneAfter).toBeNull();
    expect(document.querySelector('lede-card-host')).toBeNull();
  });

  it('leaves out a mention whose text the page changed between slices, without throwing', async () => {
    const a = longArticle(50);
    let pauses = 0;
    const r = await markPageInSteps(
      document,
      a,
      new AbortController().signal,
      { cards: false },
      {
        budgetMs: 0,
        // The third pause comes while aligning: the page's text was read already.
        pause: async () => {
          if (++pauses === 3) (document.querySelector('p')!.firstChild as Text).data = 'Short.';
        },
      },
    );
    expect(r.mentions).toBe(49);
    r.undo();
  });
});

describe('onPageChange', () => {
  it('reports added paragraphs once, debounced, and ignores tiny mutations', async () => {
    document.body.innerHTML = html;
    const seen: string[] = [];
    const ac = new AbortController();
    onPageChange((c) => seen.push(c.kind), ac.signal, { debounceMs: 20 });
    const small = document.createElement('span');
    small.textContent = '3 min';
    document.body.append(small);
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = 'A paragraph loaded later, long enough to matter for analysis.';
      document.body.append(p);
    }
    await new Promise((r) => setTimeout(r, 80));
    expect(seen).toEqual(['content']);
    ac.abort();
    const p = document.createElement('p');
    p.textContent = 'After abort: nobody should hear about this long paragraph here.';
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 60));
    expect(seen).toEqual(['content']);
  });

  it('reports a same-document navigation', async () => {
    const seen: string[] = [];
    const ac = new AbortController();
    onPageChange((c) => seen.push(`${c.kind} ${new URL(c.url).pathname}`), ac.signal, { debounceMs: 10 });
    history.pushState({}, '', '/next-story');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(['navigation /next-story']);
    ac.abort();
  });

  it('fingerprints text', () => {
    expect(textFingerprint('abc')).toBe(textFingerprint('abc'));
    expect(textFingerprint('abc')).not.toBe(textFingerprint('abd'));
  });
});
