// Readers for CoNLL-style NER files: wikigold (CC-BY 4.0, Wikipedia text, IO tags I-PER/I-ORG/I-LOC/I-MISC)
// and WNUT-17 (CC-BY 4.0, social media, BIO tags person/location/corporation/…). Documents become text
// with entity spans; entity types are normalized to PER, ORG, LOC, MISC (or the WNUT type upper-cased).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from './paths';
import { detokenize } from './detok';

export interface ConllEntity {
  start: number;
  end: number;
  type: string;
}

export interface ConllDoc {
  id: string;
  text: string;
  sentences: { start: number; end: number }[];
  entities: ConllEntity[];
}

function normType(t: string): string {
  const x = t.toLowerCase();
  if (x === 'per' || x === 'person') return 'PER';
  if (x === 'org' || x === 'corporation' || x === 'group') return 'ORG';
  if (x === 'loc' || x === 'location') return 'LOC';
  if (x === 'misc') return 'MISC';
  return t.toUpperCase();
}

/**
 * Parses "token<TAB or space>tag" lines; a blank line ends a sentence; "-DOCSTART-" starts a document
 * (files without DOCSTART become one document per `sentencesPerDoc` sentences).
 */
export function parseConll(src: string, idPrefix: string, sentencesPerDoc = 20): ConllDoc[] {
  const docs: { sents: [string, string][][] }[] = [];
  let cur: [string, string][][] | null = null;
  let sent: [string, string][] = [];
  const flushSent = () => {
    if (sent.length) {
      if (!cur) docs.push({ sents: (cur = []) });
      cur.push(sent);
      if (!hasDocstart && cur.length >= sentencesPerDoc) cur = null;
    }
    sent = [];
  };
  const hasDocstart = src.includes('-DOCSTART-');
  for (const raw of src.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) {
      flushSent();
      continue;
    }
    const m = /^(.*?)[\t ]+(\S+)$/.exec(line);
    if (!m) continue;
    if (m[1] === '-DOCSTART-') {
      flushSent();
      docs.push({ sents: (cur = []) });
      continue;
    }
    sent.push([m[1], m[2]]);
  }
  flushSent();
  return docs
    .filter((d) => d.sents.length)
    .map((d, i) => {
      const { text, spans } = detokenize(d.sents.map((s) => s.map((t) => t[0])));
      const entities: ConllEntity[] = [];
      d.sents.forEach((s, si) => {
        let open: ConllEntity | null = null;
        s.forEach(([, tag], ti) => {
          const sp = spans[si][ti];
          const m = /^([BI])-(.+)$/.exec(tag);
          if (!m) {
            open = null;
            return;
          }
          const type = normType(m[2]);
          if (open && m[1] === 'I' && open.type === type) open.end = sp.end;
          else entities.push((open = { start: sp.start, end: sp.end, type }));
        });
      });
      const sentences = spans.filter((r) => r.length).map((r) => ({ start: r[0].start, end: r[r.length - 1].end }));
      return { id: `${idPrefix}-${i + 1}`, text, sentences, entities };
    });
}

/** wikigold: 145 Wikipedia articles (IO tags: adjacent same-type tokens form one entity). */
export function readWikigold(): ConllDoc[] {
  return parseConll(readFileSync(join(corpusDir('wikigold'), 'wikigold.conll.txt'), 'utf8'), 'wikigold');
}

/** WNUT-17: 'train' | 'dev' | 'test' (tweets and posts, grouped 20 per pseudo-document). */
export function readWnut17(part: 'train' | 'dev' | 'test'): ConllDoc[] {
  const file = { train: 'wnut17train.conll', dev: 'emerging.dev.conll', test: 'emerging.test.annotated' }[part];
  return parseConll(readFileSync(join(corpusDir('wnut17'), file), 'utf8'), `wnut17-${part}`);
}
