// v1 → v2 article conversion (see db.ts for what each version stored). Pure.
import type { ArticleRecord } from './types';
import { sanitizeArticle } from './sanitize';
import { personKey } from './normalize';
import { simhash } from './fingerprint';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The v1 article shape, for tests and the migration. */
export interface ArticleV1 {
  id?: number;
  url: string;
  site: string;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  readAt: number;
  /** The summary sentences joined by spaces. */
  summary: string;
  people: { name: string; count: number; descriptors?: string[] }[];
  quotes: { text: string; speaker: string | null }[];
  timeline: { date: string; text: string }[];
  /** term → raw frequency. */
  terms: Record<string, number>;
}

function splitSummary(s: unknown): string[] {
  if (Array.isArray(s)) return s.filter((x): x is string => typeof x === 'string');
  if (typeof s !== 'string') return [];
  return s.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z0-9])/).filter(Boolean);
}

function v1Terms(t: unknown): [string, number][] {
  if (Array.isArray(t)) return t as [string, number][];
  if (!isObj(t)) return [];
  const pairs = Object.entries(t).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0);
  pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = pairs.slice(0, 24).map(([k, c]) => [k, 1 + Math.log(c)] as [string, number]);
  const max = top[0]?.[1] ?? 1;
  return top.map(([k, w]) => [k, Math.max(1, Math.round((w / max) * 100))]);
}

/** A v2 record from a v1 one (or null when no URL survives). */
export function migrateV1Article(raw: unknown): ArticleRecord | null {
  if (!isObj(raw)) return null;
  const summary = splitSummary(raw.summary);
  const people = Array.isArray(raw.people)
    ? raw.people.filter(isObj).map((p): Obj & { key: string } => ({
        ...p,
        key: typeof p.name === 'string' ? personKey(p.name) : '',
        variants: Array.isArray(p.variants) ? p.variants : [],
      }))
    : [];
  const keyByName = new Map(people.map((p) => [String(p.name), p.key]));
  const quotes = Array.isArray(raw.quotes)
    ? raw.quotes.filter(isObj).map((q) => ({
        ...q,
        speakerKey: typeof q.speaker === 'string' ? (keyByName.get(q.speaker) ?? null) : null,
      }))
    : [];
  // v1 kept no text: the best fingerprint available is over title + summary.
  const fpText = [typeof raw.title === 'string' ? raw.title : '', ...summary].join(' ');
  return sanitizeArticle({
    ...raw,
    summary,
    people,
    quotes,
    terms: v1Terms(raw.terms),
    fingerprint: typeof raw.fingerprint === 'string' ? raw.fingerprint : simhash(fpText),
    personKeys: undefined,
    termKeys: undefined,
    fpBands: undefined,
    size: undefined,
  });
}
