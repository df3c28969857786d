// Maps offsets in the extracted article text back to the live page's text nodes. Extraction
// ran on a clone, so node identity is gone: we re-read the live text and align (align.ts).
import { alignText, buildStream, isInsignificant, streamRuns } from './align';

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
}

// Elements whose text is never article prose (or is not rendered as text).
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'BUTTON',
  'INPUT',
  'svg',
  'SVG',
  'math',
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden the way Readability judges it (attributes only: no style computation, which forces layout). */
function isSkipped(el: Element, skip: ReadonlySet<Element>): boolean {
  if (SKIP_TAGS.has(el.tagName) || skip.has(el)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** The live text nodes under `root`, in document order, minus skipped subtrees. */
export function collectTextNodes(root: Node, skip: ReadonlySet<Element> = new Set()): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const out: Text[] = [];
  // NodeFilter.SHOW_ELEMENT | SHOW_TEXT; the filter rejects whole subtrees of skipped elements.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode(node: Node): number {
      if (node.nodeType === 1) return isSkipped(node as Element, skip) ? 2 : 3; // REJECT : SKIP
      return 1; // ACCEPT
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

export interface TextMapOptions {
  /** Where to read text (default: the body). */
  root?: Node;
  /** Elements to leave out (our own card host). */
  skip?: ReadonlySet<Element>;
}

export function buildTextMap(doc: Document, articleText: string, opts: TextMapOptions = {}): TextMap {
  const root = opts.root ?? doc.body ?? doc.documentElement;
  const nodes = collectTextNodes(root, opts.skip);
  const stream = buildStream(nodes.map((n) => n.data));
  const map = alignText(stream, articleText);

  let significant = 0;
  let found = 0;
  for (let i = 0; i < articleText.length; i++) {
    if (!isInsignificant(articleText.charCodeAt(i))) {
      significant++;
      if (map[i] >= 0) found++;
    }
  }

  function at(streamIndex: number): TextPoint {
    return { node: nodes[stream.seg[streamIndex]], offset: stream.off[streamIndex] };
  }

  return {
    coverage: significant === 0 ? 0 : found / significant,
    nodes: nodes.length,
    ranges(start, end) {
      const out: Range[] = [];
      for (const [s, e] of streamRuns(map, start, end, articleText)) {
        const a = at(s);
        const b = at(e - 1);
        const r = doc.createRange();
        r.setStart(a.node, a.offset);
        // End after the last character (a surrogate pair's low half is its own stream char).
        r.setEnd(b.node, b.offset + 1);
        out.push(r);
      }
      return out;
    },
    point(offset) {
      for (let i = Math.max(0, offset); i < map.length; i++) if (map[i] >= 0) return at(map[i]);
      return null;
    },
  };
}
