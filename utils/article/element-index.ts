// One walk of a page's elements, for a DOM written in JavaScript (linkedom, the CLI's). There every
// getElementsByTagName, querySelector and textContent walks the page's nodes anew (text and
// attribute nodes too), and getElementsByTagName upper-cases the name of each element it passes.
// The walk lists the elements in document order once; an element's descendants are then one run of
// that list, so "the <p>s below this element" is a difference of two running counts and "the page's
// <meta>s" a filter of the list. The answers are the DOM's own (test/article/element-index.test.ts
// asks both). Valid while the page keeps its shape: extraction uses it before anything moves nodes.

export interface DepthStats {
  /** Elements below the root. */
  elements: number;
  /** Their depths below the root (its children are 1) added up. */
  depthSum: number;
  /** The deepest of them. */
  maxDepth: number;
}

export class ElementIndex {
  /** <html> and every element below it, in document order. */
  readonly all: Element[];
  private readonly pos = new Map<Element, number>();
  /** ends[i]: one past the last descendant of all[i]. */
  private readonly ends: Int32Array;
  /** depths[i]: how far all[i] lies below <html> (0 for it). */
  private readonly depths: Int32Array;
  /** Per tag name: counts[i], how many of all[0..i) have that name. */
  private readonly counts = new Map<string, Int32Array>();

  private constructor(all: Element[]) {
    this.all = all;
    this.ends = new Int32Array(all.length);
    this.depths = new Int32Array(all.length);
  }

  /** Positions, depths and subtree ends from the parents; false when a parent is not an open element. */
  private measure(): boolean {
    const { all, ends, depths } = this;
    const open: number[] = [];
    for (let i = 0; i < all.length; i++) {
      const el = all[i];
      this.pos.set(el, i);
      const parent = el.parentNode;
      while (open.length > 0 && all[open[open.length - 1]] !== parent) ends[open.pop()!] = i;
      if (open.length === 0 && i > 0) return false;
      depths[i] = open.length;
      open.push(i);
    }
    while (open.length > 0) ends[open.pop()!] = all.length;
    return true;
  }

  /**
   * The index of `doc`, or null when a list from <html> down would not be the document's (an element
   * beside <html>, which the document's own getElementsByTagName would also list).
   */
  static of(doc: Document): ElementIndex | null {
    // linkedom adds a missing <head> or <body> when it is first asked for one: ask before the walk.
    if (!doc.body) return null;
    const html = doc.documentElement;
    if (!html || html.nextElementSibling) return null;
    const all: Element[] = [];
    const walker = doc.createTreeWalker(doc, 0x1 /* NodeFilter.SHOW_ELEMENT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) all.push(n as Element);
    if (all[0] !== html) return null;
    const index = new ElementIndex(all);
    return index.measure() ? index : null;
  }

  /** Whether `el` is one of the page's elements (as it was walked). */
  has(el: Element): boolean {
    return this.pos.has(el);
  }

  /** The run of `all` below `el` (not `el` itself): [start, end). */
  private range(el: Element): [number, number] {
    const i = this.pos.get(el);
    if (i === undefined) throw new Error('ElementIndex: an element the walk did not see');
    return [i + 1, this.ends[i]];
  }

  /** `el.getElementsByTagName(tag)` (`tag` lower-case), as an array; `el` null: the whole document's. */
  byTag(el: Element | null, tag: string): Element[] {
    const [s, e] = el ? this.range(el) : [0, this.all.length];
    const out: Element[] = [];
    for (let i = s; i < e; i++) if (this.all[i].localName === tag) out.push(this.all[i]);
    return out;
  }

  /** `el.getElementsByTagName(tag).length` (`tag` lower-case). */
  count(el: Element, tag: string): number {
    let c = this.counts.get(tag);
    if (!c) {
      c = new Int32Array(this.all.length + 1);
      for (let i = 0; i < this.all.length; i++) c[i + 1] = c[i] + (this.all[i].localName === tag ? 1 : 0);
      this.counts.set(tag, c);
    }
    const [s, e] = this.range(el);
    return c[e] - c[s];
  }

  /** The elements below `el`, in document order (a TreeWalker's elements). */
  below(el: Element): Element[] {
    const [s, e] = this.range(el);
    return this.all.slice(s, e);
  }

  /**
   * `root.querySelectorAll(selector)` (`root` null: the document's), the selector given as a test of one
   * element: in document order, not looking into a <template>'s content (as querySelector does not);
   * at most `limit`.
   */
  select(root: Element | null, test: (el: Element) => boolean, limit = Infinity): Element[] {
    const [s, e] = root ? this.range(root) : [0, this.all.length];
    const out: Element[] = [];
    for (let i = s; i < e && out.length < limit; i++) {
      const el = this.all[i];
      if (test(el)) out.push(el);
      if (el.localName === 'template') i = this.ends[i] - 1;
    }
    return out;
  }

  /** `root.querySelector(selector)` (see select). */
  selectFirst(root: Element | null, test: (el: Element) => boolean): Element | null {
    return this.select(root, test, 1)[0] ?? null;
  }

  /** `document.querySelector(tag)` for a plain tag name (lower-case). */
  first(tag: string): Element | null {
    return this.selectFirst(null, (el) => el.localName.toLowerCase() === tag);
  }

  /** The depths of the elements below `root`. */
  depthsBelow(root: Element): DepthStats {
    const [s, e] = this.range(root);
    const base = this.depths[s - 1];
    let depthSum = 0;
    let maxDepth = 0;
    for (let i = s; i < e; i++) {
      const d = this.depths[i] - base;
      depthSum += d;
      if (d > maxDepth) maxDepth = d;
    }
    return { elements: e - s, depthSum, maxDepth };
  }
}

/**
 * The subtree questions extraction asks, answered by the index when it has the element, else by the
 * DOM. A selector comes with the same selector as a test of one element (for the index).
 */
export class SubtreeQueries {
  constructor(private readonly index: ElementIndex | null = null) {}

  /** `el.getElementsByTagName(tag).length` (`tag` lower-case). */
  count(el: Element, tag: string): number {
    return this.index?.has(el) ? this.index.count(el, tag) : el.getElementsByTagName(tag).length;
  }

  /** `el.getElementsByTagName(tag)` as an array (`tag` lower-case). */
  byTag(el: Element, tag: string): Element[] {
    return this.index?.has(el) ? this.index.byTag(el, tag) : Array.from(el.getElementsByTagName(tag));
  }

  /** `el.querySelectorAll(selector)` as an array; `test`: the selector as a test of one element. */
  all(el: Element, selector: string, test: (e: Element) => boolean): Element[] {
    return this.index?.has(el) ? this.index.select(el, test) : Array.from(el.querySelectorAll(selector));
  }

  /** `el.querySelector(selector)`; `test`: the selector as a test of one element. */
  first(el: Element, selector: string, test: (e: Element) => boolean): Element | null {
    return this.index?.has(el) ? this.index.selectFirst(el, test) : el.querySelector(selector);
  }
}

/** The DOM's own answers. */
export const DOM_QUERIES = new SubtreeQueries();

/** A test for a selector list of plain tag names (`'ul, ol'`): the element's name in any case is one of them. */
export function tagTest(selector: string): (e: Element) => boolean {
  const tags = new Set(selector.split(',').map((t) => t.trim()));
  return (e) => tags.has(e.localName.toLowerCase());
}
