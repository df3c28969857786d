// What a hover card shows. The page layer fills everything but `history`, which the
// integrator fills from the reading memory (background store).

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

export interface PersonHistory {
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
  /** undefined: still loading; null: nothing remembered (or no memory available). */
  history?: PersonHistory | null;
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
