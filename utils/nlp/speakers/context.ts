// Where a quotation sits: its marks, sentence and paragraph, and the attributing phrases the cue parsers
// (cue-after.ts, cue-before.ts, tail.ts, colon.ts, passive.ts) find after it, before it, and in the sentence
// just before it. Everything the candidates and features of one quotation read, computed once per quotation
// over short windows.
import type { Quote, Span } from '../types';
import type { PersonIndex } from '../coref';
import type { Attribution } from './attribution';
import { attributionAfter } from './cue-after';
import { attributionBefore } from './cue-before';
import { presentSubject, pronounOpening, subjectOf } from './subject';
import { putItAfter, putItBefore } from './put-it';
import { ROLE_NOUNS } from './phrase';
import { attributionByColon, headlineName } from './colon';
import { possessorOf } from './possessor';
import { passiveAgent, passiveAgentBefore } from './passive';
import { sentenceIndexAt } from '../sentences';
import { attributionAtSentenceEnd, bareNameAtSentenceEnd, nounAttributionAtSentenceEnd } from './tail';
import {
  otherAttributionAfter,
  otherAttributionAtSentenceEnd,
  otherAttributionBefore,
  otherLanguage,
} from './other-language';

/** The document, prepared once: sentences, paragraph breaks, person mentions. */
export class Doc {
  /** Offsets of the newlines (paragraph breaks). */
  readonly nls: number[] = [];
  /** The text is not in English: the cues of other languages are read too (other-language.ts). */
  readonly other: boolean;
  constructor(
    readonly text: string,
    readonly sentences: Span[],
    readonly index: PersonIndex,
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.nls.push(i);
    this.other = otherLanguage(text);
  }

  /** Paragraph number of an offset: the newlines before it (blank lines count, only differences matter). */
  para(pos: number): number {
    let lo = 0;
    let hi = this.nls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.nls[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  paraStart(pos: number): number {
    const k = this.para(pos) - 1;
    return k >= 0 ? this.nls[k] + 1 : 0;
  }

  paraEnd(pos: number): number {
    const k = this.para(pos);
    return k < this.nls.length ? this.nls[k] : this.text.length;
  }

  sent(pos: number): number {
    return sentenceIndexAt(this.sentences, pos);
  }

  sentStart(pos: number): number {
    const i = this.sent(pos);
    const ps = this.paraStart(pos);
    const s = i < this.sentences.length && this.sentences[i].start <= pos ? this.sentences[i].start : ps;
    return Math.max(s, ps);
  }

  /**
   * Start of the sentence just before the one starting at `start`: the one holding the last character before it,
   * so the last sentence of the paragraph before when `start` opens a paragraph (not that paragraph's first).
   */
  prevSentStart(start: number): number {
    let p = start - 1;
    while (p > 0 && /\s/.test(this.text[p])) p--;
    return this.sentStart(Math.max(0, p));
  }

  sentEnd(pos: number): number {
    const i = this.sent(pos);
    const e = i < this.sentences.length ? this.sentences[i].end : this.text.length;
    return Math.min(Math.max(e, pos + 1), this.paraEnd(pos));
  }
}

export type CueSide = 'after' | 'before' | 'prevSentence' | 'subject' | 'prevSubject';

export interface Cue extends Attribution {
  side: CueSide;
  /** The cue verb comes before its subject: `"…," said Smith`. */
  inverted: boolean;
  /** The phrase starts within a few characters of the closing mark. */
  attached: boolean;
  /** Which parser found it (for audits: scripts/train-speakers.ts SPEAKER_AUDIT). */
  origin?: string;
}

export interface Site {
  q: Quote;
  /** Index of the opening and closing marks (or the quotation's own bounds where no mark is found). */
  open: number;
  close: number;
  para: number;
  sentStart: number;
  /** Attributing phrases, nearest first. */
  cues: Cue[];
  /**
   * The subject of the sentence just before, when the quotation opens its sentence and that sentence has no
   * speech verb: a candidate, not an attribution.
   */
  prevSubject: Cue | null;
  /** A second 'that' clause reported by the speech verb of the sentence's quotation before (no cue of its own). */
  reported?: boolean;
  /** Nothing but space between the paragraph start and the opening mark. */
  opensPara: boolean;
  /** Nothing but the quotation's own punctuation between the closing mark and the paragraph end. */
  endsPara: boolean;
  /** The quotation's words. */
  words: number;
}

const MARK = /["“”„«»'‘’]/;
const isBlank = (s: string) => /^\s*$/.test(s);

function markBefore(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 && MARK.test(text[i]) ? i : start;
}

function markAfter(text: string, end: number): number {
  let i = end;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i < text.length && MARK.test(text[i]) ? i : end;
}

/** A clause break inside a sentence: a semicolon or colon, or a comma and a conjunction. */
const CLAUSE = /(?:[;:]|,\s+(?:while|whereas|but|and|although|though|as|yet))\s+/g;

/** The subject of the clause that ends at `open` (from `from` on), or null. */
function clauseSubject(text: string, from: number, open: number): { start: number; end: number } | null {
  const seg = text.slice(from, open);
  let start = from;
  for (const m of seg.matchAll(CLAUSE)) start = from + m.index! + m[0].length;
  const subj = subjectOf(text, start, open);
  return subj && subj.end < open && subj.start >= start ? subj : null;
}

/** The site of quotation `q`; `prevClose` is the closing mark of the quotation before (or -1). */
export function siteOf(doc: Doc, q: Quote, prevClose: number): Site {
  const { text } = doc;
  const open = markBefore(text, q.start);
  const close = markAfter(text, q.end);
  const sStart = Math.max(doc.sentStart(open), open - 600);
  const from = Math.max(sStart, prevClose + 1, open - 400);
  const cues: Cue[] = [];
  const limit = Math.max(doc.sentEnd(close + 1), Math.min(text.length, close + 120));
  const after =
    putItAfter(text, close, limit) ??
    attributionAfter(text, close, limit, q.text) ??
    (doc.other ? otherAttributionAfter(text, close, limit, q.text) : null);
  if (after) {
    const gap = text.slice(close + 1, after.start);
    const inverted = !!after.cue && gap.includes(after.cue);
    // "…," said X / "…," according to X: the cue word between the marks and the phrase does not detach it
    const bare = inverted ? gap.replace(after.cue!, '') : gap;
    cues.push({ ...after, side: 'after', inverted, attached: bare.length < 8, origin: 'after' });
  }
  const agent = after ? null : passiveAgent(text, open, close, sStart);
  if (agent) cues.push({ ...agent, side: 'after', inverted: true, attached: true, origin: 'passive' });
  else if (!after) {
    const sentEnd = doc.sentEnd(close + 1);
    const tail =
      attributionAtSentenceEnd(text, close, sentEnd) ??
      nounAttributionAtSentenceEnd(text, close, sentEnd) ??
      (doc.other ? otherAttributionAtSentenceEnd(text, close, sentEnd) : null);
    const bare = tail ? null : bareNameAtSentenceEnd(text, close, sentEnd, q.text);
    if (tail)
      cues.push({
        ...tail,
        side: 'after',
        inverted: text.slice(close, tail.start).includes(tail.cue!),
        attached: false,
        origin: 'sentenceEnd',
      });
    else if (bare) cues.push({ ...bare, side: 'after', inverted: false, attached: true, origin: 'bareName' });
  }
  let beforeOrigin = 'putIt';
  let before = putItBefore(text, from, open);
  if (!before) [beforeOrigin, before] = ['passiveBefore', passiveAgentBefore(text, open, from)];
  if (!before) [beforeOrigin, before] = ['before', attributionBefore(text, open, from, sStart)];
  if (!before && doc.other) [beforeOrigin, before] = ['other', otherAttributionBefore(text, open, from)];
  if (!before && from === sStart) [beforeOrigin, before] = ['colon', attributionByColon(text, open, sStart)];
  const head = before || from !== sStart ? null : headlineName(text, open, sStart);
  if (head && doc.index.within(head.start, head.end).length) [beforeOrigin, before] = ['headline', head];
  // "The minister's answer was short:": the one whose words they are
  if (before && beforeOrigin === 'colon') before = { ...before, ...possessorOf(text, before.start, before.end) };
  if (before)
    cues.push({ ...before, side: 'before', inverted: false, attached: open - before.end < 40, origin: beforeOrigin });
  // `Lin said the board was "…" and that Zipcart remained "…"`: a second 'that' clause after a quotation of the
  // sentence is reported by the sentence's speech verb too; its subject is no speaker
  const reported = from > sStart && /^[\s,]*(?:(?:and|or|but)\s+)?that\s/i.test(text.slice(from, open));
  if (!cues.length && !reported && !isBlank(text.slice(from, open))) {
    // no speech verb: the subject of the quotation's clause, whatever its verb ("One survey respondent
    // identified “…”", "while another pointed to the “…”", "North defined the institutions as the “…”")
    const found = clauseSubject(text, from, open);
    const subj = found && { ...found, ...possessorOf(text, found.start, found.end) };
    if (subj) {
      const verb = (/^[\s,]*([\p{L}]+)/u.exec(text.slice(subj.end, open)) ?? [])[1] ?? null;
      cues.push({
        ...subj,
        cue: verb,
        clauseEnd: open,
        side: 'subject',
        inverted: false,
        attached: false,
        origin: 'subject',
      });
    }
  }
  let prevSubject: Cue | null = null;
  if (isBlank(text.slice(sStart, open)) && sStart > 0) {
    // a quotation opening its sentence: "Smith said:" or "Heald noted …" in the sentence just before
    const ps = doc.prevSentStart(sStart);
    if (ps < sStart && prevClose < ps) {
      let pe = sStart;
      while (pe > ps && /\s/.test(text[pe - 1])) pe--;
      const cand = attributionBefore(text, pe, ps, ps) ?? (doc.other ? otherAttributionBefore(text, pe, ps) : null);
      if (cand)
        cues.push({
          ...cand,
          side: 'prevSentence',
          inverted: false,
          attached: text[pe - 1] === ':',
          origin: 'prevSentence',
        });
      else {
        // no speech verb: the subject of the sentence before (`Schultze once summed up the danger with a
        // metaphor. "…"`), for the ranker to weigh (not an attribution: kept apart from the cues)
        // (a sentence ending in a colon hands its words over by the colon's own route)
        const colon = text[pe - 1] === ':';
        const subj =
          (colon ? null : pronounOpening(text, ps, pe)) ??
          subjectOf(text, ps, pe) ??
          (colon ? null : presentSubject(text, ps, pe));
        // a person: a pronoun or a phrase naming one (not whatever a sentence in another language opens with)
        const person =
          !!subj &&
          (/^(?:he|she|they|we|i)$/i.test(text.slice(subj.start, subj.end)) ||
            doc.index.within(subj.start, subj.end).length > 0 ||
            roleSubject(text.slice(subj.start, subj.end)));
        if (subj && person)
          prevSubject = {
            ...subj,
            cue: null,
            clauseEnd: pe,
            side: 'prevSubject',
            inverted: false,
            attached: false,
            origin: 'prevSubject',
          };
      }
    }
  }
  const ps = doc.paraStart(open);
  const pe = doc.paraEnd(close);
  return {
    q,
    open,
    close,
    para: doc.para(open),
    sentStart: sStart,
    cues,
    prevSubject,
    reported,
    opensPara: isBlank(text.slice(ps, open)),
    endsPara: /^[\s.,;:!?]*$/.test(text.slice(close + 1, pe)),
    words: (q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length,
  };
}

/** "A spokeswoman for the agency", "the minister": a determiner, then a role noun within the next two words. */
function roleSubject(phrase: string): boolean {
  const ws = phrase.toLowerCase().split(/\s+/);
  return /^(?:a|an|the|one)$/.test(ws[0]) && ws.slice(1, 3).some((w) => ROLE_NOUNS.has(w));
}
