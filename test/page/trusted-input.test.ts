// @vitest-environment happy-dom
// Only the reader's own input opens a card (utils/page/interact.ts): an event a page script
// dispatched has isTrusted false, and neither the shortcut nor Escape nor a pointer move from it
// does anything. (happy-dom has no isTrusted; a browser's events always carry it.)
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../utils/nlp/types';
import { isUserInput } from '../../utils/page/interact';
import { markPage } from '../../utils/page/mark';

const text = 'Sen. Bernie Sanders spoke. Jane Roe listened.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const analysis: Analysis = {
  article: { title: null, byline: null, publisher: null, publishedAt: null, url: null, language: 'en', text },
  people: [
    { id: 'p1', name: 'Bernie Sanders', aliases: [], descriptors: ['Sen.'], mentions: [at('Bernie Sanders')] },
    { id: 'p2', name: 'Jane Roe', aliases: [], descriptors: [], mentions: [at('Jane Roe')] },
  ],
  quotes: [],
  dates: [],
  timeline: [],
  summary: [],
} as unknown as Analysis;

function shortcut(trusted: boolean | undefined): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: 'L', code: 'KeyL', altKey: true, shiftKey: true, bubbles: true });
  if (trusted !== undefined) Object.defineProperty(e, 'isTrusted', { value: trusted });
  return e;
}
const frames = () => new Promise((r) => setTimeout(r, 60));
const openCard = () => (document.querySelector('lede-card-host') as HTMLElement | null)?.dataset.card ?? null;

describe('trusted input', () => {
  it('isUserInput: false only for an event the browser marks untrusted', () => {
    const e = new Event('x');
    Object.defineProperty(e, 'isTrusted', { value: false });
    expect(isUserInput(e)).toBe(false);
    const t = new Event('x');
    Object.defineProperty(t, 'isTrusted', { value: true });
    expect(isUserInput(t)).toBe(true);
  });

  it("a page's synthetic shortcut opens no card and asks the memory nothing; the reader's does", async () => {
    document.body.innerHTML = `<p>${text}</p>`;
    const asked: string[] = [];
    const r = markPage(document, analysis, new AbortController().signal, {
      getHistory: (p) => {
        asked.push(p.name);
        return null;
      },
    });
    document.dispatchEvent(shortcut(false));
    await frames();
    expect(openCard()).toBeNull();
    expect(asked).toEqual([]);
    document.dispatchEvent(shortcut(true));
    await frames();
    expect(openCard()).toBe('person');
    expect(asked).toEqual(['Bernie Sanders']);
    // An untrusted Escape does not close it either.
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(esc, 'isTrusted', { value: false });
    document.dispatchEvent(esc);
    expect(openCard()).toBe('person');
    r.undo();
  });

  it("a page's synthetic pointer move over a name starts no hover", async () => {
    document.body.innerHTML = `<p>${text}</p>`;
    const r = markPage(document, analysis, new AbortController().signal);
    const move = new PointerEvent('pointermove', { clientX: 5, clientY: 5, bubbles: true, pointerType: 'mouse' });
    Object.defineProperty(move, 'isTrusted', { value: false });
    let framesAsked = 0;
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => {
      framesAsked++;
      return raf(cb);
    };
    document.dispatchEvent(move);
    window.requestAnimationFrame = raf;
    expect(framesAsked).toBe(0); // not even a hit test is scheduled
    r.undo();
  });
});
