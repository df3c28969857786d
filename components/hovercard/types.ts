// What a hover card shows. The in-page card shows only what the page says; `history` (the reading
// memory) is shown by the memory frame (entrypoints/memory-card), never in the page.

export interface HistoryHeadline {
  title: string;
  url: string;
  /** YYYY-MM-DD or null. */
  date: string | null;
  site: string | null;
}

export interface EarlierQuote {
  text: string;
  title: string | null;
  url: string | null;
  date: string | null;
}

/**
 * What the memory frame shows of a person, made from the store's PersonHistory
 * (utils/store/history.ts, the one record of it) by cardHistory in utils/page/memory.ts.
 */
export interface CardHistory {
  /** Other articles the reader read that name this person. */
  articleCount: number;
  headlines: HistoryHeadline[];
  earlierQuote: EarlierQuote | null;
}

export interface PersonCardData {
  kind: 'person';
  name: string;
  descriptors: string[];
  mentionCount: number;
  /** Texts of their quotations in this article. */
  quotes: string[];
  /**
   * Not rendered by the in-page card (HoverCard): the memory frame fetches and shows it. Kept for
   * markPage's getHistory option, which Lede's page layer no longer passes.
   */
  history?: CardHistory | null;
}

export interface QuoteCardData {
  kind: 'quote';
  text: string;
  /** Who said it, as the text attributes it ("Bernie Sanders", "one of the organizers"). */
  speaker: string | null;
  speakerKind: 'person' | 'organization' | 'unnamed' | 'unknown' | null;
  cue: string | null;
}

export type CardData = PersonCardData | QuoteCardData;
