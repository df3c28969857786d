// Date expressions normalized TIMEX3-style against the publication date (shared/DESIGN.md, "dates[]").
// A small hand-written grammar over word tokens: the recognisers of table.ts are tried only at tokens that can
// start a date (month, weekday, digit, "last"/"next"/…), and only in windows of text around words every date
// contains, so the scan stays linear. Points and periods only: durations ("three years") and recurrences
// ("every week") are not dates. Spans leave out prepositions.
// Conventions follow MEANTIME where the contract allows (weekdays and bare months resolve to the past unless the
// clause is future; "now"/"currently" → PRESENT_REF; "recently" → PAST_REF; decades → 199X).
import type { DateMention, Span } from '../types';
import { parseYmd } from '../dates-calendar';
import { sentenceIndexAt } from '../sentences';
import { TokKind, fineScan, lowerText } from '../tokens';
import { anchorEnd, nextAnchor } from './anchors';
import { DateCtx, type Tok } from './context';
import { coreAt, parseAt } from './table';
import { THE_NEXT, UNITS, isStarter } from './words';

export interface FindDatesOptions {
  /** Drop vague references (PRESENT_REF, PAST_REF, FUTURE_REF). */
  noVague?: boolean;
}

/** The fine tokens of text[from, to) (tokens.ts) with their lower-case forms, sliced from the lower-cased text. */
function tokenize(text: string, lower: string, from: number, to: number): Tok[] {
  return fineScan(text, from, to, lower, dateTok);
}

function dateTok(text: string, lower: string, s: number, e: number, kind: TokKind): Tok {
  return { s, e, l: lower.slice(s, e), cap: isUpperAscii(text.charCodeAt(s)), num: kind === TokKind.Number };
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;

const LEFT_CONTEXT = 240; // characters before an anchor: modifiers ("the third"), tense words
const RIGHT_CONTEXT = 120;

export function findDates(
  text: string,
  sentences: Span[],
  publishedAt: string | null,
  _opts: FindDatesOptions = {},
): DateMention[] {
  const lower = lowerText(text);
  const c = new DateCtx(text, publishedAt ? parseYmd(publishedAt) : null, sentences);
  c.parse = (k) => parseAt(c, k);
  c.core = (k) => coreAt(c, k);
  const out: DateMention[] = [];

  // windows of text around anchors (anchors.ts), merged when they overlap, each tokenized once
  let lastHitEnd = 0;
  let next = nextAnchor(lower, 0);
  while (next >= 0) {
    const first = next;
    let wEnd = first + RIGHT_CONTEXT;
    while ((next = nextAnchor(lower, anchorEnd)) >= 0 && next < wEnd) wEnd = next + RIGHT_CONTEXT;
    // windows may overlap on their left context; only tokens after the last date found are parsed again
    let wStart = Math.max(0, first - LEFT_CONTEXT);
    while (wStart > 0 && !isSpace(text.charCodeAt(wStart - 1))) wStart--;
    wEnd = Math.min(text.length, wEnd);
    while (wEnd < text.length && !isSpace(text.charCodeAt(wEnd))) wEnd++;
    c.toks = tokenize(text, lower, wStart, wEnd);
    c.n = c.toks.length;
    c.sentOf = sentenceIndex(c.toks, sentences);
    // parse from a few words before the first anchor (modifiers), after what earlier windows consumed
    let k0 = 0;
    while (k0 < c.n && (c.toks[k0].e < first - 48 || c.toks[k0].s < lastHitEnd)) k0++;
    lastHitEnd = scan(c, k0, out, Boolean(_opts.noVague), lastHitEnd);
    if (next >= 0 && next < wEnd) next = nextAnchor(lower, wEnd);
  }
  return out;
}

/**
 * Dates at tokens k0… of the window in `c`, pushed to `out`; returns where the last one ends (else
 * `lastHitEnd`). A function of the module, not a closure of findDates: a closure made afresh on every
 * call was optimized again for each new one (V8 specializes the first closure's code to its context).
 */
function scan(c: DateCtx, k0: number, out: DateMention[], noVague: boolean, lastHitEnd: number): number {
  const { toks, n, text } = c;
  for (let k = k0; k < n; k++) {
    const t = toks[k];
    if (!t.num && !isStarter(t.l) && !(t.l === "'" || t.l === '’')) continue;
    // cheap gate for the most frequent starters, whose next word decides
    if (
      t.l === 'the' ||
      t.l === 'a' ||
      t.l === 'an' ||
      t.l === 'one' ||
      t.l === 'that' ||
      t.l === 'first' ||
      t.l === 'second'
    ) {
      const nx = k + 1 < n ? toks[k + 1] : null;
      if (!nx) continue;
      if (
        t.l === 'the'
          ? !(nx.num || THE_NEXT.has(nx.l))
          : t.l === 'that'
            ? nx.l !== 'day'
            : !(UNITS[nx.l] || nx.l === '-' || nx.l === 'half')
      )
        continue;
    }
    const h = parseAt(c, k);
    if (!h || h.j <= h.i) continue;
    // the scan goes on after the expression (computed once here: a branch that first runs late
    // with arithmetic of its own threw this loop's optimized code away)
    const last = h.j - 1;
    // recurrences ("every week", "each year") are not dates
    if (h.i > 0 && /^(every|each|per)$/.test(toks[h.i - 1].l)) {
      k = last;
      continue;
    }
    // "a year" after a number is a duration; "two years ago" handled above
    const start = toks[h.i].s;
    const end = toks[last].e;
    const value = h.value;
    if (noVague && value && /_REF$/.test(value)) {
      k = last;
      continue;
    }
    out.push({ start, end, text: text.slice(start, end), value });
    if (h.day) c.anchor = h.day;
    lastHitEnd = end;
    k = last;
  }
  return lastHitEnd;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}

// One buffer for the sentence indexes of every window (a new typed array per window cost more than filling it).
let sentBuf = new Int32Array(256);

/** Sentence index per token (linear sweep), in a buffer shared by all windows: valid for the tokens of this one. */
function sentenceIndex(toks: Tok[], sentences: Span[]): Int32Array {
  const out = toks.length <= sentBuf.length ? sentBuf : new Int32Array(toks.length);
  if (toks.length <= 65536) sentBuf = out; // a huge page's buffer is not kept
  // start from the window's first sentence: a linear start made long pages quadratic
  let si = toks.length > 0 ? sentenceIndexAt(sentences, toks[0].s) : 0;
  for (let k = 0; k < toks.length; k++) {
    while (si < sentences.length && sentences[si].end <= toks[k].s) si++;
    out[k] = si;
  }
  return out;
}
