// Turns Readability's article element into paragraphs: one per block element, inline text
// joined, whitespace collapsed. Keeps per-paragraph facts the cleaner needs (tag, link share).
// Screen-reader hints inside links ("Opens a new window") are left out (link-hints.ts).
import { isLinkHint } from './link-hints';

export interface Block {
  text: string;
  /** Lower-case tag of the nearest block ancestor ("p", "li", "h2"…). */
  tag: string;
  /** Characters of `text` that sat inside links. */
  linkChars: number;
  /** Inside a <blockquote> (the outermost one's number, from 1): words the article quotes, perhaps without marks. */
  quote?: number;
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
  'caption',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'input',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'figcaption',
  'head',
  'title',
  'meta',
  'link',
]);

const ELEMENT = 1;
const TEXT = 3;

/** `skip`: elements left out with everything inside them (the fast path's pruned parts). */
export function blockParagraphs(root: Node, skip?: ReadonlySet<Element>): Block[] {
  const out: Block[] = [];
  let buf = '';
  let links = 0;
  let tag = 'p';
  let quotes = 0;
  let quoteId = 0;
  const flush = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) {
      // Link characters were counted before whitespace collapsing; clamp to the final length.
      const block: Block = { text, tag, linkChars: Math.min(links, text.length) };
      if (quotes > 0) block.quote = quoteId;
      out.push(block);
    }
    buf = '';
    links = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT) {
        const t = c.nodeValue ?? '';
        buf += t;
        if (inLink) links += t.replace(/\s+/g, ' ').trim().length;
      } else if (c.nodeType === ELEMENT) {
        const name = (c as Element).localName?.toLowerCase() ?? '';
        if (SKIP.has(name) || skip?.has(c as Element)) continue;
        if (inLink && isLinkHint(c as Element)) continue;
        if (BLOCK.has(name)) {
          flush();
          const saved = tag;
          if (name !== 'br' && name !== 'hr') tag = name;
          if (name === 'blockquote' && quotes++ === 0) quoteId++;
          walk(c, inLink);
          flush();
          if (name === 'blockquote') quotes--;
          tag = saved;
        } else {
          walk(c, inLink || name === 'a');
        }
      }
    }
  };
  walk(root, false);
  flush();
  return out;
}
