// The page pipeline: serialize → (background: gate, extract, analyse) → mark. One PagePipeline per
// tab; run() again on a single-page-app navigation or when the article's text changes. The page's
// main thread only serializes the page (utils/page/serialize.ts) and marks it; the gate, the
// extraction and the analysis run in the background on an inert parse (entrypoints/background/
// read-page.ts). It touches the page only through markPage and the data-lede-* attributes on <html>.
import { markPageInSteps, type MarkOptions, type MarkResult } from '../../utils/page/mark';
import { buildTextMap } from '../../utils/page/textmap';
import { nextTask } from '../../utils/page/next-task';
import { copyHtml, copyPage } from '../../utils/page/serialize';
import type { ArticleSummary, PageAnalysis, PageListing, TabState } from '../../utils/messaging';
import type { ArticleMeta } from '../../utils/nlp/types';
import { askBackground, extensionApi, type ExtensionApi } from './extension-api';
import { MAX_CONTENT_RUNS } from './run-policy';

/** Why the pipeline runs; 'forced' is the reader asking to analyse a page the gate skipped. */
export type RunReason = 'initial' | 'navigation' | 'content' | 'forced';

interface Marked {
  /** The page's address and the analysed text: the same again means nothing changed. */
  url: string;
  text: string;
  analysis: PageAnalysis;
  mark: MarkResult;
  controller: AbortController;
}

export class PagePipeline {
  private generation = 0;
  private marked: Marked | null = null;
  /** The marking in progress (in slices), stopped by a newer run or by turnOff. */
  private marking: AbortController | null = null;
  private contentRuns = 0;
  /** The reader asked for this page; the gate no longer decides (until a navigation). */
  private forced = false;
  state: TabState = { status: 'working' };

  constructor(
    private readonly doc: Document,
    private readonly report: (state: TabState) => void,
    private readonly opts: Pick<MarkOptions, 'getHistory'> = {},
    /** The browser's extension API (no polyfill in the page layer). */
    private readonly api: ExtensionApi | undefined = extensionApi(),
  ) {}

  /** Runs the pipeline; resolves when done or superseded by a newer run. Rejects on error. */
  async run(reason: RunReason): Promise<void> {
    if (reason === 'navigation') {
      this.contentRuns = 0;
      this.forced = false;
    }
    if (reason === 'content' && ++this.contentRuns > MAX_CONTENT_RUNS) return;
    const generation = ++this.generation;
    this.marking?.abort();
    const root = this.doc.documentElement;
    const perf = this.doc.defaultView?.performance;
    // 'lede:start' is the first content script's mark (the tripwire, content/tripwire.ts), before this layer's load.
    if (reason !== 'initial' && reason !== 'content' && root.dataset.ledeStatus !== undefined) {
      root.dataset.ledeStatus = 'working';
    }
    if (reason === 'forced') this.forced = true;

    const url = this.doc.location?.href ?? '';
    // The layer's own start (its compile and top level) ran in this task: serializing begins in the next.
    const pause = nextTask(this.doc.defaultView);
    await pause();
    if (generation !== this.generation) return; // a newer run took over
    // The page as HTML: a copy, its pruned HTML, and the message (Chrome converts it on this
    // thread), each in its own task; then the background's work, off this thread. The measures
    // are wall time: lede:serialize the page's (with the two pauses), lede:read the background's.
    perf?.mark('lede:serialize:start');
    const copy = copyPage(this.doc);
    await pause();
    const html = copyHtml(copy);
    await pause();
    if (generation !== this.generation) return; // a newer run took over
    perf?.measure('lede:serialize', 'lede:serialize:start');
    perf?.mark('lede:read:start');
    if (!this.api) throw new Error('the extension is gone');
    const read = await askBackground(this.api, 'lede:read-page', { html, forced: this.forced });
    perf?.measure('lede:read', 'lede:read:start');
    if (generation !== this.generation) return; // a newer run took over
    if (read?.status !== 'article' || !read.text) {
      this.clear();
      root.dataset.ledeStatus = 'skipped';
      if (reason === 'initial') perf?.mark('lede:skipped');
      this.finish({ status: 'skipped' });
      return;
    }

    // Compared as strings (native), not hashed: a hash loop over the text runs cold here.
    const previous = this.marked;
    const same = previous !== null && previous.url === url && previous.text === read.text;
    if (same && !previous.mark.isStale()) return; // nothing changed
    // The background reuses its analysis of an unchanged text; the page reuses its own too.
    const analysis = same ? previous.analysis : read.analysis;
    const extracted = { meta: read.meta, text: read.text };

    // Marked in slices with the page's turn between them (no long task on a long article); the
    // old marks stay until the new ones are painted.
    const controller = new AbortController();
    this.marking = controller;
    const article = { ...extracted.meta, text: extracted.text };
    const mark = await markPageInSteps(this.doc, { ...analysis, article }, controller.signal, {
      ...this.opts,
      styled: true, // the ::highlight rules come with the first content script (the manifest's content.css)
      replaces: previous?.mark,
      region: read.region,
    });
    if (generation !== this.generation || controller.signal.aborted) {
      controller.abort(); // a newer run or turnOff took over: these marks go too
      return;
    }
    this.marking = null;
    this.clear();
    this.marked = { url, text: extracted.text, analysis, mark, controller };
    root.dataset.ledePeople = String(mark.people);
    root.dataset.ledeQuotes = String(mark.quotes);
    root.dataset.ledeStatus = 'ready';
    // The word count (the background's) lets a bench put the page's cost per 1,000 words.
    if (reason === 'initial') perf?.mark('lede:ready', { detail: { words: read.words } });
    this.finish({ status: 'ready', article: summarize(extracted.meta, read.listing, mark) });
  }

  /** Scrolls to the first mention of the person named `name` (or one of their aliases). */
  showPerson(name: string): boolean {
    const marked = this.marked;
    if (!marked) return false;
    const person = marked.analysis.people.find((p) => p.name === name || p.aliases.includes(name));
    if (!person || person.mentions.length === 0) return false;
    const first = person.mentions.reduce((a, b) => (b.start < a.start ? b : a));
    const [range] = buildTextMap(this.doc, marked.text).ranges(first.start, first.end);
    const element = range?.startContainer.parentElement;
    if (!element) return false;
    element.scrollIntoView({ block: 'center' });
    return true;
  }

  /** The reader turned Lede off here: every mark and attribute goes, the page is as it was. */
  turnOff(): void {
    this.generation++; // a run in flight must not mark after this
    this.marking?.abort();
    this.clear();
    delete this.doc.documentElement.dataset.ledeStatus;
    this.finish({ status: 'off' });
  }

  /** Removes every mark and the counts; the status attribute stays (it says what Lede did). */
  clear(): void {
    const marked = this.marked;
    this.marked = null;
    if (!marked) return;
    marked.controller.abort();
    marked.mark.undo();
    delete this.doc.documentElement.dataset.ledePeople;
    delete this.doc.documentElement.dataset.ledeQuotes;
  }

  private finish(state: TabState): void {
    this.state = state;
    this.report(state);
  }
}

/** The popup's view of the article: the byline's names and the people come made from the background. */
function summarize(meta: ArticleMeta, listing: PageListing, mark: MarkResult): ArticleSummary {
  return {
    title: meta.title,
    publisher: meta.publisher,
    byline: meta.byline,
    publishedAt: meta.publishedAt,
    url: meta.url,
    authors: listing.authors,
    people: listing.people,
    marked: { people: mark.people, quotes: mark.quotes },
  };
}
