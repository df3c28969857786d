// Article gate, extraction and metadata. Works on any DOM Document: the live page in the content
// script (extraction clones it once; the page is never mutated), linkedom in the CLI and Node tests.
export { looksLikeArticle } from './gate';
export { extractArticle, type ExtractedArticle, type ExtractOptions } from './extract';
export { extractMetadata, stripTitleSuffix } from './metadata';
export { toIsoDate } from './date';
