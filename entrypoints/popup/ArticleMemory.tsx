// The article popup's sections from the reading memory, in order, for the container to render
// under the header (the popup's own PeopleList sits between timeline and quotations).
import type { RelatedResult } from '../../utils/store/related';
import type { TimelineItem } from '../../utils/store/story-timeline';
import { Summary } from './Summary';
import { Timeline } from './Timeline';
import { Quotes, type QuoteItem } from './Quotes';
import { Related } from './Related';
import type { LoadState } from '../../components/Status';

export interface ArticleMemoryProps {
  summary: string[];
  timeline: TimelineItem[];
  quotes: QuoteItem[];
  related: RelatedResult | null;
  /** State of the memory lookups (timeline from memory, related). */
  memoryState?: LoadState;
  memoryError?: string;
  /** Sections to render (default all). */
  only?: SectionId[];
}

export type SectionId = 'summary' | 'timeline' | 'quotes' | 'related';

export function ArticleMemory(p: ArticleMemoryProps) {
  const show = (id: SectionId) => !p.only || p.only.includes(id);
  return (
    <>
      {show('summary') ? <Summary sentences={p.summary} /> : null}
      {show('timeline') ? <Timeline items={p.timeline} /> : null}
      {show('quotes') ? <Quotes quotes={p.quotes} /> : null}
      {show('related') ? <Related result={p.related} state={p.memoryState} error={p.memoryError} /> : null}
    </>
  );
}
