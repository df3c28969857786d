// Marks placed from the background's alignment (issue #14: less work on the page's main thread). The
// background holds the page's copy: it reads the text nodes of the article's region there
// (regionSegments, region.ts), and once the article is analysed it aligns that text with the article and turns
// each span the page will mark (every mention, every quotation) into node indexes and offsets
// (anchorSpans), off the page's thread. The page reads its live region's text nodes as before and,
// only when they hold exactly the copy's text node for node, builds its ranges from these anchors
// (textmap.ts) instead of aligning the text itself: the same alignment of the same strings, so the
// same marks. Anything else (a page that changed, a parse that split or merged text nodes, a span
// the anchors lack) takes the page's own alignment, as before. Pure, except regionSegments.
import { alignText, buildStream, significantText, streamRuns } from './align';

/** The background's alignment of the article with its region's text nodes, for the page to check and use. */
export interface RegionAnchors {
  /** The text of the region's text nodes in the copy, joined in document order. */
  text: string;
  /** Share of the article's significant characters found there (TextMap.coverage). */
  coverage: number;
  /**
   * Per span: its start and end in the article, the number of pieces, then per piece the positions in
   * `text` of its first and its last character.
   */
  spans: number[];
}

/** Share of the article's significant characters that `map` places (TextMap.coverage). */
export function alignedShare(map: Int32Array, article: string): number {
  const significant = significantText(article).length;
  let found = 0;
  for (let i = 0; i < map.length; i++) if (map[i] >= 0) found++;
  return significant === 0 ? 0 : found / significant;
}

/** Background, pure: the article's spans placed in the region's text nodes (`segments`, region.ts regionSegments). */
export function anchorSpans(segments: string[], article: string, spans: Array<[number, number]>): RegionAnchors {
  const stream = buildStream(segments);
  const map = alignText(stream, article);
  const starts = segmentStarts(segments);
  const out: number[] = [];
  for (const [start, end] of spans) {
    const runs = streamRuns(map, start, end, article);
    out.push(start, end, runs.length);
    for (const [s, e] of runs) {
      const a = stream.locate(s);
      const b = stream.locate(e - 1);
      out.push(starts[a.seg] + a.off, starts[b.seg] + b.off);
    }
  }
  return { text: segments.join(''), coverage: alignedShare(map, article), spans: out };
}

/** Where each segment starts in the segments joined (and, last, their whole length). */
export function segmentStarts(segments: readonly string[]): Int32Array {
  const starts = new Int32Array(segments.length + 1);
  for (let i = 0; i < segments.length; i++) starts[i + 1] = starts[i] + segments[i].length;
  return starts;
}

/** Every span a page marks: each person's mentions and each quotation. */
export function markedSpans(analysis: {
  people: { mentions: { start: number; end: number }[] }[];
  quotes: { start: number; end: number }[];
}): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const p of analysis.people) for (const m of p.mentions) spans.push([m.start, m.end]);
  for (const q of analysis.quotes) spans.push([q.start, q.end]);
  return spans;
}

/**
 * Page side: the pieces of each anchored span by "start:end" (positions of the first and the last
 * character in the joined text, in pairs), when the live region's text nodes (`data`) hold exactly
 * the copy's text; null otherwise (the page aligns itself).
 */
export function checkedAnchors(
  anchors: RegionAnchors | null | undefined,
  data: string[],
): Map<string, number[]> | null {
  if (!anchors || typeof anchors.text !== 'string' || !Array.isArray(anchors.spans)) return null;
  if (data.join('') !== anchors.text) return null;
  const bySpan = new Map<string, number[]>();
  const s = anchors.spans;
  for (let i = 0; i + 2 < s.length;) {
    const n = s[i + 2];
    bySpan.set(`${s[i]}:${s[i + 1]}`, s.slice(i + 3, i + 3 + n * 2));
    i += 3 + n * 2;
  }
  return bySpan;
}
