// "Is this short line part of a paragraph kept before it?" (a pull quote) without rescanning all the text kept
// so far for every line, which made a long page quadratic. The texts are normalised (clean.ts `norm`: lower
// case, words of letters and digits, one space between them). A line that occurs inside a paragraph has its
// inner words there as whole words, so an index of each paragraph's words and word pairs gives the few places
// worth checking, and each is checked exactly.

/** Where an indexed word or word pair starts: paragraph number and offset, side by side. */
type Postings = number[];

/** Checks per question at most: a page whose every word pair repeats thousands of times is not an article. */
const MAX_CHECKS = 2000;

export class RepeatIndex {
  private readonly texts: string[] = [];
  private readonly at = new Map<string, Postings>();

  /** Adds one normalised paragraph. */
  add(n: string): void {
    const id = this.texts.push(n) - 1;
    let prev = '';
    let prevAt = -1;
    for (const [word, offset] of wordsOf(n)) {
      this.post(word, id, offset);
      if (prevAt >= 0) this.post(`${prev} ${word}`, id, prevAt);
      prev = word;
      prevAt = offset;
    }
  }

  /**
   * Whether `n` (normalised, no newline) occurs inside a paragraph added before: the same answer as searching
   * their texts, for a line of three words or more. A line of one or two words (each may be cut at the edge of
   * a longer word) is never taken for a repeat; past MAX_CHECKS places of its rarest inner word or pair (a page
   * of a handful of words over and over) the answer is no.
   */
  contains(n: string): boolean {
    const words = [...wordsOf(n)];
    if (words.length < 3) return false;
    // the first and the last word may be parts of longer words; the inner ones are whole words there
    let best: Postings | undefined;
    let bestAt = 0;
    for (let k = 1; k < words.length - 1; k++) {
      const one = this.at.get(words[k][0]) ?? [];
      if (best === undefined || one.length < best.length) [best, bestAt] = [one, words[k][1]];
      if (k + 1 < words.length - 1) {
        const two = this.at.get(`${words[k][0]} ${words[k + 1][0]}`) ?? [];
        if (two.length < best.length) [best, bestAt] = [two, words[k][1]];
      }
      if (best.length === 0) return false;
    }
    if (!best) return false;
    for (let i = 0; i < Math.min(best.length, 2 * MAX_CHECKS); i += 2) {
      const start = best[i + 1] - bestAt;
      if (start >= 0 && this.texts[best[i]].startsWith(n, start)) return true;
    }
    return false;
  }

  private post(key: string, id: number, offset: number): void {
    const list = this.at.get(key);
    if (list) list.push(id, offset);
    else this.at.set(key, [id, offset]);
  }
}

/** The words of a normalised text with their offsets. */
function* wordsOf(n: string): Generator<[string, number]> {
  let start = 0;
  while (start < n.length) {
    let end = n.indexOf(' ', start);
    if (end < 0) end = n.length;
    if (end > start) yield [n.slice(start, end), start];
    start = end + 1;
  }
}
