// Step: initials written together without periods ("PV Sindhu", "JK Rowling", "JRR Tolkien", "MS Dhoni", "R
// Saravanan"), the house style of South Asian outlets and of some British papers. Two or three capitals also abbreviate
// organizations and places ("BBC Radio", "NY Knicks", "PSV Eindhoven"), so the capitals open a name only when
// they are no listed acronym, the text never uses them on their own, and the name shows a person's sign: the
// tagger took the surname, a title or a role beside it, a person's verb after (or 'said', 'by' before), or the surname recurs alone.
import {
  adjacent,
  Cap,
  DOC_ALONE,
  DOC_ORG,
  DOC_SAID,
  DOC_TITLED,
  LEX_COMMON,
  LEX_FIRST,
  LEX_NAME,
  LEX_NONPER,
  type Lexicon,
  type NameTok,
} from '../names-features';
import { TokKind } from '../tokens';
import { ORG_AFTER, TITLES } from '../wordlists';
import { words as notInitials } from '../data/not-joined-initials.json';
import type { Mention, PeopleDoc, Step } from './doc';
import { bare, ownersOf, replaceMentions } from './context';
import { surnameWord } from './initial-names';
import { personVerbBeside, roleBeside } from './reused-names';

const NOT_INITIALS = new Set(notInitials);

/**
 * "PV", "JRR": two or three capitals, no period, outside an all-capitals headline; or one capital with no period
 * ("R Saravanan", "S Jaishankar"), but not "A" or "I", which open sentences as words.
 */
const joined = (t: NameTok | undefined): t is NameTok => {
  // the cheap tests first: this runs on every token, three times
  if (!t || t.allCaps || (t.cap !== Cap.Title && t.cap !== Cap.Upper) || t.norm.length > 3) return false;
  if (!/^[a-z]{1,3}$/.test(t.norm)) return false;
  if (t.end - t.start === 1) return t.cap === Cap.Title && t.norm !== 'a' && t.norm !== 'i';
  return t.cap === Cap.Upper && t.end - t.start <= 3;
};

/** Tokens i..b are the whole name: nothing capitalized runs on after it ("NY Knicks Arena"). */
function nameEnd(text: string, toks: NameTok[], i: number): number {
  let b = i + 1;
  const s = toks[b];
  if (!surnameWord(s) || s.nl || !adjacent(text, toks[i], s)) return -1;
  // "KT Rama Rao": a given name, then the surname
  const t = toks[b + 1];
  if (t && t.cap === Cap.Title && !t.nl && adjacent(text, s, t) && surnameWord(t)) b++;
  const after = toks[b + 1];
  if (after && after.cap !== Cap.None && !after.nl && adjacent(text, toks[b], after)) return -1;
  return b;
}

/** A title right before ("Chief Minister MK Stalin", "police commissioner A Arun"). */
function titleBefore(toks: NameTok[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && p.kind === TokKind.Word && TITLES.has(bare(p.norm));
}

/** A word a surname cannot be: a common word ("AP Photo", "GB News") or a known organization's or place's. */
function notSurname(t: NameTok, lex: Lexicon): boolean {
  const bits = lex.get(t.norm) ?? 0;
  return (bits & LEX_COMMON) !== 0 || ((bits & LEX_NONPER) !== 0 && (bits & (LEX_FIRST | LEX_NAME)) === 0);
}

/** A person's sign for the name toks[i..b] the tagger did not take. */
function personSign(doc: PeopleDoc, i: number, b: number): boolean {
  const { toks, ev } = doc;
  const surname = toks[b].norm;
  const evidence = ev.get(surname) ?? 0;
  const m = { a: i, b, listed: false };
  return (
    titleBefore(toks, i) ||
    roleBeside(doc.text, toks, m) ||
    personVerbBeside(toks, m) ||
    ((evidence & (DOC_SAID | DOC_TITLED | DOC_ALONE)) !== 0 && (evidence & DOC_ORG) === 0)
  );
}

function joinInitials(doc: PeopleDoc, ms: Mention[]): Mention[] {
  const { text, toks } = doc;
  // how often each run of capitals appears, and how often right before a capitalized word
  let uses: Map<string, number> | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (joined(toks[i])) (uses ??= new Map()).set(toks[i].norm, (uses.get(toks[i].norm) ?? 0) + 1);
  }
  if (!uses) return ms;
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!joined(toks[i]) || toks[i + 1].cap !== Cap.Title) continue;
    const key = toks[i].norm + ' ' + toks[i + 1].norm;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const owner = ownersOf(toks, ms);
  const drop = new Set<number>();
  const added: Mention[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (!joined(t) || owner[i] >= 0 || NOT_INITIALS.has(t.norm) || ORG_AFTER.has(t.norm)) continue;
    // the capitals open the name: "Chrysler LLC Jim Press" ends an organization's name (a title may come before,
    // or a word that is no name, capitalized to open the sentence: "Cricketer MS Dhoni"; "Harry S Truman" is one)
    const p = toks[i - 1];
    const opener = !!p && p.sent0 && ((doc.lex.get(p.norm) ?? 0) & (LEX_FIRST | LEX_NAME)) === 0;
    if (p && p.cap !== Cap.None && adjacent(text, p, t) && !titleBefore(toks, i) && !opener) continue;
    // "the PV panels … PV Sindhu": capitals the text also uses on their own are an acronym
    if ((uses.get(t.norm) ?? 0) > (pairs.get(t.norm + ' ' + toks[i + 1].norm) ?? 0)) continue;
    const b = nameEnd(text, toks, i);
    if (b < 0 || notSurname(toks[i + 1], doc.lex) || notSurname(toks[b], doc.lex)) continue;
    const k = owner[i + 1];
    if (k >= 0) {
      // the tagger took the surname: the initials join it
      if (ms[k].a !== i + 1 || drop.has(k)) continue;
      drop.add(k);
      added.push({ a: i, b: Math.max(b, ms[k].b), listed: ms[k].listed });
    } else if (owner[b] < 0 && personSign(doc, i, b)) {
      added.push({ a: i, b, listed: false });
    }
  }
  return added.length ? replaceMentions(ms, drop, added) : ms;
}

export const addJoinedInitials: Step = joinInitials;
