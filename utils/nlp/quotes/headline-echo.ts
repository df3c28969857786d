// A headline quotes the words its story quotes ("Okafor double sends 'relentless' Harriers top" over 'Whitlock
// described her side as "relentless"'): the same words in marks on the headline and in the body are one
// quotation, so when one of the two is found as a quotation, the other is too, even where its own line gives no
// speech (a headline drops its verbs; a body's 'praised his "heroes"' reads like a noun phrase).

import { onHeadline } from './headline';
import type { RawSpan } from './marks';

/** Rules that reject words only for want of speech around them or for their place in the writer's phrase, not
 *  for being a name or a title: the echo of a quotation overrides them. */
const SOFT = new Set(['short', 'no-speech', 'modifier', 'noun-phrase', 'weak-marks']);
/** Longest headline phrase compared (headlines quote a few words). */
const MAX_WORDS = 8;
/** Headline spans held at most (a headline has one or two). */
const MAX_HELD = 4;
const TRAILING = /[\s,.;:!?’'"”]/;
const WORDISH = /[\p{L}\p{N}]/u;

/** Lower-cased words without the trailing punctuation; a loop, not a regex anchored at the end (linear). */
function key(content: string): string {
  let end = content.length;
  while (end > 0 && TRAILING.test(content[end - 1])) end--;
  return content.slice(0, end).trim().toLowerCase();
}

/** Whether the body's quotation holds the headline's words: the same, or opening with them ("brazen" in
 *  "brazen, sustained and deeply selfish"); two words or more also inside it, between word bounds. */
function holds(body: string, head: string, headWords: number): boolean {
  if (!head) return false;
  const at = headWords >= 2 ? body.indexOf(head) : body.startsWith(head) ? 0 : -1;
  if (at < 0) return false;
  const before = at > 0 ? body[at - 1] : '';
  const after = body[at + head.length] ?? '';
  return !WORDISH.test(before) && !WORDISH.test(after);
}

export class HeadlineEcho {
  /** End of the text's first line (the headline's, when onHeadline says there is one). */
  private readonly headEnd: number;
  private readonly kept = new Set<string>();
  private readonly held: { span: RawSpan; key: string; words: number }[] = [];
  private readonly revived: RawSpan[] = [];

  constructor(private readonly text: string) {
    let first = 0;
    while (first < text.length && /\s/.test(text[first])) first++;
    const nl = text.indexOf('\n', first);
    this.headEnd = nl < 0 ? text.length : nl;
  }

  private onHead(r: RawSpan): boolean {
    return r.close < this.headEnd && onHeadline(this.text, r.open, r.close);
  }

  /**
   * The verdict on span `r` given the rules' `rule` (null: kept): a body span a soft rule rejects is kept when
   * the headline quoted the same words as a quotation; a headline span a soft rule rejects is held until the
   * body quotes its words.
   */
  judge(r: RawSpan, content: string, wc: number, rule: string | null): string | null {
    if (wc > MAX_WORDS && r.close < this.headEnd) return rule;
    if (r.close < this.headEnd) {
      if (!this.onHead(r)) return rule;
      if (rule === null) this.kept.add(key(content));
      else if (SOFT.has(rule) && this.held.length < MAX_HELD) this.held.push({ span: r, key: key(content), words: wc });
      return rule;
    }
    if (rule === null) {
      if (this.held.length) {
        const k = key(content);
        for (let i = this.held.length - 1; i >= 0; i--) {
          const h = this.held[i];
          if (holds(k, h.key, h.words)) {
            this.revived.push(h.span);
            this.held.splice(i, 1);
          }
        }
      }
      return null;
    }
    if (this.kept.size && wc <= MAX_WORDS && SOFT.has(rule) && this.kept.has(key(content))) return null;
    return rule;
  }

  /** Headline spans the body's quotations revived, in text order. */
  revivedSpans(): RawSpan[] {
    return this.revived.sort((a, b) => a.start - b.start);
  }
}
