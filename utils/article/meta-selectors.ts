// The metadata's CSS selectors (metadata.ts) as tests of one element, for ElementIndex.select (a DOM
// written in JavaScript, where querySelector compiles its selector anew on every call). Each matches
// what linkedom's selector engine (css-select, HTML rules) matches: a tag name in any case; `~=` on
// `rel` in any case (an HTML attribute whose values ignore case); `class` (as written) and `itemprop`
// values exactly; `[class*="byline" i]` in any case. test/article/meta-selectors.test.ts asks both.

/** An attribute's value as the selector engine reads it: `class` as written, not as its token list. */
const attr = (el: Element, name: string): string | null =>
  name === 'class' ? (el.getAttributeNode('class')?.value ?? null) : el.getAttribute(name);
const named = (el: Element, tag: string) => el.localName.toLowerCase() === tag;
const itemprop = (el: Element, v: string) => attr(el, 'itemprop') === v;

const REL_AUTHOR = /(?:^|\s)author(?:$|\s)/i;
const REL_CANONICAL = /(?:^|\s)canonical(?:$|\s)/i;
const BYLINE_CLASSES = /(?:^|\s)(?:byline|by-line|author-name|byline-name|article-author)(?:$|\s)/;
const BYLINE_ANY = /byline/i;

/** `X Y`'s ancestor part: an element above `el` (up to the first that is not an element) passing `test`. */
function below(el: Element, test: (a: Element) => boolean): boolean {
  for (let n = el.parentNode; n && n.nodeType === 1; n = n.parentNode) if (test(n as Element)) return true;
  return false;
}

export const metaSelectors = {
  /** `a[rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]` */
  author: (el: Element): boolean =>
    (named(el, 'a') && REL_AUTHOR.test(attr(el, 'rel') ?? '')) ||
    (itemprop(el, 'name') && below(el, (a) => itemprop(a, 'author'))) ||
    itemprop(el, 'author'),
  /** `.byline, .by-line, .author-name, .byline-name, .article-author, [class*="byline" i]` */
  bylineClass: (el: Element): boolean => {
    const c = attr(el, 'class');
    return c !== null && (BYLINE_CLASSES.test(c) || BYLINE_ANY.test(c));
  },
  /** `time[datetime], [itemprop="datePublished"]` */
  time: (el: Element): boolean => (named(el, 'time') && el.hasAttribute('datetime')) || itemprop(el, 'datePublished'),
  /** `[itemprop="headline"]` */
  headline: (el: Element): boolean => itemprop(el, 'headline'),
  /** `link[rel~="canonical" i]` */
  canonical: (el: Element): boolean => named(el, 'link') && REL_CANONICAL.test(attr(el, 'rel') ?? ''),
};
