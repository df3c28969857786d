// The popup's sections that come from the reading memory (App.tsx lists them in SECTIONS and
// EMPTY_SECTIONS), wired to the extension's memory client.
import './memory.css';
import type { ArticleSummary, TabState } from '../../utils/messaging';
import { extensionMemoryClient } from '../../utils/store/client';
import type { MemoryClient } from '../../utils/store/messages';
import { MemoryPanel } from './MemoryPanel';
import { OverviewPanel } from './OverviewPanel';
import type { SectionId } from './ArticleMemory';

/** Summary, timeline, quotations and related coverage for the tab's article. */
export function MemorySection({
  article,
  client = extensionMemoryClient(),
  only = ['summary', 'timeline', 'quotes', 'related'],
}: {
  tabId: number;
  article: ArticleSummary;
  client?: MemoryClient;
  only?: SectionId[];
}) {
  if (!article.url) return null;
  return <MemoryPanel url={article.url} client={client} only={only} />;
}

/** Recent reading and most-read people under the popup's empty state. */
export function RecentSection({
  client = extensionMemoryClient(),
}: {
  tabId: number | null;
  state: Exclude<TabState, { status: 'ready' }>;
  client?: MemoryClient;
}) {
  return <OverviewPanel client={client} bare />;
}
