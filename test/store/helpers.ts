// Test fixtures for the store: a fresh fake IndexedDB per test and small analyses.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Analysis, Person, Quote } from '../../utils/nlp/types';
import { LedeDB } from '../../utils/store/db';
import { MemoryStore } from '../../utils/store/memory';
import { toArticleRecord } from '../../utils/store/record';
import type { ArticleRecord } from '../../utils/store/types';

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

export function openDb(factory = freshFactory(), name = 'lede-test'): LedeDB {
  return new LedeDB(name, { indexedDB: factory, IDBKeyRange });
}

export function newStore(factory = freshFactory()): MemoryStore {
  return new MemoryStore(openDb(factory));
}

export interface FakeArticle {
  url: string;
  title: string;
  text: string;
  people?: { name: string; mentions: number; aliases?: string[]; descriptors?: string[] }[];
  quotes?: { text: string; speaker: string | null }[];
  publishedAt?: string | null;
  timeline?: { date: string; text: string }[];
  summary?: string[];
}

/** An Analysis shaped like the engine's output, built from a compact description. */
export function analysisOf(f: FakeArticle): Analysis {
  const people: Person[] = (f.people ?? []).map((p, i) => ({
    id: `p${i + 1}`,
    name: p.name,
    aliases: p.aliases ?? [],
    descriptors: p.descriptors ?? [],
    mentions: Array.from({ length: p.mentions }, (_, k) => ({ start: k * 10, end: k * 10 + p.name.length })),
  }));
  const quotes: Quote[] = (f.quotes ?? []).map((q, i) => {
    const person = people.find((p) => p.name === q.speaker);
    return {
      start: i * 50,
      end: i * 50 + q.text.length,
      text: q.text,
      speaker: q.speaker
        ? { kind: person ? 'person' : 'unnamed', personId: person?.id ?? null, name: q.speaker, start: 0, end: 2 }
        : null,
      cue: 'said',
    };
  });
  return {
    article: {
      title: f.title,
      byline: null,
      publisher: null,
      publishedAt: f.publishedAt ?? null,
      url: f.url,
      language: 'en',
      text: f.text,
    },
    people,
    quotes,
    dates: [],
    timeline: (f.timeline ?? []).map((t) => ({ ...t, start: 0, end: 1 })),
    summary: f.summary ?? f.text.split(/(?<=\.)\s+/).slice(0, 3),
  };
}

export function recordOf(f: FakeArticle, readAt = Date.UTC(2026, 0, 1)): ArticleRecord {
  const r = toArticleRecord(analysisOf(f), {}, readAt);
  if (!r) throw new Error(`no record for ${f.url}`);
  return r;
}

export const DAY = 86_400_000;
