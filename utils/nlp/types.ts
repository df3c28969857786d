// The analysis contract (shared/DESIGN.md, "The analysis contract"). Offsets are UTF-16
// indexes into article.text, end exclusive. These types are the boundary between the pure
// analysis, the CLI, the content script, the store and the UI.

export interface Span {
  start: number;
  end: number;
}

export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  publisher: string | null;
  /** YYYY-MM-DD (or a longer ISO string's date part). */
  publishedAt: string | null;
  url: string | null;
  language: string | null;
}

export interface ArticleOut extends ArticleMeta {
  /** Body text only, paragraphs separated by "\n\n". */
  text: string;
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  descriptors: string[];
  mentions: Span[];
  /** Named only in credit lines (a byline, "Photograph: …", "Reporting by …"): made the page, is not in the story. */
  credit?: true;
}

export type SpeakerKind = 'person' | 'organization' | 'unnamed' | 'unknown';

export interface Speaker {
  kind: SpeakerKind;
  personId: string | null;
  name: string | null;
  start: number;
  end: number;
}

export interface Quote extends Span {
  text: string;
  speaker: Speaker | null;
  cue: string | null;
  /** 'qa': an interview answer, printed without quotation marks (start/end are the answer's own words). */
  form?: 'qa';
  /** On 'qa' quotes: the words naming who answers (a turn label, or the interviewee the introduction names). */
  answerer?: Span | null;
}

export interface DateMention extends Span {
  text: string;
  value: string | null;
}

export interface TimelineEntry extends Span {
  date: string;
  text: string;
}

export interface AnalysisStats {
  extractMs: number;
  analyzeMs: number;
  words: number;
}

export interface Analysis {
  article: ArticleOut;
  people: Person[];
  quotes: Quote[];
  dates: DateMention[];
  timeline: TimelineEntry[];
  summary: string[];
  stats?: AnalysisStats;
}
