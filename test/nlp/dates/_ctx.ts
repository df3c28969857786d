// Helpers for the recogniser tests: one sentence read as findDates reads a window of text.
import { parseYmd } from '../../../utils/nlp/dates-calendar';
import { DateCtx, type Hit, type Recogniser } from '../../../utils/nlp/dates/context';
import { coreAt, parseAt } from '../../../utils/nlp/dates/table';
import { TokKind, fineTokens } from '../../../utils/nlp/tokens';

export function ctx(text: string, publishedAt: string | null = '2019-03-14'): DateCtx {
  const c = new DateCtx(text, publishedAt ? parseYmd(publishedAt) : null, [{ start: 0, end: text.length }]);
  c.toks = fineTokens(text).map((t) => ({
    s: t.start,
    e: t.end,
    l: text.slice(t.start, t.end).toLowerCase(),
    cap: /[A-Z]/.test(text[t.start]),
    num: t.kind === TokKind.Number,
  }));
  c.n = c.toks.length;
  c.sentOf = new Int32Array(c.n);
  c.parse = (k) => parseAt(c, k);
  c.core = (k) => coreAt(c, k);
  return c;
}

/** Index of the token that starts `word` (its nth occurrence). */
export function tok(c: DateCtx, word: string, nth = 0): number {
  let off = -1;
  for (let k = 0; k <= nth; k++) off = c.text.indexOf(word, off + 1);
  const i = c.toks.findIndex((t) => t.s === off);
  if (i < 0) throw new Error(`no token at "${word}"`);
  return i;
}

/** A hit as [its text, its value]; null and undefined as they are. */
export function show(c: DateCtx, h: Hit | null | undefined): [string, string | null] | null | undefined {
  if (!h) return h;
  return [c.text.slice(c.toks[h.i].s, c.toks[h.j - 1].e), h.value];
}

/** Run one recogniser at the token starting `word`. */
export function run(r: Recogniser, text: string, word: string, publishedAt: string | null = '2019-03-14') {
  const c = ctx(text, publishedAt);
  const k = tok(c, word);
  return show(c, r(c, k, c.at(k)));
}
