// A month name and what follows it: "March 3", "Dec. 3, 2018", "May 2009", "March of last year".
import type { DateCtx, Hit } from './context';
import { ymd } from './normalize';
import { MONTHS, MONTH_ABBR, REL } from './words';

export function monthDay(c: DateCtx, i: number, k: number): Hit | null {
  const [mo, j0] = c.monthAt(k);
  if (!mo) return null;
  // "May" and "March" are also words: require a number, year or a date preposition
  const word = c.toks[k].l;
  const d = c.dayNum(j0);
  if (d && !(j0 < c.n && c.toks[j0].e - c.toks[j0].s <= 2 && c.at(c.afterOrd(j0)) !== ':')) return null;
  if (d) {
    let j = c.afterOrd(j0);
    let y: number | null = null;
    if (c.at(j) === ',' && c.isYear(j + 1)) {
      y = c.yearOf(j + 1);
      j += 2;
    } else if (c.isYear(j)) {
      y = c.yearOf(j);
      j += 1;
    } else y = c.yearFor(mo, d, c.isFuture(i, j));
    return { i, j, value: ymd(y, mo, d), day: y !== null ? { y, m: mo, d } : null };
  }
  if (c.isYear(j0)) return { i, j: j0 + 1, value: ymd(c.yearOf(j0), mo, 0) };
  if (
    c.at(j0) === 'of' &&
    (c.at(j0 + 1) === 'this' || c.at(j0 + 1) === 'last' || c.at(j0 + 1) === 'next') &&
    c.at(j0 + 2) === 'year'
  ) {
    return { i, j: j0 + 3, value: c.ref ? ymd(c.ref.y + REL[c.at(j0 + 1)], mo, 0) : ymd(null, mo, 0) };
  }
  if (c.at(j0) === ',' && c.isYear(j0 + 1) && word !== 'may' && word !== 'march')
    return { i, j: j0 + 2, value: ymd(c.yearOf(j0 + 1), mo, 0) };
  if (
    (c.at(j0) === "'" || c.at(j0) === '’') &&
    j0 + 1 < c.n &&
    c.toks[j0 + 1].num &&
    c.toks[j0 + 1].e - c.toks[j0 + 1].s === 2
  ) {
    const yy = +c.toks[j0 + 1].l;
    return { i, j: j0 + 2, value: ymd(yy > 30 ? 1900 + yy : 2000 + yy, mo, 0) };
  }
  if (word === 'may' || word === 'march') {
    const prev = i > 0 ? c.at(i - 1) : '';
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
  const y = c.yearFor(mo, 0, c.isFuture(i, j0));
  return { i, j: j0, value: ymd(y, mo, 0) };
}
