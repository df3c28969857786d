// Recogniser: a weekday, with a date after it ("Tuesday, March 3") or resolved from the clause's tense.
import { addDays, weekdayOf, type Ymd } from '../dates-calendar';
import type { Recogniser } from './context';
import { monthDay } from './month-day';
import { ymdStr } from './normalize';
import { WEEKDAYS, PARTS } from './words';

export const weekday: Recogniser = (c, k, w) => {
  // weekday [,] [Month day [, year]] [morning]
  const wd = WEEKDAYS[w];
  if (wd && c.toks[k].cap) {
    let j = k + 1;
    const comma = c.at(j) === ',' ? j + 1 : j;
    const [mo, mj] = c.monthAt(comma);
    if (mo && c.dayNum(mj) && !c.text.slice(c.toks[k].e, c.toks[comma].s).includes('\n')) {
      const h = monthDay(c, k, comma);
      if (h) return h;
    }
    let value: string | null = null;
    let day: Ymd | null = null;
    if (c.ref) {
      const back = (weekdayOf(c.ref) - wd + 7) % 7;
      const fut = c.isFuture(k, j);
      day = fut ? addDays(c.ref, back === 0 ? 0 : 7 - back) : addDays(c.ref, -back);
      value = ymdStr(day);
    }
    if (PARTS[c.at(j)] && value) {
      value += 'T' + PARTS[c.at(j)];
      j++;
    } else if (PARTS[c.at(j)]) j++;
    return { i: k, j, value, day };
  }
  return undefined;
};
