// Recognisers wrapped around another date ("early 2009", "mid-March") and short phrases of their own ("that day", "recent years").
import type { Recogniser } from './context';
import { ymdStr } from './normalize';
import { COUNT } from './words';

export const earlyLate: Recogniser = (c, k, w) => {
  if (w === 'early' || w === 'late' || w === 'mid') {
    const k2 = w === 'mid' && c.at(k + 1) === '-' ? k + 2 : k + 1;
    if (c.at(k2) === 'in' && c.at(k2 + 1) === 'the' && c.at(k2 + 2) === 'day')
      return { i: k, j: k2 + 3, value: c.ref ? ymdStr(c.ref) : null, day: c.ref };
    const h = c.core(k2);
    if (h && h.value !== 'PRESENT_REF' && h.value !== 'PAST_REF' && h.value !== 'FUTURE_REF') return { ...h, i: k };
    return null;
  }
  return undefined;
};

export const thatDay: Recogniser = (c, k, w) => {
  if (w === 'that' && c.at(k + 1) === 'day' && !(c.at(k + 2) in COUNT))
    return { i: k, j: k + 2, value: c.anchor ? ymdStr(c.anchor) : null, day: c.anchor };
  return undefined;
};

export const recentYears: Recogniser = (c, k, w) => {
  if (w === 'recent' && c.at(k + 1) === 'years') return { i: k, j: k + 2, value: 'PAST_REF' };
  return undefined;
};
