// Captions set as ordinary paragraphs: the article's image alt texts, to tell a short block that
// repeats or retells one of them (cleanBlocks drops it).
import { lowerWordChars } from './wordchars';
import type { ElementIndex } from './element-index';

const norm = (s: string) => lowerWordChars(s, ' ').trim();
const contentWords = (n: string) => n.split(' ').filter((w) => w.length >= 4);

/**
 * The alt texts of the article's images, to recognise captions set as ordinary paragraphs: a short
 * block that repeats an alt text, or that retells one or more of them (each of those alts mostly
 * inside the block, and the block mostly made of their words). Read from the article's own
 * elements, and only when a block is first asked about.
 */
export class ImageCaptions {
  private exact: Set<string> | null = null;
  private readonly alts: Set<string>[] = [];
  private readonly byWord = new Map<string, number[]>();

  /** `index`: the page's elements walked once (a DOM written in JavaScript, see element-index.ts). */
  constructor(
    private readonly roots: readonly ParentNode[],
    private readonly index: ElementIndex | null = null,
  ) {}

  /** `root.querySelectorAll('img[alt]')`. */
  private images(root: ParentNode): Element[] {
    const el = root as Element;
    return this.index?.has(el)
      ? this.index.select(el, (e) => e.localName.toLowerCase() === 'img' && e.hasAttribute('alt'))
      : Array.from(root.querySelectorAll('img[alt]'));
  }

  private load(): Set<string> {
    const exact = new Set<string>();
    for (const root of this.roots) {
      for (const img of this.images(root)) {
        const n = norm(img.getAttribute('alt') ?? '');
        if (n.length < 20 || exact.has(n)) continue;
        exact.add(n);
        const ws = new Set(contentWords(n));
        if (ws.size < 3) continue;
        const id = this.alts.push(ws) - 1;
        for (const w of ws) {
          const ids = this.byWord.get(w);
          if (ids) ids.push(id);
          else this.byWord.set(w, [id]);
        }
      }
    }
    return exact;
  }

  /** `n`: a normalised block text. */
  matches(n: string): boolean {
    this.exact ??= this.load();
    if (this.exact.has(n)) return true;
    if (this.alts.length === 0) return false;
    const ws = contentWords(n);
    if (ws.length < 3) return false;
    const hits = new Map<number, number>();
    for (const w of new Set(ws)) for (const id of this.byWord.get(w) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    const covered = new Set<string>();
    for (const [id, k] of hits) if (k >= 0.6 * this.alts[id].size) for (const w of this.alts[id]) covered.add(w);
    return covered.size > 0 && ws.filter((w) => covered.has(w)).length >= 0.6 * ws.length;
  }

  /** Read now, from a page about to change (the clone Readability will take apart). */
  static readNow(root: ParentNode, index: ElementIndex | null = null): ImageCaptions {
    const c = new ImageCaptions([root], index);
    c.exact = c.load();
    return c;
  }
}

/** The alt texts of the images inside `roots` (the article's elements), for cleanBlocks' `captions`. */
export function imageCaptions(...roots: ParentNode[]): ImageCaptions {
  return new ImageCaptions(roots);
}
