// Recognisers of calendar expressions: months, day-month, numeric dates, years, decades, quarters, seasons.
import { pad } from '../dates-calendar';
import type { Recogniser } from './context';
import { monthDay } from './month-day';
import { ymd, quarterYear, seasonValue } from './normalize';
import { MONTHS, SEASONS, ORD } from './words';

export const month: Recogniser = (c, k) => {
  // Month …
  const [mo] = c.monthAt(k);
  if (mo) return monthDay(c, k, k);
  return undefined;
};

export const dayMonth: Recogniser = (c, k) => {
  // day Month [year]: "3 December 2018", "the 3rd of December"
  const dn = c.dayNum(k);
  if (dn) {
    let j = c.afterOrd(k);
    if (c.at(j) === 'of') j++;
    const [mo2, mj] = c.monthAt(j);
    if (mo2 && (j === c.afterOrd(k) || c.at(j - 1) === 'of')) {
      let y: number | null;
      let end = mj;
      if (c.isYear(mj)) {
        y = c.yearOf(mj);
        end = mj + 1;
      } else if (c.at(mj) === ',' && c.isYear(mj + 1)) {
        y = c.yearOf(mj + 1);
        end = mj + 2;
      } else y = c.yearFor(mo2, dn, c.isFuture(k, mj));
      const day = y !== null ? { y, m: mo2, d: dn } : null;
      return { i: k, j: end, value: ymd(y, mo2, dn), day };
    }
    // numeric dates: 7/8/07 (US order), 2008-03-01 handled under years
    if (
      c.at(k + 1) === '/' &&
      c.adj(k) &&
      c.adj(k + 1) &&
      c.dayNum(k + 2) &&
      c.adj(k + 2) &&
      c.at(k + 3) === '/' &&
      c.adj(k + 3) &&
      k + 4 < c.n &&
      c.toks[k + 4].num
    ) {
      const m = dn;
      const d = c.dayNum(k + 2);
      let y = +c.toks[k + 4].l;
      if (c.toks[k + 4].e - c.toks[k + 4].s === 2) y += y < 50 ? 2000 : 1900;
      if (m <= 12 && y > 1000) return { i: k, j: k + 5, value: ymd(y, m, d), day: { y, m, d } };
    }
  }
  return undefined;
};

export const year: Recogniser = (c, k) => {
  if (c.isYear(k)) {
    const y = c.yearOf(k);
    // decades: 1990s
    if (c.adj(k) && c.at(k + 1) === 's' && y % 10 === 0) return { i: k, j: k + 2, value: `${String(y).slice(0, 3)}X` };
    // ISO 2008-03-01
    if (
      c.adj(k) &&
      c.at(k + 1) === '-' &&
      c.adj(k + 1) &&
      c.dayNum(k + 2) &&
      c.adj(k + 2) &&
      c.at(k + 3) === '-' &&
      c.adj(k + 3) &&
      c.dayNum(k + 4)
    ) {
      const m = +c.toks[k + 2].l;
      const d = +c.toks[k + 4].l;
      if (m <= 12) return { i: k, j: k + 5, value: ymd(y, m, d), day: { y, m, d } };
    }
    // "2009 Q3"
    if (/^q[1-4]$/.test(c.at(k + 1))) return { i: k, j: k + 2, value: `${y}-Q${c.at(k + 1)[1]}` };
    return { i: k, j: k + 1, value: pad(y, 4) };
  }
  return undefined;
};

export const apostropheYear: Recogniser = (c, k, w) => {
  // '90s, '82
  if (
    (w === "'" || w === '’') &&
    c.adj(k) &&
    k + 1 < c.n &&
    c.toks[k + 1].num &&
    c.toks[k + 1].e - c.toks[k + 1].s === 2
  ) {
    const yy = +c.toks[k + 1].l;
    const century = yy > 30 ? 1900 : 2000;
    if (c.adj(k + 1) && c.at(k + 2) === 's' && yy % 10 === 0)
      return { i: k, j: k + 3, value: `${String(century + yy).slice(0, 3)}X` };
    const prev = k > 0 ? c.toks[k - 1].l : '';
    if (prev === 'in' || prev === 'of' || prev === 'since' || MONTHS[prev])
      return { i: k, j: k + 2, value: String(century + yy) };
    return null;
  }
  return undefined;
};

export const bareDecade: Recogniser = (c, k, w) => {
  // 80s after "the"/"'70s and"
  if (
    c.toks[k].num &&
    c.toks[k].e - c.toks[k].s === 2 &&
    +w % 10 === 0 &&
    c.adj(k) &&
    c.at(k + 1) === 's' &&
    k > 0 &&
    /^(and|or|the|early|late|mid|in)$/.test(c.at(k - 1))
  ) {
    const yy = +w;
    return { i: k, j: k + 2, value: `${String((yy > 30 ? 1900 : 2000) + yy).slice(0, 3)}X` };
  }
  return undefined;
};

export const quarter: Recogniser = (c, k, w) => {
  // Q3 [2009]
  if (/^q[1-4]$/.test(w) && c.toks[k].cap) {
    const q = w[1];
    if (c.isYear(k + 1)) return { i: k, j: k + 2, value: `${c.yearOf(k + 1)}-Q${q}` };
    return { i: k, j: k + 1, value: c.ref ? `${quarterYear(c, +q, c.isFuture(k, k + 1))}-Q${q}` : null };
  }
  return undefined;
};

export const season: Recogniser = (c, k, w) => {
  // seasons: "spring", "spring 2009", "the spring of 2009" (lower-case "fall" only before a year/with "the")
  const se = SEASONS[w];
  if (se) {
    if (c.isYear(k + 1)) return { i: k, j: k + 2, value: `${c.yearOf(k + 1)}-${se}` };
    if (c.at(k + 1) === 'of' && c.isYear(k + 2)) return { i: k, j: k + 3, value: `${c.yearOf(k + 2)}-${se}` };
    const prev = k > 0 ? c.at(k - 1) : '';
    if (
      w !== 'fall' &&
      ((c.toks[k].cap && k > 0 && !/[.!?"“]/.test(prev)) ||
        prev === 'in' ||
        prev === 'the' ||
        prev === 'this' ||
        prev === 'by' ||
        prev === 'until' ||
        prev === 'during')
    ) {
      return { i: k, j: k + 1, value: seasonValue(c, 0, se) };
    }
    return null;
  }
  return undefined;
};

export const ordinalQuarter: Recogniser = (c, k, w) => {
  // ordinal-quarter adjective: "third-quarter profits"
  if (ORD[w] && c.adj(k) && c.at(k + 1) === '-' && c.at(k + 2) === 'quarter') {
    const q = ORD[w];
    return { i: k, j: k + 3, value: c.ref ? `${quarterYear(c, q, c.isFuture(k, k + 3))}-Q${q}` : `XXXX-Q${q}` };
  }
  return null;
  return undefined;
};
