// Related coverage: the stored articles most related to the current one. Candidates come
// from the inverted indexes (person keys, top terms, fingerprint bands), each posting list
// capped to its most recent entries, so the cost does not grow with the size of the memory.
// Then a full score on the few hundred candidates: shared people weighted by how central they
// are in both articles, cosine over the term vectors, closeness in time; syndicated copies
// (near-duplicate fingerprints, same headline) collapse into one story.
import type { LedeDB } from './db';
import type { ArticleRecord } from './types';
import { sanitizeArticle } from './sanitize';
import { cosine } from './terms';
import { isNearDuplicate } from './fingerprint';

export const RELATED_LIMITS = {
  /** Most recent postings read per person key / term. */
  perPerson: 120,
  perTerm: 60,
  /** Person keys and terms of the current article used to find candidates. */
  queryPeople: 8,
  queryTerms: 10,
  /** Candidates scored in full. */
  candidates: 50,
};

export const WEIGHTS = { people: 0.6, terms: 0.4, halfLifeDays: 30, minScore: 0.04 };

export interface RelatedArticle {
  id: number | undefined;
  url: string;
  site: string;
  title: string | null;
  publishedAt: string | null;
  readAt: number;
  score: number;
}

export interface Story {
  /** Best-scoring member first; the rest are syndicated copies or the same headline elsewhere. */
  articles: RelatedArticle[];
  score: number;
  /** Names of the people shared with the current article, most central first. */
  sharedPeople: string[];
  sharedTerms: string[];
}

export interface RelatedResult {
  stories: Story[];
  /** Copies of the current article itself under other URLs. */
  sameStory: RelatedArticle[];
  /** How many candidates were scored. */
  candidates: number;
}

const DAY = 86_400_000;

function shares(a: ArticleRecord): Map<string, number> {
  const total = a.people.reduce((s, p) => s + p.count, 0) || 1;
  const m = new Map<string, number>();
  for (const p of a.people) m.set(p.key, (m.get(p.key) ?? 0) + p.count / total);
  return m;
}

function when(a: ArticleRecord): number {
  if (a.publishedAt) {
    const t = Date.parse(a.publishedAt);
    if (Number.isFinite(t)) return t;
  }
  return a.readAt;
}

function normTitle(t: string | null): string {
  return (t ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Scored {
  article: ArticleRecord;
  score: number;
  people: number;
  terms: number;
  decay: number;
  sharedPeople: string[];
  sharedTerms: string[];
}

/** Score one stored article against the current one. Pure. */
export function scorePair(cur: ArticleRecord, other: ArticleRecord, curShares = shares(cur)): Scored {
  const os = shares(other);
  let people = 0;
  const shared: [string, number][] = [];
  for (const [k, s] of curShares) {
    const t = os.get(k);
    if (t !== undefined) {
      const w = Math.sqrt(s * t);
      people += w;
      shared.push([k, w]);
    }
  }
  shared.sort((a, b) => b[1] - a[1]);
  const names = shared.map(([k]) => other.people.find((p) => p.key === k)?.name ?? k);
  const terms = cosine(cur.terms, other.terms);
  const otherTerms = new Set(other.terms.map(([t]) => t));
  const sharedTerms = cur.terms.filter(([t]) => otherTerms.has(t)).map(([t]) => t);
  const days = Math.abs(when(cur) - when(other)) / DAY;
  const decay = Math.pow(0.5, days / WEIGHTS.halfLifeDays);
  const base = WEIGHTS.people * Math.min(1, people) + WEIGHTS.terms * terms;
  return {
    article: other,
    score: base * (0.5 + 0.5 * decay),
    people,
    terms,
    decay,
    sharedPeople: names,
    sharedTerms: sharedTerms.slice(0, 6),
  };
}

function toRelated(s: Scored): RelatedArticle {
  const a = s.article;
  return {
    id: a.id,
    url: a.url,
    site: a.site,
    title: a.title,
    publishedAt: a.publishedAt,
    readAt: a.readAt,
    score: Math.round(s.score * 1000) / 1000,
  };
}

function sameStory(a: ArticleRecord, b: ArticleRecord, titles: Map<ArticleRecord, string>): boolean {
  if (isNearDuplicate(a.fingerprint, b.fingerprint)) return true;
  const ta = titles.get(a) ?? '';
  return ta.length >= 12 && ta === titles.get(b);
}

/** Candidate ids from the inverted indexes, ranked by a cheap index-only score. */
async function candidates(db: LedeDB, cur: ArticleRecord): Promise<number[]> {
  const hits = new Map<number, number>();
  const bump = (ids: number[], w: number) => {
    for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + w);
  };
  const curShares = shares(cur);
  const people = [...curShares].sort((a, b) => b[1] - a[1]).slice(0, RELATED_LIMITS.queryPeople);
  const terms = cur.terms.slice(0, RELATED_LIMITS.queryTerms);
  const jobs: Promise<void>[] = [];
  for (const [k, share] of people) {
    jobs.push(
      db.articles
        .where('personKeys')
        .equals(k)
        .reverse()
        .limit(RELATED_LIMITS.perPerson)
        .primaryKeys()
        .then((ids) => bump(ids, WEIGHTS.people * share)),
    );
  }
  const tw = terms.reduce((s, [, w]) => s + w, 0) || 1;
  for (const [t, w] of terms) {
    jobs.push(
      db.articles
        .where('termKeys')
        .equals(t)
        .reverse()
        .limit(RELATED_LIMITS.perTerm)
        .primaryKeys()
        .then((ids) => bump(ids, (WEIGHTS.terms * w) / tw)),
    );
  }
  // One equality query per band (getAllKeys), not anyOf (a cursor that jumps between keys).
  for (const band of cur.fpBands) {
    jobs.push(
      db.articles
        .where('fpBands')
        .equals(band)
        .limit(50)
        .primaryKeys()
        .then((ids) => bump(ids, 10)),
    );
  }
  await Promise.all(jobs);
  if (cur.id !== undefined) hits.delete(cur.id);
  return [...hits]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, RELATED_LIMITS.candidates)
    .map(([id]) => id);
}

/** The stored articles most related to `cur`, grouped into stories, best first. */
export async function related(db: LedeDB, cur: ArticleRecord, limit = 8): Promise<RelatedResult> {
  const ids = await candidates(db, cur);
  const rows = (await db.articles.bulkGet(ids))
    .map(sanitizeArticle)
    .filter((a): a is ArticleRecord => a !== null && a.url !== cur.url);
  const curShares = shares(cur);
  const scored = rows.map((a) => scorePair(cur, a, curShares));
  const copies = scored.filter((s) => isNearDuplicate(cur.fingerprint, s.article.fingerprint));
  const rest = scored
    .filter((s) => !copies.includes(s) && s.score >= WEIGHTS.minScore)
    .sort((a, b) => b.score - a.score || b.article.readAt - a.article.readAt);
  // Greedy grouping: each article joins the first story whose lead it duplicates.
  const groups: Scored[][] = [];
  const titles = new Map(rest.map((s) => [s.article, normTitle(s.article.title)]));
  for (const s of rest) {
    const g = groups.find((g) => g.some((m) => sameStory(m.article, s.article, titles)));
    if (g) g.push(s);
    else groups.push([s]);
  }
  const stories: Story[] = groups.slice(0, limit).map((g) => ({
    articles: g.map(toRelated),
    score: g[0].score,
    sharedPeople: g[0].sharedPeople,
    sharedTerms: g[0].sharedTerms,
  }));
  return { stories, sameStory: copies.map(toRelated), candidates: ids.length };
}
