// Normalizes a published-date string from page metadata to YYYY-MM-DD, keeping the date as the
// page wrote it (no time-zone shift: "2018-12-30T23:00:00-05:00" is the 30th where it was published).
import { MONTH_ABBREVIATIONS } from '../nlp/months';

const MONTHS = MONTH_ABBREVIATIONS;

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  // "December 30, 2018", "Dec. 30 2018", "Sunday, Dec 30, 2018 10:00 AM"
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[1].slice(0, 3).toLowerCase()] && monthWord(m[1])) {
    return ymd(+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]);
  }
  // "30 December 2018", "30 Dec. 2018"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2].slice(0, 3).toLowerCase()] && monthWord(m[2])) {
    return ymd(+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]);
  }
  // Unix epoch seconds or milliseconds (some sites put these in meta tags).
  m = /^(\d{10}|\d{13})$/.exec(s);
  if (m) {
    const d = new Date(m[1].length === 10 ? +m[1] * 1000 : +m[1]);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

const MONTH_WORD =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/i;
function monthWord(w: string): boolean {
  return MONTH_WORD.test(w);
}
