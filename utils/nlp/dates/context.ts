// What the recognisers read: the tokens of one window of text, the reference date, the day last talked
// about, and small questions about the tokens ("is token k a year?", "does the clause point to the future?").
import type { Span } from '../types';
import type { Ymd } from '../dates-calendar';
import { FUTURE_CUES, PAST_CUES } from '../wordlists';
import { MONTHS, MONTH_ABBR } from './words';

/** A date token: letters, digits, or one other character. */
export interface Tok {
  s: number;
  e: number;
  /** lower case */
  l: string;
  /** first char is upper case */
  cap: boolean;
  num: boolean;
}

/** A date expression found at tokens [i, j). */
export interface Hit {
  i: number; // first token
  j: number; // one past the last token
  value: string | null;
  /** day-level anchor this expression sets for "the next day" */
  day?: Ymd | null;
}

/**
 * A recogniser looks at token k (its lower-case form `w`): a Hit where a date starts there; null where the
 * expression is its kind but no date ("May" the verb), which ends the search at k; undefined where it is not
 * its kind, so the next recogniser in the table tries.
 */
export type Recogniser = (c: DateCtx, k: number, w: string) => Hit | null | undefined;

export class DateCtx {
  toks: Tok[] = [];
  n = 0;
  /** Sentence index per token. */
  sentOf: Int32Array = new Int32Array(0);
  /** The day last talked about, for "the next day" (starts at the reference date). */
  anchor: Ymd | null;
  /** A date starting at k, with its modifiers ("early", "the end of"); set by the table. */
  parse: (k: number) => Hit | null = () => null;
  /** A date starting at k, without modifiers; set by the table. */
  core: (k: number) => Hit | null = () => null;

  constructor(
    readonly text: string,
    readonly ref: Ymd | null,
    readonly sentences: Span[],
  ) {
    this.anchor = ref;
  }

  adj(a: number): boolean {
    return a + 1 < this.n && this.toks[a].e === this.toks[a + 1].s;
  }

  at(k: number): string {
    return k < this.n ? this.toks[k].l : '';
  }

  isYear(k: number): boolean {
    if (k >= this.n || !this.toks[k].num || this.toks[k].e - this.toks[k].s !== 4) return false;
    const y = +this.toks[k].l;
    if (y < 1000 || y > 2100) return false;
    // "1,500" / "2008.5" / "$2000" / "2000%" / "2000-strong" are numbers, not years
    if (k > 0 && this.toks[k - 1].e === this.toks[k].s && /[$,.£€]/.test(this.toks[k - 1].l)) return false;
    if (
      k + 1 < this.n &&
      this.toks[k].e === this.toks[k + 1].s &&
      /^[%,.]$/.test(this.toks[k + 1].l) &&
      k + 2 < this.n &&
      this.toks[k + 1].e === this.toks[k + 2].s &&
      this.toks[k + 2].num
    )
      return false;
    if (k + 1 < this.n && this.toks[k + 1].l === '%') return false;
    return true;
  }

  dayNum(k: number): number {
    if (k >= this.n || !this.toks[k].num || this.toks[k].e - this.toks[k].s > 2) return 0;
    const d = +this.toks[k].l;
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** k is a day number; returns index after an optional ordinal suffix. */
  afterOrd(k: number): number {
    return this.adj(k) && /^(st|nd|rd|th)$/.test(this.at(k + 1)) ? k + 2 : k + 1;
  }

  /** [month, nextIndex] or [0, k]. */
  monthAt(k: number): [number, number] {
    if (k >= this.n || !this.toks[k].cap) return [0, k];
    const full = MONTHS[this.toks[k].l];
    if (full) return [full, this.toks[k].l.length > 4 && this.at(k + 1) === '.' && this.adj(k) ? k + 1 : k + 1];
    const ab = MONTH_ABBR[this.toks[k].l];
    if (ab && this.adj(k) && this.at(k + 1) === '.') return [ab, k + 2];
    if (ab && this.dayNum(k + 1)) return [ab, k + 1];
    return [0, k];
  }

  /** Future unless a past marker is nearer: the clause around [i, j) decides weekday/month direction. */
  isFuture(i: number, j: number): boolean {
    const sent = this.sentOf[i];
    let best = 99;
    let fut = false;
    for (let k = i - 1, d = 1; k >= 0 && d <= 20 && this.sentOf[k] === sent; k--, d++) {
      const w = this.toks[k].l;
      if (FUTURE_CUES.has(w) || (w === 'to' && d <= 3)) {
        best = d;
        fut = true;
        break;
      }
      // a past participle after "be"/"been" ("will be held", "will be finalized") says nothing about tense
      const passive = k > 0 && /^(be|been|being|to)$/.test(this.toks[k - 1].l);
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
    for (let k = j, d = 1; k < this.n && d < best && d <= 8 && this.sentOf[k] === sent; k++, d++) {
      const w = this.toks[k].l;
      if (FUTURE_CUES.has(w)) return true;
      if (PAST_CUES.has(w) || (w.length > 4 && w.endsWith('ed'))) return false;
    }
    return fut;
  }

  yearOf(k: number): number {
    return +this.toks[k].l;
  }

  /** Year for a month (and day) given without a year: the nearest one in the direction the clause points. */
  yearFor(month: number, day: number, fut: boolean): number | null {
    if (!this.ref) return null;
    const key = month * 100 + (day || 0);
    const refKey = this.ref.m * 100 + (day ? this.ref.d : 0);
    let y = this.ref.y;
    if (fut && key < refKey) y = this.ref.y + 1;
    if (!fut && key > refKey) y = this.ref.y - 1;
    // February 29 exists only in leap years: the nearest one in the same direction
    if (month === 2 && day === 29) while (!(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) y += fut ? 1 : -1;
    return y;
  }
}
