// One article of a backup file → a record to store. The file has passed validate.ts (types and
// shapes); here its values are bounded and everything derived is computed again: person keys
// come from the names (a key in the file could attach an article to someone else), the speaker's
// key from the speaker's name, and the index fields and size from the record. Pure.
import type { ArticlePerson, ArticleRecord } from './types';
import type { PortableArticle } from './validate';
import { personKey } from './normalize';
import { sanitizeArticle } from './sanitize';
import { withDerived } from './record';

/** How far ahead of this device's clock a reading time may be (another device's clock may run fast). */
export const READ_AT_SLACK = 24 * 60 * 60 * 1000;

export type DropReason = 'readAt' | 'publishedAt' | 'url';

export const DROP_REASONS: Record<DropReason, string> = {
  readAt: 'its reading time is not a date Lede can show (in the future, or out of range)',
  publishedAt: 'its publication date is not a calendar date',
  url: 'its web address cannot be used',
};

export type Converted = { ok: true; record: ArticleRecord } | { ok: false; reason: DropReason };

const MIN_YEAR = 1000;

/** A real calendar day "YYYY-MM-DD", from year 1000 to a year after `now`. */
export function isCalendarDay(value: string, now: number): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > new Date(now).getUTCFullYear() + 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Epoch milliseconds from 1970 up to a day after `now`. */
export function isReadingTime(ms: number, now: number): boolean {
  return Number.isFinite(ms) && ms >= 0 && ms <= now + READ_AT_SLACK;
}

function people(list: PortableArticle['people']): ArticlePerson[] {
  const seen = new Set<string>();
  const out: ArticlePerson[] = [];
  for (const p of list) {
    const key = personKey(p.name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push({ key, name: p.name, variants: p.variants ?? [], descriptors: p.descriptors ?? [], count: p.count });
  }
  return out;
}

/** The record to store for one validated article of a file, or why it is left out. */
export function fromPortable(a: PortableArticle, now: number): Converted {
  if (!isReadingTime(a.readAt, now)) return { ok: false, reason: 'readAt' };
  if (a.publishedAt !== null && !isCalendarDay(a.publishedAt, now)) return { ok: false, reason: 'publishedAt' };
  // Keys are derived after sanitizing (which clips names), so they match what a read derives.
  const clean = sanitizeArticle({
    url: a.url,
    site: a.site,
    title: a.title,
    byline: a.byline,
    publisher: a.publisher,
    publishedAt: a.publishedAt,
    readAt: a.readAt,
    summary: a.summary,
    people: a.people.map((p) => ({ name: p.name, variants: p.variants, descriptors: p.descriptors, count: p.count })),
    quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, speakerKey: q.speakerKey ? 'x' : null })),
    timeline: a.timeline,
    terms: a.terms,
    fingerprint: a.fingerprint,
    // Placeholders: sanitizing keeps them instead of deriving; they are derived once, below.
    personKeys: [],
    termKeys: [],
    fpBands: [],
    size: 0,
  });
  if (!clean) return { ok: false, reason: 'url' };
  const folks = people(clean.people);
  const keys = new Set(folks.map((p) => p.key));
  // A file's speaker key only says "the speaker is one of this article's people"; which one is
  // the speaker's name, so a quotation cannot be pinned on anyone else.
  const quotes = clean.quotes.map((q) => {
    const k = q.speakerKey && q.speaker ? personKey(q.speaker) : '';
    return { text: q.text, speaker: q.speaker, speakerKey: keys.has(k) ? k : null };
  });
  const { id: _id, personKeys: _p, termKeys: _t, fpBands: _f, size: _s, ...base } = clean;
  return { ok: true, record: withDerived({ ...base, people: folks, quotes }) };
}
