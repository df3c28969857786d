// Minimal readers for the quote/date/summary evals (helper D). The leading underscore keeps the eval runner
// from treating this file as a task. Sources (see the data folder's README.md):
//   MEANTIME English (CC-BY 4.0; texts Wikinews CC-BY 2.5), GUM (annotations CC-BY 4.0; Wikinews texts CC-BY 2.5).
// Both corpora are tokenized; we rebuild plain text with conventional spacing so the analysers see news-like
// prose ("April 27, 2005", "Scientology's") and keep every token's character offsets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DATA_DIR, corpusDir } from '../lib/corpora/paths';

/** The development data (scripts/lib/corpora/paths.ts: LEDE_DATA, or shared/data beside the repository). */
export const DATA = DATA_DIR;

export interface Tok {
  text: string;
  sent: number;
  start: number;
  end: number;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|['’](?:s|S|re|ve|ll|d|m)|n['’]t|''|”|’)$/;
const NO_SPACE_AFTER = /^(?:[([{$]|``|“|‘)$/;

/** Joins tokens into text. Sentences 0..headLines-1 become their own paragraphs (title, dateline). */
export function detokenize(words: { text: string; sent: number }[], headLines = 2): { text: string; toks: Tok[] } {
  let text = '';
  const toks: Tok[] = [];
  let prev: string | null = null;
  let prevSent = -1;
  let dq = false; // straight double quote parity: opening or closing
  let sq = false;
  let glueNext = false;
  for (const w of words) {
    let t = w.text;
    let space = prev !== null;
    let opening = false;
    // the tokenizers' `` and '' and the curly marks say which way they face: they set the parity, so one
    // unpaired straight mark does not turn every later mark the wrong way round
    if (t === '``' || t === '“') {
      t = t === '“' ? t : '"';
      opening = true;
      dq = true;
    } else if (t === "''" || t === '”') {
      t = t === '”' ? t : '"';
      dq = false;
    } else if (t === '"') {
      opening = !dq;
      dq = !dq;
    } else if (t === "'") {
      opening = !sq;
      sq = !sq;
    }
    if (prev !== null && w.sent !== prevSent) {
      const para = prevSent < headLines || w.sent < headLines;
      if (para) {
        text += '\n\n';
        // a paragraph opens with no quotation open, unless its first mark says it closes one
        opening = (t === '"' && w.text !== "''") || t === '“';
        dq = opening;
        sq = false;
        space = false;
      }
    }
    if (space && !glueNext) {
      if (t === '"' || t === "'") space = opening;
      else if (NO_SPACE_BEFORE.test(t)) space = false;
      else if (t === '-' && prev !== null && /\w$/.test(prev)) space = false;
    }
    if (glueNext) space = false;
    if (space) text += ' ';
    const start = text.length;
    text += t;
    toks.push({ text: t, sent: w.sent, start, end: text.length });
    glueNext =
      NO_SPACE_AFTER.test(t) ||
      ((t === '"' || t === "'") && opening) ||
      (t === '-' && prev !== null && /\w$/.test(prev));
    prev = t;
    prevSent = w.sent;
  }
  return { text, toks };
}

// ---------------------------------------------------------------- MEANTIME

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  creation: boolean;
  sent: number;
}

export interface MeantimeDoc {
  id: string;
  topic: string;
  text: string;
  toks: Tok[];
  dct: string | null;
  timex: Timex[];
  /** Highest sentence index that carries any annotation (MEANTIME annotates only the first sentences). */
  annotatedThrough: number;
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export function readMeantime(): MeantimeDoc[] {
  const root = corpusDir('meantime');
  const out: MeantimeDoc[] = [];
  for (const topic of readdirSync(root).sort()) {
    for (const f of readdirSync(join(root, topic)).sort()) {
      if (!f.endsWith('.xml')) continue;
      const xml = readFileSync(join(root, topic, f), 'utf8');
      const words: { text: string; sent: number; id: string }[] = [];
      for (const m of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        words.push({ sent: +m[1], id: m[2], text: unescape(m[3]) });
      }
      const { text, toks } = detokenize(words);
      const byId = new Map(words.map((w, i) => [w.id, toks[i]]));
      const timex: Timex[] = [];
      let dct: string | null = null;
      let maxSent = 0;
      for (const m of xml.matchAll(/<(TIMEX3|ENTITY_MENTION|EVENT_MENTION)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
        const ids = [...m[3].matchAll(/t_id="(\d+)"/g)].map((x) => x[1]);
        const ts = ids.map((i) => byId.get(i)).filter((t): t is Tok => !!t);
        if (ts.length) maxSent = Math.max(maxSent, ...ts.map((t) => t.sent));
        if (m[1] !== 'TIMEX3') continue;
        const attr = (k: string) => new RegExp(`${k}="([^"]*)"`).exec(m[2])?.[1] ?? '';
        const creation = attr('functionInDocument') === 'CREATION_TIME';
        if (creation && /^\d{4}-\d\d-\d\d$/.test(attr('value'))) dct = attr('value');
        if (!ts.length) continue;
        const start = Math.min(...ts.map((t) => t.start));
        const end = Math.max(...ts.map((t) => t.end));
        timex.push({
          start,
          end,
          text: text.slice(start, end),
          type: attr('type'),
          value: attr('value'),
          creation,
          sent: ts[0].sent,
        });
      }
      out.push({ id: f.replace(/\.xml$/, ''), topic, text, toks, dct, timex, annotatedThrough: maxSent });
    }
  }
  return out;
}

// ---------------------------------------------------------------- GUM

export interface GumEntity {
  start: number;
  end: number;
  type: string;
  /** Coreference chain id (entity index within the document after following coref links). */
  chain: number;
  text: string;
}

export interface GumDoc {
  id: string;
  genre: string;
  title: string;
  text: string;
  toks: Tok[];
  summaries: string[];
  entities: GumEntity[];
}

export function readGum(genres: string[] = ['news', 'interview']): GumDoc[] {
  const dir = corpusDir('gum');
  const out: GumDoc[] = [];
  for (const f of readdirSync(dir).sort()) {
    const g = /^GUM_([a-z]+)_/.exec(f)?.[1];
    if (!g || !genres.includes(g)) continue;
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    const summaries: string[] = [];
    const words: { text: string; sent: number }[] = [];
    const rows: string[][] = [];
    for (const line of lines) {
      const s = /^#Summary\d+=(?:\([^)]*\)\s*)?(.*)$/.exec(line);
      if (s) summaries.push(s[1].trim());
      if (!/^\d+-\d+\t/.test(line)) continue;
      const cols = line.split('\t');
      words.push({ text: cols[2], sent: +cols[0].split('-')[0] - 1 });
      rows.push(cols);
    }
    const { text, toks } = detokenize(words);
    // Entities: column 3 "type[id]|type[id]"; coref column 8/9: "coref|…" target "S-T[targetId_srcId]".
    const spans = new Map<string, { start: number; end: number; type: string }>();
    const links: [string, string][] = [];
    rows.forEach((cols, i) => {
      const ents = cols[3] === '_' ? [] : cols[3].split('|');
      for (const e of ents) {
        const m = /^([a-z]+)(?:\[(\d+)\])?$/.exec(e);
        if (!m) continue;
        const key = m[2] ?? `t${i}`;
        const cur = spans.get(key);
        if (cur) cur.end = toks[i].end;
        else spans.set(key, { start: toks[i].start, end: toks[i].end, type: m[1] });
      }
      if (cols[8] && cols[8] !== '_') {
        for (const tgt of cols[8].split('|')) {
          const m = /\[(\d+)_(\d+)\]/.exec(tgt);
          if (m) links.push([m[2] === '0' ? `t${i}` : m[2], m[1]]);
        }
      }
    });
    const keys = [...spans.keys()];
    const parent = new Map(keys.map((k) => [k, k]));
    const find = (k: string): string => {
      while (parent.get(k) !== k) k = parent.get(k) ?? k;
      return k;
    };
    for (const [a, b] of links) if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
    const chainIds = new Map<string, number>();
    const entities: GumEntity[] = keys.map((k) => {
      const r = find(k);
      if (!chainIds.has(r)) chainIds.set(r, chainIds.size);
      const s = spans.get(k)!;
      return { ...s, chain: chainIds.get(r)!, text: text.slice(s.start, s.end) };
    });
    entities.sort((a, b) => a.start - b.start || b.end - a.end);
    const title = text.slice(0, text.indexOf('\n\n') < 0 ? text.length : text.indexOf('\n\n'));
    out.push({ id: f.replace(/^GUM_|\.tsv$/g, ''), genre: g, title, text, toks, summaries, entities });
  }
  return out;
}

/** A short stable hash of a text (FNV-1a, 32 bit) so gold files can check they still match their document. */
export function textHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
