// The quotation gold, version 2 (test/fixtures/gold/quotes-v2/README.md): every *.json file of that folder,
// read as it is (files other engineers add are scored as soon as they land), with each document's frozen
// split. The leading underscore keeps the eval runner from treating this file as a task.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frozenSplit, type Split } from '../lib/frozen-split';
import type { SpeakerKind } from '../../utils/nlp/types';

export const GOLD_V2_DIR = join(process.cwd(), 'test', 'fixtures', 'gold', 'quotes-v2');

export type QuoteType = 'full' | 'partial' | 'multi' | 'qa' | 'nested';

export interface GoldSpeaker {
  kind: SpeakerKind;
  /** Full name of a person, or the phrase for the others; null for unknown. */
  name: string | null;
  /** The words that attribute this quotation; null where nothing does (a continuation). */
  mention: string | null;
}

export interface GoldQuoteV2 {
  /** The text inside the marks: whole when short, else "first words … last words". */
  quote: string;
  speaker: GoldSpeaker;
  type: QuoteType;
}

export interface GoldDocV2 {
  /** corpus:key — rtp:<page>, meantime:<file stem>, gum:<doc id>, seed:<stem>, demo:<file stem>. */
  id: string;
  outlet: string;
  genre: string;
  /** Every direct quotation is listed, so precision can be scored. */
  complete: boolean;
  quotes: GoldQuoteV2[];
  notQuotes: string[];
}

export interface GoldFileV2 {
  /** The file name without .json (rtp-news, wikinews-meantime, …). */
  file: string;
  /** A fresh measure (`"training": false`): nothing is fitted on it and its errors are not printed. */
  fresh?: boolean;
  docs: GoldDocV2[];
}

/** One outlet with many documents (Wikinews) is split by document, every other outlet as a whole. */
const SPLIT_BY_DOCUMENT = new Set(['wikinews']);

export function splitOf(doc: GoldDocV2): Split {
  return frozenSplit(SPLIT_BY_DOCUMENT.has(doc.outlet) ? doc.id : doc.outlet);
}

function check(file: string, doc: GoldDocV2): void {
  const where = `${file}.json ${doc.id}`;
  if (!/^[a-z]+:.+$/.test(doc.id)) throw new Error(`${where}: id is not corpus:key`);
  if (!doc.outlet) throw new Error(`${where}: no outlet`);
  if (!Array.isArray(doc.quotes) || !Array.isArray(doc.notQuotes)) throw new Error(`${where}: quotes/notQuotes`);
  for (const q of doc.quotes) {
    if (typeof q.quote !== 'string' || !q.quote.trim()) throw new Error(`${where}: an empty quote`);
    if (!q.speaker || !['person', 'organization', 'unnamed', 'unknown'].includes(q.speaker.kind)) {
      throw new Error(`${where}: "${q.quote.slice(0, 30)}": bad speaker`);
    }
  }
}

/**
 * Every gold file of `dir`. A file marked `"training": false` is a fresh measure (its labels are newer than the
 * rules): the eval scores it (`measureOnly: true`), training scripts (the default) leave it out.
 */
export function loadGoldV2(dir = GOLD_V2_DIR, { measureOnly = false } = {}): GoldFileV2[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const file = f.replace(/\.json$/, '');
      const { docs, training } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        docs: GoldDocV2[];
        training?: boolean;
      };
      if (training === false && !measureOnly) return [];
      for (const d of docs) check(file, d);
      return [{ file, docs, fresh: training === false }];
    });
}
