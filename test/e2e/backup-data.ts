// A Lede backup file of N generated articles, fast and deterministic, shaped exactly as an export
// writes them (every value already within the store's limits, keys in export order), so importing
// it and exporting again must give the same articles text. Records are about 2.4 KB, as real ones
// are; 50,000 make a file of about 120 MB, past Chromium's 64 MiB message limit. Used by the
// real-browser backup test and `npm run bench -- backup`.
import { createHash } from 'node:crypto';
import { personKey } from '../../utils/store/normalize';
import type { PortableArticle } from '../../utils/store/validate';
import { rng } from '../../scripts/lib/seeded-random';

const SYL = ['ka', 'lo', 'mer', 'tin', 'sa', 'ver', 'dol', 'an', 'ri', 'gus', 'tel', 'mon', 'pa', 'ro', 'len', 'vi'];
const DESCRIPTORS = ['Sen.', 'Gov.', 'the mayor', 'a spokesperson', 'chief executive', 'Rep.', 'coach', 'minister'];

export interface GeneratedBackup {
  /** The file's text. */
  text: string;
  /** SHA-256 (hex) of the articles array's JSON text, as an export writes it. */
  articlesSha256: string;
  articles: number;
}

export function articlesDigest(articlesJson: string): string {
  return createHash('sha256').update(articlesJson).digest('hex');
}

/** `n` articles read a minute apart, ending well before `now`. */
export function generateBackup(n: number, now = Date.now(), seed = 20261205): GeneratedBackup {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const word = (k: number) => Array.from({ length: k }, () => pick(SYL)).join('');
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const vocab = Array.from({ length: 3000 }, () => word(2 + Math.floor(rand() * 2)));
  const names = Array.from({ length: 4000 }, () => `${cap(word(2))} ${cap(word(3))}`);
  const keys = new Map(names.map((name) => [name, personKey(name)]));
  const sentence = (words: number) => cap(Array.from({ length: words }, () => pick(vocab)).join(' ')) + '.';
  const start = now - n * 60_000 - 30 * 86_400_000;
  const articles: PortableArticle[] = [];
  for (let i = 0; i < n; i++) {
    const readAt = start + i * 60_000 + Math.floor(rand() * 50_000);
    const site = `site${i % 97}.example`;
    const url = `https://${site}/news/${i}-${word(3)}`;
    const byKey = new Map<string, string>();
    while (byKey.size < 2 + (i % 4)) {
      const name = pick(names);
      byKey.set(keys.get(name) as string, name);
    }
    const people = [...byKey].map(([key, name]) => ({
      key,
      name,
      variants: [name.split(' ')[1]],
      descriptors: [pick(DESCRIPTORS)],
      count: 1 + Math.floor(rand() * 6),
    }));
    const day = new Date(readAt - 86_400_000).toISOString().slice(0, 10);
    articles.push({
      url,
      site,
      title: sentence(8).slice(0, -1),
      byline: `By ${pick(names)}`,
      publisher: site,
      publishedAt: day,
      readAt,
      summary: [sentence(22), sentence(20), sentence(18)],
      people,
      quotes: Array.from({ length: 3 }, () => {
        const p = pick(people);
        return { text: sentence(14), speaker: p.name, speakerKey: p.key };
      }),
      timeline: Array.from({ length: 4 }, (_, k) => ({ date: `${2022 + k}-0${1 + k}-1${k}`, text: sentence(10) })),
      terms: Array.from({ length: 16 }, (_, k) => [`${pick(vocab)}${k}`, 100 - k * 6] as [string, number]),
      fingerprint: Array.from({ length: 16 }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join(''),
    });
  }
  const articlesJson = JSON.stringify(articles);
  const text = `{"format":"lede-memory","version":1,"exportedAt":${JSON.stringify(new Date(now).toISOString())},"articles":${articlesJson},"people":[]}`;
  return { text, articlesSha256: articlesDigest(articlesJson), articles: n };
}
