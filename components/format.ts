// Display helpers shared by the popup and options views. Pure.

import { formatNumber, t, uiLocale, type MessageKey } from '../locales/i18n';

const REFS: Record<string, MessageKey> = {
  PRESENT_REF: 'date_now',
  PAST_REF: 'date_earlier',
  FUTURE_REF: 'date_later',
};

/** Readable TIMEX3-style values that are not calendar dates: weeks, quarters, seasons, decades, references. */
function formatTimex(v: string): string | null {
  const ref = REFS[v];
  if (ref) return t(ref);
  let m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) return t('date_week', String(Number(m[2])), m[1]!);
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return t('date_quarter', m[2]!, m[1]!);
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) return t(`season_${m[2] as 'SP' | 'SU' | 'FA' | 'WI'}`, m[1]!);
  m = /^(\d{3})X$/.exec(v);
  if (m) return t('date_decade', `${m[1]}0`);
  m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    // A month (and day) of no particular year: any leap year holds every day.
    const date = new Date(Date.UTC(2000, Number(m[1]) - 1, m[2] ? Number(m[2]) : 1, 12));
    return (m[2] ? formats().monthDay : formats().month).format(date);
  }
  return null;
}

/** "March 1, 2026" (in the reader's language) from YYYY-MM-DD or a longer ISO string; TIMEX values without a day stay readable. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const special = formatTimex(value);
  if (special) return special;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.slice(0, 10));
  if (!m) return value;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1, 12));
  if (Number.isNaN(date.getTime())) return value;
  if (!mo) return y!;
  return (d ? formats().day : formats().monthYear).format(date);
}

// Made once per locale: toLocaleDateString builds a formatter on every call (slow in long lists).
let cache: {
  locale: string | undefined;
  day: Intl.DateTimeFormat;
  monthYear: Intl.DateTimeFormat;
  monthDay: Intl.DateTimeFormat;
  month: Intl.DateTimeFormat;
} | null = null;
function formats() {
  const locale = uiLocale();
  if (!cache || cache.locale !== locale) {
    const utc = { timeZone: 'UTC' } as const;
    cache = {
      locale,
      day: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', ...utc }),
      monthYear: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', ...utc }),
      monthDay: new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', ...utc }),
      month: new Intl.DateTimeFormat(locale, { month: 'long', ...utc }),
    };
  }
  return cache;
}

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
  if (n < 1024) return `${formatNumber(n)} B`;
  if (n < 1024 * 1024) return `${formatNumber(Math.round(n / 1024))} KB`;
  return `${oneDecimal().format(n / (1024 * 1024))} MB`;
}

let decimals: { locale: string | undefined; format: Intl.NumberFormat } | null = null;
function oneDecimal(): Intl.NumberFormat {
  const locale = uiLocale();
  if (!decimals || decimals.locale !== locale) {
    decimals = {
      locale,
      format: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    };
  }
  return decimals.format;
}

/** A list prop that may come from a damaged record: always an array of objects. */
export function listOf<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v.filter((x) => typeof x === 'object' && x !== null) as T[]) : [];
}

export const text = (v: unknown): string => (typeof v === 'string' ? v : '');
