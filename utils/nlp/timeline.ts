// The article's dated statements, sorted by date. Each entry is the clause around a date expression, with
// leading attribution ("Smith said that", "According to X,") and trailing attribution (", he said", ", according
// to X") trimmed, so the text says what happened then; a long run-on is cut to the stretch around the date that
// starts like a clause. Lines that state nothing are dropped: headline, caption and hover-card residue, runs of
// capitalised words without a verb. Vague references (PRESENT_REF…) and unresolved dates are dropped; dates with
// unknown parts (XXXX-12-25) sort last. One entry per sentence and date value.
import type { DateMention, Span, TimelineEntry } from './types';
import { isStatement, looksLikeResidue } from './timeline-statement';
import { sentenceIndexAt } from './sentences';

// clause boundaries: semicolons, dashes, a comma before a conjunction, a relative pronoun or a trailing
// participle ("…, suggesting that…", "…, mainly due to…")
const CLAUSE_BREAK =
  /;|\s[—–]\s|\s--\s|,\s+(?=(?:but|while|although|though|whereas|which|after|before|when|as|and then|and|mainly|in exchange|in order|[a-z]{3,}ing)\b)/g;
const ATTRIBUTION_ONLY =
  /^(?:[\p{Lu}][\p{L}.'’&-]*(?:\s+[\p{Lu}][\p{L}.'’&-]*){0,4}|he|she|they|it|the \p{L}+)\s+(?:has |had |have )?(?:said|says|reported|reports|announced|told [\p{L}]+|wrote|confirmed|added|noted)\s+[^,;]{0,40}[.!]?$/iu;
const END_ONLY = /^(?:which|and|mainly|in exchange|in order|[a-z]{3,}ing)\b/;
// passive "was announced" is the event itself; "announced/reported/confirmed" count only with "that"
const LEAD_ATTRIBUTION =
  /^(?:according to [^,]{1,60},\s*|(?:[\p{Lu}][^,;:]{0,60}?|he|she|they|it|we|i)\s+(?:has |have |had )?(?<!\b(?:was|were|is|are|be|been|being)\s+)(?:(?:said|says|told|added|noted|stated|wrote|explained|argued|warned)(?:(?:\s+[^\s,.;]+){0,5}?\s+that\s+|\s+(?:on [\p{L}]+\s+|in a statement\s+)?(?:that\s+)?)|(?:announced|reported|confirmed)(?:\s+[^\s,.;]+){0,5}?\s+that\s+))/iu;
const TRAIL_ATTRIBUTION =
  /,?\s*(?:["”]\s*)?(?:,\s*)?(?:he|she|they|it|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}|(?:the|a|an|one of the) [\p{L}]+(?: [\p{L}]+)?)\s+(?:said|says|added|told [^.]{1,40}|wrote|explained)\s*\.?$/u;

// a module constant: esbuild (tsx) turns a literal with \p{L} alone into a new RegExp on every call
const LETTER = /\p{L}/u;
// TRAIL_ATTRIBUTION's verbs after a space: without one it cannot match (a cheap test first, as it is tried at every
// position of the clause)
const TRAIL_VERB = /\s(?:said|says|added|told|wrote|explained)/u;
const WORDS = /[\p{L}\p{N}]+/gu;

/** At least `n` words (runs of letters and digits) in `x`, counted without building them. */
function hasWords(x: string, n: number): boolean {
  WORDS.lastIndex = 0;
  let k = 0;
  while (k < n && WORDS.test(x)) k++;
  WORDS.lastIndex = 0;
  return k >= n;
}

/** Start of the period a TIMEX3 value denotes, as a sortable number (yyyymmdd), or null if not datable. */
export function timexSortKey(v: string): number | null {
  let m = /^(\d{4})-(\d\d)-(\d\d)/.exec(v);
  if (m) return +m[1] * 10000 + +m[2] * 100 + +m[3];
  m = /^(\d{4})-W(\d\d)/.exec(v);
  if (m) {
    // Monday of ISO week: Jan 4 is always in week 1
    const jan4 = Date.UTC(+m[1], 0, 4);
    const dow = new Date(jan4).getUTCDay() || 7;
    const monday = new Date(jan4 + ((+m[2] - 1) * 7 - (dow - 1)) * 86_400_000);
    return monday.getUTCFullYear() * 10000 + (monday.getUTCMonth() + 1) * 100 + monday.getUTCDate();
  }
  m = /^(\d{4})-Q([1-4])/.exec(v);
  if (m) return +m[1] * 10000 + ((+m[2] - 1) * 3 + 1) * 100 + 1;
  m = /^(\d{4})-H([12])/.exec(v);
  if (m) return +m[1] * 10000 + (m[2] === '1' ? 1 : 7) * 100 + 1;
  m = /^(\d{4})-(SP|SU|FA|WI)/.exec(v);
  if (m) return +m[1] * 10000 + ({ SP: 3, SU: 6, FA: 9, WI: 12 } as Record<string, number>)[m[2]] * 100 + 1;
  m = /^(\d{4})-(\d\d)$/.exec(v);
  if (m) return +m[1] * 10000 + +m[2] * 100 + 1;
  m = /^(\d{4})$/.exec(v);
  if (m) return +m[1] * 10000 + 101;
  m = /^(\d{3})X$/.exec(v);
  if (m) return +m[1] * 100000 + 101;
  return null;
}

function sentenceAt(sentences: Span[], pos: number): Span | null {
  const i = sentenceIndexAt(sentences, pos);
  return i < sentences.length && sentences[i].start <= pos ? sentences[i] : null;
}

/** The clause of `sent` around the date at [ds, de), attribution trimmed. */
export function clauseFor(text: string, sentence: Span, ds: number, de: number): Span {
  // at most a few hundred characters around the date, so run-on text stays linear
  let sent = { start: Math.max(sentence.start, ds - 400), end: Math.min(sentence.end, de + 400) };
  // a date inside a quotation: what happened is in the quoted words
  const raw = text.slice(sent.start, sent.end);
  const o = Math.max(raw.lastIndexOf('"', ds - sent.start - 1), raw.lastIndexOf('“', ds - sent.start - 1));
  if (o >= 0 && (raw.slice(0, o).match(/["“”]/g) ?? []).length % 2 === 0) {
    const rest = raw.slice(de - sent.start);
    const c = rest.search(/["”]/);
    if (c >= 0) sent = { start: sent.start + o + 1, end: de + c };
  }
  const s = text.slice(sent.start, sent.end);
  let a = 0;
  let b = s.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    const at = m.index!;
    // a clause that starts at "which", "and" or a participle lacks its subject: those break only after the date
    if (sent.start + at + m[0].length <= ds) {
      if (!END_ONLY.test(s.slice(at + m[0].length, at + m[0].length + 16))) a = at + m[0].length;
    } else if (sent.start + at >= de) {
      b = at;
      break;
    }
  }
  let piece = s.slice(a, b);
  // too short a clause says nothing on its own, nor does one that only dates a report ("X reported on
  // Monday"): keep the sentence
  if (!hasWords(piece, 5) || ATTRIBUTION_ONLY.test(piece.trim())) {
    a = 0;
    b = s.length;
    piece = s;
  }
  // a very long clause (run-on text, page residue): the comma-delimited stretch around the date
  if (piece.length > 160) {
    let ca = a;
    let cb = b;
    const commas = [...s.slice(a, b).matchAll(/,\s/g)].map((m) => a + m.index!);
    const starts: number[] = [];
    for (const c of commas) {
      // "which …", "and …": keep the stretch before it too, where the subject is
      if (sent.start + c < ds) {
        if (!END_ONLY.test(s.slice(c + 2, c + 18))) starts.push(c + 2);
      } else if (sent.start + c >= de) {
        cb = c;
        break;
      }
    }
    // start at the nearest stretch that opens like a clause (a capital, a number, a pronoun), not mid-predicate
    for (let k = starts.length - 1; k >= 0; k--) {
      if (/^(?:[\p{Lu}\p{N}"“]|(?:he|she|they|it|we|i)\b)/u.test(s.slice(starts[k], starts[k] + 8))) {
        ca = starts[k];
        break;
      }
    }
    // the stretch must say something: not fewer than five words, not only "X reported earlier this year"
    if (hasWords(s.slice(ca, cb), 5) && !ATTRIBUTION_ONLY.test(s.slice(ca, cb).trim())) {
      a = ca;
      b = cb;
      piece = s.slice(a, b);
    }
  }
  const lead = LEAD_ATTRIBUTION.exec(piece);
  if (lead && sent.start + a + lead[0].length <= ds && hasWords(piece.slice(lead[0].length), 4)) {
    a += lead[0].length;
    piece = piece.slice(lead[0].length);
  }
  const trail = TRAIL_VERB.test(piece) ? TRAIL_ATTRIBUTION.exec(piece) : null;
  if (trail && sent.start + a + trail.index >= de && hasWords(piece.slice(0, trail.index), 4)) {
    b = a + trail.index;
    piece = piece.slice(0, trail.index);
  }
  const acc = /,\s*according to [^,;]{1,80}$/i.exec(piece.replace(/[.!]\s*$/, ''));
  if (acc && sent.start + a + acc.index >= de && hasWords(piece.slice(0, acc.index), 4)) {
    b = a + acc.index;
    piece = piece.slice(0, acc.index);
  }
  // tidy the edges: spaces, opening conjunction, trailing commas
  let start = sent.start + a;
  let end = sent.start + b;
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  const conj = /^(?:and|but|while|although|though|whereas|as|so)\s+/i.exec(text.slice(start, end));
  if (conj && start + conj[0].length < ds) start += conj[0].length;
  // a quotation mark whose partner was cut off
  const inner = text.slice(start, end);
  if (/^["“]/.test(inner) && !/["”]/.test(inner.slice(1))) start++;
  else if (/[”"]$/.test(inner) && !/["“]/.test(inner.slice(0, -1))) end--;
  return { start, end };
}

export function buildTimeline(text: string, sentences: Span[], dates: DateMention[]): TimelineEntry[] {
  const out: (TimelineEntry & { key: number; pos: number })[] = [];
  const seen = new Set<string>();
  // one residue check per sentence, not per date: a sentence of thousands of dates stays linear
  const residue = new Map<number, boolean>();
  for (const d of dates) {
    if (!d.value || /_REF$/.test(d.value)) continue;
    // a number run into letters ("1010data", "A380s") is a name, not a date
    if (LETTER.test(text[d.end] ?? '') || LETTER.test(text[d.start - 1] ?? '')) continue;
    const sent = sentenceAt(sentences, d.start);
    if (!sent) continue;
    // a sentence that is only the date (a dateline) states nothing
    if (sent.end - sent.start < 80) {
      const rest = text
        .slice(sent.start, sent.end)
        .replace(d.text, '')
        .replace(/[\s,.\p{P}]/gu, '');
      if (rest.length < 12) continue;
    }
    // headline, caption and hover-card residue states nothing that happened
    let isResidue = residue.get(sent.start);
    if (isResidue === undefined) {
      isResidue = looksLikeResidue(text.slice(sent.start, sent.end));
      residue.set(sent.start, isResidue);
    }
    if (isResidue) continue;
    const dedupe = `${sent.start}|${d.value}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const c = clauseFor(text, sent, d.start, d.end);
    if (!isStatement(text.slice(c.start, c.end))) continue;
    const key = timexSortKey(d.value);
    out.push({
      date: d.value,
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      key: key ?? Number.MAX_SAFE_INTEGER,
      pos: d.start,
    });
  }
  // identical statements under the same date (repeated sentences) once
  const uniq = new Map<string, (typeof out)[number]>();
  for (const e of out) {
    const k = `${e.date}|${e.text.toLowerCase()}`;
    if (!uniq.has(k)) uniq.set(k, e);
  }
  return [...uniq.values()]
    .sort((a, b) => a.key - b.key || a.pos - b.pos)
    .map(({ date, text: t, start, end }) => ({ date, text: t, start, end }));
}
