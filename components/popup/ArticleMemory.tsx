// The article popup's sections in order, for the container to render under the header.
import type { RelatedResult } from '../../utils/store/related';
import type { TimelineItem } from '../../utils/store/story-timeline';
import { Summary } from './Summary';
import { Timeline } from './Timeline';
import { People, type PersonChip } from './People';
import { Quotes, type QuoteItem } from './Quotes';
import { Related } from './Related';
import type { LoadState } from './Status';

export interface ArticleMemoryProps {
  summary: string[];
  timeline: TimelineItem[];
  people: PersonChip[];
  quotes: QuoteItem[];
  related: RelatedResult | null;
  /** State of the memory lookups (timeline from memory, related). */
  memoryState?: LoadState;
  memoryError?: string;
  onPerson?: (name: string) => void;
}

export function ArticleMemory(p: ArticleMemoryProps) {
  return (
    <>
      <Summary sentences={p.summary} />
      <Timeline items={p.timeline} />
      <People people={p.people} onActivate={p.onPerson} />
      <Quotes quotes={p.quotes} />
      <Related result={p.related} state={p.memoryState} error={p.memoryError} />
    </>
  );
}
