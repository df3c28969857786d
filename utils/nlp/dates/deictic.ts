// Recognisers of dates relative to the reference date: "yesterday", "now", "last week", "earlier this year", "two days ago".
import { addDays, pad, weekdayOf, type Ymd } from '../dates-calendar';
import type { Recogniser } from './context';
import { ymd, ymdStr, relUnit, seasonValue } from './normalize';
import { MONTHS, WEEKDAYS, SEASONS, PARTS, COUNT, UNITS, REL, VAGUE } from './words';

export const deictic: Recogniser = (c, k, w) => {
  // yesterday / today / tomorrow / tonight
  if (w === 'yesterday' || w === 'today' || w === 'tomorrow' || w === 'tonight') {
    // "today's" is fine; "Today show" is rare enough
    const off = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    const day = c.ref ? addDays(c.ref, off) : null;
    return { i: k, j: k + 1, value: day ? ymdStr(day) + (w === 'tonight' ? 'TNI' : '') : null, day };
  }
  return undefined;
};

export const vague: Recogniser = (c, k, w) => {
  if (VAGUE[w]) {
    if (
      w === 'now' &&
      (c.at(k + 1) === 'that' ||
        (k > 0 && (c.at(k - 1) === 'right' || c.at(k - 1) === 'until' || c.at(k - 1) === 'by')))
    ) {
      return c.at(k - 1) === 'right' || c.at(k - 1) === 'until' || c.at(k - 1) === 'by'
        ? { i: k, j: k + 1, value: 'PRESENT_REF' }
        : null;
    }
    return { i: k, j: k + 1, value: VAGUE[w] };
  }
  return undefined;
};

export const relative: Recogniser = (c, k, w) => {
  // this/last/next …
  if (w in REL) {
    const r = REL[w];
    const u = c.at(k + 1);
    if (w === 'past' && u !== 'weekend') return null; // "past week" is a span of time
    if (w === 'following' || w === 'coming') {
      if (u !== 'week' && u !== 'month' && u !== 'year' && u !== 'weekend') return null;
    }
    if (UNITS[u] && !u.endsWith('s') && u !== 'day') return { ...relUnit(c, r, u, k)!, i: k, j: k + 2 };
    if (u === 'weekend') return { ...relUnit(c, r, 'weekend', k)!, i: k, j: k + 2 };
    const m2 = MONTHS[u];
    if (m2 && c.toks[k + 1].cap) {
      let y: number | null = null;
      if (c.ref)
        y = r === 0 ? c.ref.y : r < 0 ? (m2 < c.ref.m ? c.ref.y : c.ref.y - 1) : m2 > c.ref.m ? c.ref.y : c.ref.y + 1;
      return { i: k, j: k + 2, value: ymd(y, m2, 0) };
    }
    const wd2 = WEEKDAYS[u];
    if (wd2 && c.toks[k + 1].cap) {
      if (!c.ref) return { i: k, j: k + 2, value: null };
      const back = (weekdayOf(c.ref) - wd2 + 7) % 7;
      let day: Ymd;
      if (r < 0) day = addDays(c.ref, back === 0 ? -7 : -back);
      else if (r > 0) day = addDays(c.ref, back === 0 ? 7 : 7 - back);
      else day = c.isFuture(k, k + 2) ? addDays(c.ref, back === 0 ? 0 : 7 - back) : addDays(c.ref, -back);
      let j = k + 2;
      let value = ymdStr(day);
      if (PARTS[c.at(j)]) {
        value += 'T' + PARTS[c.at(j)];
        j++;
      }
      return { i: k, j, value, day };
    }
    const se = SEASONS[u];
    if (se) return { i: k, j: k + 2, value: seasonValue(c, r, se) };
    if (u === 'morning' || u === 'afternoon' || u === 'evening') {
      if (w !== 'this' || !c.ref) return null;
      return { i: k, j: k + 2, value: `${ymdStr(c.ref)}T${PARTS[u]}`, day: c.ref };
    }
    return null;
  }
  return undefined;
};

export const earlierLater: Recogniser = (c, k, w) => {
  // earlier/later this year, earlier today
  if (w === 'earlier' || w === 'later') {
    if (c.at(k + 1) === 'today' || c.at(k + 1) === 'tonight') {
      const h = c.core(k + 1);
      return h ? { ...h, i: k } : null;
    }
    if (c.at(k + 1) in REL && (c.at(k + 2) === 'year' || c.at(k + 2) === 'month' || c.at(k + 2) === 'week')) {
      const h = relUnit(c, REL[c.at(k + 1)], c.at(k + 2), k);
      return h ? { ...h, i: k, j: k + 3 } : null;
    }
    return null;
  }
  return undefined;
};

export const ago: Recogniser = (c, k, w) => {
  // N units ago
  if ((w in COUNT || c.toks[k].num) && UNITS[c.at(k + 1)] && c.at(k + 2) === 'ago') {
    const count = c.toks[k].num ? +w : COUNT[w];
    const u = UNITS[c.at(k + 1)];
    if (!c.ref || count < 0) return { i: k, j: k + 3, value: count < 0 ? 'PAST_REF' : null };
    if (u === 'D') {
      const d = addDays(c.ref, -count);
      return { i: k, j: k + 3, value: ymdStr(d), day: d };
    }
    if (u === 'W') {
      const d = addDays(c.ref, -7 * count);
      return { i: k, j: k + 3, value: ymdStr(d), day: d };
    }
    if (u === 'M') {
      const mm = c.ref.m - 1 - count;
      return { i: k, j: k + 3, value: `${pad(c.ref.y + Math.floor(mm / 12), 4)}-${pad((((mm % 12) + 12) % 12) + 1)}` };
    }
    if (u === 'Y') return { i: k, j: k + 3, value: pad(c.ref.y - count, 4) };
    return null;
  }
  return undefined;
};
