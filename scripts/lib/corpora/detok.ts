// Rebuilds readable text from pre-tokenized corpora (MEANTIME, CoNLL) and records each token's offsets.

export interface TokenSpan {
  start: number;
  end: number;
}

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '%',
  "'s",
  "'S",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
  '’s',
  "'",
  '...',
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '#']);

/** Normalize PTB quote tokens. */
export function normToken(tok: string): string {
  if (tok === '``' || tok === "''") return '"';
  if (tok === '-LRB-') return '(';
  if (tok === '-RRB-') return ')';
  return tok;
}

/**
 * Joins sentences of tokens into text. Sentences are separated by `sentenceSep(i)` (" " or "\n\n").
 * Double quotes alternate open/close to decide spacing.
 */
export function detokenize(
  sentences: string[][],
  sentenceSep: (i: number) => string = () => ' ',
): { text: string; spans: TokenSpan[][] } {
  let text = '';
  const spans: TokenSpan[][] = [];
  let quoteOpen = false;
  for (let s = 0; s < sentences.length; s++) {
    if (s > 0) text += sentenceSep(s);
    const row: TokenSpan[] = [];
    let prev = '';
    for (let k = 0; k < sentences[s].length; k++) {
      const tok = normToken(sentences[s][k]);
      let space = k > 0;
      if (NO_SPACE_BEFORE.has(tok) || NO_SPACE_AFTER.has(prev)) space = false;
      if (tok === '"') {
        if (quoteOpen) space = false;
        quoteOpen = !quoteOpen;
      } else if (prev === '"' && quoteOpen) space = false;
      // GUM splits hyphenated names: "El - Hassan", "Shin - Wook" → "El-Hassan"
      const nextTok = sentences[s][k + 1];
      if (prev === '-' && k >= 2 && /^\p{Lu}/u.test(sentences[s][k - 2]) && /^\p{Lu}/u.test(tok)) space = false;
      if (tok === '-' && /^\p{Lu}/u.test(prev) && nextTok !== undefined && /^\p{L}/u.test(nextTok)) space = false;
      // "Hau Lung - bin", "Moon Jae - in": a lower-case second part of a hyphenated given name
      if (prev === '-' && k >= 2 && /^\p{Lu}\p{Ll}*$/u.test(sentences[s][k - 2]) && /^\p{Ll}+$/u.test(tok))
        space = false;
      // "O' Leary" → "O'Leary", "D' Alema" → "D'Alema"
      if (/^[OD]['’]$/.test(prev) && /^\p{Lu}/u.test(tok)) space = false;
      if (space) text += ' ';
      row.push({ start: text.length, end: text.length + tok.length });
      text += tok;
      prev = tok;
    }
    spans.push(row);
  }
  return { text, spans };
}

export function decodeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}
