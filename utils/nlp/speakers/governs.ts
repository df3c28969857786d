// Whether a speech verb governs a short quoted phrase (`said he was "shocked"`): the quotation finder's
// evidence that the marks quote someone's words rather than set off a term.
import { CUES } from './word-classes';
import { gapHas, wordsIn } from './words';

/** A speech verb governs a short quoted phrase: `said he was "shocked"`, `described it as "better"`. */
export function cueGoverns(text: string, open: number, from: number): boolean {
  const ws = wordsIn(text, from, open);
  const n = ws.length;
  for (let k = n - 1; k >= 0 && n - k <= 20; k--) {
    const l = ws[k].l;
    // a clause break (";", sentence end) ends the verb's reach
    if (k + 1 < n && gapHas(text, ws[k], ws[k + 1], /[;]|[.!?]\s/)) return false;
    if (!CUES.has(l)) continue;
    if (n - k <= 4) return true;
    // `stated that GM was a "…"`, `described X as "…"`
    const rest = ws.slice(k + 1).map((w) => w.l);
    if (rest.includes('that')) return true;
    if (
      rest[rest.length - 1] === 'as' ||
      rest.slice(-2).join(' ') === 'as being' ||
      (/^(?:a|an)$/.test(rest[rest.length - 1] ?? '') && rest[rest.length - 2] === 'as')
    )
      return true;
    if (/^(?:described|describes|characterized|characterised|called|calls|describing|calling)$/.test(l)) {
      const tail = rest.slice(-3);
      if (tail.includes('as')) return true;
    }
  }
  return false;
}
