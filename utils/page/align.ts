// Pure alignment of extracted article text onto the page's own text (no DOM here, so it is
// tested in Node). The page's text nodes become one "stream" of significant characters:
// whitespace and invisible characters are dropped and typographic variants folded, so the
// extractor's whitespace collapsing, entity decoding and inline-element splits cannot make a
// paragraph miss. Each stream character keeps a back-pointer (segment index + offset) to the
// text node it came from. The loops over the page's text come as steps (generators): each `yield`
// is a point where the caller may hand the main thread back to the page (mark.ts); runSteps runs
// them to the end at once.

import { runSteps, type Steps } from '../article/steps';

export { runSteps, type Steps };

/** Segments per step in buildStreamSteps: a few milliseconds of cold string work at most. */
const SEGMENTS_PER_STEP = 400;

export interface CharStream {
  /** Significant characters only, folded. */
  text: string;
  /** Per source segment: index in `text` of its first significant character. */
  starts: Int32Array;
  /** The source segment and UTF-16 offset in it of stream character `index`. */
  locate(index: number): StreamPoint;
}

export interface StreamPoint {
  seg: number;
  off: number;
}

/** True for characters that never take part in matching: whitespace and invisible marks. */
export function isInsignificant(code: number): boolean {
  if (code <= 0x20) return true;
  switch (code) {
    case 0x85: // next line
    case 0xa0: // no-break space
    case 0xad: // soft hyphen: present in one text, often stripped from the other
    case 0x061c:
    case 0x1680:
    case 0x180e:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x2060:
    case 0x3000:
    case 0xfeff:
      return true;
  }
  // U+2000–U+200F: typographic spaces, zero-width space/joiners, direction marks.
  return code >= 0x2000 && code <= 0x200f;
}

/**
 * !isInsignificant with printable ASCII (most of any text) decided without a call: these loops
 * visit every character of the article and run cold in a content script.
 */
function significant(code: number): boolean {
  return code > 0x20 && (code < 0x85 || !isInsignificant(code));
}

/** Folds typographic variants so "don’t" in the page matches "don't" from an extractor that normalised it. */
export function foldCode(code: number): number {
  switch (code) {
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
      return 0x27; // '
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0xab:
    case 0xbb:
      return 0x22; // "
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 0x2d; // -
    case 0x2026:
      return 0x2e; // … (one code unit, so it can only map to one character)
  }
  return code;
}

// The same sets as isInsignificant and foldCode, for native string operations: a content
// script runs once per page, so its loops run cold (interpreted); one replace per text node is
// several times faster there than a loop over every character of the page.
const INSIGNIFICANT =
  /[\u0000-\u0020\u0085\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;
const FOLDABLE = /[\u2018\u2019\u201a\u201b\u2032\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\u2026]/g;

/** Significant characters of `s`, folded (same length as its significant characters). */
export function significantText(s: string): string {
  const kept = s.replace(INSIGNIFICANT, '');
  FOLDABLE.lastIndex = 0;
  return FOLDABLE.test(kept) ? kept.replace(FOLDABLE, (c) => String.fromCharCode(foldCode(c.charCodeAt(0)))) : kept;
}

export function buildStream(segments: readonly string[]): CharStream {
  return runSteps(buildStreamSteps(segments));
}

export function* buildStreamSteps(segments: readonly string[]): Steps<CharStream> {
  const parts: string[] = new Array(segments.length);
  const starts = new Int32Array(segments.length + 1);
  let n = 0;
  for (let i = 0; i < segments.length; i++) {
    if (i > 0 && i % SEGMENTS_PER_STEP === 0) yield;
    starts[i] = n;
    const kept = significantText(segments[i]);
    parts[i] = kept;
    n += kept.length;
  }
  starts[segments.length] = n;
  // Back-pointers are worked out only for the characters asked about (range ends), per segment.
  const offsets = new Map<number, Int32Array>();
  const offsetsOf = (seg: number): Int32Array => {
    let table = offsets.get(seg);
    if (!table) {
      const s = segments[seg];
      table = new Int32Array(starts[seg + 1] - starts[seg]);
      let k = 0;
      for (let j = 0; j < s.length; j++) if (significant(s.charCodeAt(j))) table[k++] = j;
      offsets.set(seg, table);
    }
    return table;
  };
  return {
    text: parts.join(''),
    starts: starts.subarray(0, segments.length),
    locate(index) {
      // An empty segment shares its start with the next, so it is never the one found.
      const seg = segmentAt(starts, index);
      return { seg, off: offsetsOf(seg)[index - starts[seg]] };
    },
  };
}

interface Key {
  /** Folded significant characters of a piece of article text. */
  text: string;
  article: string;
  start: number;
  end: number;
  /** Article offset of each key character: worked out only when the paragraph is placed piece by piece. */
  at: Int32Array | null;
}

function keyOf(article: string, start: number, end: number): Key {
  return { text: significantText(article.slice(start, end)), article, start, end, at: null };
}

function atOf(key: Key): Int32Array {
  if (!key.at) {
    const at = new Int32Array(key.text.length);
    let k = 0;
    for (let i = key.start; i < key.end; i++) if (significant(key.article.charCodeAt(i))) at[k++] = i;
    key.at = at;
  }
  return key.at;
}

/**
 * A paragraph found whole at stream index `pos`: its significant characters map to `pos` on, in
 * one loop (the common case; no offset table).
 */
function assignWhole(key: Key, pos: number, map: Int32Array): void {
  const article = key.article;
  for (let i = key.start; i < key.end; i++) {
    const code = article.charCodeAt(i);
    // significant(), written out: printable ASCII decided without a call (this loop runs cold).
    if (code > 0x20 && (code < 0x85 || !isInsignificant(code))) map[i] = pos++;
  }
}

/** Smallest piece the fallback will anchor on its own: shorter ones match by accident. */
const MIN_PIECE = 12;

/**
 * Maps every character of `article` to a stream index (or -1: whitespace, or text the page
 * does not have). Paragraphs ("\n\n"-separated) are found whole from a moving cursor; a
 * paragraph that is not found whole is anchored piece by piece (halving), so text the page
 * lacks, or has in a different form, only loses the pieces it touches.
 */
export function alignText(stream: CharStream, article: string): Int32Array {
  return runSteps(alignTextSteps(stream, article));
}

/** alignText, a step per paragraph. */
export function* alignTextSteps(stream: CharStream, article: string): Steps<Int32Array> {
  const map = new Int32Array(article.length).fill(-1);
  let cursor = 0;
  let start = 0;
  while (start <= article.length) {
    if (start > 0) yield;
    let end = article.indexOf('\n\n', start);
    if (end < 0) end = article.length;
    const key = keyOf(article, start, end);
    if (key.text.length > 0) cursor = placeParagraph(stream.text, key, cursor, map);
    start = end + 2;
  }
  return map;
}

function placeParagraph(hay: string, key: Key, cursor: number, map: Int32Array): number {
  let pos = hay.indexOf(key.text, cursor);
  // Extractors may reorder (a lede paragraph moved up): look before the cursor too.
  if (pos < 0 && cursor > 0) pos = hay.indexOf(key.text);
  if (pos >= 0) {
    assignWhole(key, pos, map);
    return pos + key.text.length;
  }
  // Pieces must stay near the cursor, or a short piece could land anywhere on the page.
  const limit = cursor + key.text.length * 4 + 4000;
  const after = placePieces(hay, key, 0, key.text.length, cursor, limit, map);
  if (after !== null) extend(hay, key, map);
  return after ?? cursor;
}

/**
 * Grows placed pieces over neighbouring characters that still match (halving leaves
 * unplaced slivers at the edge of a gap): forward, then backward, never past the
 * neighbouring placed character.
 */
function extend(hay: string, key: Key, map: Int32Array): void {
  const n = key.text.length;
  const offsets = atOf(key);
  const at = (k: number) => map[offsets[k]];
  for (let k = 1; k < n; k++) {
    if (at(k) >= 0 || at(k - 1) < 0) continue;
    const s = at(k - 1) + 1;
    let next = -1;
    for (let j = k + 1; j < n; j++)
      if (at(j) >= 0) {
        next = at(j);
        break;
      }
    if (s < hay.length && (next < 0 || s < next) && hay.charCodeAt(s) === key.text.charCodeAt(k)) map[offsets[k]] = s;
  }
  for (let k = n - 2; k >= 0; k--) {
    if (at(k) >= 0 || at(k + 1) < 0) continue;
    const s = at(k + 1) - 1;
    let prev = -1;
    for (let j = k - 1; j >= 0; j--)
      if (at(j) >= 0) {
        prev = at(j);
        break;
      }
    if (s >= 0 && s > prev && hay.charCodeAt(s) === key.text.charCodeAt(k)) map[offsets[k]] = s;
  }
}

/** Anchors key[a, b) at or after `from`, halving on a miss; returns the stream index after the last placed piece. */
function placePieces(
  hay: string,
  key: Key,
  a: number,
  b: number,
  from: number,
  limit: number,
  map: Int32Array,
): number | null {
  if (b - a < MIN_PIECE) return null;
  const piece = key.text.slice(a, b);
  const pos = hay.indexOf(piece, from);
  if (pos >= 0 && pos <= limit) {
    assign(key, a, b, pos, map);
    return pos + (b - a);
  }
  if (b - a < MIN_PIECE * 2) return null;
  const mid = a + ((b - a) >> 1);
  const left = placePieces(hay, key, a, mid, from, limit, map);
  const right = placePieces(hay, key, mid, b, left ?? from, limit, map);
  return right ?? left;
}

function assign(key: Key, a: number, b: number, pos: number, map: Int32Array): void {
  const at = atOf(key);
  for (let k = a; k < b; k++) map[at[k]] = pos + (k - a);
}

/**
 * Splits article span [start, end) into runs of stream indexes that are contiguous in the
 * stream, so a span crossing a paragraph break (or a gap the page lacks) becomes several
 * pieces instead of one range swallowing whatever lies between them in the page.
 */
export function streamRuns(map: Int32Array, start: number, end: number, article?: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let runStart = -1;
  let prev = -1;
  let paragraphBreak = false;
  for (let i = Math.max(0, start); i < Math.min(end, map.length); i++) {
    const s = map[i];
    if (s < 0) {
      if (article && article.charCodeAt(i) === 10 && article.charCodeAt(i + 1) === 10) paragraphBreak = true;
      continue;
    }
    const broke = paragraphBreak;
    paragraphBreak = false;
    if (runStart >= 0 && s === prev + 1 && !broke) {
      prev = s;
      continue;
    }
    if (runStart >= 0) runs.push([runStart, prev + 1]);
    runStart = s;
    prev = s;
  }
  if (runStart >= 0) runs.push([runStart, prev + 1]);
  return runs;
}

/**
 * The segment holding position `pos` of the joined text: the last one starting at or before it. `starts` holds
 * each segment's start and then the text's length.
 */
export function segmentAt(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
