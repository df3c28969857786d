// Finds the article container on a page WITHOUT changing it: Readability's scoring (paragraphs
// score their parent and grandparents by length and commas; class/id words and link density
// adjust; the best candidate may be widened to a shared ancestor or its parent; qualifying
// siblings join), computed on the document as it is instead of on a mutated clone. Parts
// Readability would delete first (hidden, "sidebar", role=navigation…) are skipped by BlockedTree.
import { BlockedTree, DIV_BLOCKS, PageText, RULES, classOf, classWeight, findByline } from './rules';
import type { ElementIndex } from './element-index';

export interface Located {
  /** The container and the siblings that join it, in document order. */
  nodes: Element[];
  blocked: BlockedTree;
  text: PageText;
  /** The byline element Readability would take out of the page before scoring, if any. */
  byline: Element | null;
  /**
   * A choice hung on a near tie (scores within 10%). Our scores differ slightly from
   * Readability's (it measures a page it has already trimmed), so such a choice may differ too.
   */
  fragile: boolean;
  /** Which choice was a near tie (for diagnostics). */
  tie?: string;
}

/** Within 10% of each other: a comparison the small differences from Readability could flip. */
const near = (a: number, b: number) => Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));

const SCORED = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
const DIV_BLOCK_TAGS = new Set(DIV_BLOCKS.split(','));
const PHRASING = new Set(
  'a,abbr,audio,b,bdo,br,button,cite,code,data,datalist,del,dfn,em,embed,i,img,input,ins,kbd,label,mark,math,meter,noscript,object,output,progress,q,ruby,samp,script,select,small,span,strong,sub,sup,textarea,time,var,wbr'.split(
    ',',
  ),
);
const TOP_N = 5;

function initialScore(el: Element): number {
  let s = 0;
  switch (el.localName) {
    case 'div':
      s = 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      s = 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      s = -3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      s = -5;
      break;
  }
  return s + classWeight(el);
}

/** Readability deletes empty wrappers before it counts children. */
function isEmpty(el: Element, t: PageText): boolean {
  if (!/^(?:div|section|header|h[1-6])$/.test(el.localName)) return false;
  if (t.of(el)) return false;
  for (const c of Array.from(el.children)) if (c.localName !== 'br' && c.localName !== 'hr') return false;
  return true;
}

/** A paragraph to score: its text, and the element its score starts at (its parent). */
interface Unit {
  text: string;
  start: Element | null;
}

function hasText(n: Node): boolean {
  return /\S/.test(n.textContent ?? '');
}

/**
 * A <div> Readability turns into a paragraph: one that holds only inline content (which it wraps
 * in a <p>) or one <p> and no loose text, when that content is not mostly links. A linky one stays
 * a <div> around its new <p>, and may then be cleaned away as junk.
 */
export function isParagraphDiv(div: Element, t: PageText): boolean {
  let yes = t.paragraphDivs.get(div);
  if (yes === undefined) {
    yes = !t.hasBlocks(div)
      ? t.linkDensity(div) < 0.25
      : div.children.length === 1 &&
        div.children[0].localName === 'p' &&
        !Array.from(div.childNodes).some((c) => c.nodeType === 3 && hasText(c)) &&
        t.linkDensity(div) < 0.25;
    t.paragraphDivs.set(div, yes);
  }
  return yes;
}

/** The loose inline text of a <div> that also holds blocks, as the paragraphs Readability makes of it. */
export function looseRuns(div: Element, t: PageText): string[] {
  const out: string[] = [];
  let run = '';
  let inRun = false;
  const flush = () => {
    if (inRun && /\S/.test(run)) out.push(run.trim().replace(/\s{2,}/g, ' '));
    run = '';
    inRun = false;
  };
  for (let c = div.firstChild; c; c = c.nextSibling) {
    const tag = c.nodeType === 1 ? (c as Element).localName : '';
    if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
    if (c.nodeType === 3 || (PHRASING.has(tag) && !DIV_BLOCK_TAGS.has(tag))) {
      if (inRun || hasText(c)) {
        run += c.nodeType === 3 ? (c.nodeValue ?? '') : t.of(c as Element);
        inRun = true;
      }
    } else if (c.nodeType === 1) flush();
  }
  flush();
  return out;
}

/** <p>-like units: scored tags, and text that Readability turns into paragraphs inside <div>s. */
function units(blocked: BlockedTree, t: PageText): Unit[] {
  const out: Unit[] = [];
  for (const el of t.elements) {
    if (!SCORED.has(el.localName) || blocked.has(el)) continue;
    const parent = el.parentElement;
    // <div><p>…</p></div> wrappers are replaced by their paragraph.
    const wrapped = el.localName === 'p' && parent?.localName === 'div' && isParagraphDiv(parent, t);
    out.push({ text: t.of(el), start: wrapped ? parent.parentElement : parent });
  }
  for (const div of t.elements) {
    if (div.localName !== 'div' || blocked.has(div)) continue;
    if (!t.hasBlocks(div)) {
      // No block inside: the whole <div> is a paragraph.
      const text = t.of(div);
      if (text) out.push({ text, start: isParagraphDiv(div, t) ? div.parentElement : div });
      continue;
    }
    // Runs of inline content between the blocks become paragraphs of this <div>.
    for (const text of looseRuns(div, t)) out.push({ text, start: div });
  }
  return out;
}

export function locateArticle(doc: Document, index: ElementIndex | null = null): Located | null {
  const body = doc.body;
  if (!body || !RULES) return null;
  const commas = RULES.commas;
  const blocked = new BlockedTree(body);
  const t = new PageText(body, index);
  const byline = findByline(t.elements, blocked);
  const raw = new Map<Element, number>();

  for (const u of units(blocked, t)) {
    if (u.text.length < 25 || !u.start) continue;
    const score = 1 + u.text.split(commas).length + Math.min(Math.floor(u.text.length / 100), 3);
    let a: Element | null = u.start;
    for (let level = 0; a && level < 5; level++, a = a.parentElement) {
      if (!a.parentElement) break; // <html> is never a candidate
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      raw.set(a, (raw.get(a) ?? initialScore(a)) + score / divider);
    }
  }

  // Final score = raw × (1 − link density), computed only where it can matter.
  const scaledMemo = new Map<Element, number>();
  const scaled = (el: Element): number => {
    let s = scaledMemo.get(el);
    if (s === undefined) {
      const r = raw.get(el);
      s = r === undefined ? initialScore(el) : r * (1 - t.linkDensity(el));
      scaledMemo.set(el, s);
    }
    return s;
  };
  const scored = (el: Element) => raw.has(el);

  const byRaw = [...raw.entries()].sort((x, y) => y[1] - x[1]);
  const top: Element[] = [];
  for (const [el, r] of byRaw) {
    if (top.length === TOP_N) {
      const fifth = scaled(top[TOP_N - 1]);
      if (r >= 0 ? r <= fifth : fifth >= 0) break; // cannot enter the top five any more
    }
    const s = scaled(el);
    let i = top.findIndex((t) => s > scaled(t));
    if (i < 0) i = top.length;
    if (i < TOP_N) {
      top.splice(i, 0, el);
      if (top.length > TOP_N) top.pop();
    }
  }

  if (!top[0]) return null;
  const ctx: Choice = { body, blocked, t, byline, top, scaled, scored };
  const chosen = choose(ctx, -1);
  if (!chosen) return null;
  // Replay each near tie the other way: if that changes the text materially, the choice is fragile.
  let tie: string | undefined;
  for (let k = 0; k < Math.min(chosen.ties.length, 6) && !tie; k++) {
    const other = choose(ctx, k);
    if (!other || differs(chosen.nodes, other.nodes, t)) tie = chosen.ties[k];
  }
  return { nodes: chosen.nodes, blocked, text: t, byline, fragile: tie !== undefined, tie };
}

interface Choice {
  body: Element;
  blocked: BlockedTree;
  t: PageText;
  byline: Element | null;
  top: Element[];
  scaled: (el: Element) => number;
  scored: (el: Element) => boolean;
}

/**
 * Readability's choice of container and siblings from the scores. Every comparison within 10%
 * is numbered and named in `ties`; comparison number `flip` is decided the other way.
 */
function choose(
  { body, blocked, t, byline, top, scaled, scored }: Choice,
  flip: number,
): { nodes: Element[]; ties: string[] } | null {
  const ties: string[] = [];
  const more = (what: string, el: Element, a: number, b: number, orEqual = false): boolean => {
    const yes = orEqual ? a >= b : a > b;
    if (!near(a, b)) return yes;
    ties.push(`${what} <${el.localName} class="${classOf(el)}"> ${a.toFixed(1)} vs ${b.toFixed(1)}`);
    return ties.length - 1 === flip ? !yes : yes;
  };
  let best = top[0];
  const second = top[1];
  // The body itself scoring best: Readability takes the whole body as the article.
  if (best === body) {
    if (!second || !more('body', second, scaled(second), scaled(best))) return { nodes: [body], ties };
    best = second;
  }
  // Two unrelated candidates scoring alike: either could be the article.
  if (second && !best.contains(second) && !second.contains(best)) {
    if (more('runner-up', second, scaled(second), scaled(best))) best = second;
  }
  // Three close runners-up inside one ancestor: the article is that ancestor.
  const bestScore0 = scaled(best);
  const close = top.filter((c) => c !== best && more('shared ancestor', c, scaled(c), 0.75 * bestScore0, true));
  if (close.length >= 3) {
    for (let p = best.parentElement; p && p !== body; p = p.parentElement) {
      if (close.filter((c) => p!.contains(c)).length >= 3) {
        best = p;
        break;
      }
    }
  }
  // A parent scoring higher than its child holds more of the article.
  let last = scaled(best);
  const floor = last / 3;
  for (let p = best.parentElement; p && p !== body; p = p.parentElement) {
    if (!scored(p)) continue;
    const s = scaled(p);
    if (more('parent floor', p, floor, s)) break;
    if (more('parent', p, s, last)) {
      best = p;
      break;
    }
    last = s;
  }
  // An only child stands for its parent (so that the parent's siblings are considered).
  const kept = (el: Element) => Array.from(el.children).filter((c) => !blocked.has(c) && !isEmpty(c, t));
  for (let p = best.parentElement; p && p !== body && kept(p).length === 1; p = p.parentElement) best = p;

  const parent = best.parentElement;
  if (!parent || best === body) return null;
  const bestScore = scaled(best);
  const threshold = Math.max(10, bestScore * 0.2);
  const bestClass = classOf(best);
  const nodes: Element[] = [];
  for (const sib of kept(parent)) {
    let join = sib === best;
    if (!join) {
      const bonus = bestClass && classOf(sib) === bestClass ? bestScore * 0.2 : 0;
      if (scored(sib) && more('sibling', sib, scaled(sib) + bonus, threshold, true)) join = true;
      else if (sib.localName === 'p' || (sib.localName === 'div' && isParagraphDiv(sib, t))) {
        // Without the byline, which Readability has taken out by now.
        const cut = byline && sib.contains(byline) ? byline : null;
        const text = cut ? t.of(sib).replace(t.of(cut), '').trim() : t.of(sib);
        const links = t.linkDensity(sib) * t.of(sib).length - (cut ? t.linkDensity(cut) * t.of(cut).length : 0);
        const ld = text.length ? links / text.length : 0;
        join =
          (text.length > 80 && ld < 0.25) || (text.length > 0 && text.length < 80 && ld === 0 && /\.( |$)/.test(text));
      }
    }
    if (join) nodes.push(sib);
  }
  return { nodes, ties };
}

/** Two choices differ materially: more than a tenth of the text is in one and not the other. */
function differs(a: Element[], b: Element[], t: PageText): boolean {
  const len = (e: Element) => t.of(e).length;
  const outside = (xs: Element[], ys: Element[]) => {
    let n = 0;
    for (const x of xs) {
      if (ys.some((y) => y.contains(x))) continue;
      n += len(x);
      for (const y of ys) if (x.contains(y)) n -= len(y);
    }
    return n;
  };
  const total = Math.max(
    a.reduce((n, x) => n + len(x), 0),
    b.reduce((n, x) => n + len(x), 0),
  );
  return outside(a, b) + outside(b, a) > 0.1 * total;
}
