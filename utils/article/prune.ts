// What to leave out inside the located container, decided without changing the page: the parts
// Readability deletes from its article (embeds, <aside>, <footer>, small "share" boxes, headers
// with negative class words, link-heavy or image-only <div>/<ul>/<table>…), the byline and the
// headline, plus Lede's news furniture (clean.ts). The result is a set of subtree roots to skip.
import { isArticleHeader, isFurniture, isRemovedElement } from './clean';
import { isParagraphDiv, looseRuns } from './locate';
import { type BlockedTree, type PageText, RULES, classWeight, matchString } from './rules';
import { tagTest } from './element-index';

export interface Pruned {
  skip: Set<Element>;
  /** The byline element's text, when the page had one in the body (Readability's byline). */
  byline: string | null;
}

// Readability's unconditional removals from the article.
const DROPPED = new Set([
  'object',
  'embed',
  'footer',
  'link',
  'aside',
  'iframe',
  'input',
  'textarea',
  'select',
  'button',
]);
const CONDITIONAL = new Set(['form', 'fieldset', 'table', 'ul', 'div']);
const HEADINGS = 'h1,h2,h3,h4,h5,h6';
const IS_HEADING = tagTest(HEADINGS);
const LISTS = 'ul, ol';
const IS_LIST = tagTest(LISTS);
const EMBEDS = 'object, embed, iframe';
const IS_EMBED = tagTest(EMBEDS);
const ANY = () => true;
// Readability has renamed <font> to <span> by the time it measures.
const TEXTISH = new Set('span,font,li,td,blockquote,dl,div,img,ol,p,pre,table,ul'.split(','));
// Tags a joining container or sibling keeps; any other becomes a <div> in Readability's article.
const KEPT_TAGS = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);

function tableSize(t: Element): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const tr of Array.from(t.getElementsByTagName('tr'))) {
    rows += Number(tr.getAttribute('rowspan') || 0) || 1;
    let cols = 0;
    for (const cell of Array.from(tr.children)) {
      if (cell.localName === 'td' || cell.localName === 'th') cols += Number(cell.getAttribute('colspan') || 0) || 1;
    }
    columns = Math.max(columns, cols);
  }
  return { rows, columns };
}

/** A table of data rather than of layout (kept whatever its text looks like). */
function isDataTable(t: Element, memo: Map<Element, boolean>): boolean {
  let v = memo.get(t);
  if (v !== undefined) return v;
  if (t.getAttribute('role') === 'presentation' || t.getAttribute('datatable') === '0') v = false;
  else if (t.getAttribute('summary')) v = true;
  else if (t.getElementsByTagName('caption')[0]?.childNodes.length) v = true;
  else if (t.querySelector('col, colgroup, tfoot, thead, th')) v = true;
  else if (t.getElementsByTagName('table')[0]) v = false;
  else {
    const { rows, columns } = tableSize(t);
    v = columns !== 1 && rows !== 1 && (rows >= 10 || columns > 4 || rows * columns > 10);
  }
  memo.set(t, v);
  return v;
}

function headingShare(el: Element, t: PageText, length: number): number {
  if (length === 0) return 0;
  let n = 0;
  for (const c of t.q.all(el, HEADINGS, IS_HEADING)) n += t.of(c).length;
  return n / length;
}

// NodeFilter's SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent is made of.
const SHOW_TEXT = 0x4 | 0x8;

/**
 * Whether any text sits in a text-holding element (Readability's "text density" above 0): some
 * non-blank text node below `el` with a TEXTISH ancestor below `el`. Walks the text, usually only
 * its start, instead of matching a selector over the whole subtree.
 */
function hasTextishText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/\S/.test(n.nodeValue ?? '')) continue;
    for (let p = n.parentElement; p && p !== el; p = p.parentElement) if (TEXTISH.has(p.localName)) return true;
  }
  return false;
}

function hasAncestor(el: Element, tag: string, depth = 3): boolean {
  let n = el.parentElement;
  for (let d = 0; n && d <= depth; d++, n = n.parentElement) if (n.localName === tag) return true;
  return false;
}

/** Readability's conditional clean of a <div>, <ul>, <table>, <form> or <fieldset>. */
/** Paragraphs Readability has made of a <div> by now: itself, or its loose text runs. */
function madeParagraphs(div: Element, memo: Map<Element, number>, t: PageText): number {
  let n = memo.get(div);
  if (n === undefined) {
    // A lone <p> in a <div> replaces it: no paragraph is added.
    n = !t.hasBlocks(div) ? 1 : isParagraphDiv(div, t) ? 0 : looseRuns(div, t).length;
    memo.set(div, n);
  }
  return n;
}

interface Context {
  t: PageText;
  /** The article holds tables (else the data-table checks are skipped). */
  tables: boolean;
  dataTables: Map<Element, boolean>;
  made: Map<Element, number>;
}

function looksLikeJunk(el: Element, tag: string, ctx: Context): boolean {
  const { dataTables, t } = ctx;
  // Readability has turned such <div>s into paragraphs (and their loose text into <p>s) by now.
  if (tag === 'div' && isParagraphDiv(el, t)) return false;
  // Data tables and code are kept, whatever they look like.
  if (ctx.tables) {
    if (tag === 'table' && isDataTable(el, dataTables)) return false;
    for (let n = el.parentElement; n; n = n.parentElement) {
      if (n.localName === 'table' && isDataTable(n, dataTables)) return false;
    }
    if (t.q.byTag(el, 'table').some((x) => isDataTable(x, dataTables))) return false;
  }
  if (hasAncestor(el, 'code')) return false;
  const weight = classWeight(el);
  if (weight < 0) return true;
  const text = t.of(el);
  if (!RULES || text.split(',').length - 1 >= 10) return false;

  let made = tag === 'div' ? madeParagraphs(el, ctx.made, t) : 0;
  for (const d of t.q.byTag(el, 'div')) made += madeParagraphs(d, ctx.made, t);
  let isList = tag === 'ul' || tag === 'ol';
  if (!isList) {
    let listLength = 0;
    for (const l of t.q.all(el, LISTS, IS_LIST)) listLength += t.of(l).length;
    isList = text.length > 0 && listLength / text.length > 0.9;
  }
  const p = t.q.count(el, 'p') + made;
  const img = t.q.count(el, 'img');
  const li = t.q.count(el, 'li') - 100;
  const input = t.q.count(el, 'input');
  let embeds = 0;
  for (const e of t.q.all(el, EMBEDS, IS_EMBED)) {
    for (const a of Array.from(e.attributes)) if (RULES.videos.test(a.value)) return false;
    embeds++;
  }
  if (RULES.adWords.test(text) || RULES.loadingWords.test(text)) return true;
  const length = text.length;
  const ld = t.linkDensity(el, length);
  const figure = hasAncestor(el, 'figure');
  const junk =
    (!figure && img > 1 && p / img < 0.5) ||
    (!isList && li > p) ||
    input > Math.floor(p / 3) ||
    (!isList && !figure && length < 25 && (img === 0 || img > 2) && ld > 0 && headingShare(el, t, length) < 0.9) ||
    (!isList && weight < 25 && ld > 0.2) ||
    (weight >= 25 && ld > 0.5) ||
    (embeds === 1 && length < 75) ||
    embeds > 1 ||
    (img === 0 && made === 0 && !hasTextishText(el));
  if (!junk || !isList) return junk;
  // A list of images, one per item, stays.
  for (const c of Array.from(el.children)) if (c.children.length > 1) return true;
  return img !== t.q.count(el, 'li');
}

/** Readability's title match: the share of the heading's words that are also the title's. */
function similarity(title: string, heading: string): number {
  const a = title.toLowerCase().split(/\W+/).filter(Boolean);
  const b = heading.toLowerCase().split(/\W+/).filter(Boolean);
  if (!a.length || !b.length) return 0;
  const own = b.filter((t) => !a.includes(t));
  return 1 - own.join(' ').length / b.join(' ').length;
}

export function pruneArticle(
  nodes: Element[],
  blocked: BlockedTree,
  t: PageText,
  page: { body: Element; title: string | null; bylineEl: Element | null },
): Pruned {
  const bylineEl = page.bylineEl;
  const byline = bylineEl
    ? ((bylineEl.querySelector('[itemprop*="name"]') ?? bylineEl).textContent?.trim() ?? null)
    : null;
  const skip = new Set<Element>();
  const pageParagraphs = t.q.count(page.body, 'p');
  const ctx: Context = {
    t,
    tables: nodes.some((n) => t.q.count(n, 'table') > 0),
    dataTables: new Map(),
    made: new Map(),
  };
  let titleSeen = !page.title;
  const skipped = (el: Element, root: Element) => {
    for (let n: Element | null = el; n && n !== root; n = n.parentElement) if (skip.has(n)) return true;
    return skip.has(root);
  };
  const conditional: [Element, string][] = [];
  for (const root of nodes) {
    // Elements come in document order: one dropped subtree at a time is enough to skip inside it.
    let dropped: Element | null = null;
    for (const el of [root, ...t.q.all(root, '*', ANY)]) {
      if (dropped?.contains(el)) continue;
      dropped = null;
      const tag = el === root && !KEPT_TAGS.has(el.localName) ? 'div' : el.localName;
      let drop =
        blocked.has(el) ||
        DROPPED.has(tag) ||
        isRemovedElement(el, t.q) ||
        (el !== root && !!RULES?.shareElements.test(matchString(el)) && (el.textContent ?? '').length < 500) ||
        ((tag === 'h1' || tag === 'h2') && classWeight(el) < 0) ||
        isFurniture(el, pageParagraphs, t.q) ||
        isArticleHeader(el, t.q);
      if (!drop && !titleSeen && (tag === 'h1' || tag === 'h2') && similarity(page.title!, t.of(el)) > 0.75) {
        titleSeen = true;
        drop = true;
      }
      if (el === bylineEl) drop = true;
      if (drop) {
        skip.add(el);
        dropped = el;
      } else if (CONDITIONAL.has(tag)) conditional.push([el, tag]);
    }
  }
  // Innermost first, as Readability removes them, so a junk box does not condemn its container.
  for (let i = conditional.length - 1; i >= 0; i--) {
    const [el, tag] = conditional[i];
    if (
      !skipped(
        el,
        nodes.find((r) => r.contains(el))!,
      ) &&
      looksLikeJunk(el, tag, ctx)
    )
      skip.add(el);
  }
  return { skip, byline };
}
