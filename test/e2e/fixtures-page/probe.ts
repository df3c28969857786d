// Test-only content script (bundled into a throwaway extension by ../page-kit.ts): runs the
// real extractor as Lede does (the page serialized, parsed inert and read: what the background
// does with it) and the real page layer on any page with a stand-in analysis, checks that
// every span lands on exactly its text, and reports through data-lede-* on <html>, as the
// real content script does. Listens for `lede-probe-undo` to turn itself off.
import { extractInert } from '../../../entrypoints/background/inert';
import { serializePage } from '../../../utils/page/serialize';
import { isInsignificant, foldCode } from '../../../utils/page/align';
import type { Analysis, Person } from '../../../utils/nlp/types';
import { keepMarked } from '../../../utils/page/live';
import { markPage, type MarkResult } from '../../../utils/page/mark';
import { buildTextMap, collectTextNodesSteps, type TextMap } from '../../../utils/page/textmap';
import { runSteps } from '../../../utils/page/align';
import { anchorSpans, checkedAnchors, markedSpans } from '../../../utils/page/anchors';
import { regionElement, regionTextMapSteps, type ArticleRegion } from '../../../utils/page/region';
import type { InertArticle } from '../../../utils/messaging';
import { fakeAnalysis } from './fake-analysis';

function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isInsignificant(c)) out += String.fromCharCode(foldCode(c));
  }
  return out;
}

const root = document.documentElement;
const controller = new AbortController();
let runs = 0;
const history = (p: Person) => ({
  articleCount: 2,
  headlines: [
    {
      title: `Earlier story about ${p.name}`,
      url: 'https://news.example/earlier',
      date: '2026-10-02',
      site: 'news.example',
    },
  ],
  earlierQuote: null,
});

/** Checks that each span's live ranges hold exactly the span's text, and reports on <html>. */
function report(text: string, analysis: Analysis, mark: MarkResult, markMs: number, extractMs: number): void {
  const map = buildTextMap(document, text);
  const spans = [...analysis.people.flatMap((p) => p.mentions), ...analysis.quotes];
  let exact = 0;
  let unmapped = 0;
  const wrong: string[] = [];
  for (const s of spans) {
    const ranges = map.ranges(s.start, s.end);
    if (ranges.length === 0) {
      unmapped++;
      continue;
    }
    const got = fold(ranges.map((r) => r.toString()).join(''));
    const want = fold(text.slice(s.start, s.end));
    if (got === want) exact++;
    else if (wrong.length < 5) wrong.push(`${want} ≠ ${got}`);
  }
  runs++;
  root.dataset.ledeProbe = JSON.stringify({
    people: analysis.people.length,
    spans: spans.length,
    exact,
    unmapped,
    wrong,
    coverage: Math.round(map.coverage * 1000) / 1000,
    mentions: mark.mentions,
    words: text.split(/\s+/).length,
    extractMs,
    markMs,
    runs,
    firstPerson: analysis.people.slice().sort((a, b) => a.mentions[0].start - b.mentions[0].start)[0]?.name ?? null,
  });
  root.dataset.ledePeople = String(mark.people);
  root.dataset.ledeQuotes = String(mark.quotes);
  root.dataset.ledeStatus = 'ready';
}

/** The article's region with the background's anchors, as read-page.ts answers it (null: no region). */
function anchoredRegion(extracted: InertArticle, analysis: Analysis): ArticleRegion | null {
  if (!extracted.region || !extracted.segments) return extracted.region;
  return { ...extracted.region, anchors: anchorSpans(extracted.segments, extracted.text, markedSpans(analysis)) };
}

/**
 * Whether the page took the anchors (its region's text is the copy's) and how many spans they place
 * exactly where the page's own alignment of the same region does.
 */
function anchorCheck(text: string, analysis: Analysis, region: ArticleRegion | null) {
  const root = regionElement(document, region);
  if (!region?.anchors || !root) return { used: false, same: 0, spans: 0 };
  const used = checkedAnchors(region.anchors, runSteps(collectTextNodesSteps(root)).data) !== null;
  const anchored = runSteps(regionTextMapSteps(document, text, region));
  const own: TextMap = buildTextMap(document, text, { root });
  const ends = (m: TextMap, s: { start: number; end: number }) =>
    m.ranges(s.start, s.end).map((r) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset]);
  const spans = markedSpans(analysis).map(([start, end]) => ({ start, end }));
  let same = 0;
  for (const s of spans) {
    const a = ends(anchored, s);
    const b = ends(own, s);
    if (a.length === b.length && a.every((x, i) => x.every((v, j) => v === b[i][j]))) same++;
  }
  return { used, same, spans: spans.length };
}

/** What Lede's background reads from this page (no gate: the probe runs everywhere). */
function readPage() {
  return extractInert(serializePage(document), { url: location.href, forced: true });
}

function start(): void {
  const t0 = performance.now();
  const extracted = readPage();
  if (!extracted || !extracted.text) {
    root.dataset.ledeStatus = 'skipped';
    return;
  }
  const analysis = fakeAnalysis(extracted.text, extracted.meta);
  // Marked from the background's anchors where the page takes them, as the page layer is.
  const region = anchoredRegion(extracted, analysis);
  const t1 = performance.now();
  const mark = markPage(document, analysis, controller.signal, { getHistory: history, region });
  report(extracted.text, analysis, mark, performance.now() - t1, t1 - t0);
  root.dataset.ledeProbeAnchors = JSON.stringify(anchorCheck(extracted.text, analysis, region));
  // The living-page loop, exactly as the content script is meant to use it.
  let changeStart = 0;
  keepMarked(
    document,
    { text: extracted.text, analysis, mark },
    {
      extract: () => {
        changeStart = performance.now();
        return readPage();
      },
      analyze: async (a) => fakeAnalysis(a.text, a.meta),
      mark: { getHistory: history },
      onMarked: (r, a) => {
        if (r && a) report(a.article.text, a, r, performance.now() - changeStart, 0);
        else root.dataset.ledeStatus = 'skipped';
      },
      onError: (e) => console.error('[Lede]', e),
      observe: { debounceMs: 150 },
    },
    controller.signal,
  );
}

try {
  start();
  // The card's live region is in a closed shadow root: only an extension can look inside
  // (Firefox: openOrClosedShadowRoot on the element; Chromium: chrome.dom). Reports what a
  // screen reader is given: the region's politeness, role and text.
  document.addEventListener('lede-probe-live', () => {
    const host = document.querySelector('lede-card-host');
    const pierce = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } })
      .chrome?.dom?.openOrClosedShadowRoot;
    const shadow = host
      ? ((host as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
        pierce?.(host) ??
        null)
      : null;
    const live = shadow?.querySelector('[aria-live]');
    root.dataset.ledeProbeLive = JSON.stringify(
      live
        ? { live: live.getAttribute('aria-live'), role: live.getAttribute('role'), text: live.textContent ?? '' }
        : { live: null, role: null, text: null, shadow: !!shadow },
    );
  });
  document.addEventListener('lede-probe-undo', () => {
    controller.abort();
    root.dataset.ledeStatus = 'undone';
  });
} catch (e) {
  console.error('[Lede]', e);
  root.dataset.ledeStatus = 'error';
}
