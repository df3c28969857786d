// Quotations and questions in the lead: a sentence that is mostly a quotation, a piece of a quotation that runs over
// several sentences, a question. None of them is shown on its own.

// an inch mark: a straight double mark after a figure and before a word (The 6'2" forward…, a 13" MacBook, 14" of
// snow), read as one only when the sentence's straight marks do not pair up (the "Class of 1990" reunion pairs)
const INCH = /(?<=\d)"(?=\s+[\p{L}\p{N}])/gu;

/** The sentence with its inch marks as double primes, so that they open and close no quotation. */
function withoutInches(s: string): string {
  if (!s.includes('"')) return s;
  let straight = 0;
  for (const c of s) if (c === '"') straight++;
  return straight % 2 === 1 ? s.replace(INCH, '″') : s;
}

/** Share of the sentence's characters that sit inside quotation marks. */
function quotedShare(raw: string): number {
  const s = withoutInches(raw);
  let inside = 0;
  let open = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“' || (c === '"' && !open)) {
      open = true;
      start = i;
    } else if ((c === '”' || c === '"') && open) {
      open = false;
      inside += i - start;
    }
  }
  if (open) inside += s.length - start;
  return Math.max(inside, singleQuoted(s)) / Math.max(1, s.length);
}

// a single mark that opens a quotation (at the start, or after a space, a bracket or a dash) and one that closes it
// with the quotation's punctuation inside or right after it ("…place,' said", "…place', said"): not the apostrophe
// in "don't" or "the '90s", nor the one of a plural's possessive ("the plaintiffs' lawyers")
const SINGLE_OPEN = /(?:^|[\s(\[—–-])['‘](?=[\p{L}\p{N}])/gu;
const SINGLE_CLOSE = /(?<=[.,!?])['’](?=\s|$)|(?<=[\p{L}\p{N}])['’](?=[.,;:!?](?:\s|$))/gu;

/**
 * Characters inside single quotation marks, as British news writes a quotation ("'This is the wrong place,' said
 * Cllr Hall."): from an opening mark to the next closing one.
 */
function singleQuoted(s: string): number {
  if (!s.includes("'") && !s.includes('‘')) return 0;
  let inside = 0;
  let from = 0;
  for (const o of s.matchAll(SINGLE_OPEN)) {
    if (o.index < from) continue;
    SINGLE_CLOSE.lastIndex = o.index + o[0].length;
    const c = SINGLE_CLOSE.exec(s);
    if (!c) break;
    inside += c.index - o.index;
    from = c.index + 1;
  }
  return inside;
}

/**
 * A quotation with its attribution: mostly quoted, or opened by a quotation ("“I heard the roof go,” said…"). A
 * sentence that reports words inside its own clause is not.
 */
export function isQuotation(s: string): boolean {
  const q = quotedShare(s);
  return q > 0.6 || (q > 0.3 && /^["“‘']/.test(s));
}

/**
 * A piece of a quotation that runs over several sentences: its quotation marks do not pair up ("The problem is how
 * long it will take." closing a quotation opened a sentence before).
 */
export function quotationPiece(s: string): boolean {
  let curly = 0;
  let straight = 0;
  for (const c of withoutInches(s)) {
    if (c === '“' || c === '”') curly++;
    else if (c === '"') straight++;
  }
  return curly % 2 === 1 || straight % 2 === 1;
}

/**
 * Whether a quotation is still open at the end of the sentence, given whether one was open at its start. A straight
 * mark opens at the start or after a space, bracket or dash, and closes elsewhere.
 */
export function leavesQuoteOpen(raw: string, openAtStart: boolean): boolean {
  const s = withoutInches(raw);
  let open = openAtStart;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = i === 0 || /[\s(\[—–-]/.test(s[i - 1]);
  }
  return open;
}

/** A question, not a statement that reports one ("…asking if there were “any un-angry supporters?”"). */
export function isQuestion(s: string): boolean {
  const m = /\?(["”’)]?)$/.exec(s);
  if (!m) return false;
  if (!m[1] || m[1] === ')') return true;
  // the quotation that ends the sentence opens after its start: reported speech
  const open = Math.max(s.lastIndexOf('“'), s.lastIndexOf('"', s.length - 2), s.lastIndexOf('‘'));
  return open <= 0;
}
