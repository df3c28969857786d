// The page pipeline: gate → extract → analyse (in the background) → mark. Returns the tab's state.
// Touches the page only through markPage and the data-lede-* status attributes on <html>.
import { extractArticle } from '../../utils/article';
import { markPage, type MarkResult } from '../../utils/page/mark';
import { sendToBackground, type ArticleSummary, type TabState } from '../../utils/messaging';
import type { TextAnalysis } from '../../utils/nlp/analyze';
import { isArticlePage } from './gate';
import { bylineNames } from './byline';

export interface PipelineResult {
  state: TabState;
  mark: MarkResult | null;
}

export async function runPipeline(doc: Document, url: string, signal: AbortSignal): Promise<PipelineResult> {
  const root = doc.documentElement;
  if (!isArticlePage(doc)) {
    root.dataset.ledeStatus = 'skipped';
    return { state: { status: 'skipped' }, mark: null };
  }
  const extracted = extractArticle(doc, { url });
  if (!extracted || !extracted.text) {
    root.dataset.ledeStatus = 'skipped';
    return { state: { status: 'skipped' }, mark: null };
  }
  const analysis = await sendToBackground('lede:analyze', {
    text: extracted.text,
    meta: extracted.meta,
  });
  if (signal.aborted) return { state: { status: 'none' }, mark: null };

  const { meta } = extracted;
  const mark = markPage(doc, { ...analysis, article: { ...meta, text: extracted.text } }, signal);
  root.dataset.ledePeople = String(mark.people);
  root.dataset.ledeQuotes = String(mark.quotes);
  root.dataset.ledeStatus = 'ready';

  const article: ArticleSummary = {
    title: meta.title,
    publisher: meta.publisher,
    byline: meta.byline,
    publishedAt: meta.publishedAt,
    url: meta.url,
    authors: bylineNames(meta.byline),
    people: peopleByCount(analysis),
    marked: { people: mark.people, quotes: mark.quotes },
  };
  return { state: { status: 'ready', article }, mark };
}

function peopleByCount(analysis: TextAnalysis): ArticleSummary['people'] {
  return analysis.people
    .map((p) => ({ name: p.name, count: p.mentions.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
