// Test-only content script (bundled into a throwaway extension by ../page-kit.ts): runs the
// real extractor and the real page layer on any page with a stand-in analysis, checks that
// every span lands on exactly its text, and reports through data-lede-* on <html>, as the
// real content script does. Listens for `lede-probe-undo` to turn itself off.
import { extractArticle } from '../../../utils/article';
import { isInsignificant, foldCode } from '../../../utils/page/align';
import { markPage, type MarkResult } from '../../../utils/page/mark';
import { onPageChange, textFingerprint } from '../../../utils/page/observe';
import { buildTextMap } from '../../../utils/page/textmap';
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
let current: MarkResult | null = null;
let lastFingerprint = '';
let runs = 0;

function run(): void {
  const t0 = performance.now();
  const extracted = extractArticle(document, { url: location.href });
  if (!extracted || !extracted.text) {
    root.dataset.ledeStatus = 'skipped';
    return;
  }
  const fp = textFingerprint(extracted.text);
  if (fp === lastFingerprint && current && !current.isStale()) return; // nothing new
  lastFingerprint = fp;
  const analysis = fakeAnalysis(extracted.text, extracted.meta);
  const t1 = performance.now();

  // Exactness: each span's live ranges must hold exactly the span's text.
  const map = buildTextMap(document, extracted.text);
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
    const want = fold(extracted.text.slice(s.start, s.end));
    if (got === want) exact++;
    else if (wrong.length < 5) wrong.push(`${want} ≠ ${got}`);
  }

  current?.undo();
  const t2 = performance.now();
  current = markPage(document, analysis, controller.signal, {
    getHistory: (p) => ({
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
    }),
  });
  const t3 = performance.now();
  runs++;
  root.dataset.ledeProbe = JSON.stringify({
    people: analysis.people.length,
    spans: spans.length,
    exact,
    unmapped,
    wrong,
    coverage: Math.round(map.coverage * 1000) / 1000,
    mentions: current.mentions,
    words: extracted.text.split(/\s+/).length,
    extractMs: t1 - t0,
    markMs: t3 - t2,
    runs,
    firstPerson: analysis.people.slice().sort((a, b) => a.mentions[0].start - b.mentions[0].start)[0]?.name ?? null,
  });
  root.dataset.ledePeople = String(current.people);
  root.dataset.ledeQuotes = String(current.quotes);
  root.dataset.ledeStatus = 'ready';
}

try {
  run();
  onPageChange(
    () => {
      try {
        run();
      } catch (e) {
        console.error('[Lede]', e);
      }
    },
    controller.signal,
    { debounceMs: 150 },
  );
  document.addEventListener('lede-probe-undo', () => {
    controller.abort();
    current = null;
    root.dataset.ledeStatus = 'undone';
  });
} catch (e) {
  console.error('[Lede]', e);
  root.dataset.ledeStatus = 'error';
}
