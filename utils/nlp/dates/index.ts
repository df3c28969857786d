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
import { TokKind, fineTokens } from '../tokens';
import { DateCtx, type Tok } from './context';
import { coreAt, parseAt } from './table';
import { STARTERS, THE_NEXT, UNITS } from './words';

export interface FindDatesOptions {
  /** Drop vague references (PRESENT_REF, PAST_REF, FUTURE_REF). */
  noVague?: boolean;
}

/** The fine tokens of text[from, to) (tokens.ts) with their lower-case forms, sliced from the lower-cased text. */
function tokenize(text: string, lower: string, from: number, to: number): Tok[] {
  const fine = fineTokens(text, from, to);
  const out: Tok[] = [];
  for (let i = 0; i < fine.length; i++) {
    const t = fine[i];
    out.push({
      s: t.start,
      e: t.end,
      l: lower.slice(t.start, t.end),
      cap: isUpperAscii(text.charCodeAt(t.start)),
      num: t.kind === TokKind.Number,
    });
  }
  return out;
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;

// Every date expression contains one of these; only text around them is tokenized and parsed.
const ANCHOR_RE =
  /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|now|currently|nowadays|recently|recent|soon|weeks?|weekend|months?|years?|quarter|days?|spring|summer|fall|autumn|winter|future|past|term|being|q[1-4])\b/g;
const LEFT_CONTEXT = 240; // characters before an anchor: modifiers ("the third"), tense words
const RIGHT_CONTEXT = 120;

export function findDates(
  text: string,
  sentences: Span[],
  publishedAt: string | null,
  _opts: FindDatesOptions = {},
): DateMention[] {
  const lower = text.toLowerCase();
  const c = new DateCtx(text, publishedAt ? parseYmd(publishedAt) : null, sentences);
  c.parse = (k) => parseAt(c, k);
  c.core = (k) => coreAt(c, k);
  const out: DateMention[] = [];

  // windows of text around anchors, merged when they overlap, each tokenized once
  ANCHOR_RE.lastIndex = 0;
  let lastHitEnd = 0;
  let next = ANCHOR_RE.exec(lower);
  while (next) {
    const first = next.index;
    let wEnd = first + RIGHT_CONTEXT;
    while ((next = ANCHOR_RE.exec(lower)) && next.index < wEnd) wEnd = next.index + RIGHT_CONTEXT;
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
    if (next) ANCHOR_RE.lastIndex = Math.max(next.index, wEnd);
    if (next && next.index < wEnd) next = ANCHOR_RE.exec(lower);
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
    if (!t.num && !STARTERS.has(t.l) && !(t.l === "'" || t.l === '’')) continue;
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

/** Sentence index per token (linear sweep). */
function sentenceIndex(toks: Tok[], sentences: Span[]): Int32Array {
  const out = new Int32Array(toks.length);
  // start from the window's first sentence: a linear start made long pages quadratic
  let si = toks.length > 0 ? sentenceIndexAt(sentences, toks[0].s) : 0;
  for (let k = 0; k < toks.length; k++) {
    while (si < sentences.length && sentences[si].end <= toks[k].s) si++;
    out[k] = si;
  }
  return out;
}
