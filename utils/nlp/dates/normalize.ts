// The values of date expressions (TIMEX3 style), relative to the reference date where they need one.
import { addDays, isoWeek, pad, type Ymd } from '../dates-calendar';
import type { DateCtx, Hit } from './context';
import { REL, UNITS } from './words';

export const ymd = (y: number | null, m: number, d: number) =>
  `${y === null ? 'XXXX' : pad(y, 4)}-${pad(m)}${d ? '-' + pad(d) : ''}`;

export function ymdStr(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

export const relYear = (c: DateCtx, r: number) => (c.ref ? pad(c.ref.y + r, 4) : null);

/** "this/last/next" + unit: value relative to the reference date. */
export const relUnit = (c: DateCtx, r: number, unit: string, k: number): Hit | null => {
  const u = UNITS[unit];
  if (u === 'Y') return { i: k, j: k + 1, value: relYear(c, r) };
  if (!c.ref) return { i: k, j: k + 1, value: null };
  if (u === 'M') {
    const mm = c.ref.m - 1 + r;
    const y = c.ref.y + Math.floor(mm / 12);
    return { i: k, j: k + 1, value: `${pad(y, 4)}-${pad((((mm % 12) + 12) % 12) + 1)}` };
  }
  if (u === 'W') return { i: k, j: k + 1, value: isoWeek(addDays(c.ref, 7 * r)) };
  if (u === 'Q') {
    const q = Math.floor((c.ref.m - 1) / 3) + r;
    const y = c.ref.y + Math.floor(q / 4);
    return { i: k, j: k + 1, value: `${pad(y, 4)}-Q${(((q % 4) + 4) % 4) + 1}` };
  }
  if (unit === 'weekend') return { i: k, j: k + 1, value: `${isoWeek(addDays(c.ref, 7 * r))}-WE` };
  if (u === 'D') return { i: k, j: k + 1, value: ymdStr(addDays(c.ref, r)), day: addDays(c.ref, r) };
  return null;
};

/** Year phrase after "of": "of 2009", "of this year", "of last year", "of the year". */
export const yearPhrase = (c: DateCtx, k: number): [string | null, number] | null => {
  if (c.isYear(k)) return [pad(c.yearOf(k), 4), k + 1];
  if (c.at(k) in REL && c.at(k + 1) === 'year') return [relYear(c, REL[c.at(k)]), k + 2];
  if (c.at(k) === 'the' && c.at(k + 1) === 'year') return [relYear(c, 0), k + 2];
  return null;
};

export function quarterYear(c: DateCtx, q: number, fut: boolean): number {
  const cur = Math.floor((c.ref!.m - 1) / 3) + 1;
  if (q < cur) return c.ref!.y;
  if (q === cur || fut) return c.ref!.y;
  // early in the year "the fourth quarter" is last year's (results season); later it is still ahead
  return q - cur >= 3 ? c.ref!.y - 1 : c.ref!.y;
}

export function seasonValue(c: DateCtx, r: number, se: string): string | null {
  if (!c.ref) return null;
  // winter belongs to the year it starts in (Dec); January–February are last year's winter
  let y = c.ref.y + r;
  if (se === 'WI' && c.ref.m <= 2 && r === 0) y -= 1;
  return `${pad(y, 4)}-${se}`;
}
