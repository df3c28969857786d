// Step: lone surnames from the published lists before a person's verb or after "said", and names after kin nouns.
import { TokKind } from '../tokens';
import {
  Cap,
  LEX_COMMON,
  LEX_FIRST,
  LEX_NAME,
  LEX_NONPER,
  LEX_SURNAME,
  type Lexicon,
  type NameTok,
} from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { PLACES } from '../names-places';
import { EPONYMOUS, ORG_AFTER, PERSON_OBJECT_VERBS, PERSON_SUBJECT_VERBS, PERSON_VERBS, TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { afterKin, bare, beforeAttributive } from './context';

/**
 * "Erdogan said on Tuesday", "…, said Ozawa.": a lone word from the published surname lists right before a
 * person's verb or after "said" is a person even when the text never gives the full name (headlines, ledes);
 * so is a known name right after a family noun ("his wife Grace") or right before a noun a person's name
 * modifies ("the Obama administration", "Trump supporters").
 */
function addListedSurnames(toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const taken = new Set<number>();
  for (const m of ms) for (let i = m.a; i <= m.b; i++) taken.add(i);
  const added: Mention[] = [];
  // a small loop, each word judged apart: a rare branch taken late recompiles only loneName
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.cap !== Cap.Title || taken.has(i) || t.allCaps) continue;
    // the last of a list of kin's names is kept as a list's item (seen once, it has no other sign of a person)
    if (loneName(toks, i, lex)) added.push({ a: i, b: i, listed: lastKinName(toks, i) });
  }
  return added.length ? [...ms, ...added].sort((x, y) => x.a - y.a) : ms;
}

const capWord = (t: NameTok | undefined) => !!t && t.kind === TokKind.Word && t.cap !== Cap.None;

const OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'your', "'s", '’s']);

/** The family noun before toks[i] (afterKin's) comes after an owner: "her husband Tadhg", "Smith's wife, Ann". */
function ownedKin(toks: NameTok[], i: number): boolean {
  const k = toks[i - 1]?.norm === ',' ? i - 2 : i - 1;
  return OWNERS.has(toks[k - 1]?.norm ?? '');
}

/** "her daughters, Siobhán and Áine": the last name of a list right after a family noun. */
function lastKinName(toks: NameTok[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && p.norm === 'and' && capWord(toks[i - 2]) && afterKin(toks, i - 2) && !capWord(toks[i + 1]);
}

/** Whether the lone capitalized word toks[i] (in no mention) is a person by the words around it. */
function loneName(toks: NameTok[], i: number, lex: Lexicon): boolean {
  const t = toks[i];
  const w = t.norm;
  if (PLACES.has(w) || DEMONYMS.has(w) || EPONYMOUS.has(w) || ORG_AFTER.has(w) || TITLES.has(bare(w))) return false;
  const p = toks[i - 1];
  const n = toks[i + 1];
  if (capWord(p) || capWord(n)) return false;
  const bits = lex.get(bare(w)) ?? 0;
  if (bits & LEX_NONPER) return false;
  // "his wife Grace", "his first wife, Sally", "the 52-year-old Grace": any known given name or surname
  // a word the lexicon does not know at all is a name there too, after "his", "her" … and the family noun ("her
  // husband Tadhg"; not the French "son Veep")
  const known = bits & (LEX_FIRST | LEX_SURNAME | LEX_NAME);
  if (afterKin(toks, i) && (known || (bits === 0 && ownedKin(toks, i)))) return true;
  if (lastKinName(toks, i) && (known || (bits === 0 && ownedKin(toks, i - 2)))) return true;
  // at a sentence's start only a word that is no common word ("Biden administration officials said"; "Campaign
  // aides" is a common word's capital)
  if (beforeAttributive(toks, i) && bits & (LEX_NAME | LEX_SURNAME) && (!t.sent0 || !(bits & LEX_COMMON))) return true;
  if (!(bits & LEX_SURNAME) || bits & LEX_COMMON) return false;
  const before = !!n && n.cap === Cap.None && (PERSON_VERBS.has(n.norm) || PERSON_SUBJECT_VERBS.has(n.norm));
  const after =
    !!p && p.cap === Cap.None && (p.norm === 'said' || p.norm === 'says' || PERSON_OBJECT_VERBS.has(p.norm));
  return before || after;
}

export const addLoneSurnames: Step = (doc, ms) => addListedSurnames(doc.toks, ms, doc.lex);
