// The analysis CLI as pure functions (argument parsing, one document, one JSONL line), so tests
// can call them without spawning; scripts/analyze.ts only does the I/O.
import { parseHTML } from 'linkedom';
import type { Analysis } from '../../utils/nlp/types';
import { analyzeDocument, analyzePlainText } from '../../utils/article/analyzeDocument';
import { blockParagraphs } from '../../utils/article/paragraphs';
import { extractMetadata } from '../../utils/article/metadata';
import type { ExtractedArticle } from '../../utils/article/extract';
import { InputError, checkString } from './cli-input';
import { PageLimitError } from '../../utils/article/limits';

export { InputError } from './cli-input';

export interface CliOptions {
  text: boolean;
  jsonl: boolean;
  url: string | null;
  published: string | null;
  stats: boolean;
  file: string | null;
}

export const USAGE = `usage: npm run -s analyze -- [--text] [--url URL] [--published YYYY-MM-DD] [--no-stats] [FILE|-]
       npm run -s analyze -- --jsonl [--url URL] [--published YYYY-MM-DD] < lines.jsonl
  FILE or "-" (standard input, the default) holds an HTML page, or plain text with --text.
  --jsonl reads lines {"id","html"|"text","url"?,"published"?} and writes one JSON line per input.`;

export class UsageError extends Error {}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { text: false, jsonl: false, url: null, published: null, stats: true, file: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--text') o.text = true;
    else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--no-stats') o.stats = false;
    else if (a === '--url' || a.startsWith('--url=')) o.url = value();
    else if (a === '--published' || a.startsWith('--published=')) {
      o.published = value();
      if (!isIsoDate(o.published)) throw new UsageError(`--published wants a date YYYY-MM-DD, got "${o.published}"`);
    } else if (a === '-h' || a === '--help') throw new UsageError('');
    else if (a === '-' || !a.startsWith('-')) {
      if (o.file !== null) throw new UsageError('give one input file');
      o.file = a;
    } else throw new UsageError(`unknown option ${a}`);
  }
  if (o.jsonl && o.file !== null && o.file !== '-') throw new UsageError('--jsonl reads standard input only');
  if (o.jsonl && o.text) throw new UsageError('--jsonl and --text do not combine (each line says "html" or "text")');
  return o;
}

/** When Readability finds no article, the body's paragraphs are still better than nothing. */
function bodyFallback(doc: Document): ExtractedArticle | null {
  if (!doc.body) return null;
  const paragraphs = blockParagraphs(doc.body).map((b) => b.text);
  if (paragraphs.length === 0) return null;
  return { meta: extractMetadata(doc), text: paragraphs.join('\n\n'), paragraphs };
}

export interface DocInput {
  kind: 'html' | 'text';
  content: string;
  url?: string | null;
  published?: string | null;
}

/** Analyzes one already-decoded document; throws InputError for bad input. */
export function analyzeInput(input: DocInput, stats = true): Analysis {
  const content = checkString(input.content, input.kind);
  if (input.published != null && !isIsoDate(input.published)) {
    throw new InputError(`"published" wants a date YYYY-MM-DD, got "${input.published}"`);
  }
  let out: Analysis | null;
  if (input.kind === 'text') {
    out = analyzePlainText(content, { url: input.url, published: input.published });
  } else {
    const t0 = performance.now();
    const doc = parseHTML(content).document as unknown as Document;
    const parseMs = performance.now() - t0;
    // The fallback needs the unmutated page, so it parses its own copy (rare path).
    try {
      out = analyzeDocument(doc, {
        consume: true,
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
  }
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
