// Where the article lives in the page. A news page's body holds several times the article's text
// (menus, teasers, related links), and marking reads every text node it is given. The background,
// which has the page's copy, finds the smallest element that holds everything the article's text
// matches there (findRegion) and sends its place as a path of element indexes; the page layer reads
// only that element (regionTextMapSteps). Text outside it would take no part in the alignment, so
// the marks are the same as with the whole body. The path counts only elements the copy keeps
// (serialize.ts leaves scripts, style sheets, SVG drawings and templates out), and names each
// step's tag: when the live page does not agree (it changed since, or its tree does not survive a
// parse), or matches less of the text there than the copy did, the page layer reads the whole body.
import { runSteps, type Steps } from './align';
import type { RegionAnchors } from './anchors';
import { UNREAD } from './serialize';
import { buildTextMap, buildTextMapSteps, collectTextNodesSteps, type TextMap, type TextMapOptions } from './textmap';

export interface ArticleRegion {
  /** Per level below <body>: the element's index among its parent's kept element children. */
  path: number[];
  /** The tag (local name) of each step, checked on the way down. */
  tags: string[];
  /**
   * Kept elements after the first step's element among the body's children: the first step counted
   * from the end. Elements a page put in its <head> (a tracking image in a <noscript>, an iframe)
   * move to the start of the copy's body when it is parsed, so the live body has fewer children
   * before the article than the copy (4 of the bench's 20 real news pages).
   */
  tail?: number;
  /** Share of the article's significant characters the copy's whole body matched (TextMap.coverage). */
  coverage: number;
  /** The background's alignment in the region (anchors.ts): used when the live region's text is the copy's. */
  anchors?: RegionAnchors;
}

/** Deeper paths are not sent (Chromium's parser nests at most ~512 deep). */
const MAX_PATH = 512;

/** Only these tags can be elements the copy left out; `matches` is asked only for them. */
const MAYBE_UNREAD = new Set(['script', 'style', 'svg', 'template']);

function unread(el: Element): boolean {
  return MAYBE_UNREAD.has(el.localName) && el.matches(UNREAD);
}

/**
 * Background, on a pristine parse of the page's copy: the region of `text` (the article as the page
 * will mark it). null when nothing matches, when the region is the body itself, or on any DOM the
 * search does not expect (the page then reads its whole body, as before).
 */
export function findRegion(doc: Document, text: string): ArticleRegion | null {
  try {
    const body = doc.body;
    if (!body || !text) return null;
    const map = buildTextMap(doc, text);
    const ends = map.extent();
    if (!ends) return null;
    const container = commonAncestor(ends[0], ends[1], body);
    if (!container || container === body) return null;
    const path: number[] = [];
    const tags: string[] = [];
    let top: Element = container;
    for (let el: Element = container; el !== body; el = el.parentElement!) {
      let index = 0;
      for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (!unread(s)) index++;
      path.push(index);
      tags.push(el.localName);
      top = el;
      if (path.length > MAX_PATH) return null;
    }
    let tail = 0;
    for (let s = top.nextElementSibling; s; s = s.nextElementSibling) if (!unread(s)) tail++;
    return { path: path.reverse(), tags: tags.reverse(), coverage: map.coverage, tail };
  } catch {
    return null;
  }
}

/** The nearest element holding both nodes, at or below `top`; null when either is outside it. */
function commonAncestor(a: Node, b: Node, top: Element): Element | null {
  const above = new Set<Element>();
  for (let el = a.parentElement; el; el = el.parentElement) {
    above.add(el);
    if (el === top) break;
  }
  if (!above.has(top)) return null;
  for (let el = b.parentElement; el; el = el.parentElement) if (above.has(el)) return el;
  return null;
}

/** Background, on the copy: the text of each text node the page would read in the region (null: none). */
export function regionSegments(doc: Document, region: ArticleRegion | null): string[] | null {
  try {
    const root = regionElement(doc, region);
    return root ? runSteps(collectTextNodesSteps(root)).data : null;
  } catch {
    return null;
  }
}

/** Page side: the live element a region names, or null when the page does not agree with it. */
export function regionElement(doc: Document, region: ArticleRegion | null | undefined): Element | null {
  return regionElements(doc, region)[0] ?? null;
}

/**
 * The live elements a region may name: its path from the body's start, then with the first step
 * counted from the body's end (when that is another element). Each has the region's tags.
 */
function regionElements(doc: Document, region: ArticleRegion | null | undefined): Element[] {
  const path = region?.path;
  const tags = region?.tags;
  if (!Array.isArray(path) || !Array.isArray(tags) || path.length === 0 || path.length > MAX_PATH) return [];
  const found: Element[] = [];
  const fromStart = follow(doc, path, tags);
  if (fromStart) found.push(fromStart);
  const tail = region?.tail;
  if (doc.body && Number.isInteger(tail) && (tail as number) >= 0) {
    let kept = 0;
    for (let c = doc.body.firstElementChild; c; c = c.nextElementSibling) if (!unread(c)) kept++;
    const first = kept - 1 - (tail as number);
    const fromEnd = first >= 0 && first !== path[0] ? follow(doc, [first, ...path.slice(1)], tags) : null;
    if (fromEnd) found.push(fromEnd);
  }
  return found;
}

function follow(doc: Document, path: number[], tags: string[]): Element | null {
  let el: Element | null = doc.body;
  for (let d = 0; d < path.length && el; d++) {
    let left = path[d];
    if (!Number.isInteger(left) || left < 0) return null;
    let child: Element | null = el.firstElementChild;
    for (; child; child = child.nextElementSibling) {
      if (unread(child)) continue;
      if (left-- === 0) break;
    }
    if (!child || child.localName !== tags[d]) return null;
    el = child;
  }
  return el;
}

/**
 * The article's text map read from its region when the page agrees and matches there at least as
 * much as the copy did (the path from the body's start, then from its end); otherwise from the whole body.
 */
export function* regionTextMapSteps(
  doc: Document,
  text: string,
  region: ArticleRegion | null | undefined,
  opts: Pick<TextMapOptions, 'skip'> = {},
): Steps<TextMap> {
  for (const root of regionElements(doc, region)) {
    const map = yield* buildTextMapSteps(doc, text, { ...opts, root, anchors: region!.anchors });
    if (map.coverage >= region!.coverage) return map;
  }
  return yield* buildTextMapSteps(doc, text, opts);
}
