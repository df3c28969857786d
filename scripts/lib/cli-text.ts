// One plain-text document through the analysis, without the HTML parser: `--text` runs load only
// this (scripts/analyze.ts), which spares them the parser's start-up.
import type { Analysis } from '../../utils/nlp/types';
import { analyzePlainText } from '../../utils/article/analyzeDocument';
import { isIsoDate } from './cli-args';
import { InputError, checkString } from './cli-input';

export interface DocInput {
  kind: 'html' | 'text';
  content: string;
  url?: string | null;
  published?: string | null;
}

/** Checks what every input needs (a string, a valid "published"); returns the content. */
export function checkInput(input: DocInput): string {
  const content = checkString(input.content, input.kind);
  if (input.published != null && !isIsoDate(input.published)) {
    throw new InputError(`"published" wants a date YYYY-MM-DD, got "${input.published}"`);
  }
  return content;
}

/** Analyzes one decoded plain-text document; throws InputError for bad input. */
export function analyzeTextInput(input: DocInput, stats = true): Analysis {
  const content = checkInput({ ...input, kind: 'text' });
  const out = analyzePlainText(content, { url: input.url, published: input.published });
  if (!stats) delete out.stats;
  return out;
}
