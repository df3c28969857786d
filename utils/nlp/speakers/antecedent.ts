// The noun phrase a relative pronoun stands for: `Charles Roe, an expert at Stanford, who stated "…"`.
import { BOUNDARY, PREP, VERBISH } from './word-classes';
import { breakBetween, gapHas, type W } from './words';

/** Where the noun phrase ending at word `j` starts: back to a clause word (not "of"), a comma or the start. */
function phraseBack(text: string, ws: W[], j: number): number {
  let i = j;
  while (
    i > 0 &&
    j - i < 7 &&
    !gapHas(text, ws[i - 1], ws[i], /[,;:()]/) &&
    (ws[i - 1].l === 'of' || (!PREP.test(ws[i - 1].w) && !BOUNDARY.test(ws[i - 1].w))) &&
    !(ws[i - 1].w[0] === ws[i - 1].l[0] && (VERBISH.test(ws[i - 1].l) || /ed$/.test(ws[i - 1].l)))
  )
    i--;
  return i;
}

/**
 * The noun phrase a relative pronoun after a comma (`ws[rel]`) stands for: the phrase before the comma, or
 * before its apposition (`Charles Roe, an expert at Stanford, who`), apposition included.
 */
export function antecedentOf(text: string, ws: W[], rel: number): { start: number; end: number } | null {
  if (rel < 1 || !gapHas(text, ws[rel - 1], ws[rel], /,/)) return null;
  let seg = rel - 1;
  while (seg > 0 && rel - seg < 12 && !gapHas(text, ws[seg - 1], ws[seg], /[,;:()]/)) seg--;
  // an apposition opens with a lower-case word and follows a comma after the name
  const apposition = seg > 0 && /^\p{Ll}/u.test(ws[seg].w) && gapHas(text, ws[seg - 1], ws[seg], /,/);
  const i = phraseBack(text, ws, apposition ? seg - 1 : rel - 1);
  if (breakBetween(text, ws, i, rel - 1, /[.!?]\s/)) return null;
  return { start: ws[i].s, end: ws[rel - 1].e };
}
