// Maps offsets in the extracted article text back to the live page's text nodes. Extraction
// ran on a clone, so node identity is gone: we re-read the live text and align (align.ts).
import { alignTextSteps, buildStreamSteps, runSteps, segmentAt, streamRuns, type Steps } from './align';
import { alignedShare, checkedAnchors, segmentStarts, type RegionAnchors } from './anchors';

export interface TextPoint {
  node: Text;
  offset: number;
}

export interface TextMap {
  /** Live ranges covering article span [start, end): one per contiguous piece in the page. */
  ranges(start: number, end: number): Range[];
  /** The live position of article offset `offset` (the first significant character at or after it). */
  point(offset: number): TextPoint | null;
  /** Share of the article's significant characters found in the page (0–1). */
  coverage: number;
  /** Text nodes read. */
  nodes: number;
  /** The first and the last text node holding a matched character (null: nothing matched). */
  extent(): [Text, Text] | null;
}

// Elements whose text is never article prose (or is not rendered as text).
const SKIP_SELECTOR =
  'script,style,noscript,template,textarea,select,option,iframe,object,canvas,button,input,svg,math,' +
  '[hidden],[aria-hidden="true"],[style*="display"],[style*="visibility"]';
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** The same without the style-attribute parts (those need the value checked). */
const SKIP_UNLESS_STYLE = SKIP_SELECTOR.replace(/,\[style[^\]]*\]/g, '');

/**
 * The live text nodes under `root`, in document order, minus those inside skipped elements
 * (scripts, styles, form controls, and elements hidden the way Readability judges it: by
 * attributes only, since computing styles would force layout). Native calls only in the loop
 * (no filter callback, no attribute reads per element): in Firefox every DOM call from a
 * content script crosses a wrapper, so fewer calls is most of the speed.
 */
export function collectTextNodes(root: Node, skip: ReadonlySet<Element> = new Set()): Text[] {
  return runSteps(collectTextNodesSteps(root, skip)).nodes;
}

/** Nodes walked per step in collectTextNodesSteps. */
const NODES_PER_STEP = 2000;

interface Collected {
  nodes: Text[];
  /** Each node's text, read in the same walk. */
  data: string[];
}

export function* collectTextNodesSteps(root: Node, skip: ReadonlySet<Element> = new Set()): Steps<Collected> {
  const doc = root.ownerDocument ?? (root as Document);
  // The text nodes of skipped elements, not their elements: a hidden SVG drawing or menu has far
  // more elements than text, and the walk then tests each node itself, not its parent (one DOM
  // read fewer per node).
  const skipped = new Set<Node>();
  const hide = (el: Element) => {
    const inner = doc.createTreeWalker(el, 0x4); // NodeFilter.SHOW_TEXT
    for (let n = inner.nextNode(); n; n = inner.nextNode()) skipped.add(n);
  };
  const container = root as ParentNode;
  if (typeof container.querySelectorAll === 'function') {
    const found = container.querySelectorAll(SKIP_SELECTOR);
    // In document order: an element inside the last one hidden is hidden with it.
    let last: Element | null = null;
    for (let i = 0; i < found.length; i++) {
      const el = found[i];
      if (last !== null && last.contains(el)) continue;
      const style = el.getAttribute('style');
      // Matched only for a style attribute that does not hide it: keep.
      if (style !== null && !HIDDEN_STYLE.test(style) && !el.matches(SKIP_UNLESS_STYLE)) continue;
      hide(el);
      last = el;
    }
  }
  for (const el of skip) hide(el);
  yield;
  const nodes: Text[] = [];
  const data: string[] = [];
  const walker = doc.createTreeWalker(root, 0x4); // NodeFilter.SHOW_TEXT
  let walked = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (skipped.size === 0 || !skipped.has(n)) {
      nodes.push(n as Text);
      data.push((n as Text).data);
    }
    if (++walked % NODES_PER_STEP === 0) yield;
  }
  return { nodes, data };
}

export interface TextMapOptions {
  /** Where to read text (default: the body). */
  root?: Node;
  /** Elements to leave out (our own card host). */
  skip?: ReadonlySet<Element>;
  /** The background's alignment of this root's text (anchors.ts): used when the text nodes are the copy's. */
  anchors?: RegionAnchors | null;
}

export function buildTextMap(doc: Document, articleText: string, opts: TextMapOptions = {}): TextMap {
  return runSteps(buildTextMapSteps(doc, articleText, opts));
}

/**
 * buildTextMap in steps. The page may change between them: a range whose text node lost the
 * characters it pointed at is left out (the caller's isStale() then asks for a new map).
 */
export function* buildTextMapSteps(doc: Document, articleText: string, opts: TextMapOptions = {}): Steps<TextMap> {
  const root = opts.root ?? doc.body ?? doc.documentElement;
  const { nodes, data } = yield* collectTextNodesSteps(root, opts.skip);
  const anchored = opts.anchors ? checkedAnchors(opts.anchors, data) : null;
  if (anchored) {
    const aligned = () => runSteps(alignedMapSteps(doc, articleText, nodes, data));
    return anchoredMap(doc, nodes, data, anchored, opts.anchors!.coverage, aligned);
  }
  return yield* alignedMapSteps(doc, articleText, nodes, data);
}

/** The live range from node `a` offset `aOff` to node `b` offset `bEnd` (exclusive); null where the page changed them since. */
function liveRange(doc: Document, a: Text, aOff: number, b: Text, bEnd: number): Range | null {
  if (aOff >= a.length || bEnd > b.length) return null;
  const r = doc.createRange();
  r.setStart(a, aOff);
  r.setEnd(b, bEnd);
  return r;
}

/** The page's own alignment of the article with the text nodes it read. */
function* alignedMapSteps(doc: Document, articleText: string, nodes: Text[], data: string[]): Steps<TextMap> {
  const stream = yield* buildStreamSteps(data);
  const map = yield* alignTextSteps(stream, articleText);

  function at(streamIndex: number): TextPoint {
    const p = stream.locate(streamIndex);
    return { node: nodes[p.seg], offset: p.off };
  }

  return {
    // Only significant characters are ever mapped.
    coverage: alignedShare(map, articleText),
    nodes: nodes.length,
    ranges(start, end) {
      const out: Range[] = [];
      for (const [s, e] of streamRuns(map, start, end, articleText)) {
        const a = at(s);
        const b = at(e - 1);
        // End after the last character (a surrogate pair's low half is its own stream char).
        const r = liveRange(doc, a.node, a.offset, b.node, b.offset + 1);
        if (r) out.push(r);
      }
      return out;
    },
    extent() {
      let lo = -1;
      let hi = -1;
      for (let i = 0; i < map.length; i++) {
        const s = map[i];
        if (s < 0) continue;
        if (lo < 0 || s < lo) lo = s;
        if (s > hi) hi = s;
      }
      return lo < 0 ? null : [at(lo).node, at(hi).node];
    },
    point(offset) {
      for (let i = Math.max(0, offset); i < map.length; i++) if (map[i] >= 0) return at(map[i]);
      return null;
    },
  };
}

/**
 * The background's pieces as live ranges (the text nodes hold the copy's text); a span it did not
 * place, and extent and point, from the page's own alignment, built only if asked.
 */
function anchoredMap(
  doc: Document,
  nodes: Text[],
  data: string[],
  pieces: Map<string, number[]>,
  coverage: number,
  aligned: () => TextMap,
): TextMap {
  let own: TextMap | null = null;
  const fallback = () => (own ??= aligned());
  const starts = segmentStarts(data);
  const total = starts[starts.length - 1];
  return {
    coverage,
    nodes: nodes.length,
    ranges(start, end) {
      const placed = pieces.get(`${start}:${end}`);
      if (!placed) return fallback().ranges(start, end);
      const out: Range[] = [];
      for (let i = 0; i + 1 < placed.length; i += 2) {
        const first = placed[i];
        const last = placed[i + 1];
        if (!(first >= 0 && last >= first && last < total)) continue;
        const a = segmentAt(starts, first);
        const b = segmentAt(starts, last);
        const r = liveRange(doc, nodes[a], first - starts[a], nodes[b], last - starts[b] + 1);
        if (r) out.push(r);
      }
      return out;
    },
    extent: () => fallback().extent(),
    point: (offset) => fallback().point(offset),
  };
}
