// A pronoun chain: `Reece is folding towels. He says he has not thought about it. Then he says that is not true.
// ¶ "Of course I've thought about it," he says.` The sentences before the quotation open with the same pronoun;
// the sentence before them names its subject. That subject is who the chain, and the pronoun at the quotation,
// stands for, even when someone else was named later inside the chain ("… what happens when Osei goes").
import type { Gender } from '../coref';
import type { Doc } from './context';
import { subjectAt } from './modifier';
import { AUX_ADV, CUES, FRONTED, SUBORD } from './word-classes';

/** How many sentences back a chain is followed. */
const MAX_LINKS = 6;
/** A word that may come before the pronoun opening a sentence of the chain ("Then he says …", "But she …"). */
const opener = (w: string) => FRONTED.has(w) || AUX_ADV.test(w) || SUBORD.test(w);
/** A short phrase set off by a comma before a sentence's subject ("Defending, Simon Park said", "In 2014, Roe …"). */
const LEAD_PHRASE = /^[^,;:"“”‘’]{1,40},\s*$/;

/** A clause of its own between the subject and another name ("Ruiz said … whether anyone knew where Lily was"). */
const CLAUSE_BREAK =
  /[;:—–]|\b(?:that|whether|where|when|who|whom|which|what|why|how|because|if|after|before|while|until)\b/i;

const FRONTED_PRONOUN = /^\s*[^,;:"“”‘’]{1,40},\s*(he|she)\s/i;

const ASIDE = /^\s*[^,;:"“”‘’]{1,40},\s+(he|she)\s+(\p{L}+),/iu;

const pronounIn = (gap: string, gender: Gender) => (gender === 'm' ? /\bhe\b/i : /\bshe\b/i).test(gap);

/** Does the sentence text[from, to) open with `pronoun` as its subject (after "Then", "And", …)? */
function opensWith(text: string, from: number, to: number, pronoun: string): boolean {
  const ws = text.slice(from, Math.min(to, from + 60)).match(/[\p{L}]+/gu) ?? [];
  if (!/^\s*\p{L}/u.test(text.slice(from, to))) return false;
  let k = 0;
  while (k < ws.length - 1 && opener(ws[k].toLowerCase())) k++;
  if (ws[k]?.toLowerCase() === pronoun) return true;
  // "Over the years, he has used …": a short fronted phrase and its comma before the pronoun
  const lead = FRONTED_PRONOUN.exec(text.slice(from, Math.min(to, from + 60)));
  if (lead && lead[1].toLowerCase() === pronoun) return true;
  // `Osei, he adds, is tougher than he looks.`: the pronoun's aside goes on the chain (the one named is talked about)
  const aside = ASIDE.exec(text.slice(from, Math.min(to, from + 80)));
  return !!aside && aside[1].toLowerCase() === pronoun && CUES.has(aside[2].toLowerCase());
}

/**
 * The person named as the subject of the sentence text[from, to) (after a fronted phrase and its comma), or null;
 * null too when someone else the pronoun could stand for is named later in the same clause ("Judge Brown jailed
 * Smith.": the chain after it may be about either), not in a clause of its own.
 */
function subjectPerson(doc: Doc, from: number, to: number, gender: Gender): string | null {
  const ms = doc.index.within(from, to);
  const m = ms[0];
  if (!m) return null;
  const lead = doc.text.slice(from, m.start);
  const comma = lead.lastIndexOf(',');
  const ok =
    subjectAt(doc.text, ms, from, m.start) ||
    (comma >= 0 && LEAD_PHRASE.test(lead) && subjectAt(doc.text, ms, from + comma + 1, m.start));
  if (!ok) return null;
  const g = doc.index.gender.get(m.person.id) ?? null;
  if (g !== null && g !== gender) return null;
  for (const o of ms) {
    if (o.person.id === m.person.id || o.start < m.end) continue;
    const og = doc.index.gender.get(o.person.id) ?? null;
    // `Whitaker says he has nothing against Ramos`: the head's own pronoun opens a clause about someone else
    const gap = doc.text.slice(m.end, o.start);
    if ((og === null || og === gender) && !CLAUSE_BREAK.test(gap) && !pronounIn(gap, gender)) return null;
  }
  return m.person.id;
}

/**
 * The sentence text[from, to) opens with a quotation mark or closes one before the chain's pronoun ('…," he says'),
 * and names nobody, nor a pronoun of the other gender.
 */
function quotedAside(doc: Doc, from: number, to: number, gender: Gender): boolean {
  const t = doc.text.slice(from, to);
  const own = gender === 'm' ? /[,?!]["”]\s*he\s/i : /[,?!]["”]\s*she\s/i;
  return (
    (/^\s*["“]/.test(t) || own.test(t)) &&
    !doc.index.within(from, to).length &&
    !pronounIn(t, gender === 'm' ? 'f' : 'm')
  );
}

/**
 * The person a chain of sentences opening with `pronoun` ('he' or 'she') stands for, ending just before the sentence
 * at `sentStart`: the subject of the sentence before the chain. Null without a chain (one sentence at least) or
 * without a named subject before it.
 */
export function chainHead(doc: Doc, sentStart: number, pronoun: string): string | null {
  const gender: Gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  if (!gender) return null;
  let s = sentStart;
  let links = 0;
  for (let steps = 0; steps <= 2 * MAX_LINKS && links <= MAX_LINKS && s > 0; steps++) {
    const ps = doc.prevSentStart(s);
    if (ps >= s) return null;
    if (opensWith(doc.text, ps, s, pronoun)) links++;
    // `McKelvey still serves on the board … "…," he says. "It's very gratifying …" ¶ He decided to return`: a
    // sentence of quoted words that names nobody and no one of the other gender goes on the chain
    else if (!(links && quotedAside(doc, ps, s, gender))) return links ? subjectPerson(doc, ps, s, gender) : null;
    s = ps;
  }
  return null;
}
