// Reader for GUM (Georgetown University Multilayer corpus), WebAnno TSV 3.2 from amir-zeldes/gum
// coref/gum/tsv. Annotations CC-BY 4.0; texts CC-BY 2.5 (Wikinews), CC-BY-SA 3.0 (Wikipedia,
// Wikivoyage), CC-BY 4.0 (academic, court). The text is rebuilt from the tokens (detokenized), the
// headline being a paragraph of its own, so offsets here are not the TSV's own character offsets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from './paths';
import { detokenize } from './detok';

export interface GumMention {
  start: number;
  end: number;
  /** person, organization, place, time, event, abstract, object, substance, animal, plant, quantity. */
  entityType: string;
  /** Wikipedia identity of named entities (e.g. "Bernie_Sanders"), or null. */
  identity: string | null;
  /** Coreference chain id (mentions with the same id corefer); unique per document. */
  chainId: string;
  /** Information status (new, giv:act, acc:inf…), useful to spot first mentions. */
  infstat: string;
}

export interface GumDoc {
  id: string;
  /** academic, bio, court, interview, news, voyage… */
  genre: string;
  text: string;
  /** One span per #Text sentence. */
  sentences: { start: number; end: number }[];
  /** Every entity mention (named, nominal, pronoun), outermost first at equal start. */
  mentions: GumMention[];
  /** The human one-sentence summaries (#Summary1…), "(humanN)" prefix removed. */
  summaries: string[];
}

const ROOT = corpusDir('gum');

/** All GUM documents, sorted by file name. */
export function readGum(): GumDoc[] {
  return readdirSync(ROOT)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => parseGum(readFileSync(join(ROOT, f), 'utf8'), f.replace(/\.tsv$/, '')));
}

interface RawTok {
  addr: string; // "3-4"
  sent: number;
  idx: number;
  word: string;
  ents: string[]; // raw entity field items, e.g. person[1]
  infstat: string[];
  identity: string[];
  rel: string[]; // relation targets "3-4[11_1]"
}

const split = (v: string) => (v === '_' || v === '' ? [] : v.split('|'));

export function parseGum(tsv: string, id: string): GumDoc {
  const genre = /^GUM_([a-z]+)_/.exec(id)?.[1] ?? '';
  const summaries: string[] = [];
  const sents: string[][] = [];
  const toks: RawTok[] = [];
  for (const line of tsv.split('\n')) {
    if (line.startsWith('#Summary')) {
      summaries.push(
        line
          .replace(/^#Summary\d*=/, '')
          .replace(/^\(human\d*\)\s*/, '')
          .trim(),
      );
      continue;
    }
    if (line.startsWith('#Text=')) {
      sents.push([]);
      continue;
    }
    if (!/^\d+-\d+\t/.test(line)) continue;
    const c = line.split('\t');
    const s = sents.length - 1;
    toks.push({
      addr: c[0],
      sent: s,
      idx: sents[s].length,
      word: c[2],
      ents: split(c[3]),
      infstat: split(c[4]),
      identity: split(c[6]),
      rel: split(c[9] ?? '_'),
    });
    sents[s].push(c[2]);
  }
  const endsLikeSentence = (s: string[]) => /[.!?"”')]$/.test(s[s.length - 1] ?? '');
  const { text, spans } = detokenize(sents, (i) => (i === 1 || !endsLikeSentence(sents[i - 1]) ? '\n\n' : ' '));
  const sentences = spans.filter((r) => r.length).map((r) => ({ start: r[0].start, end: r[r.length - 1].end }));

  // Entity spans: key "id" for multi-token spans, "tok:addr#k" for single-token ones without an id.
  interface Acc {
    start: number;
    end: number;
    type: string;
    identity: string | null;
    infstat: string;
  }
  const acc = new Map<string, Acc>();
  const keyAt = new Map<string, string[]>(); // token addr -> keys starting/continuing there
  for (const t of toks) {
    const sp = spans[t.sent][t.idx];
    const keys: string[] = [];
    t.ents.forEach((e, k) => {
      const m = /^([^[]+)(?:\[(\d+)\])?$/.exec(e);
      if (!m) return;
      const key = m[2] ? m[2] : `tok:${t.addr}`;
      keys.push(key);
      const ident = t.identity[k] && !t.identity[k].startsWith('_') ? t.identity[k].replace(/\[\d+\]$/, '') : null;
      const a = acc.get(key);
      if (a) a.end = Math.max(a.end, sp.end);
      else
        acc.set(key, {
          start: sp.start,
          end: sp.end,
          type: m[1],
          identity: ident && ident !== '_' ? ident : null,
          infstat: (t.infstat[k] ?? '').replace(/\[\d+\]$/, ''),
        });
    });
    keyAt.set(t.addr, keys);
  }

  // Coreference: union-find over relation endpoints.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const t of toks) {
    for (const r of t.rel) {
      const m = /^(\d+-\d+)\[(\d+)_(\d+)\]$/.exec(r);
      if (!m) continue;
      const other = m[2] !== '0' ? m[2] : `tok:${m[1]}`;
      const self = m[3] !== '0' ? m[3] : `tok:${t.addr}`;
      if (acc.has(other) && acc.has(self)) union(other, self);
    }
  }
  const mentions: GumMention[] = [];
  for (const [key, a] of acc) {
    mentions.push({
      start: a.start,
      end: a.end,
      entityType: a.type,
      identity: a.identity,
      chainId: find(key),
      infstat: a.infstat,
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { id, genre, text, sentences, mentions, summaries };
}
