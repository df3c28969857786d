// Date expressions normalized TIMEX3-style against the publication date (shared/DESIGN.md, "dates[]").
// A small hand-written grammar over word tokens: each parser is tried only at tokens that can start a date
// (month, weekday, digit, "last"/"next"/…), so the scan stays linear. Points and periods only: durations
// ("three years") and recurrences ("every week") are not dates. Spans leave out prepositions.
// Conventions follow MEANTIME where the contract allows (weekdays and bare months resolve to the past unless the
// clause is future; "now"/"currently" → PRESENT_REF; "recently" → PAST_REF; decades → 199X).
import type { DateMention, Span } from './types';
import { addDays, isoWeek, parseYmd, pad, type Ymd, weekdayOf } from './dates-calendar';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './months';
import { sentenceIndexAt } from './sentences';
import { FUTURE_CUES, PAST_CUES } from './wordlists';

interface Tok {
  s: number;
  e: number;
  /** lower case */
  l: string;
  /** first char is upper case */
  cap: boolean;
  num: boolean;
}

const MONTHS = MONTH_NAMES;
// "may" alone is the modal verb far more often than the month: it is matched only as a full name.
const MONTH_ABBR: Record<string, number> = Object.fromEntries(
  Object.entries(MONTH_ABBREVIATIONS).filter(([k]) => k !== 'may'),
);
const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const ORD: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const COUNT: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  several: -1,
  few: -1,
};
const UNITS: Record<string, 'D' | 'W' | 'M' | 'Y' | 'Q'> = {
  day: 'D',
  days: 'D',
  week: 'W',
  weeks: 'W',
  month: 'M',
  months: 'M',
  year: 'Y',
  years: 'Y',
  quarter: 'Q',
};
const REL: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, next: 1, coming: 1, following: 1 };
const VAGUE: Record<string, string> = {
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  recently: 'PAST_REF',
  soon: 'FUTURE_REF',
};

// Letters (with an optional abbreviation period kept separate), digits, or one other character.
const TOKEN_RE = /[Qq][1-4](?![A-Za-z\d])|[A-Za-z]+|\d+|[^\sA-Za-z\d]/g;

/** Tokens of text[from, to); lower-case forms are sliced from the lower-cased text. */
function tokenize(text: string, lower: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) && m.index < to) {
    const len = m[0].length;
    const c = text.charCodeAt(m.index);
    out.push({
      s: m.index,
      e: m.index + len,
      l: lower.slice(m.index, m.index + len),
      cap: c >= 65 && c <= 90,
      num: c >= 48 && c <= 57,
    });
  }
  return out;
}

// Every date expression contains one of these; only text around them is tokenized and parsed.
const ANCHOR_RE =
  /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|now|currently|nowadays|recently|recent|soon|weeks?|weekend|months?|years?|quarter|days?|spring|summer|fall|autumn|winter|future|past|term|being|q[1-4])\b/g;
const LEFT_CONTEXT = 240; // characters before an anchor: modifiers ("the third"), tense words
const RIGHT_CONTEXT = 120;

interface Hit {
  i: number; // first token
  j: number; // one past the last token
  value: string | null;
  /** day-level anchor this expression sets for "the next day" */
  day?: Ymd | null;
}

export interface FindDatesOptions {
  /** Drop vague references (PRESENT_REF, PAST_REF, FUTURE_REF). */
  noVague?: boolean;
}

export function findDates(
  text: string,
  sentences: Span[],
  publishedAt: string | null,
  _opts: FindDatesOptions = {},
): DateMention[] {
  const lower = text.toLowerCase();
  const ref = publishedAt ? parseYmd(publishedAt) : null;
  let toks: Tok[] = [];
  let sentOf: Int32Array = new Int32Array(0);
  let n = 0;
  const out: DateMention[] = [];
  let anchor: Ymd | null = ref;

  const adj = (a: number) => a + 1 < n && toks[a].e === toks[a + 1].s;
  const at = (k: number) => (k < n ? toks[k].l : '');
  const isYear = (k: number) => {
    if (k >= n || !toks[k].num || toks[k].e - toks[k].s !== 4) return false;
    const y = +toks[k].l;
    if (y < 1000 || y > 2100) return false;
    // "1,500" / "2008.5" / "$2000" / "2000%" / "2000-strong" are numbers, not years
    if (k > 0 && toks[k - 1].e === toks[k].s && /[$,.£€]/.test(toks[k - 1].l)) return false;
    if (
      k + 1 < n &&
      toks[k].e === toks[k + 1].s &&
      /^[%,.]$/.test(toks[k + 1].l) &&
      k + 2 < n &&
      toks[k + 1].e === toks[k + 2].s &&
      toks[k + 2].num
    )
      return false;
    if (k + 1 < n && toks[k + 1].l === '%') return false;
    return true;
  };
  const dayNum = (k: number) => {
    if (k >= n || !toks[k].num || toks[k].e - toks[k].s > 2) return 0;
    const d = +toks[k].l;
    return d >= 1 && d <= 31 ? d : 0;
  };
  // k is a day number; returns index after an optional ordinal suffix
  const afterOrd = (k: number) => (adj(k) && /^(st|nd|rd|th)$/.test(at(k + 1)) ? k + 2 : k + 1);
  const monthAt = (k: number): [number, number] => {
    // returns [month, nextIndex] or [0, k]
    if (k >= n || !toks[k].cap) return [0, k];
    const full = MONTHS[toks[k].l];
    if (full) return [full, toks[k].l.length > 4 && at(k + 1) === '.' && adj(k) ? k + 1 : k + 1];
    const ab = MONTH_ABBR[toks[k].l];
    if (ab && adj(k) && at(k + 1) === '.') return [ab, k + 2];
    if (ab && dayNum(k + 1)) return [ab, k + 1];
    return [0, k];
  };
  // Future unless a past marker is nearer: the clause around k decides weekday/month direction.
  const isFuture = (i: number, j: number) => {
    const sent = sentOf[i];
    let best = 99;
    let fut = false;
    for (let k = i - 1, d = 1; k >= 0 && d <= 20 && sentOf[k] === sent; k--, d++) {
      const w = toks[k].l;
      if (FUTURE_CUES.has(w) || (w === 'to' && d <= 3)) {
        best = d;
        fut = true;
        break;
      }
      // a past participle after "be"/"been" ("will be held", "will be finalized") says nothing about tense
      const passive = k > 0 && /^(be|been|being|to)$/.test(toks[k - 1].l);
      if (PAST_CUES.has(w) && !passive) {
        best = d;
        fut = false;
        break;
      }
      if (w.length > 4 && w.endsWith('ed') && !passive) {
        best = d;
        fut = false;
        break;
      }
    }
    for (let k = j, d = 1; k < n && d < best && d <= 8 && sentOf[k] === sent; k++, d++) {
      const w = toks[k].l;
      if (FUTURE_CUES.has(w)) return true;
      if (PAST_CUES.has(w) || (w.length > 4 && w.endsWith('ed'))) return false;
    }
    return fut;
  };

  const yearOf = (k: number) => +toks[k].l;
  // Year for a month (and day) given without a year: the nearest one in the direction the clause points.
  const yearFor = (month: number, day: number, fut: boolean): number | null => {
    if (!ref) return null;
    const key = month * 100 + (day || 0);
    const refKey = ref.m * 100 + (day ? ref.d : 0);
    let y = ref.y;
    if (fut && key < refKey) y = ref.y + 1;
    if (!fut && key > refKey) y = ref.y - 1;
    // February 29 exists only in leap years: the nearest one in the same direction
    if (month === 2 && day === 29) while (!(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) y += fut ? 1 : -1;
    return y;
  };
  const ymd = (y: number | null, m: number, d: number) =>
    `${y === null ? 'XXXX' : pad(y, 4)}-${pad(m)}${d ? '-' + pad(d) : ''}`;
  const relYear = (r: number) => (ref ? pad(ref.y + r, 4) : null);

  // "this/last/next" + unit: value relative to the reference date.
  const relUnit = (r: number, unit: string, k: number): Hit | null => {
    const u = UNITS[unit];
    if (u === 'Y') return { i: k, j: k + 1, value: relYear(r) };
    if (!ref) return { i: k, j: k + 1, value: null };
    if (u === 'M') {
      const mm = ref.m - 1 + r;
      const y = ref.y + Math.floor(mm / 12);
      return { i: k, j: k + 1, value: `${pad(y, 4)}-${pad((((mm % 12) + 12) % 12) + 1)}` };
    }
    if (u === 'W') return { i: k, j: k + 1, value: isoWeek(addDays(ref, 7 * r)) };
    if (u === 'Q') {
      const q = Math.floor((ref.m - 1) / 3) + r;
      const y = ref.y + Math.floor(q / 4);
      return { i: k, j: k + 1, value: `${pad(y, 4)}-Q${(((q % 4) + 4) % 4) + 1}` };
    }
    if (unit === 'weekend') return { i: k, j: k + 1, value: `${isoWeek(addDays(ref, 7 * r))}-WE` };
    if (u === 'D') return { i: k, j: k + 1, value: ymdStr(addDays(ref, r)), day: addDays(ref, r) };
    return null;
  };

  // Year phrase after "of": "of 2009", "of this year", "of last year", "of the year"
  const yearPhrase = (k: number): [string | null, number] | null => {
    if (isYear(k)) return [pad(yearOf(k), 4), k + 1];
    if (at(k) in REL && at(k + 1) === 'year') return [relYear(REL[at(k)]), k + 2];
    if (at(k) === 'the' && at(k + 1) === 'year') return [relYear(0), k + 2];
    return null;
  };

  // Core expressions (no modifier). Returns null when nothing starts at k.
  const core = (k: number): Hit | null => {
    if (k >= n) return null;
    const w = at(k);
    // weekday [,] [Month day [, year]] [morning]
    const wd = WEEKDAYS[w];
    if (wd && toks[k].cap) {
      let j = k + 1;
      const comma = at(j) === ',' ? j + 1 : j;
      const [mo, mj] = monthAt(comma);
      if (mo && dayNum(mj) && !text.slice(toks[k].e, toks[comma].s).includes('\n')) {
        const h = monthDay(k, comma);
        if (h) return h;
      }
      let value: string | null = null;
      let day: Ymd | null = null;
      if (ref) {
        const back = (weekdayOf(ref) - wd + 7) % 7;
        const fut = isFuture(k, j);
        day = fut ? addDays(ref, back === 0 ? 0 : 7 - back) : addDays(ref, -back);
        value = ymdStr(day);
      }
      if (PARTS[at(j)] && value) {
        value += 'T' + PARTS[at(j)];
        j++;
      } else if (PARTS[at(j)]) j++;
      return { i: k, j, value, day };
    }
    // Month …
    const [mo] = monthAt(k);
    if (mo) return monthDay(k, k);
    // day Month [year]: "3 December 2018", "the 3rd of December"
    const dn = dayNum(k);
    if (dn) {
      let j = afterOrd(k);
      if (at(j) === 'of') j++;
      const [mo2, mj] = monthAt(j);
      if (mo2 && (j === afterOrd(k) || at(j - 1) === 'of')) {
        let y: number | null;
        let end = mj;
        if (isYear(mj)) {
          y = yearOf(mj);
          end = mj + 1;
        } else if (at(mj) === ',' && isYear(mj + 1)) {
          y = yearOf(mj + 1);
          end = mj + 2;
        } else y = yearFor(mo2, dn, isFuture(k, mj));
        const day = y !== null ? { y, m: mo2, d: dn } : null;
        return { i: k, j: end, value: ymd(y, mo2, dn), day };
      }
      // numeric dates: 7/8/07 (US order), 2008-03-01 handled under years
      if (
        at(k + 1) === '/' &&
        adj(k) &&
        adj(k + 1) &&
        dayNum(k + 2) &&
        adj(k + 2) &&
        at(k + 3) === '/' &&
        adj(k + 3) &&
        k + 4 < n &&
        toks[k + 4].num
      ) {
        const m = dn;
        const d = dayNum(k + 2);
        let y = +toks[k + 4].l;
        if (toks[k + 4].e - toks[k + 4].s === 2) y += y < 50 ? 2000 : 1900;
        if (m <= 12 && y > 1000) return { i: k, j: k + 5, value: ymd(y, m, d), day: { y, m, d } };
      }
    }
    if (isYear(k)) {
      const y = yearOf(k);
      // decades: 1990s
      if (adj(k) && at(k + 1) === 's' && y % 10 === 0) return { i: k, j: k + 2, value: `${String(y).slice(0, 3)}X` };
      // ISO 2008-03-01
      if (
        adj(k) &&
        at(k + 1) === '-' &&
        adj(k + 1) &&
        dayNum(k + 2) &&
        adj(k + 2) &&
        at(k + 3) === '-' &&
        adj(k + 3) &&
        dayNum(k + 4)
      ) {
        const m = +toks[k + 2].l;
        const d = +toks[k + 4].l;
        if (m <= 12) return { i: k, j: k + 5, value: ymd(y, m, d), day: { y, m, d } };
      }
      // "2009 Q3"
      if (/^q[1-4]$/.test(at(k + 1))) return { i: k, j: k + 2, value: `${y}-Q${at(k + 1)[1]}` };
      return { i: k, j: k + 1, value: pad(y, 4) };
    }
    // '90s, '82
    if ((w === "'" || w === '’') && adj(k) && k + 1 < n && toks[k + 1].num && toks[k + 1].e - toks[k + 1].s === 2) {
      const yy = +toks[k + 1].l;
      const century = yy > 30 ? 1900 : 2000;
      if (adj(k + 1) && at(k + 2) === 's' && yy % 10 === 0)
        return { i: k, j: k + 3, value: `${String(century + yy).slice(0, 3)}X` };
      const prev = k > 0 ? toks[k - 1].l : '';
      if (prev === 'in' || prev === 'of' || prev === 'since' || MONTHS[prev])
        return { i: k, j: k + 2, value: String(century + yy) };
      return null;
    }
    // 80s after "the"/"'70s and"
    if (
      toks[k].num &&
      toks[k].e - toks[k].s === 2 &&
      +w % 10 === 0 &&
      adj(k) &&
      at(k + 1) === 's' &&
      k > 0 &&
      /^(and|or|the|early|late|mid|in)$/.test(at(k - 1))
    ) {
      const yy = +w;
      return { i: k, j: k + 2, value: `${String((yy > 30 ? 1900 : 2000) + yy).slice(0, 3)}X` };
    }
    // Q3 [2009]
    if (/^q[1-4]$/.test(w) && toks[k].cap) {
      const q = w[1];
      if (isYear(k + 1)) return { i: k, j: k + 2, value: `${yearOf(k + 1)}-Q${q}` };
      return { i: k, j: k + 1, value: ref ? `${quarterYear(+q, isFuture(k, k + 1))}-Q${q}` : null };
    }
    // yesterday / today / tomorrow / tonight
    if (w === 'yesterday' || w === 'today' || w === 'tomorrow' || w === 'tonight') {
      // "today's" is fine; "Today show" is rare enough
      const off = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const day = ref ? addDays(ref, off) : null;
      return { i: k, j: k + 1, value: day ? ymdStr(day) + (w === 'tonight' ? 'TNI' : '') : null, day };
    }
    if (VAGUE[w]) {
      if (
        w === 'now' &&
        (at(k + 1) === 'that' || (k > 0 && (at(k - 1) === 'right' || at(k - 1) === 'until' || at(k - 1) === 'by')))
      ) {
        return at(k - 1) === 'right' || at(k - 1) === 'until' || at(k - 1) === 'by'
          ? { i: k, j: k + 1, value: 'PRESENT_REF' }
          : null;
      }
      return { i: k, j: k + 1, value: VAGUE[w] };
    }
    // this/last/next …
    if (w in REL) {
      const r = REL[w];
      const u = at(k + 1);
      if (w === 'past' && u !== 'weekend') return null; // "past week" is a span of time
      if (w === 'following' || w === 'coming') {
        if (u !== 'week' && u !== 'month' && u !== 'year' && u !== 'weekend') return null;
      }
      if (UNITS[u] && !u.endsWith('s') && u !== 'day') return { ...relUnit(r, u, k)!, i: k, j: k + 2 };
      if (u === 'weekend') return { ...relUnit(r, 'weekend', k)!, i: k, j: k + 2 };
      const m2 = MONTHS[u];
      if (m2 && toks[k + 1].cap) {
        let y: number | null = null;
        if (ref) y = r === 0 ? ref.y : r < 0 ? (m2 < ref.m ? ref.y : ref.y - 1) : m2 > ref.m ? ref.y : ref.y + 1;
        return { i: k, j: k + 2, value: ymd(y, m2, 0) };
      }
      const wd2 = WEEKDAYS[u];
      if (wd2 && toks[k + 1].cap) {
        if (!ref) return { i: k, j: k + 2, value: null };
        const back = (weekdayOf(ref) - wd2 + 7) % 7;
        let day: Ymd;
        if (r < 0) day = addDays(ref, back === 0 ? -7 : -back);
        else if (r > 0) day = addDays(ref, back === 0 ? 7 : 7 - back);
        else day = isFuture(k, k + 2) ? addDays(ref, back === 0 ? 0 : 7 - back) : addDays(ref, -back);
        let j = k + 2;
        let value = ymdStr(day);
        if (PARTS[at(j)]) {
          value += 'T' + PARTS[at(j)];
          j++;
        }
        return { i: k, j, value, day };
      }
      const se = SEASONS[u];
      if (se) return { i: k, j: k + 2, value: seasonValue(r, se) };
      if (u === 'morning' || u === 'afternoon' || u === 'evening') {
        if (w !== 'this' || !ref) return null;
        return { i: k, j: k + 2, value: `${ymdStr(ref)}T${PARTS[u]}`, day: ref };
      }
      return null;
    }
    // earlier/later this year, earlier today
    if (w === 'earlier' || w === 'later') {
      if (at(k + 1) === 'today' || at(k + 1) === 'tonight') {
        const h = core(k + 1);
        return h ? { ...h, i: k } : null;
      }
      if (at(k + 1) in REL && (at(k + 2) === 'year' || at(k + 2) === 'month' || at(k + 2) === 'week')) {
        const h = relUnit(REL[at(k + 1)], at(k + 2), k);
        return h ? { ...h, i: k, j: k + 3 } : null;
      }
      return null;
    }
    // seasons: "spring", "spring 2009", "the spring of 2009" (lower-case "fall" only before a year/with "the")
    const se = SEASONS[w];
    if (se) {
      if (isYear(k + 1)) return { i: k, j: k + 2, value: `${yearOf(k + 1)}-${se}` };
      if (at(k + 1) === 'of' && isYear(k + 2)) return { i: k, j: k + 3, value: `${yearOf(k + 2)}-${se}` };
      const prev = k > 0 ? at(k - 1) : '';
      if (
        w !== 'fall' &&
        ((toks[k].cap && k > 0 && !/[.!?"“]/.test(prev)) ||
          prev === 'in' ||
          prev === 'the' ||
          prev === 'this' ||
          prev === 'by' ||
          prev === 'until' ||
          prev === 'during')
      ) {
        return { i: k, j: k + 1, value: seasonValue(0, se) };
      }
      return null;
    }
    // N units ago
    if ((w in COUNT || toks[k].num) && UNITS[at(k + 1)] && at(k + 2) === 'ago') {
      const c = toks[k].num ? +w : COUNT[w];
      const u = UNITS[at(k + 1)];
      if (!ref || c < 0) return { i: k, j: k + 3, value: c < 0 ? 'PAST_REF' : null };
      if (u === 'D') {
        const d = addDays(ref, -c);
        return { i: k, j: k + 3, value: ymdStr(d), day: d };
      }
      if (u === 'W') {
        const d = addDays(ref, -7 * c);
        return { i: k, j: k + 3, value: ymdStr(d), day: d };
      }
      if (u === 'M') {
        const mm = ref.m - 1 - c;
        return { i: k, j: k + 3, value: `${pad(ref.y + Math.floor(mm / 12), 4)}-${pad((((mm % 12) + 12) % 12) + 1)}` };
      }
      if (u === 'Y') return { i: k, j: k + 3, value: pad(ref.y - c, 4) };
      return null;
    }
    // ordinal-quarter adjective: "third-quarter profits"
    if (ORD[w] && adj(k) && at(k + 1) === '-' && at(k + 2) === 'quarter') {
      const q = ORD[w];
      return { i: k, j: k + 3, value: ref ? `${quarterYear(q, isFuture(k, k + 3))}-Q${q}` : `XXXX-Q${q}` };
    }
    return null;
  };

  function quarterYear(q: number, fut: boolean): number {
    const cur = Math.floor((ref!.m - 1) / 3) + 1;
    if (q < cur) return ref!.y;
    if (q === cur || fut) return ref!.y;
    // early in the year "the fourth quarter" is last year's (results season); later it is still ahead
    return q - cur >= 3 ? ref!.y - 1 : ref!.y;
  }
  function seasonValue(r: number, se: string): string | null {
    if (!ref) return null;
    // winter belongs to the year it starts in (Dec); January–February are last year's winter
    let y = ref.y + r;
    if (se === 'WI' && ref.m <= 2 && r === 0) y -= 1;
    return `${pad(y, 4)}-${se}`;
  }

  function monthDay(i: number, k: number): Hit | null {
    const [mo, j0] = monthAt(k);
    if (!mo) return null;
    // "May" and "March" are also words: require a number, year or a date preposition
    const word = toks[k].l;
    const d = dayNum(j0);
    if (d && !(j0 < n && toks[j0].e - toks[j0].s <= 2 && at(afterOrd(j0)) !== ':')) return null;
    if (d) {
      let j = afterOrd(j0);
      let y: number | null = null;
      if (at(j) === ',' && isYear(j + 1)) {
        y = yearOf(j + 1);
        j += 2;
      } else if (isYear(j)) {
        y = yearOf(j);
        j += 1;
      } else y = yearFor(mo, d, isFuture(i, j));
      return { i, j, value: ymd(y, mo, d), day: y !== null ? { y, m: mo, d } : null };
    }
    if (isYear(j0)) return { i, j: j0 + 1, value: ymd(yearOf(j0), mo, 0) };
    if (
      at(j0) === 'of' &&
      (at(j0 + 1) === 'this' || at(j0 + 1) === 'last' || at(j0 + 1) === 'next') &&
      at(j0 + 2) === 'year'
    ) {
      return { i, j: j0 + 3, value: ref ? ymd(ref.y + REL[at(j0 + 1)], mo, 0) : ymd(null, mo, 0) };
    }
    if (at(j0) === ',' && isYear(j0 + 1) && word !== 'may' && word !== 'march')
      return { i, j: j0 + 2, value: ymd(yearOf(j0 + 1), mo, 0) };
    if ((at(j0) === "'" || at(j0) === '’') && j0 + 1 < n && toks[j0 + 1].num && toks[j0 + 1].e - toks[j0 + 1].s === 2) {
      const yy = +toks[j0 + 1].l;
      return { i, j: j0 + 2, value: ymd(yy > 30 ? 1900 + yy : 2000 + yy, mo, 0) };
    }
    if (word === 'may' || word === 'march') {
      const prev = i > 0 ? at(i - 1) : '';
      if (
        !/^(in|since|until|by|of|from|through|early|late|mid|during|before|after|last|next|this|to|between|and|-)$/.test(
          prev,
        )
      )
        return null;
    }
    if (j0 - k > 1 || MONTH_ABBR[word]) {
      // abbreviation without a day ("Dec.") is too ambiguous alone
      if (!MONTHS[word]) return null;
    }
    const y = yearFor(mo, 0, isFuture(i, j0));
    return { i, j: j0, value: ymd(y, mo, 0) };
  }

  // Modifiers and "the …" constructions wrapped around a core expression.
  const parse = (k: number): Hit | null => {
    if (k >= n) return null;
    const w = at(k);
    if (w === 'early' || w === 'late' || w === 'mid') {
      const k2 = w === 'mid' && at(k + 1) === '-' ? k + 2 : k + 1;
      if (at(k2) === 'in' && at(k2 + 1) === 'the' && at(k2 + 2) === 'day')
        return { i: k, j: k2 + 3, value: ref ? ymdStr(ref) : null, day: ref };
      const h = core(k2);
      if (h && h.value !== 'PRESENT_REF' && h.value !== 'PAST_REF' && h.value !== 'FUTURE_REF') return { ...h, i: k };
      return null;
    }
    if (w === 'the') {
      const u = at(k + 1);
      // the 1990s / the '90s / the 90s
      if (isYear(k + 1) && adj(k + 1) && at(k + 2) === 's') return { ...core(k + 1)!, i: k };
      if ((u === "'" || u === '’') && at(k + 3) === 's') {
        const h = core(k + 1);
        return h ? { ...h, i: k } : null;
      }
      if (
        k + 1 < n &&
        toks[k + 1].num &&
        toks[k + 1].e - toks[k + 1].s === 2 &&
        adj(k + 1) &&
        at(k + 2) === 's' &&
        +u % 10 === 0
      ) {
        const yy = +u;
        return { i: k, j: k + 3, value: `${String((yy > 30 ? 1900 : 2000) + yy).slice(0, 3)}X` };
      }
      // the end/beginning/start/middle of X
      if ((u === 'end' || u === 'beginning' || u === 'start' || u === 'middle') && at(k + 2) === 'of') {
        const k3 = k + 3;
        if (at(k3) === 'the' && (at(k3 + 1) === 'year' || at(k3 + 1) === 'month' || at(k3 + 1) === 'week')) {
          const h = relUnit(0, at(k3 + 1), k);
          return h ? { ...h, i: k, j: k3 + 2 } : null;
        }
        const h = parse(k3);
        if (h && h.value !== null && /^\d|^XXXX/.test(h.value)) return { ...h, i: k };
        return null;
      }
      // the first/second half of 2009
      if ((u === 'first' || u === 'second') && at(k + 2) === 'half' && at(k + 3) === 'of') {
        const yp = yearPhrase(k + 4);
        if (yp) return { i: k, j: yp[1], value: yp[0] ? `${yp[0]}-H${u === 'first' ? 1 : 2}` : null };
        return null;
      }
      // the third quarter [of 2009 | of this year]
      const q = ORD[u] ?? (u === 'final' || u === 'last' ? -1 : 0);
      if (q && (at(k + 2) === 'quarter' || (at(k + 2) === 'fiscal' && at(k + 3) === 'quarter'))) {
        const qk = at(k + 2) === 'quarter' ? k + 2 : k + 3;
        if (at(qk + 1) === 'of') {
          const yp = yearPhrase(qk + 2);
          if (yp) return { i: k, j: yp[1], value: yp[0] ? `${yp[0]}-Q${q < 0 ? 4 : q}` : null };
        }
        if (isYear(qk + 1)) return { i: k, j: qk + 2, value: `${yearOf(qk + 1)}-Q${q < 0 ? 4 : q}` };
        if (!ref) return { i: k, j: qk + 1, value: null };
        if (u === 'last') return { ...relUnit(-1, 'quarter', k)!, i: k, j: qk + 1 };
        const qq = q < 0 ? 4 : q;
        return { i: k, j: qk + 1, value: `${quarterYear(qq, isFuture(k, qk + 1))}-Q${qq}` };
      }
      // the next/following day, the day before, the previous day, the same day
      if ((u === 'next' || u === 'following' || u === 'previous' || u === 'same') && at(k + 2) === 'day') {
        const off = u === 'previous' ? -1 : u === 'same' ? 0 : 1;
        const d = anchor ? addDays(anchor, off) : null;
        return { i: k, j: k + 3, value: d ? ymdStr(d) : null, day: d };
      }
      if (
        u === 'day' &&
        (at(k + 2) === 'before' || at(k + 2) === 'after') &&
        !/^(the|a|an|his|her|its|their|he|she|it|they|we)$/.test(at(k + 3))
      ) {
        const d = anchor ? addDays(anchor, at(k + 2) === 'before' ? -1 : 1) : null;
        return { i: k, j: k + 3, value: d ? ymdStr(d) : null, day: d };
      }
      if ((u === 'previous' || u === 'following') && at(k + 2) === 'year') {
        return { i: k, j: k + 3, value: ref ? pad(ref.y + (u === 'previous' ? -1 : 1), 4) : null };
      }
      if (u === 'year' && (at(k + 2) === 'before' || at(k + 2) === 'previous'))
        return { i: k, j: k + 3, value: relYear(-1) };
      // "ended the day at …": the day last talked about
      if (u === 'day' && (k + 2 >= n || /^[.,;]$|^(at|with|on|in|down|up|higher|lower)$/.test(at(k + 2)))) {
        return { i: k, j: k + 2, value: anchor ? ymdStr(anchor) : null, day: anchor };
      }
      if (u === 'weekend') return { i: k, j: k + 2, value: ref ? `${isoWeek(ref)}-WE` : null };
      if (
        u === 'future' ||
        (u === 'near' && (at(k + 2) === 'future' || at(k + 2) === 'term')) ||
        (u === 'long' && at(k + 2) === 'term')
      ) {
        return { i: k, j: u === 'future' ? k + 2 : k + 3, value: 'FUTURE_REF' };
      }
      if (
        u === 'past' &&
        (k === 0 || at(k - 1) === 'in') &&
        !UNITS[at(k + 2)] &&
        !(at(k + 2) in COUNT) &&
        !toks[k + 2]?.num
      ) {
        return { i: k, j: k + 2, value: 'PAST_REF' };
      }
      if (u === 'time' && at(k + 2) === 'being') return { i: k, j: k + 3, value: 'PRESENT_REF' };
      if ((u === 'last' || u === 'past') && at(k + 2) === 'quarter')
        return { ...relUnit(-1, 'quarter', k)!, i: k, j: k + 3 };
      if (u === 'last' && at(k + 2) === 'week' && at(k + 3) === 'of') {
        const h = core(k + 4);
        if (h && h.value && /^\d{4}-\d\d$/.test(h.value)) {
          const [y, m] = h.value.split('-').map(Number);
          const last = addDays({ y: m === 12 ? y + 1 : y, m: m === 12 ? 1 : m + 1, d: 1 }, -1);
          return { i: k, j: h.j, value: isoWeek(last) };
        }
      }
      // "the third-quarter", "the spring of 2009", "the fall"
      const se = SEASONS[u];
      if (se) {
        if (at(k + 2) === 'of' && isYear(k + 3)) return { i: k, j: k + 4, value: `${yearOf(k + 3)}-${se}` };
        if (u !== 'fall') return { i: k + 1, j: k + 2, value: seasonValue(0, se) };
      }
      return null;
    }
    if (w === 'that' && at(k + 1) === 'day' && !(at(k + 2) in COUNT))
      return { i: k, j: k + 2, value: anchor ? ymdStr(anchor) : null, day: anchor };
    if (w === 'recent' && at(k + 1) === 'years') return { i: k, j: k + 2, value: 'PAST_REF' };
    return core(k);
  };

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
    toks = tokenize(text, lower, wStart, wEnd);
    n = toks.length;
    sentOf = sentenceIndex(toks, sentences);
    // parse from a few words before the first anchor (modifiers), after what earlier windows consumed
    let k0 = 0;
    while (k0 < n && (toks[k0].e < first - 48 || toks[k0].s < lastHitEnd)) k0++;
    scan(k0);
    if (next) ANCHOR_RE.lastIndex = Math.max(next.index, wEnd);
    if (next && next.index < wEnd) next = ANCHOR_RE.exec(lower);
  }
  return out;

  function scan(k0: number): void {
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
      const h = parse(k);
      if (!h || h.j <= h.i) continue;
      // recurrences ("every week", "each year") are not dates
      if (h.i > 0 && /^(every|each|per)$/.test(toks[h.i - 1].l)) {
        k = h.j - 1;
        continue;
      }
      // "a year" after a number is a duration; "two years ago" handled above
      const start = toks[h.i].s;
      const end = toks[h.j - 1].e;
      const value = h.value;
      if (_opts.noVague && value && /_REF$/.test(value)) {
        k = h.j - 1;
        continue;
      }
      out.push({ start, end, text: text.slice(start, end), value });
      if (h.day) anchor = h.day;
      lastHitEnd = end;
      k = h.j - 1;
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}

// words that can follow "the" in a date expression
const THE_NEXT = new Set<string>([
  "'",
  '’',
  'end',
  'beginning',
  'start',
  'middle',
  'first',
  'second',
  'third',
  'fourth',
  'final',
  'last',
  'next',
  'following',
  'previous',
  'same',
  'day',
  'year',
  'weekend',
  'future',
  'near',
  'long',
  'past',
  'time',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
]);

const STARTERS = new Set<string>([
  ...Object.keys(MONTHS),
  ...Object.keys(MONTH_ABBR),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(SEASONS),
  ...Object.keys(VAGUE),
  ...Object.keys(REL),
  ...Object.keys(COUNT),
  'yesterday',
  'today',
  'tomorrow',
  'tonight',
  'earlier',
  'later',
  'early',
  'late',
  'mid',
  'the',
  'that',
  'recent',
  'q1',
  'q2',
  'q3',
  'q4',
  'first',
  'second',
  'third',
  'fourth',
]);

function ymdStr(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
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
