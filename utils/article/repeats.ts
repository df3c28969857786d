// "Is this short line part of a paragraph kept before it?" (a pull quote) without rescanning all the text kept
// so far for every line, which made a long page quadratic. The texts are normalised (clean.ts `norm`: lower
// case, words of letters and digits, one space between them). A line that occurs inside a paragraph has its
// inner words there as whole words, so an index of each paragraph's words and word pairs gives the places
// worth checking, and each is checked exactly.

/**
 * Places checked per line at most, the latest first (a pull quote repeats a paragraph near it). Only a page
 * that repeats the line's every inner word and word pair this often (the same paragraphs over and over) has
 * more; there a line found no nearer is kept.
 */
const MAX_CHECKS = 64;
/** Word ids stay below this, so a pair's key (a number) never equals a word's. */
const PAIR = 2 ** 26;

export class RepeatIndex {
  private readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Key (word id, or pair key) → paragraph number and offset, side by side. */
  private readonly at = new Map<number, number[]>();

  /** Adds one normalised paragraph. */
  add(n: string): void {
    const para = this.texts.push(n) - 1;
    let prev = -1;
    let prevAt = 0;
    for (let start = 0; start < n.length;) {
      let end = n.indexOf(' ', start);
      if (end < 0) end = n.length;
      if (end > start) {
        const word = n.slice(start, end);
        let id = this.ids.get(word);
        if (id === undefined) {
          id = this.ids.size % PAIR;
          this.ids.set(word, id);
        }
        this.post(id, para, start);
        if (prev >= 0) this.post((prev + 1) * PAIR + id, para, prevAt);
        prev = id;
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
    const words = n.split(' ');
    if (words.length < 3) return false;
    // the first and the last word may be pieces of longer words; the inner ones are whole words there
    let best: number[] | undefined;
    let bestAt = 0;
    let offset = words[0].length + 1;
    let prev = -1;
    for (let k = 1; k < words.length - 1; k++) {
      const id = this.ids.get(words[k]);
      if (id === undefined) return false;
      const one = this.at.get(id)!;
      if (!best || one.length < best.length) [best, bestAt] = [one, offset];
      if (prev >= 0) {
        const two = this.at.get((prev + 1) * PAIR + id);
        if (!two) return false;
        if (two.length < best.length) [best, bestAt] = [two, offset - words[k - 1].length - 1];
      }
      prev = id;
      offset += words[k].length + 1;
    }
    if (!best) return false;
    for (let i = best.length - 2, checks = 0; i >= 0 && checks < MAX_CHECKS; i -= 2, checks++) {
      const start = best[i + 1] - bestAt;
      if (start >= 0 && this.texts[best[i]].startsWith(n, start)) return true;
    }
    return false;
  }

  private post(key: number, para: number, offset: number): void {
    const list = this.at.get(key);
    if (list) list.push(para, offset);
    else this.at.set(key, [para, offset]);
  }
}
