// Analysis → stored article record. Pure: same input, same record. Everything is trimmed so
// the average record (with its index entries) stays well under 4 KB.
import type { Analysis } from '../nlp/types';
import type { ArticlePerson, ArticleQuote, ArticleRecord, ArticleTimelineEntry, SaveMeta } from './types';
import { canonicalUrl, clip, dateOnly, personKey, siteOf } from './normalize';
import { indexedTerms, termVector } from './terms';
import { fingerprintBands, simhash } from './fingerprint';

export const LIMITS = {
  people: 24,
  variants: 4,
  descriptors: 4,
  descriptorChars: 60,
  nameChars: 80,
  quotes: 5,
  quoteChars: 180,
  timeline: 6,
  timelineChars: 140,
  summary: 3,
  summaryChars: 260,
  titleChars: 300,
  bylineChars: 120,
};

function uniq(values: string[], max: number, chars: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const c = clip(v, chars);
    const k = c.toLowerCase();
    if (!c || seen.has(k)) continue;
    seen.add(k);
    out.push(c);
    if (out.length >= max) break;
  }
  return out;
}

function recordPeople(analysis: Analysis): { people: ArticlePerson[]; keyById: Map<string, string> } {
  const byKey = new Map<string, ArticlePerson>();
  const keyById = new Map<string, string>();
  for (const p of analysis.people) {
    const key = personKey(p.name);
    if (!key) continue;
    keyById.set(p.id, key);
    const prev = byKey.get(key);
    if (prev) {
      prev.count += p.mentions.length;
      prev.variants = uniq([...prev.variants, ...p.aliases], LIMITS.variants, LIMITS.nameChars);
      prev.descriptors = uniq([...prev.descriptors, ...p.descriptors], LIMITS.descriptors, LIMITS.descriptorChars);
    } else {
      byKey.set(key, {
        key,
        name: clip(p.name, LIMITS.nameChars),
        variants: uniq(
          p.aliases.filter((a) => a !== p.name),
          LIMITS.variants,
          LIMITS.nameChars,
        ),
        descriptors: uniq(p.descriptors, LIMITS.descriptors, LIMITS.descriptorChars),
        count: Math.max(1, p.mentions.length),
      });
    }
  }
  const people = [...byKey.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  return { people: people.slice(0, LIMITS.people), keyById };
}

function recordQuotes(analysis: Analysis, keyById: Map<string, string>): ArticleQuote[] {
  const out: ArticleQuote[] = [];
  for (const q of analysis.quotes) {
    const text = clip(q.text, LIMITS.quoteChars);
    if (!text) continue;
    const sp = q.speaker;
    const speakerKey = sp?.personId ? (keyById.get(sp.personId) ?? null) : null;
    const person = speakerKey ? analysis.people.find((p) => p.id === sp?.personId) : undefined;
    const speaker = person ? person.name : sp?.name ? clip(sp.name, LIMITS.nameChars) : null;
    out.push({ text, speaker, speakerKey });
    if (out.length >= LIMITS.quotes) break;
  }
  return out;
}

function recordTimeline(analysis: Analysis): ArticleTimelineEntry[] {
  return analysis.timeline
    .filter((e) => typeof e.date === 'string' && e.date && typeof e.text === 'string')
    .slice(0, LIMITS.timeline)
    .map((e) => ({ date: e.date, text: clip(e.text, LIMITS.timelineChars) }));
}

/** Fill the derived index fields and the size estimate. */
export function withDerived(
  r: Omit<ArticleRecord, 'personKeys' | 'termKeys' | 'fpBands' | 'size'> & Partial<ArticleRecord>,
): ArticleRecord {
  const rec: ArticleRecord = {
    ...r,
    personKeys: [...new Set(r.people.map((p) => p.key))],
    termKeys: indexedTerms(r.terms),
    fpBands: fingerprintBands(r.fingerprint),
    size: 0,
  };
  rec.size = estimateSize(rec);
  return rec;
}

/** Approximate stored bytes: serialized record plus one entry per index key (key + primary key + overhead). */
export function estimateSize(r: ArticleRecord): number {
  const { size: _s, ...rest } = r;
  let bytes = JSON.stringify(rest).length + 8;
  const entry = (k: string | number) => (typeof k === 'number' ? 8 : k.length) + 8 + 8;
  bytes += entry(r.url) + entry(r.site) + entry(r.readAt);
  for (const k of r.personKeys) bytes += entry(k);
  for (const k of r.termKeys) bytes += entry(k);
  for (const k of r.fpBands) bytes += entry(k);
  return bytes;
}

/**
 * The record for an article just read. `meta` (from the page) wins over `analysis.article`;
 * returns null when there is no usable http(s) URL.
 */
export function toArticleRecord(analysis: Analysis, meta: SaveMeta, readAt: number): ArticleRecord | null {
  const a = analysis.article;
  const url = canonicalUrl(meta.url ?? a.url);
  if (!url) return null;
  const title = meta.title ?? a.title;
  const summary = uniq(analysis.summary, LIMITS.summary, LIMITS.summaryChars);
  const { people, keyById } = recordPeople(analysis);
  return withDerived({
    url,
    site: meta.site || siteOf(url),
    title: title ? clip(title, LIMITS.titleChars) : null,
    byline: (meta.byline ?? a.byline) ? clip((meta.byline ?? a.byline) as string, LIMITS.bylineChars) : null,
    publisher:
      (meta.publisher ?? a.publisher) ? clip((meta.publisher ?? a.publisher) as string, LIMITS.bylineChars) : null,
    publishedAt: dateOnly(meta.publishedAt ?? a.publishedAt),
    readAt,
    summary,
    people,
    quotes: recordQuotes(analysis, keyById),
    timeline: recordTimeline(analysis),
    terms: termVector({ text: a.text, title, summary }),
    fingerprint: simhash(a.text),
  });
}
