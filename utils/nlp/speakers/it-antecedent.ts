// The institutions "it" or "they" may stand for (candidates.ts): names with an institution's word ("the Food
// Standards Agency"), phrases headed by one ("the ministry") and, for "they", groups of people ("the
// researchers"), in the sentence of the cue and the one before; for "it", when none is there, the institution
// named further back: `Boeing reported a loss. Deliveries fell. "…," it said.` There, the subject of an earlier sentence of the paragraph (or of the paragraph
// before) that names an institution: an institution's phrase ("the company", "the ministry"), a name with an
// institution's word, an acronym, or a word the name lexicon knows as no person's ("Boeing", "Amazon"), none of it
// a person of the text. A common word ("Growth", "Demand") never: the lexicon marks it as one.
import { getLexicon } from '../lexicon';
import { LEX_COMMON, LEX_FIRST, LEX_NONPER } from '../names-features';
import type { Doc } from './context';
import { classifyPhrase, isUnnamedHead } from './phrase';
import { subjectOf } from './subject';
import { isFirstName } from '../coref';

/** A capitalized name of up to six words (inner "of", "for", "and" allowed), or "the" and a lower-case noun. */
const INSTITUTION =
  /(?:^|\s)(?:[Tt]he\s+\p{Ll}+|(?:[Tt]he\s+)?[\p{Lu}][\p{L}&.'’-]*(?:\s+(?:(?:of|for|and|on)\s+)?[\p{Lu}][\p{L}&.'’-]*){0,5})(?=[\s,.;:'’]|$)/gu;

/** How many sentences before the cue's are read. */
const SENTENCES_BACK = 4;

function institutional(doc: Doc, start: number, end: number): boolean {
  const { text, index } = doc;
  if (index.within(start, end).length) return false;
  const info = classifyPhrase(text, start, end);
  if (info.cls === 'org' || info.cls === 'document') return info.cls === 'org';
  if (info.cls !== 'capitalized' && info.cls !== 'name') return false;
  const ws = text.slice(start, end).split(/\s+/);
  if (ws.length > 4 || !ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|for|and|the)$/.test(w))) return false;
  if (info.shape.orgWord || info.shape.allCaps) return true;
  const lex = getLexicon();
  const bits = ws.map((w) => lex.get(w.toLowerCase().replace(/['’]s?$/, '')) ?? 0);
  return bits.some((b) => b & LEX_NONPER) && !bits.some((b) => b & (LEX_COMMON | LEX_FIRST));
}

/**
 * The institutions named as the subject of the sentences before `before` (from the sentence starting at or
 * before `from`, back up to SENTENCES_BACK sentences and two paragraphs), nearest first.
 */
function earlierInstitutions(doc: Doc, from: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // back to the start of the second paragraph before (blank lines are no paragraphs)
  let floor = doc.paraStart(from);
  for (let n = 0; n < 2 && floor > 0;) {
    const p = doc.paraStart(floor - 1);
    if (doc.text.slice(p, floor).trim()) n++;
    floor = p;
  }
  let pos = from;
  for (let k = 0; k < SENTENCES_BACK && pos > floor; k++) {
    const s = doc.sentStart(Math.max(0, pos - 2));
    if (s >= pos) break;
    const subj = subjectOf(doc.text, s, doc.sentEnd(s));
    if (subj && institutional(doc, subj.start, subj.end)) out.push(subj);
    pos = s;
  }
  return out;
}

/** The institutions "it" or "they" at `pos` may stand for, nearest first (up to three). */
export function institutionsBefore(doc: Doc, pos: number, pronoun: string): { start: number; end: number }[] {
  const { text } = doc;
  const from = doc.sentStart(Math.max(0, doc.sentStart(pos) - 2));
  const seg = text.slice(from, pos);
  const found: { start: number; end: number }[] = [];
  for (const m of seg.matchAll(INSTITUTION)) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    const info = classifyPhrase(text, start, from + m.index + m[0].length);
    // "they": a group of people too ("the researchers", "the organizers")
    const group = pronoun === 'they' && info.cls === 'unnamed' && info.head.endsWith('s');
    if (info.cls === 'org' || info.shape.orgWord || group) found.push({ start, end: from + m.index + m[0].length });
  }
  // none there: the institution a sentence further back is about (`Boeing reported a loss. … "…," it said`)
  const far = found.length || pronoun !== 'it' ? [] : earlierInstitutions(doc, doc.sentStart(pos)).reverse();
  return [...far, ...found].reverse().slice(0, 3);
}

/**
 * The one "he" or "she" in the quotation's sentence (starting at `sentStart`) may stand for without a name: the
 * subject of the sentence just before, when it describes someone and names nobody. A phrase opened by "a", "an",
 * "another" or "one" ("Another analyst, who asked not to be named, said …", "Another senior backbencher was
 * blunter.") or a definite one headed by an unnamed speaker's noun ("The prime minister's official spokesman said
 * …"); singular only.
 */
export function describedBefore(doc: Doc, sentStart: number): { start: number; end: number }[] {
  const ps = doc.prevSentStart(sentStart);
  if (ps >= sentStart) return [];
  const subj = subjectOf(doc.text, ps, doc.sentEnd(ps));
  if (!subj || doc.index.within(subj.start, subj.end).length) return [];
  const info = classifyPhrase(doc.text, subj.start, subj.end);
  if (/[^s]s$/.test(info.head) || !/^\p{Ll}+$/u.test(info.head)) return [];
  const described = info.indefinite
    ? info.cls === 'unnamed' || info.cls === 'lower' || info.cls === 'role'
    : info.definite && isUnnamedHead(info.head) && (info.cls === 'role' || info.cls === 'unnamed');
  return described ? [subj] : [];
}

/**
 * The person "he" or "she" in the quotation's sentence may stand for when the people finder did not list them: the
 * subject of the sentence just before, a name the way people's names look ("Ana Lucero, a nurse who rides the bus,
 * said …"): two to four capitalized words in apposition or opening with a known given name, no institution's word,
 * no acronym, nobody of the text inside it.
 */
export function missedNameBefore(doc: Doc, sentStart: number): { start: number; end: number }[] {
  const ps = doc.prevSentStart(sentStart);
  if (ps >= sentStart) return [];
  const subj = subjectOf(doc.text, ps, doc.sentEnd(ps));
  if (!subj || doc.index.within(subj.start, subj.end).length) return [];
  const info = classifyPhrase(doc.text, subj.start, subj.end);
  const run = info.nameRun;
  if (info.cls !== 'name' || !run) return [];
  // the run's own shape (the description's words and numbers are not the name's)
  const shape = classifyPhrase(doc.text, run.start, run.end).shape;
  if (shape.orgWord || shape.allCaps) return [];
  const words = doc.text.slice(run.start, run.end).split(/\s+/);
  if (words.length < 2 || words.length > 4) return [];
  return info.shape.apposition || isFirstName(words[0]) ? [run] : [];
}
