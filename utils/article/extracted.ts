// What extraction gives: the article's metadata and its body text (shared by the fast path and the
// Readability path, so neither imports the other's module for it).
import type { ArticleMeta } from '../nlp/types';

export interface ExtractedArticle {
  meta: ArticleMeta;
  /** Body paragraphs joined by "\n\n". */
  text: string;
  paragraphs: string[];
}
