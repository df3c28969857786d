// Article metadata from the page head: JSON-LD first (the most deliberate source), then Open
// Graph, <meta>, links and the visible <time>/byline elements. Reads only; never mutates `doc`.
import type { ArticleMeta } from '../nlp/types';
import { ldArticle, ldNames, ldObjects, ldString, typesOf, type LdObject } from './jsonld';
import { toIsoDate } from './date';
import { lowerWordChars } from './wordchars';
import type { ElementIndex } from './element-index';
import { metaSelectors as is } from './meta-selectors';

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

type MetaMap = Map<string, string>;

/** Every <meta> by name/property/itemprop/http-equiv (first wins), collected in one pass. */
function metaMap(doc: Document, index: ElementIndex | null): MetaMap {
  const found: MetaMap = new Map();
  for (const m of index ? index.byTag(null, 'meta') : Array.from(doc.getElementsByTagName('meta'))) {
    const content = ws(m.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const v = m.getAttribute(attr);
      if (!v) continue;
      // "property" may hold several space-separated values.
      for (const k of v.toLowerCase().split(/\s+/)) if (!found.has(k)) found.set(k, content);
    }
  }
  return found;
}

/** The first of `keys` present in the page's metas. */
function pick(metas: MetaMap, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = metas.get(k.toLowerCase());
    if (v) return v;
  }
  return null;
}

const SEPARATOR = /\s+(?:[|\-–—»·:/]|::)\s+/;

/** "Headline | Site" → "Headline", when the tail is the site or short furniture. */
export function stripTitleSuffix(title: string, site: string | null): string {
  const t = ws(title);
  if (site && t.toLowerCase().startsWith(site.trim().toLowerCase())) {
    const rest = t.slice(site.trim().length);
    const m = /^\s*(?:[|\-–—»·:]|::)\s+/.exec(rest);
    if (m && rest.length > m[0].length) return ws(rest.slice(m[0].length));
  }
  const parts = t.split(SEPARATOR);
  if (parts.length < 2) return t;
  const norm = (s: string) => lowerWordChars(s, '');
  const siteN = site ? norm(site) : '';
  // Cut the site name off either end.
  const last = parts[parts.length - 1];
  const first = parts[0];
  if (siteN && (norm(last) === siteN || siteN.includes(norm(last)) || norm(last).includes(siteN))) {
    return stripTitleSuffix(t.slice(0, t.length - last.length).replace(/\s+(?:[|\-–—»·:/]|::)\s*$/, ''), null);
  }
  if (siteN && norm(first) === siteN) return ws(t.slice(first.length).replace(/^\s*[|\-–—»·:/]\s+/, ''));
  // Unknown tail: drop it only after a strong separator and when it is short (a site or section name).
  const m = /\s+(?:[|»·]|::)\s+([^|»·:]+)$/.exec(t) ?? /\s+[-–—]\s+([^-–—]+)$/.exec(t);
  if (m) {
    const head = t.slice(0, m.index);
    if (m[1].split(/\s+/).length <= 4 && head.split(/\s+/).length >= 2) return ws(head);
  }
  return t;
}

// Anchored-at-the-end patterns are written as scans from the end: a regex such as /[\s,]+$/ retries a long
// run from each of its characters (quadratic on a byline of thousands of commas).
function trimEnd(s: string, chars: RegExp): string {
  let e = s.length;
  while (e > 0 && chars.test(s[e - 1])) e--;
  return s.slice(0, e);
}

const DATE_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/** "Jane Roe, Dec. 30," → "Jane Roe": a day or month name ending the line, after a space or comma. */
function dropTrailingDateWord(b: string): string {
  let e = trimEnd(b, /[\s,]/).length;
  if (b[e - 1] === '.') e--;
  let s = e;
  while (s > 0 && !/[\s,]/.test(b[s - 1])) s--;
  if (s === 0 || s === e || !DATE_WORD.test(b.slice(s, e))) return b;
  return trimEnd(b.slice(0, s), /[\s,]/);
}

function cleanByline(s: string | null): string | null {
  if (!s) return null;
  let b = ws(s)
    .replace(/^(?:written\s+)?(?:by|por|par|von|door|di)[:\s]+/i, '')
    .replace(/\s*[|,]?\s*(updated|published|posted)\b.*$/i, '')
    .replace(/\s*(?:@\w+|[•·|]).*$/, '') // handles, "• 8h", "| Staff"
    .trim();
  if (/^https?:\/\//i.test(b)) return null;
  // Names carry no digits: a date or time glued to the name starts at the first one.
  const digit = b.search(/\d/);
  if (digit > 0) b = b.slice(0, digit);
  b = trimEnd(dropTrailingDateWord(b), /[,;|\s]/).trim();
  if (b.length > 120 || b.length < 2) return null;
  return b || null;
}

function uniq(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function ldPublisher(objects: LdObject[], art: LdObject | null): string | null {
  const fromArt = art ? ldNames(art.publisher)[0] : undefined;
  if (fromArt) return fromArt;
  const org = objects.find((o) => typesOf(o).some((t) => /Organization$|^NewsMediaOrganization$/.test(t)));
  const site = objects.find((o) => typesOf(o).includes('WebSite'));
  return (org && ldNames(org)[0]) || (site && ldNames(site)[0]) || null;
}

function language(doc: Document, metas: MetaMap): string | null {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    doc.documentElement?.getAttribute('xml:lang') ||
    pick(metas, 'og:locale', 'content-language', 'language', 'dc.language');
  if (!raw) return null;
  const l = raw
    .trim()
    .replace(/_/g, '-')
    .split(/[\s,;]/)[0];
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(l) ? l : null;
}

/** The absolute http(s) URL `href` names; null for any other scheme (javascript:, data:, file:…) or a bad URL. */
function httpUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The <time datetime> nearest the headline: the first one before the body's paragraphs. */
function timeElementDate(doc: Document, index: ElementIndex | null): string | null {
  const times = index
    ? index.select(null, is.time, 5)
    : Array.from(doc.querySelectorAll('time[datetime], [itemprop="datePublished"]')).slice(0, 5);
  for (const t of times) {
    const v = t.getAttribute('datetime') || t.getAttribute('content') || t.textContent;
    const d = toIsoDate(v);
    if (d) return d;
  }
  return null;
}

function bylineFromElements(doc: Document, index: ElementIndex | null): string | null {
  const rel = index
    ? index.selectFirst(null, is.author)
    : doc.querySelector('a[rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]');
  const relText = rel ? cleanByline(rel.getAttribute('content') || rel.textContent) : null;
  if (relText) return relText;
  const el = index
    ? index.selectFirst(null, is.bylineClass)
    : doc.querySelector('.byline, .by-line, .author-name, .byline-name, .article-author, [class*="byline" i]');
  return el ? cleanByline(el.textContent) : null;
}

/** Some sites put a description in JSON-LD "headline" (Wikipedia): trust it when it shares words with the page title. */
function agrees(headline: string, title: string | null): boolean {
  if (!title) return true;
  const words = (x: string) => new Set(x.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  const h = words(headline);
  const t = words(title);
  if (h.size === 0 || t.size === 0) return true;
  let shared = 0;
  for (const w of h) if (t.has(w)) shared++;
  return shared / Math.min(h.size, t.size) >= 0.5;
}

/**
 * `index`: the page's elements walked once (a DOM written in JavaScript, see element-index.ts), to
 * list the scripts and metas and find the first <title> and <h1> from it.
 */
export function extractMetadata(
  doc: Document,
  opts: { url?: string | null; index?: ElementIndex | null } = {},
): ArticleMeta {
  const index = opts.index ?? null;
  const first = (tag: string) => (index ? index.first(tag) : doc.querySelector(tag));
  const objects = ldObjects(doc, index);
  const metas = metaMap(doc, index);
  const art = ldArticle(objects);

  const publisher =
    ldPublisher(objects, art) ?? pick(metas, 'og:site_name', 'application-name', 'publisher', 'dc.publisher');

  const ogTitle = pick(metas, 'og:title', 'twitter:title', 'dc.title', 'title');
  const ldHeadline = art && typeof art.headline === 'string' ? ws(art.headline) : null;
  const rawTitle =
    (ldHeadline && agrees(ldHeadline, ogTitle ?? first('title')?.textContent ?? null) && ldHeadline) ||
    ogTitle ||
    (index ? index.selectFirst(null, is.headline) : doc.querySelector('[itemprop="headline"]'))?.textContent ||
    first('title')?.textContent ||
    first('h1')?.textContent ||
    null;
  const title = rawTitle ? stripTitleSuffix(rawTitle, publisher) || null : null;

  const authorNames = art
    ? uniq(
        ldNames(art.author)
          .map(ws)
          .filter((n) => n && !/^https?:/i.test(n)),
      )
    : [];
  const byline =
    (authorNames.length ? authorNames.join(', ') : null) ??
    cleanByline(
      pick(
        metas,
        'author',
        'article:author',
        'og:article:author',
        'dc.creator',
        'byl',
        'sailthru.author',
        'parsely-author',
      ),
    ) ??
    bylineFromElements(doc, index);

  const publishedAt =
    toIsoDate(art ? (ldString(art.datePublished) ?? ldString(art.dateCreated)) : null) ??
    toIsoDate(
      pick(
        metas,
        'article:published_time',
        'og:article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'publish-date',
        'date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
        'sailthru.date',
        'parsely-pub-date',
        'article.published',
        'og:published_time',
      ),
    ) ??
    timeElementDate(doc, index);

  // the caller's URL (the tab's) as given, when it is an http(s) URL
  const base = opts.url && httpUrl(opts.url, null) ? opts.url : null;
  const canonical =
    httpUrl(
      (index ? index.selectFirst(null, is.canonical) : doc.querySelector('link[rel~="canonical" i]'))?.getAttribute(
        'href',
      ) ?? null,
      base,
    ) ??
    httpUrl(pick(metas, 'og:url'), base) ??
    httpUrl(art ? (ldString(art.url) ?? ldString(art.mainEntityOfPage)) : null, base) ??
    base;

  return {
    title,
    byline,
    publisher: publisher ? ws(publisher) : null,
    publishedAt,
    url: canonical,
    language: language(doc, metas),
  };
}
