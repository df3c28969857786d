// Which marked mention or quotation is under the pointer. The highlight registry says
// whether anything is painted there (cheap early exit); the caret position gives the text
// node, our own index gives the candidates, and their line boxes decide (the caret alone
// snaps to the nearest gap, so a point just past a word would count as inside it).

export interface Target {
  kind: 'person' | 'quote';
  /** Index into analysis.people or analysis.quotes. */
  index: number;
  ranges: Range[];
}

export interface Hit {
  target: Target;
  range: Range;
  /** The line box of `range` under the point. */
  rect: DOMRect;
}

export interface HitIndex {
  at(x: number, y: number): Hit | null;
}

interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

interface HighlightsFromPoint {
  highlightsFromPoint?: (x: number, y: number) => ArrayLike<unknown>;
}

export function caretNode(doc: Document, x: number, y: number): Node | null {
  const d = doc as unknown as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function')
    return d.caretPositionFromPoint.call(doc, x, y)?.offsetNode ?? null;
  if (typeof d.caretRangeFromPoint === 'function') return d.caretRangeFromPoint.call(doc, x, y)?.startContainer ?? null;
  return null;
}

function contains(r: DOMRect, x: number, y: number): boolean {
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

export function createHitIndex(doc: Document, targets: Target[], registry: HighlightsFromPoint | null): HitIndex {
  // Text node → the targets with a range that starts, ends or lies inside it. Built on the first
  // question, not when the page is marked: most marked pages are never hovered.
  let index: Map<Node, Target[]> | null = null;
  const byNode = (): Map<Node, Target[]> => {
    if (index) return index;
    const map = new Map<Node, Target[]>();
    const add = (n: Node, t: Target) => {
      const list = map.get(n);
      if (!list) map.set(n, [t]);
      else if (list[list.length - 1] !== t) list.push(t);
    };
    for (const t of targets) {
      for (const r of t.ranges) {
        add(r.startContainer, t);
        if (r.endContainer !== r.startContainer) {
          add(r.endContainer, t);
          // Text nodes strictly between (a quotation spanning a link or an <em>).
          const walker = doc.createTreeWalker(r.commonAncestorContainer, 0x4);
          walker.currentNode = r.startContainer;
          for (let n = walker.nextNode(); n && n !== r.endContainer; n = walker.nextNode()) add(n, t);
        }
      }
    }
    return (index = map);
  };
  let fromPoint = typeof registry?.highlightsFromPoint === 'function';

  return {
    at(x, y) {
      if (fromPoint) {
        try {
          if (registry!.highlightsFromPoint!(x, y).length === 0) return null;
        } catch {
          fromPoint = false; // not usable here (Xray): fall back to the caret alone
        }
      }
      const node = caretNode(doc, x, y);
      const candidates = node ? byNode().get(node) : undefined;
      if (!candidates) return null;
      let best: Hit | null = null;
      for (const t of candidates) {
        if (best && best.target.kind === 'person') break;
        for (const r of t.ranges) {
          const rects = r.getClientRects();
          for (let i = 0; i < rects.length; i++) {
            if (contains(rects[i], x, y) && (!best || t.kind === 'person')) {
              best = { target: t, range: r, rect: rects[i] };
              break;
            }
          }
          if (best?.target === t) break;
        }
      }
      return best;
    },
  };
}
