// Display helpers shared by the popup and options views. Pure.

const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const REFS: Record<string, string> = { PRESENT_REF: 'Now', PAST_REF: 'Earlier', FUTURE_REF: 'Later' };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Readable TIMEX3-style values that are not calendar dates: weeks, quarters, seasons, decades, references. */
function formatTimex(v: string): string | null {
  if (REFS[v]) return REFS[v];
  let m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) return `Week ${Number(m[2])}, ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) return `${SEASONS[m[2]]} ${m[1]}`;
  m = /^(\d{3})X$/.exec(v);
  if (m) return `${m[1]}0s`;
  m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12)
    return `${MONTHS[Number(m[1]) - 1]}${m[2] ? ` ${Number(m[2])}` : ''}`;
  return null;
}

/** "March 1, 2026" from YYYY-MM-DD (or a longer ISO string); TIMEX values without a day stay readable. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const special = formatTimex(value);
  if (special) return special;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.slice(0, 10));
  if (!m) return value;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1, 12));
  if (Number.isNaN(date.getTime())) return value;
  if (!mo) return y;
  return (d ? DAY_FORMAT : MONTH_FORMAT).format(date);
}

// Made once: toLocaleDateString builds a formatter on every call (slow in long lists).
const DAY_FORMAT = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const MONTH_FORMAT = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' });

/** Furthest instant a Date can hold (±100,000,000 days from 1970); beyond it toISOString throws. */
const MAX_DATE_MS = 8.64e15;

/** YYYY-MM-DD of an epoch time, or '' when it is no time a Date can hold (a damaged or hostile record). */
export function dayOf(ms: unknown): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return '';
  const iso = new Date(ms).toISOString();
  return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : '';
}

/** Only http(s) links are rendered as links; anything else (javascript:, data:) is not. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '–';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** A list prop that may come from a damaged record: always an array of objects. */
export function listOf<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v.filter((x) => typeof x === 'object' && x !== null) as T[]) : [];
}

export const text = (v: unknown): string => (typeof v === 'string' ? v : '');
