// Stored records may come from older versions, imports or a damaged database: every read
// goes through these, which coerce what can be coerced and drop what cannot. Never throws.
import type {
  ArticlePerson,
  ArticleQuote,
  ArticleRecord,
  ArticleTimelineEntry,
  PersonQuote,
  PersonRecord,
} from './types';
import { canonicalUrl, clip, dateOnly, personKey, siteOf } from './normalize';
import { isFingerprint } from './fingerprint';
import { LIMITS, withDerived } from './record';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): string | null => (typeof v === 'string' && v.trim() ? clip(v, max) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strs = (v: unknown, max: number, chars: number): string[] =>
  arr(v)
    .map((x) => str(x, chars))
    .filter((x): x is string => x !== null)
    .slice(0, max);
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function person(v: unknown): ArticlePerson | null {
  if (!isObj(v)) return null;
  const name = str(v.name, LIMITS.nameChars);
  if (!name) return null;
  const key = (typeof v.key === 'string' && v.key) || personKey(name);
  if (!key) return null;
  const count = num(v.count);
  return {
    key,
    name,
    variants: strs(v.variants, LIMITS.variants, LIMITS.nameChars),
    descriptors: strs(v.descriptors, LIMITS.descriptors, LIMITS.descriptorChars),
    count: count !== null && count > 0 ? Math.round(count) : 1,
  };
}

function quote(v: unknown): ArticleQuote | null {
  if (!isObj(v)) return null;
  const text = str(v.text, LIMITS.quoteChars);
  if (!text) return null;
  return {
    text,
    speaker: str(v.speaker, LIMITS.nameChars),
    speakerKey: typeof v.speakerKey === 'string' && v.speakerKey ? v.speakerKey : null,
  };
}

function entry(v: unknown): ArticleTimelineEntry | null {
  if (!isObj(v)) return null;
  const date = str(v.date, 40);
  const text = str(v.text, LIMITS.timelineChars);
  return date && text ? { date, text } : null;
}

function terms(v: unknown): [string, number][] {
  const out: [string, number][] = [];
  for (const t of arr(v)) {
    if (Array.isArray(t) && typeof t[0] === 'string' && t[0] && num(t[1]) !== null) {
      out.push([t[0].slice(0, 40), Math.min(100, Math.max(1, Math.round(t[1] as number)))]);
    }
  }
  return out.slice(0, 48);
}

function compact<T>(xs: (T | null)[], max: number): T[] {
  return xs.filter((x): x is T => x !== null).slice(0, max);
}

/** A usable article record, or null when not even a URL survives. */
export function sanitizeArticle(raw: unknown): ArticleRecord | null {
  try {
    if (!isObj(raw)) return null;
    const url = typeof raw.url === 'string' ? canonicalUrl(raw.url) : null;
    if (!url) return null;
    const readAt = num(raw.readAt) ?? 0;
    const people = compact(arr(raw.people).map(person), LIMITS.people);
    const base = {
      id: num(raw.id) ?? undefined,
      url,
      site: str(raw.site, 200) ?? siteOf(url),
      title: str(raw.title, LIMITS.titleChars),
      byline: str(raw.byline, LIMITS.bylineChars),
      publisher: str(raw.publisher, LIMITS.bylineChars),
      publishedAt: dateOnly(raw.publishedAt as string),
      readAt,
      summary: strs(raw.summary, LIMITS.summary, LIMITS.summaryChars),
      people,
      quotes: compact(arr(raw.quotes).map(quote), LIMITS.quotes),
      timeline: compact(arr(raw.timeline).map(entry), LIMITS.timeline),
      terms: terms(raw.terms),
      fingerprint: isFingerprint(raw.fingerprint) ? raw.fingerprint : '',
    };
    if (base.id === undefined) delete base.id;
    // Keep the stored derived fields when they are well-formed (cheap reads); otherwise recompute.
    if (isStrArray(raw.personKeys) && isStrArray(raw.termKeys) && isStrArray(raw.fpBands) && num(raw.size) !== null) {
      return {
        ...base,
        personKeys: raw.personKeys,
        termKeys: raw.termKeys,
        fpBands: raw.fpBands,
        size: raw.size as number,
      };
    }
    return withDerived(base);
  } catch {
    return null;
  }
}

function personQuote(v: unknown): PersonQuote | null {
  if (!isObj(v)) return null;
  const text = str(v.text, LIMITS.quoteChars);
  const url = typeof v.url === 'string' ? canonicalUrl(v.url) : null;
  if (!text || !url) return null;
  return { text, url, readAt: num(v.readAt) ?? 0 };
}

export function sanitizePerson(raw: unknown): PersonRecord | null {
  try {
    if (!isObj(raw)) return null;
    const name = str(raw.name, LIMITS.nameChars);
    const key = (typeof raw.key === 'string' && raw.key) || (name ? personKey(name) : '');
    if (!key || !name) return null;
    const variants = strs(raw.variants, 16, LIMITS.nameChars);
    return {
      key,
      name,
      variants,
      variantKeys: isStrArray(raw.variantKeys) ? raw.variantKeys : [...new Set([key, ...variants.map(personKey)])],
      descriptors: strs(raw.descriptors, 8, LIMITS.descriptorChars),
      articleCount: Math.max(0, Math.round(num(raw.articleCount) ?? 0)),
      mentions: Math.max(0, Math.round(num(raw.mentions) ?? 0)),
      quotes: compact(arr(raw.quotes).map(personQuote), 4),
      firstSeen: num(raw.firstSeen) ?? 0,
      lastSeen: num(raw.lastSeen) ?? 0,
    };
  } catch {
    return null;
  }
}
