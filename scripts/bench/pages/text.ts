// Deterministic filler for the bench's non-article pages: invented words in sentences of
// realistic length, from a seeded generator, so every run serves the same bytes.
const WORDS = (
  'city council budget market price review team season update weather traffic school report ' +
  'plan vote water energy music film travel food health court police rail bridge housing ' +
  'garden kitchen phone laptop camera battery screen delivery order account setting release ' +
  'version server query index module error thread reply post member forum video channel ' +
  'minute episode playlist coffee winter summer river coast island harbour museum festival'
).split(' ');

/** A small seeded generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function words(rand: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  return out.join(' ');
}

export function sentence(rand: () => number, min = 6, max = 18): string {
  const s = words(rand, min + Math.floor(rand() * (max - min + 1)));
  return s[0].toUpperCase() + s.slice(1) + '.';
}

export function sentences(rand: () => number, n: number): string {
  return Array.from({ length: n }, () => sentence(rand)).join(' ');
}

export const title = (rand: () => number, n = 5): string => {
  const s = words(rand, n);
  return s[0].toUpperCase() + s.slice(1);
};

/** `n` items of `make(i)`, joined. */
export const repeat = (n: number, make: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => make(i)).join('\n');

/** A page shell: head with metadata and a stylesheet, site header and footer around `main`. */
export function shell(opts: { title: string; head?: string; css?: string; body: string; site: string }): string {
  const nav = repeat(9, (i) => `<li><a href="/section-${i}">Section ${i + 1}</a></li>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>${opts.head ?? ''}
<style>
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#222}
header.site{display:flex;gap:1rem;align-items:center;padding:.5rem 1rem;border-bottom:1px solid #ddd}
header.site ul{display:flex;gap:.8rem;list-style:none;margin:0;padding:0}
footer.site{padding:2rem 1rem;background:#f4f4f4;font-size:.85rem}
${opts.css ?? ''}
</style></head>
<body><header class="site"><a class="logo" href="/">${opts.site}</a><nav><ul>${nav}</ul></nav>
<form role="search" action="/search"><input name="q" aria-label="Search"><button>Search</button></form></header>
${opts.body}
<footer class="site"><p>© ${opts.site}. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/help">Help</a></p></footer>
</body></html>`;
}
