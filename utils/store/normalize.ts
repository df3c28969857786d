// Normalization of keys shared by the store, related ranking and import: person keys,
// canonical URLs and site names. Pure.

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'fr',
  'sen',
  'senator',
  'rep',
  'representative',
  'gov',
  'governor',
  'president',
  'vice',
  'pres',
  'gen',
  'general',
  'col',
  'lt',
  'capt',
  'sgt',
  'adm',
  'judge',
  'justice',
  'mayor',
  'secretary',
  'minister',
  'prime',
  'chancellor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'rabbi',
  'imam',
  'coach',
  'officer',
  'detective',
  'chief',
  'speaker',
  'councillor',
  'councilor',
  'councilman',
  'councilwoman',
  'alderman',
  'commissioner',
  'professor',
  'ambassador',
  'sheriff',
  'superintendent',
  'bishop',
  'cardinal',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

/** Lowercase, no diacritics, no titles/suffixes/parentheticals/possessive: "Sen. Bernie Sanders (I-Vt.)" → "bernie sanders". */
export function personKey(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’]s\b/gi, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ');
  const words = cleaned.split(/\s+/).filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0])) words.shift();
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ').slice(0, 80);
}

const TRACKING = /^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$|ref_src$|cmpid$|smid$|ocid$)/i;

/** http(s) URL without fragment, tracking parameters or trailing slash; null if not http(s). */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.hostname = u.hostname.toLowerCase();
  let s = u.toString();
  if (u.pathname.length > 1 && s.endsWith('/') && !u.search) s = s.slice(0, -1);
  return s;
}

/** Host without "www.", for grouping and "delete this site". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Trim to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut).trimEnd() + '…';
}

/** YYYY-MM-DD from an ISO-ish string, or null. */
export function dateOnly(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return m ? m[1] : null;
}
