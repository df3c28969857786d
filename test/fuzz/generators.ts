// Pathological inputs for the analysis, generated from a seed (shared by the fuzz test and
// scripts/bench/fuzz.ts). Each family builds an input of about `size` characters; the same seed and size give
// the same input. Families are the shapes that made a stage quadratic before: long runs of punctuation,
// quotation marks in every arrangement, chains of dates, numbers, capitalised runs, long tokens, no spaces,
// huge paragraphs; and for pages: deep nesting, many attributes, long meta values and bylines.

import { rng, type Rand } from '../../scripts/lib/seeded-random';

export { rng, type Rand };

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Pieces repeated (picked at random) until the text is `size` characters long. */
function fill(size: number, piece: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const p = piece();
    parts.push(p);
    n += p.length;
  }
  return parts.join('').slice(0, size);
}

const WORDS =
  'the council said on monday that it would vote again after the budget rose by four percent last year'.split(' ');
const NAMES = ['Jane Smith', 'Bernie Sanders', 'Ana de la Vega', 'Mr. Lee', 'Dr. Roe', 'O’Rourke', 'Sen. Warren'];
const MONTHS = ['January', 'Feb.', 'March', 'Sept.', 'Dec.', 'May', 'June'];
const DAYS = ['Monday', 'Tuesday', 'Sunday', 'yesterday', 'last week', 'next year', 'this spring'];
const PUNCT = ['!', '?', '.', ',', ';', ':', '…', '—', '-', '"', '“', '”', "'", '’', '(', ')', '[', ']'];
const QUOTES = ['"', '“', '”', "'", '‘', '’', '«', '»', '„'];

const sentence = (r: Rand) => {
  const n = int(r, 4, 18);
  const ws = Array.from({ length: n }, () => pick(r, WORDS));
  ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
  return ws.join(' ') + pick(r, ['.', '.', '!', '?']);
};

export interface Family {
  name: string;
  kind: 'text' | 'html';
  make: (r: Rand, size: number) => string;
}

/** Plain-text families. */
export const TEXT_FAMILIES: Family[] = [
  { name: 'prose', kind: 'text', make: (r, n) => fill(n, () => sentence(r) + (r() < 0.2 ? '\n\n' : ' ')) },
  { name: 'punctuation run', kind: 'text', make: (r, n) => fill(n, () => pick(r, PUNCT).repeat(int(r, 1, 400))) },
  {
    name: 'quotation ending in punctuation',
    kind: 'text',
    make: (r, n) => `He said "this is it${fill(n, () => pick(r, ['!', '?', '.', '!?', ' !']))}x" today.`,
  },
  {
    name: 'quotation marks everywhere',
    kind: 'text',
    make: (r, n) => fill(n, () => pick(r, QUOTES) + (r() < 0.5 ? pick(r, WORDS) : '') + pick(r, [' ', '', ', ', '\n'])),
  },
  {
    name: 'nested quotations',
    kind: 'text',
    make: (r, n) =>
      fill(n, () => {
        const d = int(r, 1, 30);
        return '“'.repeat(d) + sentence(r) + '”'.repeat(int(r, 0, d)) + ` ${pick(r, NAMES)} said. `;
      }),
  },
  {
    name: 'unbalanced quotations',
    kind: 'text',
    make: (r, n) => fill(n, () => `${pick(r, NAMES)} said: "${sentence(r)} ${r() < 0.5 ? '' : '"'}`),
  },
  {
    name: 'date chain',
    kind: 'text',
    make: (r, n) =>
      fill(n, () => `${pick(r, MONTHS)} ${int(r, 1, 31)}, ${int(r, 1900, 2100)}${pick(r, [', ', ' and ', ' to '])}`),
  },
  { name: 'year run', kind: 'text', make: (r, n) => fill(n, () => `${int(r, 1990, 2030)} `) },
  { name: 'same year', kind: 'text', make: (_r, n) => fill(n, () => '2016 ') },
  {
    name: 'relative dates',
    kind: 'text',
    make: (r, n) => fill(n, () => `${pick(r, ['on ', 'since ', 'until ', ''])}${pick(r, DAYS)}${pick(r, [', ', ' '])}`),
  },
  {
    name: 'numbers',
    kind: 'text',
    make: (r, n) => fill(n, () => `${int(r, 0, 99999)}${pick(r, ['.', ',', '/', '-', ' ', ':', '%'])}`),
  },
  {
    name: 'capitalised run',
    kind: 'text',
    make: (r, n) =>
      fill(n, () => pick(r, ['Ana', 'Bo', 'Lee', 'Smith', 'Of', 'The', 'Van', 'United', 'States', 'Mc']) + ' '),
  },
  {
    name: 'names and cues',
    kind: 'text',
    make: (r, n) => fill(n, () => `${pick(r, NAMES)} ${pick(r, ['said', 'told', 'added', ',', 'and', 'of'])} `),
  },
  { name: 'long token', kind: 'text', make: (r, n) => fill(n, () => 'a'.repeat(int(r, 1000, 20000)) + ' ') },
  { name: 'no spaces', kind: 'text', make: (r, n) => fill(n, () => pick(r, WORDS) + pick(r, ['', '.', ',', '"'])) },
  { name: 'huge paragraph', kind: 'text', make: (r, n) => fill(n, () => sentence(r).replace(/[.!?]$/, ',') + ' ') },
  { name: 'newlines', kind: 'text', make: (r, n) => fill(n, () => pick(r, ['\n', '\n\n', ' \n', '"\n', 'x\n'])) },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const shell = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A headline</title>${head}</head>` +
  `<body><article><h1>A headline</h1>${body}</article></body></html>`;
const paragraphs = (r: Rand, n: number) => fill(n, () => `<p>${esc(sentence(r))} ${esc(sentence(r))}</p>\n`);
/** Fill markup up to `n` characters without cutting a tag. */
const markup = (n: number, piece: () => string) => {
  const parts: string[] = [];
  let size = 0;
  while (size < n) {
    const p = piece();
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
};

/** Page families (extraction and analysis). */
export const HTML_FAMILIES: Family[] = [
  { name: 'page of paragraphs', kind: 'html', make: (r, n) => shell('', paragraphs(r, n)) },
  {
    name: 'deep chains',
    kind: 'html',
    make: (r, n) =>
      shell(
        '',
        markup(n, () => {
          const d = int(r, 10, 40);
          return '<div>'.repeat(d) + `<p>${esc(sentence(r))}, ${esc(sentence(r))}</p>` + '</div>'.repeat(d);
        }),
      ),
  },
  {
    name: 'many attributes',
    kind: 'html',
    make: (r, n) =>
      shell(
        '',
        markup(n, () => {
          const attrs = Array.from({ length: int(r, 1, 40) }, (_, i) => ` data-a${i}="${pick(r, WORDS)}"`).join('');
          return `<p class="${pick(r, ['story', 'byline', 'related', 'caption', 'share'])}"${attrs}>${esc(sentence(r))}</p>`;
        }),
      ),
  },
  {
    name: 'long author meta',
    kind: 'html',
    make: (r, n) =>
      shell(
        `<meta name="author" content="${esc(fill(n, () => pick(r, ['Jane', ' ,', ', ', ' ', 'Monday', '|'])))}">`,
        paragraphs(r, 4000),
      ),
  },
  {
    name: 'long JSON-LD author',
    kind: 'html',
    make: (r, n) =>
      shell(
        `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'A headline', author: { name: fill(n / 2, () => pick(r, NAMES) + ' ') } }).replace(/</g, '\\u003c')}</script>`,
        paragraphs(r, n / 2),
      ),
  },
  {
    name: 'long title and canonical',
    kind: 'html',
    make: (r, n) =>
      shell(
        `<meta property="og:title" content="${esc(fill(n / 2, () => pick(r, ['A', ' | ', ' - ', 'Site', ' '])))}">` +
          `<link rel="canonical" href="https://n.example/${'a/'.repeat(n / 8)}">`,
        paragraphs(r, n / 4),
      ),
  },
  {
    name: 'long byline element',
    kind: 'html',
    make: (r, n) =>
      shell(
        '',
        `<div class="byline">By ${esc(fill(n / 2, () => pick(r, [', ', 'Jane ', 'Roe', ' |'])))}</div>` +
          paragraphs(r, n / 2),
      ),
  },
  {
    name: 'short repeated lines',
    kind: 'html',
    make: (r, n) =>
      shell(
        '',
        markup(
          n,
          () =>
            `<p>${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)} ${int(r, 0, 9)}</p>`,
        ),
      ),
  },
];
