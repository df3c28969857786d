// Calendar arithmetic for date normalization: proleptic Gregorian via UTC milliseconds (leap years, month
// lengths and year boundaries come from Date.UTC, so "yesterday" on 2024-03-01 is 2024-02-29).
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY = 86_400_000;

export function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** "2018-12-30" or "2018-12-30T…" → Ymd; null when not a valid calendar date. */
export function parseYmd(s: string): Ymd | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(s);
  if (!m) return null;
  const d = { y: +m[1], m: +m[2], d: +m[3] };
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
  if (t.getUTCMonth() !== d.m - 1 || t.getUTCDate() !== d.d) return null;
  return d;
}

function toMs(d: Ymd): number {
  const t = new Date(0);
  t.setUTCFullYear(d.y, d.m - 1, d.d);
  return t.getTime();
}

function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromMs(toMs(d) + n * DAY);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekdayOf(d: Ymd): number {
  const w = new Date(toMs(d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week as TIMEX3 "YYYY-Www" (the week-year may differ from the calendar year around New Year). */
export function isoWeek(d: Ymd): string {
  const thursday = addDays(d, 4 - weekdayOf(d));
  const jan1 = toMs({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((toMs(thursday) - jan1) / DAY / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}
