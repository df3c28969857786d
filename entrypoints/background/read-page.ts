// The background's half of reading a page ('lede:read-page'): the page layer sends its HTML, and
// here, off the page's main thread, it is parsed inert, gated, its article extracted (inert.ts:
// in Firefox's background page; in Chrome's offscreen document, offscreen.ts), the text analysed
// and the article remembered before the answer. Every step is one run of the fair scheduler, so a
// page that sends big or many pages cannot hold up another tab. Nothing the page says is trusted:
// the HTML is capped, the text and metadata cut (input.ts), and the record's address is the
// sender's as the browser reports it, never one the page names.
import { analyzeText, type TextAnalysis } from '../../utils/nlp/analyze';
import type { InertArticle, MessageSender, ReadPageAnswer } from '../../utils/messaging';
import type { Memory } from '../../utils/store/background';
import type { ArticleMeta } from '../../utils/nlp/types';
import { MAX_PAGE_CHARS } from '../../utils/page/serialize';
import { FairScheduler, type ScheduledRun } from './scheduler';
import { boundedInput } from './input';
import type { InertOptions } from './inert';
import type { ArticleRegion } from '../../utils/page/region';
import { anchorSpans, markedSpans } from '../../utils/page/anchors';
import { quotedSpans } from '../../utils/article/extracted';
import { countWords, pageAnalysis, pageListing } from './for-page';

export type Extractor = (html: string, opts: InertOptions) => InertArticle | null | Promise<InertArticle | null>;

interface Read {
  meta: ArticleMeta;
  text: string;
  analysis: TextAnalysis;
  /** False when the frame's last read had the same address and text (analysis reused). */
  fresh: boolean;
  region: ArticleRegion | null;
}

export interface PageReader {
  read(request: { html?: unknown; forced?: unknown }, sender: MessageSender): Promise<ReadPageAnswer>;
  /** The tab closed: its frames' last texts and scheduling history go. */
  forgetTab(tabId: number): void;
  /** What the scheduler ran lately (tests, bench). */
  log(): ScheduledRun[];
}

export function startPageReader(extract: Extractor, memory: Pick<Memory, 'remember'>): PageReader {
  const scheduler = new FairScheduler<Read | null>();
  /** Per frame ("tab:frame"): the last address and text analysed, so an unchanged page is not analysed again. */
  const last = new Map<string, { url: string | null; text: string; analysis: TextAnalysis }>();

  return {
    async read(request, sender) {
      const html = typeof request.html === 'string' ? request.html : '';
      if (html.length > MAX_PAGE_CHARS) {
        throw new Error(`the page's HTML is ${html.length} characters; Lede reads pages of up to ${MAX_PAGE_CHARS}`);
      }
      const forced = request.forced === true;
      const from = `${sender.tabId ?? 'none'}:${sender.frameId ?? 0}`;
      // The top frame's address is the tab's (current after pushState); a subframe's is its own.
      const url = sender.frameId === 0 ? (sender.tabUrl ?? sender.url) : sender.url;
      const { value, own } = await scheduler.submit(
        from,
        async (): Promise<Read | null> => {
          const extracted = await extract(html, { url, forced });
          if (!extracted?.text) return null;
          const { text, meta } = boundedInput(extracted);
          const before = last.get(from);
          if (before && before.url === url && before.text === text) {
            const region = anchoredRegion(extracted, text, before.analysis);
            return { meta, text, analysis: before.analysis, fresh: false, region };
          }
          // block quotations past a cut text are dropped, not clipped
          const blockquotes = quotedSpans(extracted).filter((s) => s.end <= text.length);
          const analysis = analyzeText(text, { publishedAt: meta.publishedAt, title: meta.title, blockquotes });
          last.set(from, { url, text, analysis });
          return { meta, text, analysis, fresh: true, region: anchoredRegion(extracted, text, analysis) };
        },
        html.length,
      );
      if (!value) return { status: 'skipped' };
      // Replaced by a newer page from the same frame: that one is remembered, and this caller (an
      // outdated run of the page's pipeline) drops the answer. Remembered before answering, so the
      // popup opened next finds it; a refused or failed save (limits, quota) never stops the page.
      if (own && value.fresh)
        await memory.remember(value.text, value.meta, value.analysis, { url, tabId: sender.tabId });
      // Only what the page's thread needs (for-page.ts); the memory above got the whole analysis.
      return {
        status: 'article',
        meta: value.meta,
        text: value.text,
        analysis: pageAnalysis(value.analysis),
        region: value.region,
        listing: pageListing(value.meta, value.analysis),
        words: countWords(value.text),
      };
    },
    forgetTab(tabId) {
      for (const key of [...last.keys()]) {
        if (key.startsWith(`${tabId}:`)) {
          last.delete(key);
          scheduler.forget(key);
        }
      }
    },
    log: () => scheduler.log(),
  };
}

/**
 * The article's region with the marks already placed in its text nodes (utils/page/anchors.ts), so
 * the page need not align the text on its own thread; the region alone when the copy's text is missing.
 */
function anchoredRegion(extracted: InertArticle, text: string, analysis: TextAnalysis): ArticleRegion | null {
  const region = extracted.region ?? null;
  if (!region || !Array.isArray(extracted.segments)) return region;
  try {
    return { ...region, anchors: anchorSpans(extracted.segments, text, markedSpans(analysis)) };
  } catch {
    return region; // the page aligns the text itself
  }
}
