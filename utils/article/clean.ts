// News-page furniture that Readability keeps. Two passes: `preClean` removes furniture
// elements from the (cloned) document before Readability scores it; `cleanBlocks` drops
// furniture lines left in the extracted paragraphs (bylines, datelines, "Advertisement"…).
import { DOM_QUERIES, SubtreeQueries, tagTest, type ElementIndex } from './element-index';
import type { ArticleMeta } from '../nlp/types';
import type { Block } from './paragraphs';
import type { ImageCaptions } from './image-captions';
import { RepeatIndex } from './repeats';
import { hasWordChar, lettersOnly, lowerWordChars } from './wordchars';

// Class/id words that mark furniture. Matched at the start of a class/id word ("related-links",
// "newsletterSignup"), never inside one ("unrelated").
const FURNITURE = new RegExp(
  '(?:^|[\\s_-])(?:' +
    [
      'caption',
      'credit',
      'photo-?box',
      'image-?box',
      'img-?box',
      'byline',
      'by-line',
      'timestamp',
      'related',
      'recirc',
      'newsletter',
      'subscri',
      'signup',
      'sign-up',
      'share(?!hold)',
      'sharing',
      'social',
      'promo',
      'advert',
      'ad-slot',
      'ad-container',
      'ad-wrapper',
      'adslot',
      'adunit',
      'dfp',
      'sponsor',
      'outbrain',
      'taboola',
      'breadcrumb',
      'more-stories',
      'most-popular',
      'most-read',
      'mostread',
      'trending',
      'also-read',
      'see-also',
      'comments?(?:$|[\\s_-])',
      'disqus',
      'sr-only',
      'visually-hidden',
      'screen-reader',
      'print-only',
      'tags(?:$|[\\s_-])',
      'topics(?:$|[\\s_-])',
      'author-bio',
      'author-info',
      'toolbar',
      'paywall',
      'pull-?quote',
      // standfirsts ("dek", Spanish "bajada", French "chapeau") summarise the story apart from it
      'dek(?:$|[\\s_-])',
      'standfirst',
      'bajada',
      'chapeau',
      // "report an error" boxes
      'error-?report',
      'report-?(?:an-)?(?:error|typo|mistake)',
    ].join('|') +
    ')',
  'i',
);
// Furniture removed even when it holds many paragraphs (comment threads, recommendation widgets).
const ALWAYS = /(?:^|[\s_-])(?:comments?(?:$|[\s_-])|disqus|outbrain|taboola)/i;
// Captions and credits, and boxes of one photo and its caption ("photobox", "image-box").
const CAPTION = /(?:^|[\s_-])(?:caption|credit|photo-?box|image-?box|img-?box)/i;
// Boxes that are never article text however many paragraphs they hold, up to a size.
const BOX = /(?:^|[\s_-])(?:newsletter|subscri|signup|sign-up|paywall|promo|advert|sponsor)/i;
const PROTECTED = new Set(['html', 'body', 'main', 'article']);

const REMOVE_SELECTOR = [
  'figcaption',
  '[itemprop="caption"]',
  '[role="complementary"]',
  'nav',
  'form',
  'button',
  'svg',
  'noscript',
].join(',');

const REMOVED_TAGS = new Set(['figcaption', 'nav', 'form', 'button', 'svg', 'noscript']);
/** `el.matches(REMOVE_SELECTOR)`, without the selector engine (linkedom compiles a selector on every call). */
function isRemovedKind(el: Element): boolean {
  return (
    REMOVED_TAGS.has(el.localName) ||
    el.getAttribute('itemprop') === 'caption' ||
    el.getAttribute('role') === 'complementary'
  );
}

function paragraphCount(el: Element, q: SubtreeQueries = DOM_QUERIES): number {
  return q.count(el, 'p');
}

function linkTextLength(el: Element, q: SubtreeQueries): number {
  let n = 0;
  for (const a of q.byTag(el, 'a')) n += (a.textContent ?? '').trim().length;
  return n;
}

// Selectors, with the same as tests of one element (for SubtreeQueries).
const BODY_SELECTOR = 'article, [itemprop="articleBody"]';
const IS_BODY = (e: Element) => e.localName.toLowerCase() === 'article' || e.getAttribute('itemprop') === 'articleBody';
const H1_H3 = 'h1, h2, h3';
const IS_H1_H3 = tagTest(H1_H3);
const IS_H1 = tagTest('h1');
const H2_H6 = 'h2, h3, h4, h5, h6';
const IS_H2_H6 = tagTest(H2_H6);
const NAMED = '[class], [id]';
const IS_NAMED = (e: Element) => e.hasAttribute('class') || e.hasAttribute('id');
const IS_HEADER = tagTest('header');

/** Furniture is small or mostly links; a big text block with a furniture-ish class is a container. */
function looksLikeFurniture(el: Element, names: string, pageParagraphs: number, q: SubtreeQueries): boolean {
  if (ALWAYS.test(names)) return true;
  if (q.first(el, BODY_SELECTOR, IS_BODY)) return false;
  // Holding most of the page's paragraphs makes it the body, whatever its class says.
  if (pageParagraphs >= 4 && paragraphCount(el, q) > pageParagraphs / 2) return false;
  const len = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (CAPTION.test(names)) return len < 400 && !q.first(el, H1_H3, IS_H1_H3);
  if (BOX.test(names) && len < 3000) return true;
  if (len < 600) return paragraphCount(el, q) < 4;
  return linkTextLength(el, q) > 0.5 * len;
}

/** Class that marks furniture in our copy of the page; Readability is told to keep it. */
export const FURNITURE_CLASS = 'lede-furniture';

function mark(el: Element): void {
  el.classList.add(FURNITURE_CLASS);
  // Readability replaces a wrapper that has a single child by that child: mark the children too.
  for (const c of Array.from(el.children)) c.classList.add(FURNITURE_CLASS);
}

/**
 * Marks furniture in a document we own (a clone, or the CLI's parsed page) before Readability
 * runs. Marking instead of removing leaves Readability's choice of the article container exactly
 * as plain Readability makes it (removing page parts first shifts its scores); the marked
 * elements are removed from its output by `dropMarked`. Decisions use the whole page's context.
 */
export function markFurniture(doc: Document, index: ElementIndex | null = null): void {
  const body = doc.body;
  if (!body) return;
  const q = new SubtreeQueries(index);
  const pageParagraphs = paragraphCount(body, q);
  // In document order, an element inside a marked one comes after it and before the next marked
  // one (marked elements never nest): only the last marked element can hold it. One native
  // contains() instead of a walk up every ancestor, which runs cold on a page of thousands.
  let last: Element | null = null;
  for (const el of q.all(body, NAMED, IS_NAMED)) {
    if (last?.contains(el) || !isFurniture(el, pageParagraphs, q)) continue;
    last = el;
    mark(el);
  }
  for (const h of q.all(body, 'header', IS_HEADER)) if (isArticleHeader(h, q)) mark(h);
}

/** Furniture by class/id and size (see looksLikeFurniture); `pageParagraphs` counts the body's <p>. */
export function isFurniture(el: Element, pageParagraphs: number, q: SubtreeQueries = DOM_QUERIES): boolean {
  if (PROTECTED.has(el.localName)) return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return FURNITURE.test(names) && looksLikeFurniture(el, names, pageParagraphs, q);
}

/**
 * The article's own <header> holds the headline, deck, byline, date and lead image: not body
 * text. With the headline in it, a header is that, unless it holds a body's worth of text; without
 * any heading, a short header is a deck or byline box (a header around a subhead is kept).
 */
export function isArticleHeader(el: Element, q: SubtreeQueries = DOM_QUERIES): boolean {
  if (el.localName !== 'header') return false;
  const paragraphs = paragraphCount(el, q);
  const length = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (q.first(el, 'h1', IS_H1)) return paragraphs < 3 || length < 1500;
  return paragraphs < 3 && length < 500 && !q.first(el, H2_H6, IS_H2_H6);
}

/** Elements never kept in the body text: captions, navigation, forms (unless they wrap the page). */
export function isRemovedElement(el: Element, q: SubtreeQueries = DOM_QUERIES): boolean {
  if (!isRemovedKind(el)) return false;
  return el.localName !== 'form' || paragraphCount(el, q) < 3; // ASP.NET pages wrap all in <form>
}

export { paragraphCount };

/** Removes marked furniture and caption elements from Readability's article element. */
export function dropMarked(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(`.${FURNITURE_CLASS}, ${REMOVE_SELECTOR}`))) {
    if (el.localName === 'form' && paragraphCount(el) >= 3) continue; // ASP.NET pages wrap all in <form>
    el.remove();
  }
}

const norm = (s: string) => lowerWordChars(s, ' ').trim();
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

// Whole-line furniture (short lines only).
const FURNITURE_LINE = new RegExp(
  '^(?:' +
    [
      'advertisements?',
      'advertisment',
      'ad',
      '(?:photo|image|video|graphic|gallery)s?',
      'sponsored(?: content)?',
      'skip (?:ad|advert\\w*)',
      '(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?',
      'continue reading(?: the main story| below| below the ad)?',
      '(?:read|see|watch|listen)(?: more| also| next| the full story)?\\s*[:>»].*',
      'read more',
      '(?:related|more|also read|recommended|most read|trending|popular)(?: (?:stories|articles|coverage|content|reading|news))?\\s*[:>»]?.*',
      'sign up\\b.*',
      'subscribe\\b.*',
      'get (?:our|the) .*newsletter.*',
      '.*\\bnewsletter\\b.*sign up.*',
      'share(?: this| on| via| article| story)?\\b.*',
      'follow (?:us|me|@).*',
      'click here\\b.*',
      '(?:photo|image|picture|video|graphic|illustration|photograph)s?(?: by| credit| courtesy| caption| copyright)?\\s*[:©].*',
      '(?:image|photo) (?:copyright|caption|credit)\\b.*',
      '(?:credit|source|copyright|©)\\s*:.*',
      '©.*',
      'media playback is (?:unsupported|not supported).*',
      'loading\\W*',
      '(?:view|show|load|read) (?:\\d+ )?comments?.*',
      'comments?',
      'join the (?:conversation|discussion).*',
      'leave a comment.*',
      'print(?: this (?:page|article))?',
      'email(?: this (?:page|article))?',
      'listen to (?:this )?(?:article|story)\\b.*',
      '\\d+ min(?:ute)?s? read',
      'all rights reserved.*',
      'powered by .*',
      'this (?:article|story) (?:was|has been) (?:updated|corrected)\\b.*?(?<!\\.)',
    ].join('|') +
    ')$',
  'i',
);
// More whole-line furniture, in a regex of its own behind a cheap gate: one large regex costs the
// page ~10 ms to compile on its first use (per page load, in the content script), so the rarer
// patterns compile only on a page that has a line they could match.
const FURNITURE_LINE_MORE_GATE =
  /^(?:à |lire|voir|lesen|mehr|leia|lea |lee |ver |vea |leggi|czytaj|přečtěte|čtěte|this|originally|first|comment|\d|next|previous|view|see|open|getty|afp|reuters|epa|shutterstock|alamy|istock|ap\b|image|supported|follow|contact|e-?mail|copyright|exclusive|breaking|developing|by\b|\[)|may not be|[›»]/i;
const FURNITURE_LINE_MORE = new RegExp(
  '^(?:' +
    [
      // "read also" in other languages
      '(?:(?:à )?lire aussi|lire|voir aussi|lesen sie (?:auch|mehr)|mehr zum thema|leia (?:também|mais)|lea también|lee también|ver también|vea también|leggi anche|czytaj (?:też|także)|přečtěte si (?:také|též)|čtěte (?:také|též))\\s*[:>»].*',
      // a republication note: "This article originally appeared on …", "… was reprinted on …"
      'this (?:article|story|piece|post|essay|column) (?:was |is |has been )?(?:originally |first )?(?:appeared|appears|published|reprinted|republished|ran)\\b.*',
      '(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)\\b.*',
      'comments? \\(\\d+(?: posted)?\\)',
      '\\d+ (?:comments?|replies)',
      '(?:next|previous) (?:page|article|story)\\b.*',
      '(?:view|see|open) (?:the )?(?:photos?|gallery|slideshow|images?|videos?)',
      // a credit line on its own: "Getty Images", "AP Photo/Jane Roe", "Image source, Reuters"
      "(?:getty images|afp|reuters|epa|shutterstock|alamy|istock(?:photo)?|ap(?: photo)?)(?:\\s*[/|,]\\s*[a-zà-ÿ.' -]{1,40})?",
      'image source\\b.*',
      'supported by',
      // author contact lines: "Follow Jane Roe on Twitter: @jroe", "Contact the author at …"
      'follow [^.]{1,40} on (?:twitter|x|facebook|instagram|threads|bluesky)\\b.*',
      '(?:contact|email|e-mail) (?:the )?(?:author|reporter|writer|columnist)\\b.*',
      // wire-service boilerplate: "Copyright 2023 The Associated Press. All rights reserved. …"
      'copyright\\b.*\\ball rights reserved\\b.*',
      '.*\\bmay not be (?:published|reproduced|redistributed|rewritten)\\b.*',
      // kicker labels
      'exclusive',
      'breaking(?: news)?',
      'developing(?: story)?',
      'by',
      // a navigation link: "More in Opinion ›", "See all »"
      '[^.!?«]{1,60}\\s[›»]',
      // a bracketed promo: "[Get our morning newsletter in your inbox.]"
      '\\[[^\\]]*\\b(?:newsletter|inbox|sign up|subscribe)\\b[^\\]]*\\]',
    ].join('|') +
    ')$',
  'i',
);
const CREDIT_TAIL =
  /(?:\(|\/\s*|\|\s*|photo:\s*)(?:getty(?: images)?|ap(?: photo)?|reuters|afp|epa|shutterstock|bloomberg|alamy|istock)\b[^()]*\)?\s*$/i;
// A photo caption ends with its credit in parentheses: "… on March 18. (Thomas Coex/AFP/Getty Images)".
const CAPTION_CREDIT =
  /\((?:[^()]*\/)?\s*(?:getty(?: images)?|ap(?: photo)?|reuters|afp|epa|shutterstock|bloomberg(?: news)?|alamy|istock|pa(?: images| wire)?|xinhua|anadolu)\b[^()]*\)\s*$/i;
// "(Roscosmos photo via AP)", "(AP Photo/Evan Vucci)", "(Photo courtesy of the family)".
const PHOTO_CREDIT =
  /\([^()]*\b(?:photo|photograph|image|picture)s?\b[^()]*\)\s*$|\((?:[^()]*\s)?(?:via|courtesy(?: of)?)\s+[^()]+\)\s*$/i;
// Author notes at the end: "Jane Roe covers the White House.", "John Doe is a reporter for…",
// "Jane Roe has covered economics since 2012.", "John Doe is on Twitter at …".
const AUTHOR_NOTE =
  /^(?:\p{Lu}[\p{L}.'’-]+\s){1,3}(?:covers|has covered|writes about|reports on|is on (?:Twitter|X|Instagram|Facebook|Mastodon|Bluesky)\b)|^(?:\p{Lu}[\p{L}.'’-]+\s){1,3}(?:is|was|has been)\b.*\b(?:reporter|correspondent|editor|writer|columnist|producer|journalist|staff|bureau)\b/u;
// The same in Spanish, Portuguese, French, Italian and German: "Ana Ruiz es periodista…",
// "Jean Roy est journaliste…".
const AUTHOR_NOTE_INTL =
  /^(?:\p{Lu}[\p{L}.'’-]+\s){1,3}(?:es|fue|é|foi|est|était|è|ist)\s(?:\p{Ll}+\s){0,3}?(?:periodista|jornalista|journaliste|giornalista|journalist(?:in)?|redactor(?:a)?|redattore|rédact(?:eur|rice)|corresponsal|correspondente|correspondant(?:e)?|corrispondente|korrespondent(?:in)?|columnista|colunista|chroniqueu(?:r|se)|editor(?:a)?|éditeur|autor(?:a)?|auteur|autore|autorin|escritor(?:a)?|écrivain|scrittore|politólogo|politóloga|politologue|politologo|politologe|politologin|abogad[oa]|advogad[oa]|avocat(?:e)?|avvocato|investigador(?:a)?|pesquisador(?:a)?|chercheu(?:r|se)|ricercat(?:ore|rice)|analista|analyste|economista|économiste|ökonom(?:in)?|profesor(?:a)?|professor(?:a)?|professeur|professore)\b/u;
// Every CJK_FURNITURE pattern holds a CJK character; most pages have none, and the regex is large.
const HAS_CJK = /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/;
// AUTHOR_NOTE (Unicode classes) costs a page load ~4 ms to compile: only where one of its words is there.
const AUTHOR_NOTE_GATE =
  /covers|has covered|writes about|reports on|is on |reporter|correspondent|editor|writer|columnist|producer|journalist|staff|bureau/i;
// AUTHOR_NOTE_INTL costs ~20 ms to compile (Unicode classes, long alternation): only where its verb is there.
const AUTHOR_NOTE_INTL_GATE = /\s(?:es|fue|é|foi|est|était|è|ist)\s/;
// "A version of this article appears in print on …": a print-edition note, however long.
const PRINT_NOTE = /^an? (?:version|edition) of this (?:article|story|review|essay|column) (?:appears|appeared)\b/i;
// Furniture lines of Chinese-language news pages: caption and credit labels ("图注：", "图片来源"),
// editor and source lines ("[责任编辑：…]", "来源：", "原标题："), "share to" buttons, "related /
// recommended" headings, and the no-reprint notice. Whole short lines only.
const CJK_FURNITURE = new RegExp(
  '^[\\[【(（]?\\s*(?:' +
    [
      // labels followed by a colon or bar: "图注：…", "来源：…", "原标题：…", "作者︱…"
      '(?:图注|圖註|图说|圖說|图片来源|圖片來源|图片|圖片|图|圖|编辑|編輯|来源|來源|出处|出處|原标题|原標題|出品|作者|记者|記者|摄影|攝影|撰文|文|图文|圖文)\\s*[:：︱|/]',
      '(?:图注|圖註|责任编辑|責任編輯)',
      // short headings and buttons: "相关阅读", "精彩视频推荐", "转播到腾讯微博"
      '(?:(?:相关|相關|延伸|推荐|推薦|热门|熱門)(?:阅读|閱讀|新闻|新聞|文章|链接|連結|推荐|推薦)|(?:精彩)?(?:视频|視頻|影片|图片|圖片)?(?:推荐|推薦)|(?:转播|轉播|分享|转发|轉發)到.{0,8})\\s*[:：]?[\\]】)）]?$',
      // the no-reprint notice and "like our fan page"
      '.*(?:未经|未經).{0,8}(?:授权|授權|许可|許可|同意).{0,12}(?:不得|禁止)(?:转载|轉載)',
      '.{0,40}(?:粉丝团|粉絲團|粉丝专页|粉絲專頁)',
    ].join('|') +
    ')',
);
// A date and time written the East Asian way: "2016年10月14日07:17".
const CJK_DATETIME = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2}/;
const DATELINE =
  /^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i;
const DATE_WORDS =
  /\b(?:\d{1,4}|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|[ap]\.?m\.?|et|est|edt|pt|pst|gmt|utc|bst|cet|at|on|and|updated|published|posted|am|pm|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|ago|hours?|minutes?|mins?)\b/gi;

const PUBLISHED_AT = /\b(?:first |last )?(?:published|updated|posted)\b:?[^.]{0,24}?\d/i;

/** `count`: the words of `t`, when the caller has counted them. */
function isDateline(t: string, count = words(t)): boolean {
  if (count > 14) return false;
  if (t.length <= 40 && CJK_DATETIME.test(t) && !/[。！？.!?]$/.test(t)) return true;
  if (PUBLISHED_AT.test(t) && !/[.!?]["”’]?$/.test(t)) return true;
  const rest = lettersOnly(t.replace(DATE_WORDS, ''));
  if (rest.length === 0) return true;
  return DATELINE.test(t) && /\d/.test(t) && rest.length < 12;
}

const BYLINE_START = /^(?:by|written by|words by|reporting by|story by)\s/i;

/** `b`: the normalised byline ('' for none), normalised once per page. */
function isBylineLine(t: string, b: string, count = words(t)): boolean {
  if (count > 16) return false;
  // The plain prefix first: the Unicode class under /iu costs a page ~2 ms to compile.
  if (
    BYLINE_START.test(t) &&
    /^(?:by|written by|words by|reporting by|story by)\s+\p{Lu}/iu.test(t) &&
    !/[.!?]["”’]?$/.test(t)
  )
    return true;
  if (b) {
    const n = norm(t);
    if (n === b || (n.length <= b.length + 40 && n.includes(b) && !/[.!?]["”’]?$/.test(t))) return true;
  }
  return false;
}

/** The share of a heading's words that are also the title's (Readability's own title match). */
function titleOverlap(title: string, heading: string): number {
  const a = new Set(norm(title).split(' '));
  const b = norm(heading).split(' ').filter(Boolean);
  if (!b.length) return 0;
  return b.filter((w) => a.has(w)).length / b.length;
}

/** "2/26/2015 7:11 AM PST BY TMZ STAFF": a dateline and a short byline on one line. */
function isDateByLine(t: string): boolean {
  const m = /^(.+?)\s+by\s+(\S+(?:\s+\S+){0,4})$/i.exec(t);
  return !!m && /\d/.test(m[1]) && isDateline(m[1]) && !/[.!?]["”’]?$/.test(t);
}

export interface CleanContext {
  /** Headline candidates besides meta.title (the page's <h1>, its <title>). */
  headlines?: string[];
  /** The article's image alt texts: a short block repeating or retelling them is a caption. */
  captions?: ImageCaptions;
}

type CleanMeta = Pick<ArticleMeta, 'title' | 'byline'> & Partial<Pick<ArticleMeta, 'publisher'>>;

/** Drops furniture lines and repeats of the headline or byline from the extracted blocks: their texts. */
export function cleanBlocks(blocks: Block[], meta: CleanMeta, ctx: CleanContext | string[] = {}): string[] {
  return keptBlocks(blocks, meta, ctx).map((b) => b.text);
}

/** The blocks cleanBlocks keeps, in order. */
export function keptBlocks(blocks: Block[], meta: CleanMeta, ctx: CleanContext | string[] = {}): Block[] {
  const { headlines = [], captions } = Array.isArray(ctx) ? { headlines: ctx, captions: undefined } : ctx;
  const titles = new Set([meta.title ?? '', ...headlines].map(norm).filter(Boolean));
  const title = meta.title ?? headlines.find(Boolean) ?? '';
  // An organisation's name as the byline ("BBC News") says nothing about a line that names it.
  const byline = meta.byline && norm(meta.byline) !== norm(meta.publisher ?? '') ? norm(meta.byline) : '';
  const seen = new Set<string>();
  const out: Block[] = [];
  const kept = new RepeatIndex();
  let about = -1;
  for (const b of blocks) {
    const t = b.text;
    const n = norm(t);
    if (!n) continue;
    if (n === 'about the author' || n === 'about the authors') {
      about = out.length;
      continue;
    }
    // Counted once: it splits the line, and the loop runs cold.
    const count = words(t);
    const short = count <= 25;
    const cell = b.tag === 'td' || b.tag === 'th';
    const heading = /^h\d$/.test(b.tag);
    if (b.tag === 'h1' || titles.has(n)) continue;
    // A heading repeating the headline before the body starts: a second headline.
    if (heading && out.length === 0 && title && n.length >= 15 && titleOverlap(title, t) >= 0.8) continue;
    if (short && (FURNITURE_LINE.test(t) || (FURNITURE_LINE_MORE_GATE.test(t) && FURNITURE_LINE_MORE.test(t))))
      continue;
    // The print-edition note closes the article; what follows it is its own pieces.
    if (PRINT_NOTE.test(t)) break;
    if (t.length <= 160 && HAS_CJK.test(t) && CJK_FURNITURE.test(t)) continue;
    if (captions && !heading && n.length >= 20 && t.length < 400 && captions.matches(n)) continue;
    if (short && CREDIT_TAIL.test(t) && !/[.!?]["”’]?\s*$/.test(t.replace(CREDIT_TAIL, ''))) continue;
    if (count <= 100 && (CAPTION_CREDIT.test(t) || PHOTO_CREDIT.test(t))) continue;
    if (!hasWordChar(t)) continue; // rules such as "___" or "* * *"
    // Table cells hold dates and numbers as data, not as datelines.
    if (!cell && (isBylineLine(t, byline, count) || isDateline(t, count) || isDateByLine(t))) continue;
    // A short line that is all link text and not a sentence: a related-story link.
    if (short && !heading && count >= 5 && b.linkChars >= 0.9 * t.length && !/[.!?:]["”’)]?$/.test(t)) continue;
    // A short line repeating part of an earlier paragraph: a pull quote. Not a subhead that
    // names what a paragraph listed, nor a name line (a quotation's attribution).
    if (short && !heading && !cell && count >= 5 && n.length >= 20 && kept.contains(n)) continue;
    // (table cells repeat by nature: the same name in two rankings)
    if (!cell && n.length >= 20 && n.length <= 250) {
      if (seen.has(n)) continue; // pull quotes and repeated teasers (short; long repeats are content)
      seen.add(n);
    }
    out.push(b);
    kept.add(n);
  }
  // "About the author" and the few lines after it (name, bio) close the article.
  if (about > 0 && about >= out.length - 3) out.length = about;
  // Author notes sit at the very end of the body.
  const isNote = (t: string) =>
    words(t) <= 60 &&
    ((AUTHOR_NOTE_GATE.test(t) && AUTHOR_NOTE.test(t)) || (AUTHOR_NOTE_INTL_GATE.test(t) && AUTHOR_NOTE_INTL.test(t)));
  while (out.length > 1 && isNote(out[out.length - 1].text)) out.pop();
  return out;
}
