// The page shapes extraction reads. Readability and the fast path look into each element's subtree (text,
// links, child blocks) for many elements, so their cost grows with the page's size times its nesting depth:
// 50,000 nested <div>s took minutes. Such a page gets a clear error before any of that work starts, and is left
// as it was. Chromium's HTML parser never nests deeper than about 512 elements, and real pages nest far less on
// average (of Readability's 130 test pages, the deepest nests 37 deep, and none more than 20 on average).

import type { ElementIndex } from './element-index';

/** Deeper than this below <body> (Chromium builds at most 511 elements below it): not read. */
export const MAX_DEPTH = 512;
/** Average depth below <body> of a page's elements above this (a page of deep chains): not read… */
export const MAX_MEAN_DEPTH = 64;
/** …when the depths add up to more than this (a small page, however deep, costs little). */
export const MIN_DEPTH_SUM = 200_000;

export class PageLimitError extends Error {
  override name = 'PageLimitError';
}

/**
 * An element exactly MAX_MEAN_DEPTH levels below the root: there is one whenever any element is
 * that deep or deeper (its ancestor). Child combinators only: a chain of descendant combinators
 * backtracks without end in some DOMs (linkedom, the CLI's) when it does not match.
 */
const DEEP = ':scope' + ' > *'.repeat(MAX_MEAN_DEPTH);

/** Whether no element lies MAX_MEAN_DEPTH or more below `root` (null: the DOM cannot say). */
function shallow(root: Element): boolean | null {
  try {
    return root.querySelector(DEEP) === null;
  } catch {
    return null;
  }
}

export interface ShapeOptions {
  /**
   * The DOM is written in JavaScript (linkedom in the CLI): its selector engine compiles the selector
   * anew on every call and climbs each element's ancestors, so the walk alone is cheaper there (130
   * news pages: ~40 ms against ~180 ms). Same verdict either way.
   */
  scriptDom?: boolean;
  /** The page's elements, walked once already (a DOM written in JavaScript): the depths come from it. */
  index?: ElementIndex | null;
}

/** Throws PageLimitError when the page is nested too deeply to read; one walk, no recursion. */
export function checkPageShape(doc: Document, opts: ShapeOptions = {}): void {
  const root = doc.body ?? doc.documentElement;
  if (!root) return;
  // Nothing MAX_MEAN_DEPTH deep: neither limit can be passed. One native selector match instead
  // of a walk over every element, which runs cold in a content script (a few ms on a news page).
  if (!opts.scriptDom && shallow(root) === true) return;
  if (opts.index?.has(root)) {
    const { elements, depthSum, maxDepth } = opts.index.depthsBelow(root);
    if (maxDepth > MAX_DEPTH) throw tooDeep();
    if (depthSum > MIN_DEPTH_SUM && depthSum / elements > MAX_MEAN_DEPTH) throw tooDeepOnAverage(depthSum / elements);
    return;
  }
  let elements = 0;
  let depthSum = 0;
  let depth = 1;
  let el = root.firstElementChild;
  while (el) {
    elements++;
    depthSum += depth;
    if (depth > MAX_DEPTH) throw tooDeep();
    if (el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  if (depthSum > MIN_DEPTH_SUM && depthSum / elements > MAX_MEAN_DEPTH) throw tooDeepOnAverage(depthSum / elements);
}

const tooDeep = () =>
  new PageLimitError(`the page nests elements more than ${MAX_DEPTH} deep; Lede reads pages nested up to ${MAX_DEPTH}`);

const tooDeepOnAverage = (mean: number) =>
  new PageLimitError(
    `the page's elements are nested ${Math.round(mean)} deep on average; Lede reads pages up to ${MAX_MEAN_DEPTH}`,
  );
