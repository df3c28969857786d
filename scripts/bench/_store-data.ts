// Generated articles for the store benchmarks (Node and browser): stories of a few articles
// about the same people and topic, one in five a syndicated copy. Synthetic words and names
// from syllables; deterministic. Pure (no database here).
import type { Analysis, Person, Quote } from '../../utils/nlp/types';
import { toArticleRecord } from '../../utils/store/record';
import type { ArticleRecord, PersonRecord } from '../../utils/store/types';
import { addArticleToPerson } from '../../utils/store/people';
import { rng } from '../lib/seeded-random';

let rand = rng(20261125);
/** Restart the sequence (each run sees the same articles). */
export function reseed(seed = 20261125): void {
  rand = rng(seed);
}
export const random = () => rand();
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
/** Zipf-like pick: low indexes far more often (a few people and words dominate the news). */
const zipf = <T>(xs: T[]) => xs[Math.min(xs.length - 1, Math.floor(Math.pow(rand(), 2.2) * xs.length))];

const SYL = [
  'ka',
  'lo',
  'mer',
  'tin',
  'sa',
  'ver',
  'dol',
  'an',
  'ri',
  'gus',
  'tel',
  'mon',
  'pa',
  'ro',
  'len',
  'vi',
  'dar',
  'es',
  'ul',
  'beck',
];
const word = (n: number) => Array.from({ length: n }, () => pick(SYL)).join('');
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

const VOCAB = Array.from({ length: 6000 }, () => word(2 + Math.floor(rand() * 2)));
const FUNCTION = ['the', 'a', 'of', 'to', 'and', 'in', 'that', 'for', 'on', 'with', 'said', 'was', 'is', 'by', 'at'];
const PEOPLE = Array.from({ length: 8000 }, () => `${cap(word(2))} ${cap(word(2 + Math.floor(rand() * 2)))}`);
const SITES = Array.from({ length: 120 }, (_, i) => `site${i}.example`);
const DESCRIPTORS = ['Sen.', 'Gov.', 'the mayor', 'a spokesperson', 'chief executive', 'Rep.', 'coach', 'minister'];

interface Story {
  id: number;
  people: string[];
  topic: string[];
  day: number;
}

function makeStory(id: number): Story {
  const people = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 4) }, () => zipf(PEOPLE)))];
  const topic = Array.from({ length: 10 }, () => zipf(VOCAB));
  return { id, people, topic, day: Math.floor(rand() * 3 * 365) };
}

function sentence(st: Story, n = 18): string {
  const w: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.3) w.push(pick(FUNCTION));
    else if (r < 0.55) w.push(pick(st.topic));
    else if (r < 0.62) w.push(pick(st.people));
    else w.push(zipf(VOCAB));
  }
  const s = w.join(' ');
  return cap(s) + '.';
}

const BASE = Date.UTC(2023, 0, 1);
const DAY = 86_400_000;

function makeAnalysis(st: Story, n: number, copyOf?: Analysis): { analysis: Analysis; url: string; readAt: number } {
  const site = pick(SITES);
  const url = `https://${site}/${st.id}/${n}-${word(3)}`;
  const readAt = BASE + (st.day + Math.floor(rand() * 10)) * DAY + Math.floor(rand() * DAY);
  if (copyOf) {
    // Syndicated: the same text under another URL, one sentence changed.
    const text = copyOf.article.text.replace(/[^.]*\.$/, ' ' + sentence(st));
    return { analysis: { ...copyOf, article: { ...copyOf.article, url, text } }, url, readAt };
  }
  const paragraphs = Array.from({ length: 8 }, () => [sentence(st), sentence(st)].join(' '));
  const text = paragraphs.join('\n\n');
  const people: Person[] = st.people.map((name, i) => ({
    id: `p${i}`,
    name,
    aliases: [name.split(' ')[1]],
    descriptors: [pick(DESCRIPTORS)],
    mentions: Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, k) => ({ start: k, end: k + 1 })),
  }));
  const quotes: Quote[] = Array.from({ length: 3 }, (_, i) => ({
    start: i,
    end: i + 1,
    text: sentence(st, 14 + Math.floor(rand() * 14)),
    speaker: { kind: 'person', personId: pick(people).id, name: null, start: 0, end: 1 },
    cue: 'said',
  }));
  const date = new Date(readAt).toISOString().slice(0, 10);
  const analysis: Analysis = {
    article: {
      title: cap(Array.from({ length: 8 }, () => pick(st.topic)).join(' ')),
      byline: `By ${pick(PEOPLE)}`,
      publisher: site,
      publishedAt: date,
      url,
      language: 'en',
      text,
    },
    people,
    quotes,
    dates: [],
    timeline: Array.from({ length: 4 }, (_, i) => ({
      date: `${2022 + i}-0${1 + i}-1${i}`,
      text: sentence(st, 12),
      start: 0,
      end: 1,
    })),
    summary: [sentence(st, 22), sentence(st, 22), sentence(st, 22)],
  };
  return { analysis, url, readAt };
}

/** Articles in story order: about four per story, one in five a syndicated copy. */
export function* articles(): Generator<ArticleRecord> {
  let id = 0;
  for (;;) {
    const st = makeStory(id++);
    const k = 1 + Math.floor(rand() * 6);
    let last: Analysis | undefined;
    for (let n = 0; n < k; n++) {
      const copy = last && rand() < 0.2 ? last : undefined;
      const { analysis, url, readAt } = makeAnalysis(st, n, copy);
      last = analysis;
      const rec = toArticleRecord(analysis, { url }, readAt);
      if (rec) yield rec;
    }
  }
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** Person memory folded while generating (what saves would have built), so the bench need not read it all back. */
export class PeopleFold {
  readonly map = new Map<string, PersonRecord>();
  private dirty = new Set<string>();
  add(a: ArticleRecord): void {
    for (const k of a.personKeys) {
      this.map.set(k, addArticleToPerson(this.map.get(k) ?? null, a, k));
      this.dirty.add(k);
    }
  }
  /** People changed since the last call. */
  takeDirty(): PersonRecord[] {
    const out = [...this.dirty].map((k) => this.map.get(k) as PersonRecord);
    this.dirty.clear();
    return out;
  }
}
