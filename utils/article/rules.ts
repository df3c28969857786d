// The class/id patterns Readability judges elements by, shared by the read-only fast path
// (locate.ts, prune.ts). They are read from the pinned library itself, not restated, so the fast
// path and the Readability fallback judge a page alike. If a future version moved them, `RULES`
// is null and extraction always takes the Readability path.
import { Readability } from '@mozilla/readability';
import { SubtreeQueries, type ElementIndex } from './element-index';

interface Patterns {
  unlikelyCandidates: RegExp;
  okMaybeItsACandidate: RegExp;
  positive: RegExp;
  negative: RegExp;
  byline: RegExp;
  shareElements: RegExp;
  commas: RegExp;
  adWords: RegExp;
  loadingWords: RegExp;
  videos: RegExp;
}

function readPatterns(): Patterns | null {
  const proto = Readability.prototype as unknown as { REGEXPS?: Record<string, unknown>; UNLIKELY_ROLES?: unknown };
  const r = proto.REGEXPS;
  if (!r) return null;
  const keys: (keyof Patterns)[] = [
    'unlikelyCandidates',
    'okMaybeItsACandidate',
    'positive',
    'negative',
    'byline',
    'shareElements',
    'commas',
    'adWords',
    'loadingWords',
    'videos',
  ];
  const out: Partial<Patterns> = {};
  for (const k of keys) {
    const v = r[k];
    if (!(v instanceof RegExp)) return null;
    // Private copies without the global flag: `test` must not carry lastIndex between calls.
    out[k] = new RegExp(v.source, v.flags.replace('g', ''));
  }
  return out as Patterns;
}

export const RULES = readPatterns();

// ARIA roles whose content is never the article (menus, dialogs, sidebars).
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

export const classOf = (el: Element) => el.getAttribute('class') ?? '';
export const matchString = (el: Element) => `${classOf(el)} ${el.getAttribute('id') ?? ''}`;

/** Readability's ±25 per positive/negative class and id. */
export function classWeight(el: Element): number {
  if (!RULES) return 0;
  let w = 0;
  for (const v of [classOf(el), el.getAttribute('id') ?? '']) {
    if (!v) continue;
    if (RULES.negative.test(v)) w -= 25;
    if (RULES.positive.test(v)) w += 25;
  }
  return w;
}

// Children that keep a <div> from being read as one paragraph.
export const DIV_BLOCKS = 'blockquote,dl,div,img,ol,p,pre,table,ul';
const DIV_BLOCK_TAGS = new Set(DIV_BLOCKS.split(','));

// Readability deletes these before it measures any text; on the live page they are still there.
const NO_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template']);

/** NodeFilter.SHOW_ELEMENT (NodeFilter itself is not a global in Node). */
const SHOW_ELEMENT = 0x1;

/** Every element below `root`, in document order: one walk, where a DOM such as linkedom would match a selector per query. */
export function elementsBelow(root: Element): Element[] {
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Element);
  return out;
}

/** Adds every ancestor of `el` to `set`, stopping at one already there (its own ancestors are too). */
function addAncestors(set: Set<Element>, el: Element): void {
  for (let n = el.parentElement; n && !set.has(n); n = n.parentElement) set.add(n);
}

/**
 * Text as Readability measures it (without scripts and styles, trimmed, runs of two or more
 * spaces as one), cached for one extraction. The elements holding a script or style are found
 * once, so every other element is measured by the DOM's own textContent. The body's elements are
 * listed once (`elements`) and the questions asked of many elements (block children, link text)
 * answered from that list.
 */
export class PageText {
  private readonly dirty = new Set<Element>();
  private readonly memo = new Map<Element, string>();
  private readonly rawMemo = new Map<Element, string>();
  /** Answers of isParagraphDiv (locate.ts), asked again by the pruning. */
  readonly paragraphDivs = new Map<Element, boolean>();
  /** The body's elements in document order. */
  readonly elements: Element[];
  /** Questions about an element's subtree (answered from the index, when there is one). */
  readonly q: SubtreeQueries;
  private withBlocks: Set<Element> | null = null;
  private linkChars: Map<Element, number> | null = null;

  /** `index`: the page's elements walked once (a DOM written in JavaScript, see element-index.ts). */
  constructor(body: Element, index: ElementIndex | null = null) {
    this.q = new SubtreeQueries(index);
    this.elements = index?.has(body) ? index.below(body) : elementsBelow(body);
    for (const el of this.elements) if (NO_TEXT_TAGS.has(el.localName)) addAncestors(this.dirty, el);
  }

  /** Whether `el` (inside the body) holds one of `DIV_BLOCKS`: `el.querySelector(DIV_BLOCKS)`. */
  hasBlocks(el: Element): boolean {
    if (!this.withBlocks) {
      this.withBlocks = new Set();
      for (const b of this.elements) if (DIV_BLOCK_TAGS.has(b.localName)) addAncestors(this.withBlocks, b);
    }
    return this.withBlocks.has(el);
  }

  of(el: Element): string {
    let t = this.memo.get(el);
    if (t === undefined) {
      t = this.raw(el)
        .trim()
        .replace(/\s{2,}/g, ' ');
      this.memo.set(el, t);
    }
    return t;
  }

  /** Text without scripts and styles, untrimmed. Built from the children's, so nested elements share the work. */
  private raw(el: Element): string {
    if (!this.dirty.has(el)) return el.textContent ?? '';
    let s = this.rawMemo.get(el);
    if (s === undefined) {
      s = '';
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) s += c.nodeValue ?? '';
        else if (c.nodeType === 1 && !NO_TEXT_TAGS.has((c as Element).localName)) s += this.raw(c as Element);
      }
      this.rawMemo.set(el, s);
    }
    return s;
  }

  /** Share of an element's text inside links (in-page "#" links weigh 0.3). */
  linkDensity(el: Element, textLength = this.of(el).length): number {
    if (textLength === 0) return 0;
    return (this.linkTexts().get(el) ?? 0) / textLength;
  }

  /**
   * Each element's weighted link text, summed over its links in document order (the sum a walk
   * over its own links would make), for all elements at once.
   */
  private linkTexts(): Map<Element, number> {
    if (!this.linkChars) {
      const sums = new Map<Element, number>();
      for (const a of this.elements) {
        if (a.localName !== 'a') continue;
        const href = a.getAttribute('href');
        const w = this.of(a).length * (href && href.length > 1 && href[0] === '#' ? 0.3 : 1);
        for (let n = a.parentElement; n; n = n.parentElement) sums.set(n, (sums.get(n) ?? 0) + w);
      }
      this.linkChars = sums;
    }
    return this.linkChars;
  }
}

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Hidden as Readability sees it: attributes and inline style only (no layout is read). */
export function hidden(el: Element): boolean {
  if (NO_TEXT_TAGS.has(el.localName)) return true; // Readability deletes scripts, styles and noscript first
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !classOf(el).includes('fallback-image')) return true;
  if (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog') return true;
  const style = el.getAttribute('style');
  return !!style && HIDING_STYLE.test(style);
}

function unlikely(el: Element, inTableOrCode: boolean): boolean {
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if (inTableOrCode || !RULES || el.localName === 'a' || el.localName === 'body') return false;
  const m = matchString(el);
  return RULES.unlikelyCandidates.test(m) && !RULES.okMaybeItsACandidate.test(m);
}

const BLOCKED = 1;
const IN_TABLE_OR_CODE = 2;

/**
 * Whether an element sits in a subtree Readability drops before scoring (hidden, or an unlikely
 * class/id/role such as "sidebar", "comment", role=navigation). Memoised per element, so asking
 * for every paragraph of a page walks each ancestor once.
 */
export class BlockedTree {
  private memo = new Map<Element, number>();
  constructor(private readonly body: Element) {}

  has(el: Element): boolean {
    return (this.state(el) & BLOCKED) !== 0;
  }

  private state(el: Element): number {
    const path: Element[] = [];
    let n: Element | null = el;
    while (n && n !== this.body && !this.memo.has(n)) {
      path.push(n);
      n = n.parentElement;
    }
    let s = n && n !== this.body ? this.memo.get(n)! : 0;
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i];
      // Readability keeps unlikely-looking parts of tables and code (it looks a few levels up;
      // we look all the way).
      const parentTag = e.parentElement?.localName;
      const inTc = (s & IN_TABLE_OR_CODE) !== 0 || parentTag === 'table' || parentTag === 'code';
      const blocked = (s & BLOCKED) !== 0 || hidden(e) || unlikely(e, inTc);
      s = (blocked ? BLOCKED : 0) | (inTc ? IN_TABLE_OR_CODE : 0);
      this.memo.set(e, s);
    }
    return s;
  }
}

/** Readability's byline element: rel=author, itemprop=author or a byline-like class/id, and short. */
function isByline(el: Element): boolean {
  const itemprop = el.getAttribute('itemprop');
  const ok =
    el.getAttribute('rel') === 'author' ||
    (itemprop?.includes('author') ?? false) ||
    !!RULES?.byline.test(matchString(el));
  if (!ok) return false;
  const n = (el.textContent ?? '').trim().length;
  return n > 0 && n < 100;
}

// The byline candidates: rel=author, an itemprop with "author", or a class or id with one of these
// (case-sensitive tails: "uthor" finds "author" and "Author"; RULES.byline decides).
const BYLINE_TAILS = ['uthor', 'yline', 'YLINE', 'ateline', 'rittenby'];

/**
 * `[rel="author"], [itemprop*="author"], [class*="uthor"], [id*="uthor"], …` as a test (a rel value
 * matches whatever its case, as HTML's selectors match it).
 */
function isBylineCandidate(el: Element): boolean {
  if (el.getAttribute('rel')?.toLowerCase() === 'author') return true;
  if (el.getAttribute('itemprop')?.includes('author')) return true;
  // The attribute as written (linkedom's getAttribute('class') builds a token list first).
  const cls = el.getAttributeNode('class')?.value;
  const id = el.getAttribute('id');
  return BYLINE_TAILS.some((w) => !!cls?.includes(w) || !!id?.includes(w));
}

/** The page's first visible byline element, as Readability picks it (it removes it from the text). */
export function findByline(elements: readonly Element[], blocked: BlockedTree): Element | null {
  for (const el of elements) {
    if (!isBylineCandidate(el) || hidden(el) || (el.parentElement && blocked.has(el.parentElement))) continue;
    if (isByline(el)) return el;
  }
  return null;
}
