// Human-checked body text for the news pages of mozilla/readability's test set (Apache-2.0; pages
// belong to their sites; ../shared/data/readability-test-pages). We store no article text: each
// test/fixtures/pages/gold-text/<page>.json says which blocks of expected.html (Readability's own
// output) are NOT body (`drop`: prefixes of blocks, `cut`: strings inside a block) and which body
// paragraphs Readability missed (`add`: prefixes of elements of source.html). The gold text is
// derived here from the shared data. How the labels were made: test/fixtures/pages/README.md.
//
//   npx tsx scripts/eval/_extraction-gold.ts [page…]   prints each page's derived gold for checking
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { FIXTURE_PAGES, readabilityPages, type ReadabilityPage } from '../lib/cli-pages';

export const GOLD_TEXT = join(FIXTURE_PAGES, 'gold-text');

export interface GoldLabel {
  page: string;
  source: string;
  /** Blocks of expected.html that start with one of these are not body (every such block). */
  drop: string[];
  /** Blocks of expected.html that are exactly this (a short caption that a body paragraph also starts with). */
  dropWhole?: string[];
  /** Strings removed from inside a kept block (a credit glued to the first paragraph). */
  cut?: string[];
  /** Body blocks Readability left out: the smallest element of source.html whose text starts so. */
  add?: string[];
  note?: string;
  /** Labelled after the extraction rules were written, and never tuned on: a held-out check. */
  heldOut?: boolean;
}

export interface Gold {
  page: string;
  heldOut: boolean;
  /** Body blocks in order (expected.html's kept blocks, then the added ones). */
  blocks: string[];
  dropped: string[];
  added: string[];
  /** Labels that matched nothing (a stale or mistyped prefix). */
  unmatched: string[];
}

const parse = (html: string) => parseHTML(html).document as unknown as Document;

// Our own block splitter, independent of Lede's (utils/article/paragraphs.ts), so that the gold
// does not move when Lede's code does. Captions are blocks here: dropping them is the label's job.
const BLOCK = new Set(
  'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul br'.split(
    ' ',
  ),
);
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template']);

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function textBlocks(root: Node): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const t = squash(buf);
    if (t) out.push(t);
    buf = '';
  };
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) buf += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const name = (c as Element).localName;
        if (NO_TEXT.has(name)) continue;
        if (BLOCK.has(name)) {
          flush();
          walk(c);
          flush();
        } else walk(c);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/** The smallest element of the page whose text starts with `prefix` (its whole text). */
function findInSource(body: Element, prefix: string): string | null {
  let best: string | null = null;
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (NO_TEXT.has(el.localName)) continue;
    const t = squash(el.textContent ?? '');
    if (t.startsWith(prefix) && (best === null || t.length < best.length)) best = t;
  }
  return best;
}

export function deriveGold(label: GoldLabel, page: ReadabilityPage): Gold {
  const all = textBlocks(parse(`<html><body>${page.expectedHtml}</body></html>`).body!);
  const used = new Set<string>();
  const blocks: string[] = [];
  const dropped: string[] = [];
  for (let b of all) {
    const hit = label.drop.find((d) => b.startsWith(d)) ?? label.dropWhole?.find((d) => b === d);
    if (hit !== undefined) {
      used.add(hit);
      dropped.push(b);
      continue;
    }
    for (const c of label.cut ?? []) {
      if (b.includes(c)) {
        used.add(c);
        b = squash(b.replace(c, ' '));
      }
    }
    if (b) blocks.push(b);
  }
  const added: string[] = [];
  const body = label.add?.length ? parse(page.source).body : null;
  for (const a of label.add ?? []) {
    const t = body ? findInSource(body, a) : null;
    if (t) {
      used.add(a);
      added.push(t);
    }
  }
  const unmatched = [...label.drop, ...(label.dropWhole ?? []), ...(label.cut ?? []), ...(label.add ?? [])].filter(
    (x) => !used.has(x),
  );
  return { page: label.page, heldOut: !!label.heldOut, blocks: [...blocks, ...added], dropped, added, unmatched };
}

export function goldLabels(): GoldLabel[] {
  if (!existsSync(GOLD_TEXT)) return [];
  return readdirSync(GOLD_TEXT)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLD_TEXT, f), 'utf8')) as GoldLabel);
}

/** Every labelled page's gold, derived from the shared data (pages missing there are skipped). */
export function goldPages(pages: ReadabilityPage[] = readabilityPages()): Gold[] {
  const byName = new Map(pages.map((p) => [p.name, p]));
  return goldLabels()
    .filter((l) => byName.has(l.page))
    .map((l) => deriveGold(l, byName.get(l.page)!));
}

function show(wanted: string[]): void {
  const cut = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n)}…` : s);
  for (const g of goldPages()) {
    if (wanted.length && !wanted.includes(g.page)) continue;
    console.log(`\n== ${g.page}: ${g.blocks.length} body blocks, ${g.dropped.length} dropped, ${g.added.length} added`);
    console.log(`  first: ${cut(g.blocks[0] ?? '')}`);
    console.log(`  last:  ${cut(g.blocks[g.blocks.length - 1 - g.added.length] ?? '')}`);
    for (const d of g.dropped) console.log(`  - ${cut(d)}`);
    for (const a of g.added) console.log(`  + ${cut(a)}`);
    for (const u of g.unmatched) console.log(`  ! label matched nothing: ${u}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) show(process.argv.slice(2));
