// A quotation at the top of an article (its headline or standfirst, before anyone is named) with no speaker of its
// own is most often the story's own quotation, said further down by someone the body names: '‘We were told
// nothing’: families demand answers' over '‘We were told nothing. I found out from a post,’ she said' after Andrea
// Pollitt; 'nerdy guys, who she says "control popularity"' over '"The people who control popularity," says Munn'.
// A later quotation with a person as speaker that holds the same words gives it that speaker.
import type { PersonIndex } from '../coref';
import type { Quote } from '../types';

/** How many quotations at the top are looked at (headline, standfirst). */
const MAX_TOP = 4;

const EDGE = /[\s'"“”,.;:!?…-]/;

/**
 * Words of a quotation for comparing: lower case, one kind of apostrophe, spaces folded, no punctuation at either
 * end. The ends are trimmed by loops: a regex /[…]+$/ tries every start in a long run of marks (quadratic).
 */
function fold(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.test(s[a])) a++;
  while (b > a && EDGE.test(s[b - 1])) b--;
  return s.slice(a, b).toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
}

export function headlineEchoSpeakers(text: string, quotes: Quote[], index: PersonIndex): void {
  const nl = text.indexOf('\n');
  const top = Math.max(index.mentions[0]?.start ?? text.length, nl < 0 ? 0 : nl);
  let seen = 0;
  for (let i = 0; i < quotes.length && seen < MAX_TOP; i++) {
    const q = quotes[i];
    if (q.start >= top) break;
    seen++;
    if (q.form === 'qa' || (q.speaker && q.speaker.kind !== 'unknown')) continue;
    const key = fold(q.text);
    if (key.length < 4) continue;
    for (let j = i + 1; j < quotes.length; j++) {
      const p = quotes[j];
      if (p.start <= q.end || p.speaker?.kind !== 'person' || !p.speaker.personId) continue;
      if (fold(p.text).includes(key)) {
        q.speaker = { ...p.speaker };
        break;
      }
    }
  }
}
