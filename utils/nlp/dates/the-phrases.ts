// Recogniser of phrases opened by "the": "the 1990s", "the end of March", "the third quarter", "the next day".
import { addDays, isoWeek, pad } from '../dates-calendar';
import type { Recogniser } from './context';
import { ymdStr, relYear, relUnit, yearPhrase, quarterYear, seasonValue } from './normalize';
import { SEASONS, ORD, COUNT, UNITS } from './words';

export const thePhrase: Recogniser = (c, k, w) => {
  if (w === 'the') {
    const u = c.at(k + 1);
    // the 1990s / the '90s / the 90s
    if (c.isYear(k + 1) && c.adj(k + 1) && c.at(k + 2) === 's') return { ...c.core(k + 1)!, i: k };
    if ((u === "'" || u === '’') && c.at(k + 3) === 's') {
      const h = c.core(k + 1);
      return h ? { ...h, i: k } : null;
    }
    if (
      k + 1 < c.n &&
      c.toks[k + 1].num &&
      c.toks[k + 1].e - c.toks[k + 1].s === 2 &&
      c.adj(k + 1) &&
      c.at(k + 2) === 's' &&
      +u % 10 === 0
    ) {
      const yy = +u;
      return { i: k, j: k + 3, value: `${String((yy > 30 ? 1900 : 2000) + yy).slice(0, 3)}X` };
    }
    // the end/beginning/start/middle of X
    if ((u === 'end' || u === 'beginning' || u === 'start' || u === 'middle') && c.at(k + 2) === 'of') {
      const k3 = k + 3;
      if (c.at(k3) === 'the' && (c.at(k3 + 1) === 'year' || c.at(k3 + 1) === 'month' || c.at(k3 + 1) === 'week')) {
        const h = relUnit(c, 0, c.at(k3 + 1), k);
        return h ? { ...h, i: k, j: k3 + 2 } : null;
      }
      const h = c.parse(k3);
      if (h && h.value !== null && /^\d|^XXXX/.test(h.value)) return { ...h, i: k };
      return null;
    }
    // the first/second half of 2009
    if ((u === 'first' || u === 'second') && c.at(k + 2) === 'half' && c.at(k + 3) === 'of') {
      const yp = yearPhrase(c, k + 4);
      if (yp) return { i: k, j: yp[1], value: yp[0] ? `${yp[0]}-H${u === 'first' ? 1 : 2}` : null };
      return null;
    }
    // the third quarter [of 2009 | of this year]
    const q = ORD[u] ?? (u === 'final' || u === 'last' ? -1 : 0);
    if (q && (c.at(k + 2) === 'quarter' || (c.at(k + 2) === 'fiscal' && c.at(k + 3) === 'quarter'))) {
      const qk = c.at(k + 2) === 'quarter' ? k + 2 : k + 3;
      if (c.at(qk + 1) === 'of') {
        const yp = yearPhrase(c, qk + 2);
        if (yp) return { i: k, j: yp[1], value: yp[0] ? `${yp[0]}-Q${q < 0 ? 4 : q}` : null };
      }
      if (c.isYear(qk + 1)) return { i: k, j: qk + 2, value: `${c.yearOf(qk + 1)}-Q${q < 0 ? 4 : q}` };
      if (!c.ref) return { i: k, j: qk + 1, value: null };
      if (u === 'last') return { ...relUnit(c, -1, 'quarter', k)!, i: k, j: qk + 1 };
      const qq = q < 0 ? 4 : q;
      return { i: k, j: qk + 1, value: `${quarterYear(c, qq, c.isFuture(k, qk + 1))}-Q${qq}` };
    }
    // the next/following day, the day before, the previous day, the same day
    if ((u === 'next' || u === 'following' || u === 'previous' || u === 'same') && c.at(k + 2) === 'day') {
      const off = u === 'previous' ? -1 : u === 'same' ? 0 : 1;
      const d = c.anchor ? addDays(c.anchor, off) : null;
      return { i: k, j: k + 3, value: d ? ymdStr(d) : null, day: d };
    }
    if (
      u === 'day' &&
      (c.at(k + 2) === 'before' || c.at(k + 2) === 'after') &&
      !/^(the|a|an|his|her|its|their|he|she|it|they|we)$/.test(c.at(k + 3))
    ) {
      const d = c.anchor ? addDays(c.anchor, c.at(k + 2) === 'before' ? -1 : 1) : null;
      return { i: k, j: k + 3, value: d ? ymdStr(d) : null, day: d };
    }
    if ((u === 'previous' || u === 'following') && c.at(k + 2) === 'year') {
      return { i: k, j: k + 3, value: c.ref ? pad(c.ref.y + (u === 'previous' ? -1 : 1), 4) : null };
    }
    if (u === 'year' && (c.at(k + 2) === 'before' || c.at(k + 2) === 'previous'))
      return { i: k, j: k + 3, value: relYear(c, -1) };
    // "ended the day at …": the day last talked about
    if (u === 'day' && (k + 2 >= c.n || /^[.,;]$|^(at|with|on|in|down|up|higher|lower)$/.test(c.at(k + 2)))) {
      return { i: k, j: k + 2, value: c.anchor ? ymdStr(c.anchor) : null, day: c.anchor };
    }
    if (u === 'weekend') return { i: k, j: k + 2, value: c.ref ? `${isoWeek(c.ref)}-WE` : null };
    if (
      u === 'future' ||
      (u === 'near' && (c.at(k + 2) === 'future' || c.at(k + 2) === 'term')) ||
      (u === 'long' && c.at(k + 2) === 'term')
    ) {
      return { i: k, j: u === 'future' ? k + 2 : k + 3, value: 'FUTURE_REF' };
    }
    if (
      u === 'past' &&
      (k === 0 || c.at(k - 1) === 'in') &&
      !UNITS[c.at(k + 2)] &&
      !(c.at(k + 2) in COUNT) &&
      !c.toks[k + 2]?.num
    ) {
      return { i: k, j: k + 2, value: 'PAST_REF' };
    }
    if (u === 'time' && c.at(k + 2) === 'being') return { i: k, j: k + 3, value: 'PRESENT_REF' };
    if ((u === 'last' || u === 'past') && c.at(k + 2) === 'quarter')
      return { ...relUnit(c, -1, 'quarter', k)!, i: k, j: k + 3 };
    if (u === 'last' && c.at(k + 2) === 'week' && c.at(k + 3) === 'of') {
      const h = c.core(k + 4);
      if (h && h.value && /^\d{4}-\d\d$/.test(h.value)) {
        const [y, m] = h.value.split('-').map(Number);
        const last = addDays({ y: m === 12 ? y + 1 : y, m: m === 12 ? 1 : m + 1, d: 1 }, -1);
        return { i: k, j: h.j, value: isoWeek(last) };
      }
    }
    // "the third-quarter", "the spring of 2009", "the fall"
    const se = SEASONS[u];
    if (se) {
      if (c.at(k + 2) === 'of' && c.isYear(k + 3)) return { i: k, j: k + 4, value: `${c.yearOf(k + 3)}-${se}` };
      if (u !== 'fall') return { i: k + 1, j: k + 2, value: seasonValue(c, 0, se) };
    }
    return null;
  }
  return undefined;
};
