// Person memory as a fold over the articles that name a person. Adding an article folds it in;
// removing one either rebuilds the person from the articles that remain (exact) or, for people
// named in many articles, subtracts the article's contribution (counts and quotes exact;
// variants, descriptors and first/last seen stay as history). Pure.
import type { ArticleRecord, PersonRecord } from './types';
import { personKey } from './normalize';

export const PERSON_LIMITS = { variants: 12, descriptors: 6, quotes: 2 };

function union(a: string[], b: string[], max: number): string[] {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  const out = [...a];
  for (const x of b) {
    if (out.length >= max) break;
    if (!seen.has(x.toLowerCase())) {
      seen.add(x.toLowerCase());
      out.push(x);
    }
  }
  return out;
}

/** Keys a partial name may be looked up by: the key, each variant's key, and the surname. */
function lookupKeys(key: string, variants: string[]): string[] {
  const keys = new Set<string>([key]);
  const parts = key.split(' ');
  if (parts.length > 1) keys.add(parts[parts.length - 1]);
  for (const v of variants) {
    const k = personKey(v);
    if (k) keys.add(k);
  }
  return [...keys];
}

/** Fold one article into a person (null: first time seen). */
export function addArticleToPerson(p: PersonRecord | null, a: ArticleRecord, key: string): PersonRecord {
  const ap = a.people.find((x) => x.key === key);
  const name = ap?.name ?? p?.name ?? key;
  const variants = union(p?.variants ?? [], [name, ...(ap?.variants ?? [])], PERSON_LIMITS.variants);
  const quotes = [
    ...(p?.quotes ?? []).filter((q) => q.url !== a.url),
    ...a.quotes.filter((q) => q.speakerKey === key).map((q) => ({ text: q.text, url: a.url, readAt: a.readAt })),
  ]
    .sort((x, y) => y.readAt - x.readAt)
    .slice(0, PERSON_LIMITS.quotes);
  return {
    key,
    name: p?.name ?? name,
    variants,
    // union() only appends: the same length means the same variants, so their keys stand (an import
    // folds thousands of articles into one person; keying every variant each time was most of it).
    variantKeys: p && variants.length === p.variants.length ? p.variantKeys : lookupKeys(key, variants),
    descriptors: union(ap?.descriptors ?? [], p?.descriptors ?? [], PERSON_LIMITS.descriptors),
    articleCount: (p?.articleCount ?? 0) + 1,
    mentions: (p?.mentions ?? 0) + (ap?.count ?? 1),
    quotes,
    firstSeen: p ? Math.min(p.firstSeen, a.readAt) : a.readAt,
    lastSeen: p ? Math.max(p.lastSeen, a.readAt) : a.readAt,
  };
}

/** The person as derived from these articles (any order), or null when none names them. */
export function rebuildPerson(key: string, articles: ArticleRecord[]): PersonRecord | null {
  let p: PersonRecord | null = null;
  const sorted = articles
    .filter((a) => a.personKeys.includes(key))
    .sort((x, y) => x.readAt - y.readAt || x.url.localeCompare(y.url));
  for (const a of sorted) p = addArticleToPerson(p, a, key);
  return p;
}

/** Take one article's contribution out of a person (the cheap path for people in many articles). */
export function removeArticleFromPerson(p: PersonRecord, a: ArticleRecord, key: string): PersonRecord {
  const ap = a.people.find((x) => x.key === key);
  return {
    ...p,
    articleCount: Math.max(0, p.articleCount - 1),
    mentions: Math.max(0, p.mentions - (ap?.count ?? 1)),
    quotes: p.quotes.filter((q) => q.url !== a.url),
  };
}
