// "Is this short line part of a paragraph kept before it?" (a pull quote) without rescanning all the text kept
// so far for every line, which made a long page quadratic. The texts are normalised (clean.ts `norm`: lower
// case, words of letters and digits, one space between them). A line that occurs inside a paragraph has its
// inner words there as whole words, so an index of each paragraph's words and word pairs gives the places
// worth checking, and each is checked exactly. Words are keyed by a hash (a collision only adds a place to
// check), and places are kept in typed arrays as linked lists, latest first: a 10 MB page indexes 1.6 million
// words without an object per word.

/**
 * Places checked per line at most, the latest first (a pull quote repeats a paragraph near it). Only a page
 * that repeats the line's every inner word and word pair this often (the same paragraphs over and over) has
 * more; there a line found no nearer is kept.
 */
const MAX_CHECKS = 64;
const KEY_BITS = 0x3fffffff; // small-integer keys: the fastest Map keys

/** FNV-1a of n[start, end). */
function hash(n: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ n.charCodeAt(i), 0x01000193);
  return (h >>> 0) & KEY_BITS;
}
const pairKey = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & KEY_BITS;

/** Linked lists of places (paragraph, offset) in growable typed arrays. */
class Places {
  private para = new Int32Array(1024);
  private offset = new Int32Array(1024);
  private next = new Int32Array(1024);
  /** How many places the list holds from this one back. */
  private count = new Int32Array(1024);
  private size = 0;
  /** Key → its latest place. */
  private readonly head = new Map<number, number>();

  add(key: number, para: number, offset: number): void {
    if (this.size === this.para.length) this.grow();
    const i = this.size++;
    const prev = this.head.get(key);
    this.para[i] = para;
    this.offset[i] = offset;
    this.next[i] = prev ?? -1;
    this.count[i] = prev === undefined ? 1 : this.count[prev] + 1;
    this.head.set(key, i);
  }

  /** How many places `key` has (0 if none). */
  countOf(key: number): number {
    const i = this.head.get(key);
    return i === undefined ? 0 : this.count[i];
  }

  /** Up to `max` places of `key`, the latest first, until `f` says true. */
  some(key: number, max: number, f: (para: number, offset: number) => boolean): boolean {
    let i = this.head.get(key) ?? -1;
    for (let k = 0; i >= 0 && k < max; k++, i = this.next[i]) if (f(this.para[i], this.offset[i])) return true;
    return false;
  }

  private grow(): void {
    const more = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.para = more(this.para);
    this.offset = more(this.offset);
    this.next = more(this.next);
    this.count = more(this.count);
  }
}

export class RepeatIndex {
  private readonly texts: string[] = [];
  private readonly words = new Places();
  private readonly pairs = new Places();

  /** Adds one normalised paragraph. */
  add(n: string): void {
    const para = this.texts.push(n) - 1;
    let prev = -1;
    let prevAt = 0;
    for (let start = 0; start < n.length;) {
      let end = n.indexOf(' ', start);
      if (end < 0) end = n.length;
      if (end > start) {
        const h = hash(n, start, end);
        this.words.add(h, para, start);
        if (prev >= 0) this.pairs.add(pairKey(prev, h), para, prevAt);
        prev = h;
        prevAt = start;
      }
      start = end + 1;
    }
  }

  /**
   * Whether `n` (normalised, no newline) occurs inside a paragraph added before: the same answer as searching
   * their texts, for a line of three words or more, within MAX_CHECKS. A line of one or two words (each may be
   * a piece of a longer word) is never taken for a repeat.
   */
  contains(n: string): boolean {
    const first = n.indexOf(' ');
    const last = n.lastIndexOf(' ');
    if (first < 0 || first === last) return false;
    // the first and the last word may be pieces of longer words; the inner ones are whole words there
    let best: { places: Places; key: number; at: number; count: number } | null = null;
    let prev = -1;
    let prevAt = 0;
    for (let start = first + 1; start < last + 1;) {
      const end = n.indexOf(' ', start);
      const h = hash(n, start, end);
      const one = this.words.countOf(h);
      if (one === 0) return false;
      if (!best || one < best.count) best = { places: this.words, key: h, at: start, count: one };
      if (prev >= 0) {
        const key = pairKey(prev, h);
        const two = this.pairs.countOf(key);
        if (two === 0) return false;
        if (two < best.count) best = { places: this.pairs, key, at: prevAt, count: two };
      }
      prev = h;
      prevAt = start;
      start = end + 1;
    }
    if (!best) return false;
    const at = best.at;
    return best.places.some(best.key, MAX_CHECKS, (para, offset) => {
      const start = offset - at;
      return start >= 0 && this.texts[para].startsWith(n, start);
    });
  }
}
