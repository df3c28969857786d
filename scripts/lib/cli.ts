// The analysis CLI as pure functions (argument parsing, one document, one JSONL line), so tests
// can call them without spawning; scripts/analyze.ts only does the I/O.
import { parseHTML } from 'linkedom';
import type { Analysis } from '../../utils/nlp/types';
import { analyzeDocument } from '../../utils/article/analyzeDocument';
import { blockParagraphs } from '../../utils/article/paragraphs';
import { extractMetadata } from '../../utils/article/metadata';
import type { ExtractedArticle } from '../../utils/article/extract';
import { InputError } from './cli-input';
import { PageLimitError } from '../../utils/article/limits';
import { analyzeTextInput, checkInput, type DocInput } from './cli-text';

export { InputError } from './cli-input';
export { USAGE, UsageError, isIsoDate, parseArgs, type CliOptions } from './cli-args';
export type { DocInput } from './cli-text';

/** When Readability finds no article, the body's paragraphs are still better than nothing. */
function bodyFallback(doc: Document): ExtractedArticle | null {
  if (!doc.body) return null;
  const paragraphs = blockParagraphs(doc.body).map((b) => b.text);
  if (paragraphs.length === 0) return null;
  return { meta: extractMetadata(doc), text: paragraphs.join('\n\n'), paragraphs };
}

/** Analyzes one already-decoded document; throws InputError for bad input. */
export function analyzeInput(input: DocInput, stats = true): Analysis {
  if (input.kind === 'text') return analyzeTextInput(input, stats);
  const content = checkInput(input);
  const t0 = performance.now();
  const doc = parseHTML(content).document as unknown as Document;
  const parseMs = performance.now() - t0;
  let out: Analysis | null;
  // The fallback needs the unmutated page, so it parses its own copy (rare path).
  try {
    out = analyzeDocument(doc, {
      consume: true,
      scriptDom: true,
      url: input.url,
      published: input.published,
      fallback: () => bodyFallback(parseHTML(content).document as unknown as Document),
    });
  } catch (e) {
    if (e instanceof PageLimitError) throw new InputError(e.message);
    throw e;
  }
  if (!out) throw new InputError('no article text found in the page');
  if (out.stats) out.stats.extractMs = Math.round((out.stats.extractMs + parseMs) * 100) / 100;
  if (!stats) delete out.stats;
  return out;
}

/** One --jsonl input line → one output object (never throws). */
export function analyzeJsonLine(
  line: string,
  defaults: { url: string | null; published: string | null; stats: boolean },
): Record<string, unknown> {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return { id: null, error: 'line is not valid JSON' };
  }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    return { id: null, error: 'line is not a JSON object' };
  }
  const r = rec as Record<string, unknown>;
  const id = r.id === undefined ? null : r.id;
  try {
    const hasHtml = typeof r.html === 'string';
    const hasText = typeof r.text === 'string';
    if (hasHtml === hasText) throw new InputError('a line needs exactly one of "html" or "text" (a string)');
    for (const k of ['url', 'published'] as const) {
      if (r[k] != null && typeof r[k] !== 'string') throw new InputError(`"${k}" must be a string`);
    }
    const analysis = analyzeInput(
      {
        kind: hasHtml ? 'html' : 'text',
        content: (hasHtml ? r.html : r.text) as string,
        url: (r.url as string | undefined) ?? defaults.url,
        published: (r.published as string | undefined) ?? defaults.published,
      },
      defaults.stats,
    );
    return { id, ...analysis };
  } catch (e) {
    return { id, error: e instanceof Error ? e.message : String(e) };
  }
}
