// Step: the spans between quotation marks. One left-to-right pass over the marks of one style. Curly marks are
// unambiguous, but for one printed for the other (”…” and “…“, read by where they stand); a straight " opens after
// a space or a bracket and closes after a non-space. A paragraph that
// ends inside a quotation continues it when the next paragraph opens with a quotation mark (the news
// convention for quotations over several paragraphs), so such a quotation is one span.
// Single marks are the quotation marks of a text whose quotations are mostly in them (British style, with
// double marks for the quotations nested inside); elsewhere they are nested quotations or apostrophes. Spans of
// the other style that neither sit inside nor hold one of the text's are read too: double marks in a British text
// as any span, a sentence in single marks in a text quoted in double ones (or none) as a weak one, a quotation
// only with speech attached ('A spokesman said: 'We are investigating.'').

export interface RawSpan {
  open: number; // index of the opening mark
  close: number; // index of the closing mark (or end of the unclosed paragraph)
  start: number;
  end: number;
  /** In the marks of the style the text does not use for its quotations (single marks in a text quoted in
   *  double ones): a quotation only with speech attached (quotes.ts). */
  weak?: boolean;
}

import { keyEventLine } from './key-event';
import { headlineQuote, onHeadline } from './headline';

type QuoteStyle = 'double' | 'single';

const DQ_OPEN = new Set(['“', '„', '«', '「']);
const PRIMES = /[″‶]/g;
// a module constant: esbuild (tsx) turns a literal with \p{L} outside brackets into a new RegExp on every call
const SINGLE_OPENS = /(?:^|[\s([{—–-])[‘']\p{L}/mu;
const DQ_CLOSE = new Set(['”', '»', '」']);
/** Marks that close a quotation opened by another style's opening mark: German „…“ and »…«. */
const CLOSES_OPENED_BY: Readonly<Record<string, string>> = { '“': '„', '«': '»' };

export const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const LETTER = /\p{L}/u; // a module constant: esbuild (tsx, vitest) rebuilds a \p literal per call
const isLetter = (c: string | undefined) => !!c && LETTER.test(c);

/** How far a mid-sentence apostrophe looks ahead for the quotation's real closing mark. */
const CLOSE_REACH = 1000;

/** What a text's quotations look like: words enough, and the sentence's punctuation inside the closing mark
 *  ('‘We will fight on,’ she said'). Nicknames, scare quotes and strings of code ('the ‘Nickinator’', "echo
 *  'fix bug 15 (v1)'") do not tell a text's style. */
const SPEECH_WORDS = 4;
const WORD = /\p{L}+/gu;
const SPEECH_END = /[.,!?…]$/;
/** A comma or a full stop right after the closing mark, then a space or the line's end. */
const PUNCT_AFTER = /^[.,!?](?:\s|$)/;

function speechLike(text: string, s: RawSpan): boolean {
  // the sentence's punctuation inside the closing mark, or right after it (''We got this wrong', a spokesman said')
  if (!SPEECH_END.test(text.slice(s.start, s.end)) && !PUNCT_AFTER.test(text.slice(s.close + 1, s.close + 3)))
    return false;
  const part = text.slice(s.start, Math.min(s.end, s.start + 200));
  let n = 0;
  for (const _ of part.matchAll(WORD)) if (++n >= SPEECH_WORDS) return true;
  return false;
}

/**
 * The quotation spans of the text, in the marks that delimit its quotations: the style with more quotations
 * (sentences or clauses of four words or more) not nested inside one of the other style ('‘I don’t know what “fair” means,’ he said' is single; '“He said
 * ‘never’,” she said' is double). Double when neither has more.
 */
export function markedSpans(raw: string): RawSpan[] {
  // double primes printed for quotation marks (″…″, ‶…″, as some sites' fonts or keyboards give them) are read as
  // straight marks: the same offsets, one character for one
  const primed = raw.includes('″') || raw.includes('‶') ? raw.replace(PRIMES, (c) => (c === '″' ? '"' : '“')) : raw;
  const text = primed.includes('``') ? pairedBackticks(primed) : primed;
  const doubles = findSpans(text, 'double');
  // a text without a single opening mark after a space or a bracket has no single-quoted quotation
  if (!SINGLE_OPENS.test(text)) return doubles;
  const singles = findSpans(text, 'single');
  const outside = (spans: RawSpan[], others: RawSpan[]) => {
    let n = 0;
    let k = 0;
    for (const s of spans) {
      while (k < others.length && others[k].close < s.open) k++;
      const nested = k < others.length && others[k].open < s.open && s.close <= others[k].close;
      if (!nested && speechLike(text, s)) n++;
    }
    return n;
  };
  const n = outside(singles, doubles);
  // one quotation in straight marks may be a pair of apostrophes ('rock 'n' roll', 'the '90s'); a curly one is not
  const enough = n >= 2 || singles.some((s) => text[s.open] === '‘' && speechLike(text, s));
  const d = outside(doubles, singles);
  // as many sentences in each: the style that also holds the text's phrases ('had been in 'serious debt'')
  if (enough && (n > d || (n === d && singles.length > doubles.length))) return withOthers(singles, doubles);
  // a sentence in single marks outside the double ones ('Mr Sunak said: 'We will not be bullied.''): weak
  return withOthers(
    doubles,
    singles
      .filter(
        (s) =>
          speechLike(text, s) ||
          keyEventLine(text, s.open, s.close) ||
          headlineQuote(text, s.open, s.close) ||
          onHeadline(text, s.open, s.close),
      )
      .map((s) => ({ ...s, weak: true })),
  );
}

const BACKTICK_MARKS = /``|''|\n/g;

/**
 * Newswire in the Penn Treebank's style prints quotation marks as two backticks and two apostrophes (``We are
 * ready,'' she said): each pair in one paragraph is read as curly marks, two characters for two (' “' and '” ', so
 * every offset stays). A pair of backticks without the apostrophes after it (a code literal, ``npm ci``) is left.
 */
export function pairedBackticks(text: string): string {
  const pairs: number[] = [];
  let open = -1;
  BACKTICK_MARKS.lastIndex = 0;
  for (let m = BACKTICK_MARKS.exec(text); m; m = BACKTICK_MARKS.exec(text)) {
    if (m[0] === '\n') open = -1;
    else if (m[0] === '``') open = m.index;
    else if (open >= 0) {
      pairs.push(open, m.index);
      open = -1;
    }
  }
  if (!pairs.length) return text;
  let out = '';
  let at = 0;
  for (let k = 0; k < pairs.length; k += 2) {
    out += text.slice(at, pairs[k]) + ' “' + text.slice(pairs[k] + 2, pairs[k + 1]) + '” ';
    at = pairs[k + 1] + 2;
  }
  return out + text.slice(at);
}

/**
 * The text's spans and those of the other style that neither sit inside one of them nor hold one: a text
 * quoted in single marks may still print some quotations in double ones ('"We've lost the boats," Rennie
 * said' among '‘…,’ she says'), as copy from another desk does. Both lists in text order.
 */
function withOthers(spans: RawSpan[], others: RawSpan[]): RawSpan[] {
  if (!others.length) return spans;
  const out: RawSpan[] = [];
  let k = 0;
  for (const o of others) {
    while (k < spans.length && spans[k].close < o.open) out.push(spans[k++]);
    // the next span of the text's style (closing at or after this one's opening) opens before this one closes
    if (k < spans.length && spans[k].open <= o.close) continue;
    out.push(o);
  }
  while (k < spans.length) out.push(spans[k++]);
  return out;
}

export function findSpans(text: string, style: QuoteStyle): RawSpan[] {
  const out: RawSpan[] = [];
  let open = -1;
  const n = text.length;
  const isOpen = (i: number): boolean => {
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = text[i + 1];
    if (style === 'double') {
      if (DQ_OPEN.has(c)) return true;
      // a closing mark printed for the opening one (”We will win,” she said): after a space, before a word
      if (c === '”') return (i === 0 || isSpace(prev) || /[([{—–\-/:]/.test(prev)) && isWordChar(next);
      // German and Danish »…«: a » that opens a word after a space (French » closes after one)
      if (c === '»') return (i === 0 || isSpace(prev) || /[([{—–\-/:]/.test(prev)) && isLetter(next);
      // a straight mark before the sentence's punctuation closes ('"rust belt ", Cleveland'): a stray space
      if (c === '"')
        return (
          (i === 0 || isSpace(prev) || /[([{—–\-/:]/.test(prev)) &&
          next !== undefined &&
          !isSpace(next) &&
          !/[,;:!?)]/.test(next)
        );
      return false;
    }
    if (c === '‘') return !isWordChar(prev);
    if (c === "'") return (i === 0 || isSpace(prev) || /[([{—–\-]/.test(prev)) && isWordChar(next);
    return false;
  };
  /** A single mark that may close: not an apostrophe inside a word (don't, O’Rourke). */
  const mayCloseSingle = (i: number): boolean => {
    const c = text[i];
    if (c !== '’' && c !== "'") return false;
    const prev = text[i - 1];
    return prev !== undefined && !isSpace(prev) && !(isWordChar(prev) && isWordChar(text[i + 1]));
  };
  /** After a letter and before a space and a word ('the players’ union'), a mark may be a plural's apostrophe. */
  const midSentence = (i: number): boolean =>
    isLetter(text[i - 1]) && (text[i + 1] === ' ' || text[i + 1] === '\u00a0') && isWordChar(text[i + 2]);
  /** Such a mark closes unless the quotation's real closing mark follows before another quotation opens (or the
   *  paragraph ends with the next one opening with a mark: the quotation goes on). */
  const apostropheNotClose = (i: number): boolean => {
    const stop = Math.min(n, i + CLOSE_REACH);
    for (let j = i + 1; j < stop; j++) {
      const c = text[j];
      if (c === '\n') {
        let k = j;
        while (k < n && isSpace(text[k])) k++;
        // only a plural's apostrophe ('the players’ union') may leave the quotation open over the paragraph's end:
        // '‘Question Time’ on Thursday.' closes, whatever the next paragraph opens with
        return (
          k < n && (text[k] === '‘' || text[k] === "'") && isOpen(k) && (text[i - 1] === 's' || text[i - 1] === 'S')
        );
      }
      if (c !== '’' && c !== "'" && c !== '‘') continue;
      if (isOpen(j)) return false;
      if (mayCloseSingle(j) && !midSentence(j)) return true;
    }
    return false;
  };
  const isClose = (i: number): boolean => {
    const c = text[i];
    const prev = text[i - 1];
    const next = text[i + 1];
    if (style === 'double') {
      if (CLOSES_OPENED_BY[c] === text[open]) return true;
      // an opening mark printed for the closing one (“We will win,“ she said): after the words, before a space or
      // the sentence's punctuation
      if (c === '“' && text[open] === '“')
        return prev !== undefined && !isSpace(prev) && (next === undefined || isSpace(next) || /[,.;:!?)]/.test(next));
      // » after »: a nested mark or a stray, not the close of a German quotation (which « closes)
      if (DQ_CLOSE.has(c)) return !(c === '»' && text[open] === '»');
      if (c === '"') return prev !== undefined && (!isSpace(prev) || (next !== undefined && /[,;:!?)]/.test(next)));
      return false;
    }
    if (!mayCloseSingle(i)) return false;
    return !(midSentence(i) && apostropheNotClose(i));
  };
  const isMark = style === 'double' ? /["“”„«»「」]/ : /['‘’]/;
  // jump from mark to mark (and newline) with one native scan instead of a test per character
  const next = style === 'double' ? /["“”„«»「」\n]/g : /['‘’\n]/g;
  let m: RegExpExecArray | null;
  while ((m = next.exec(text))) {
    const i = m.index;
    const c = text[i];
    if (c === '\n') {
      if (open < 0) continue;
      // paragraph ends inside a quotation: continues if the next paragraph opens with a mark
      let j = i;
      while (j < n && isSpace(text[j])) j++;
      if (j < n && isMark.test(text[j]) && isOpen(j)) {
        next.lastIndex = j + 1;
        continue;
      }
      // unclosed: keep it only if it is long enough to be speech rather than a stray mark
      if (i - open > 40) out.push({ open, close: i, start: open + 1, end: trimEnd(text, i) });
      open = -1;
      continue;
    }
    if (open < 0) {
      if (isOpen(i)) open = i;
      continue;
    }
    if (isClose(i)) {
      if (i > open + 1) out.push({ open, close: i, start: open + 1, end: i });
      open = -1;
    } else if (isOpen(i) && style === 'double' && c !== '"') {
      // a new opening curly mark while open: the previous mark was stray
      open = i;
    }
  }
  return out.map((r) => {
    let s = r.start;
    let e = r.end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    return { ...r, start: s, end: e };
  });
}

export function trimEnd(text: string, i: number): number {
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}
