// JSON-LD reading shared by the gate and the metadata. Pages embed schema.org objects in
// <script type="application/ld+json">, sometimes as arrays or inside "@graph".

import type { ElementIndex } from './element-index';

export type LdObject = Record<string, unknown>;

const LD_TYPE = 'application/ld+json';

/** Types that mean "this page is one article" (NewsArticle, ReportageNewsArticle, BlogPosting…). */
export const ARTICLE_TYPE = /^(\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;

/**
 * The page's JSON-LD scripts, in document order: what `script[type="application/ld+json" i]` selects
 * (no letter of the type lowers to ASCII from outside it). By tag name, since linkedom (the CLI's
 * DOM) compiles an attribute selector anew on every call.
 */
export function ldScripts(doc: Document, index: ElementIndex | null = null): Element[] {
  return (index ? index.byTag(null, 'script') : Array.from(doc.getElementsByTagName('script'))).filter(
    (s) => s.getAttribute('type')?.toLowerCase() === LD_TYPE,
  );
}

/** Types named by "@type" in a JSON-LD script's raw text, without JSON.parse (cheap, tolerant). */
export function ldTypesDeclared(src: string): string[] {
  const out: string[] = [];
  const re = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    for (const t of m[1].match(/"([^"]*)"/g) ?? []) out.push(stripType(t.slice(1, -1)));
  }
  return out;
}

/** Cheap test: does any JSON-LD script declare an article type? */
export function ldDeclaresArticle(doc: Document): boolean {
  return ldScripts(doc).some((s) => ldTypesDeclared(s.textContent ?? '').some((t) => ARTICLE_TYPE.test(t)));
}

function stripType(t: string): string {
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  return t.replace(/^.*[/:#]/, '');
}

export function typesOf(o: LdObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map(stripType);
}

/** Every object in every JSON-LD block, flattened through arrays and @graph. Bad JSON is skipped. */
export function ldObjects(doc: Document, index: ElementIndex | null = null): LdObject[] {
  const out: LdObject[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as LdObject;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of ldScripts(doc, index)) {
    const src = (s.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    if (!src) continue;
    try {
      visit(JSON.parse(src), 0);
    } catch {
      // Broken JSON-LD is common; the other metadata sources remain.
    }
  }
  return out;
}

/** The object describing the article itself, if any. */
export function ldArticle(objects: LdObject[]): LdObject | null {
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  if (articles.length === 0) return null;
  // Prefer the one with a headline (some pages list related articles too).
  return articles.find((o) => typeof o.headline === 'string') ?? articles[0];
}

/** Names from a schema.org Person/Organization value: string, {name}, or a list of them. */
export function ldNames(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(ldNames);
  if (v && typeof v === 'object') {
    const name = (v as LdObject).name;
    if (typeof name === 'string') return [name];
    if (Array.isArray(name)) return name.filter((x): x is string => typeof x === 'string');
  }
  return [];
}

export function ldString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return ldString(v[0]);
  if (v && typeof v === 'object') {
    const o = v as LdObject;
    return ldString(o['@id'] ?? o.url ?? o['@value'] ?? null);
  }
  return null;
}
