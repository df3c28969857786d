// Reader for NewsReader MEANTIME English (CAT XML), CC-BY 4.0; texts from Wikinews (CC-BY 2.5).
// Tokens become text with offsets: sentence 0 (the headline) and sentence 1 (the dateline date) are
// paragraphs of their own, the body sentences are joined by spaces.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from './paths';
import { decodeXml, detokenize } from './detok';

export interface MeantimeEntityMention {
  start: number;
  end: number;
  /** Entity type: PER, ORG, LOC, PRO, FIN, MIX ('' when the mention links to no entity). */
  type: string;
  /** NAM, NOM, PRO, PRE.NAM, APP, CONJ, … ('' when unset). */
  syntacticType: string;
  /** Intra-document entity id (the ENTITY m_id), or null. */
  entityId: string | null;
  /** Cross-document instance id (e.g. PER3740…), or null. */
  instanceId: string | null;
}

export interface MeantimeTimex {
  start: number;
  end: number;
  /** TIMEX3 value, e.g. 2009-05-14, 2009-06, PRESENT_REF. */
  value: string;
  /** DATE, TIME, DURATION, SET. */
  type: string;
}

export interface MeantimeDoc {
  id: string;
  /** File name without .xml, e.g. 126311_U.S._automaker_Chrysler_wants_to_eliminate_789_dealerships. */
  name: string;
  /** corpus_airbus, corpus_apple, corpus_gm, corpus_stock. */
  corpus: string;
  text: string;
  /** Sentence spans as annotated (sentence 0 is the headline). */
  sentences: { start: number; end: number }[];
  /**
   * End offset of the annotated part: MEANTIME annotates only the headline, the date line and the first
   * four body sentences (sentences 0–5); text after this offset carries no markables.
   */
  annotatedEnd: number;
  /** Document creation time (YYYY-MM-DD) from the CREATION_TIME TIMEX3, or null. */
  dct: string | null;
  entities: MeantimeEntityMention[];
  /** TIMEX3 mentions in the text (the creation-time one included, it anchors the dateline). */
  timex: MeantimeTimex[];
}

const ROOT = corpusDir('meantime');

export function meantimeFiles(): string[] {
  const out: string[] = [];
  for (const c of readdirSync(ROOT).sort()) {
    for (const f of readdirSync(join(ROOT, c)).sort()) if (f.endsWith('.xml')) out.push(join(ROOT, c, f));
  }
  return out;
}

/** All 120 MEANTIME English documents, in a stable order (corpus, then file name). */
export function readMeantime(): MeantimeDoc[] {
  return meantimeFiles().map(parseMeantimeFile);
}

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : '';
}

export function parseMeantimeFile(path: string): MeantimeDoc {
  const xml = readFileSync(path, 'utf8');
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1].replace(/\.xml$/, '');
  const corpus = parts[parts.length - 2];
  const id = attr(/<Document[^>]*>/.exec(xml)?.[0] ?? '', 'doc_id') || name;

  // tokens
  const tokRe = /<token\b([^>]*)>([^<]*)<\/token>/g;
  const sents: string[][] = [];
  const tokPos: [number, number][] = []; // t_id -> [sentence, index]
  const tidIndex = new Map<string, [number, number]>();
  let m: RegExpExecArray | null;
  while ((m = tokRe.exec(xml))) {
    const s = Number(attr(m[1], 'sentence'));
    while (sents.length <= s) sents.push([]);
    const pos: [number, number] = [s, sents[s].length];
    sents[s].push(decodeXml(m[2]));
    tidIndex.set(attr(m[1], 't_id'), pos);
    tokPos.push(pos);
  }
  const { text, spans } = detokenize(sents, (i) => (i <= 2 ? '\n\n' : ' '));
  const sentences = spans.filter((r) => r.length).map((r) => ({ start: r[0].start, end: r[r.length - 1].end }));
  const spanOf = (body: string): { start: number; end: number } | null => {
    let start = Infinity;
    let end = -1;
    for (const a of body.matchAll(/t_id="([^"]*)"/g)) {
      const p = tidIndex.get(a[1]);
      if (!p) continue;
      const sp = spans[p[0]][p[1]];
      start = Math.min(start, sp.start);
      end = Math.max(end, sp.end);
    }
    return end < 0 ? null : { start, end };
  };

  // entities and the mention → entity links
  const entType = new Map<string, { type: string; instance: string | null }>();
  for (const e of xml.matchAll(/<ENTITY\b([^>]*)\/?>/g)) {
    entType.set(attr(e[1], 'm_id'), { type: attr(e[1], 'ent_type'), instance: attr(e[1], 'instance_id') || null });
  }
  const refers = new Map<string, string>();
  for (const r of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="([^"]*)"/.exec(r[1])?.[1];
    if (!target) continue;
    for (const s of r[1].matchAll(/<source m_id="([^"]*)"/g)) refers.set(s[1], target);
  }
  const entities: MeantimeEntityMention[] = [];
  for (const em of xml.matchAll(/<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const sp = spanOf(em[2]);
    if (!sp) continue;
    const target = refers.get(attr(em[1], 'm_id')) ?? null;
    const ent = target ? entType.get(target) : undefined;
    entities.push({
      ...sp,
      type: ent?.type ?? '',
      syntacticType: attr(em[1], 'syntactic_type'),
      entityId: ent ? target : null,
      instanceId: ent?.instance ?? null,
    });
  }
  entities.sort((a, b) => a.start - b.start || b.end - a.end);

  const timex: MeantimeTimex[] = [];
  let dct: string | null = null;
  for (const t of xml.matchAll(/<TIMEX3\b([^>]*)>([\s\S]*?)<\/TIMEX3>/g)) {
    const value = attr(t[1], 'value');
    if (attr(t[1], 'functionInDocument') === 'CREATION_TIME') dct = value.slice(0, 10) || null;
    const sp = spanOf(t[2]);
    if (sp) timex.push({ ...sp, value, type: attr(t[1], 'type') });
  }
  timex.sort((a, b) => a.start - b.start);
  let annotatedEnd = sentences[Math.min(5, sentences.length - 1)]?.end ?? text.length;
  for (const e of entities) annotatedEnd = Math.max(annotatedEnd, e.end);
  for (const t of timex) annotatedEnd = Math.max(annotatedEnd, t.end);
  return { id, name, corpus, text, sentences, annotatedEnd, dct, entities, timex };
}
