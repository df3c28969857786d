// Finding the phrase that attributes a quotation: the speech verb ("cue") next to the quotation marks and
// its subject. Works on short windows of text around each quotation, so the cost is per quotation, not per
// token of the article. The speaker itself is chosen by the ranker in speakers/ (these phrases are its
// strongest evidence).
import speakerCues from './data/speaker-cues.json';
import frontedAdverbs from './data/speaker-fronted-adverbs.json';
import { TITLE_ABBREVS } from './wordlists';

/** Speech verbs that attribute a quotation (a data file: utils/nlp/data/speaker-cues.json). */
export const CUES: ReadonlySet<string> = new Set(speakerCues.words);
const FRONTED: ReadonlySet<string> = new Set(frontedAdverbs.words);
const AUX_ADV =
  /^(?:also|then|later|further|has|have|had|would|will|once|previously|recently|simply|just|again|quickly|first|finally|repeatedly|earlier|reportedly|was|were|is|had|been|publicly|famously|separately|privately|too|once|herself|himself|themselves|itself|merely|only|already|never|not|always|often|since|specifically|explicitly|openly|bluntly|angrily|candidly|proudly|flatly|subsequently|initially|originally)$/i;
const PRONOUN = /^(?:he|she|they|i|we|it|you)$/i;
export const PREP =
  /^(?:in|on|at|for|to|from|with|by|of|during|about|after|before|and|but|or|as|which|that|who|when|while|if|unless|until|once|whether|because|although|though|whereas|regarding|speaking|describing|expanding|responding|according|since|despite|upon|under|over|like|unlike)$/i;
const BOUNDARY =
  /^(?:that|and|but|when|while|as|after|before|because|if|which|who|where|then|whereas|although|though|so|is|are|was|were|get|gets|got|with|in|on|at|for|from|to|into|than)$/i;
const VERBISH =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|also|then|later|first|recently)$/;
const RELEASE =
  /^(?:released|issued|published|posted|sent|put|made|releasing|issuing|publishing|posting|sending|gave|giving|provided)$/i;
const DOC = /^(?:statement|letter|release|memo|post|message|note|report|announcement|email|e-mail|tweet|blog)$/i;
const SUBORD = /^(?:whereas|while|although|though|and|but|as|so|yet|because|since|if|unless|until|when)$/i;
// a participle after a determiner is an adjective, not the verb: "the alleged gunman", "a noted author"
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)$/i;
const adjectival = (ws: W[], k: number) => k > 0 && DETERMINER.test(ws[k - 1].w);

// a whole sentence of subject + speech verb: "He said.", "Mr MacFarlane added.", "Dr. Jane Roe said on Monday.",
// "Gonzalez said in an interview."
const SHORT_ATTRIBUTION =
  /^((?:He|She|They|We|I)|(?:The|A|An)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(?:also\s+)?(said|says|added|adds|explained|continued|noted|wrote|told\s+[\p{L}\s]{1,30}?)(?:\s+(?:in|on|at|during|after|before|from|via|over|with|last|this)(?:\s+(?!that\b|which\b|who\b)[\p{L}\p{N}'’.-]+){1,5})?\s*[.!](?=\s|$)/u;

export interface Attribution {
  /** attributing phrase span */
  start: number;
  end: number;
  cue: string | null;
  /** end of the attribution clause in the text (for continuation checks) */
  clauseEnd: number;
}

interface W {
  w: string;
  l: string;
  s: number;
  e: number;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

export function wordsIn(text: string, from: number, to: number): W[] {
  const seg = text.slice(from, to);
  const out: W[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(seg))) {
    let w = m[0];
    // a trailing period belongs to the sentence, except in initials and abbreviations
    if (w.endsWith('.') && !keepsPeriod(w.slice(0, -1))) w = w.slice(0, -1);
    out.push({ w, l: w.toLowerCase(), s: from + m.index, e: from + m.index + w.length });
  }
  return out;
}

const isParticiple = (l: string) => l.endsWith('ing') && CUES.has(l);
const isLower = (w: W) => w.w[0] === w.l[0];
// "Due to the storm, …", "Thanks to the grant, …": a fronted phrase
const FRONTED_TO = /^(?:due|thanks|owing|prior|next|close) to$/;
/**
 * An auxiliary or adverb between a subject and its verb; any -ly word after an auxiliary is an adverb
 * ("RMS has consistently argued"), not part of the subject (a lone -ly word may be a noun: "the family said").
 */
const auxOrAdverb = (ws: W[], k: number) =>
  AUX_ADV.test(ws[k].w) || (k > 0 && isLower(ws[k]) && ws[k].l.endsWith('ly') && AUX_ADV.test(ws[k - 1].w));
const gapHas = (text: string, a: W, b: W, re: RegExp) => re.test(text.slice(a.e, b.s));
/** Does a gap between two consecutive words of ws[i..j] match `re` (an abbreviation's period is in its word)? */
function breakBetween(text: string, ws: W[], i: number, j: number, re: RegExp): boolean {
  for (let k = i; k < j; k++) if (gapHas(text, ws[k], ws[k + 1], re)) return true;
  return false;
}

const WEEKDAY_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * A capitalized -ing word opening a sentence is a fronted participle ("Speaking to reporters, …", "Writing in
 * the Times, …") unless it is a name that is the subject: followed by its verb, a comma or another capitalized
 * word ("Boeing said", "Manning rejected", "Beijing, which …", "Boeing Co. said"; not "Speaking Monday, …").
 */
function frontedParticiple(text: string, ws: W[]): boolean {
  const [w, next] = ws;
  if (!w.l.endsWith('ing') || isLower(w)) return false;
  if (!next) return true;
  if (CUES.has(next.l) || VERBISH.test(next.l) || /..ed$/.test(next.l) || gapHas(text, w, next, /,/)) return false;
  return isLower(next) || WEEKDAY_MONTH.test(next.l);
}

/**
 * Subject of the sentence starting at `from`: skip a fronted phrase ("After the match,", "In a statement,"),
 * then take words up to the first verb-like word. Appositions stay inside ("Todd Tiahrt, a Kansas
 * representative,"). Null when no verb is found within 24 words (appositions can be long).
 */
export function subjectOf(text: string, from: number, to: number): { start: number; end: number } | null {
  const ws = wordsIn(text, Math.max(from, to - 600), to);
  let i = 0;
  // "But Gonzalez, 54, said": a conjunction opening the sentence is not a fronted phrase up to the comma
  if (ws.length > 1 && /^(?:and|but|or|yet|so)$/.test(ws[0].l)) i = 1;
  // "Earlier Saturday, Yoon apologized", "Meanwhile, the ministry said": the subject starts after the comma
  else if (ws.length > 1 && FRONTED.has(ws[0].l)) {
    const comma = ws.findIndex((w, k) => k + 1 < ws.length && k < 4 && gapHas(text, w, ws[k + 1], /,/));
    if (comma >= 0) i = comma + 1;
  }
  if (
    i === 0 &&
    ws.length &&
    (PREP.test(ws[0].w) || frontedParticiple(text, ws) || FRONTED_TO.test(ws[0].l + ' ' + (ws[1]?.l ?? '')))
  ) {
    // fronted phrase: up to the first comma; without a comma, a pronoun subject right after it
    while (i + 1 < ws.length && i < 10 && !gapHas(text, ws[i], ws[i + 1], /,/)) i++;
    if (i >= 10 || i + 1 >= ws.length) {
      for (let k = 1; k < Math.min(ws.length - 1, 12); k++) {
        if (
          /^(?:he|she|they|we|i)$/.test(ws[k].w) &&
          (CUES.has(ws[k + 1].l) || VERBISH.test(ws[k + 1].l) || ws[k + 1].l.endsWith('ed'))
        ) {
          return { start: ws[k].s, end: ws[k].e };
        }
      }
      return null;
    }
    i++;
  }
  const start = i;
  for (let k = i; k < ws.length && k - start < 24; k++) {
    const l = ws[k].l;
    const lower = ws[k].w[0] === l[0];
    if (
      lower &&
      k > start &&
      !adjectival(ws, k) &&
      (CUES.has(l) || VERBISH.test(l) || (l.endsWith('ed') && l.length > 4))
    ) {
      if (k === start) return null;
      let end = k - 1;
      while (end > start && auxOrAdverb(ws, end)) end--;
      // "Nasdaq, meanwhile, says": a sentence adverb set off by commas is not part of the subject
      while (end > start && FRONTED.has(ws[end].l) && gapHas(text, ws[end - 1], ws[end], /,/)) end--;
      return { start: ws[start].s, end: ws[end].e };
    }
    if (lower && k === start && PRONOUN.test(l)) return { start: ws[k].s, end: ws[k].e };
    // "Patty Murray, who hails from …, said": the subject ends before the relative clause
    if (
      k > start &&
      /^(?:who|which|in|on|at|during|after|before|while)$/.test(l) &&
      gapHas(text, ws[k - 1], ws[k], /,/)
    )
      return { start: ws[start].s, end: ws[k - 1].e };
  }
  return null;
}

/**
 * `Eich stepped down and Mitchell Baker, its chairwoman, posted a statement: "…"`: after the sentence's subject
 * and its verb (from `from`, the subject's end), a conjunction opening a clause of its own, a subject and a verb
 * before `to`, gives the words to that clause's subject. Null when there is none.
 */
export function lastClauseSubject(text: string, from: number, to: number): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  for (const m of text.slice(from, to).matchAll(CLAUSE_OPEN)) {
    const at = from + m.index + m[0].length;
    const subj = subjectOf(text, at, to);
    if (subj && subj.start === at && subj.end < to - 2) found = subj;
  }
  return found;
}
const CLAUSE_OPEN = /[,;]?\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an)\s+\p{Ll}|\p{Lu})/gu;

/** Non-titles among the abbreviations of the title list ("No. 3", "Fig. 2"): their period may end a sentence. */
const NOT_TITLES = new Set('no nos vol pp fig art ch ex vs v cf approx est dept univ assn ave blvd rd'.split(' '));
const KEEPS_PERIOD: ReadonlySet<string> = new Set([
  ...[...TITLE_ABBREVS].filter((w) => !NOT_TITLES.has(w)),
  ...'jr sr inc co corp ltd'.split(' '),
]);

/**
 * Titles, initials and company suffixes whose period does not end a sentence ("said Maj. Gen. Pat Ryder",
 * "Apple Inc. CEO", "the U.N. envoy"): `stem` is the word without its period.
 */
function keepsPeriod(stem: string): boolean {
  return /^(?:[A-Z]\.)*[A-Z]$/.test(stem) || (/^\p{Lu}/u.test(stem) && KEEPS_PERIOD.has(stem.toLowerCase()));
}

/** Does `before` (the text up to a period) end with such an abbreviation? */
export function endsWithAbbreviation(before: string): boolean {
  const m = /(?:^|[\s(])([\p{L}.]+)$/u.exec(before.slice(-16));
  return !!m && keepsPeriod(m[1]);
}

/** Where the attribution clause of `seg` ends: a sentence end, a quotation mark or a line break. */
function clauseStop(seg: string): number {
  const re = /[.!?;](?=\s|$)|["“”]|\n/g;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    if (m[0] === '.' && endsWithAbbreviation(seg.slice(0, m.index))) continue;
    return m.index;
  }
  return seg.length;
}

/** Cue right after the closing mark: `"…," X said`, `"…," said X`, `"…" - X`. */
export function attributionAfter(text: string, close: number, limit: number, content: string): Attribution | null {
  let i = close + 1;
  const end = Math.min(limit, close + 220);
  const head = /^[\s,;:—–-]*/.exec(text.slice(i, i + 6))![0];
  const separated = /[,;:—–-]/.test(head);
  i += head.length;
  if (i >= end) return null;
  const sentenceDone = /[.!?]["”'’)\]]*\s*$/.test(content);
  // `"…." The next sentence` is not an attribution; `"…?" he asked` is
  if (/^[.!?]/.test(text[i])) return null;
  if (
    sentenceDone &&
    !separated &&
    /^[\p{Lu}]/u.test(text[i]) &&
    !/^(?:Said|Says|Asked|Added)\b/.test(text.slice(i, i + 6))
  ) {
    // `"…." Mr Smith said.` — a sentence that is nothing but the attribution still belongs to the quotation
    const only = SHORT_ATTRIBUTION.exec(text.slice(i, Math.min(end, i + 80)));
    if (!only) return askedBy(text, i, end, content);
    return { start: i, end: i + only[1].length, cue: only[2], clauseEnd: i + only[0].length };
  }
  if (!separated && !/[,.!?…—–-]["”'’]*\s*$/.test(content)) return null;
  const seg = text.slice(i, end);
  const clauseEnd = i + clauseStop(seg);
  // pull-quote attribution: `"…" - Matthew Ingram`
  if (/[-—–]/.test(head)) {
    const m = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}/u.exec(seg);
    if (m) return { start: i, end: i + m[0].length, cue: null, clauseEnd: i + m[0].length };
  }
  const ws = wordsIn(text, i, clauseEnd);
  for (let k = 0; k < ws.length && k <= 14; k++) {
    const l = ws[k].l;
    const according = k === 0 && l === 'according' && ws[1]?.l === 'to';
    if ((!CUES.has(l) || adjectival(ws, k)) && !according) continue;
    if (k === 0) {
      // inverted: "said Smith", "says progressive columnist", "according to X"
      if (isParticiple(l)) return null;
      const a = according ? 2 : 1;
      let b = a;
      while (
        b < ws.length &&
        b - a < 8 &&
        !/^(?:in|on|at|during|who|which|to|after|before|when|while|because|adding|as|of|that)$/i.test(ws[b].w)
      ) {
        if (b > a && gapHas(text, ws[b - 1], ws[b], /[,:;()]/)) break;
        b++;
      }
      if (b === a) return null;
      return { start: ws[a].s, end: ws[b - 1].e, cue: according ? 'according to' : ws[k].w, clauseEnd };
    }
    if (isParticiple(l)) return null;
    if (/^(?:and|but|or|then|so)$/i.test(ws[0].w)) return null;
    // "Detik.com quoted Djamal as saying": the one quoted speaks
    if (l === 'quoted') {
      let asAt = k + 2;
      while (asAt < ws.length && asAt <= k + 5 && ws[asAt].l !== 'as') asAt++;
      if (asAt < ws.length && ws[asAt].l === 'as' && /^say/.test(ws[asAt + 1]?.l ?? '') && asAt > k + 1) {
        return { start: ws[k + 1].s, end: ws[asAt - 1].e, cue: 'said', clauseEnd };
      }
    }
    let a = 0;
    while (a < k && SUBORD.test(ws[a].w)) a++;
    // `"…," adding that …` is a participle clause; `"…," Boeing said` is not
    if (a === k || PREP.test(ws[a].w) || (ws[a].l.endsWith('ing') && isLower(ws[a]))) return null;
    let b = k;
    while (b > a && auxOrAdverb(ws, b - 1)) b--;
    if (b === a) return null;
    // the phrase is one noun phrase (appositions allowed): no sentence break inside
    if (breakBetween(text, ws, a, b - 1, /[.!?]\s/)) return null;
    if (b - 1 > a && PRONOUN.test(ws[b - 1].l) && ws[b - 1].w[0] === ws[b - 1].l[0]) {
      return { start: ws[b - 1].s, end: ws[b - 1].e, cue: ws[k].w, clauseEnd };
    }
    return { start: ws[a].s, end: ws[b - 1].e, cue: ws[k].w, clauseEnd };
  }
  return null;
}

// the subject and speech verb right after a question or an exclamation: `"Who is Ellen Fetter?" Rothman recalls`
const ASKED_BY =
  /^((?:He|She|They|We|I)|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(?:also\s+)?(\p{Ll}+)\b/u;

/** `"…?" X asked`, `"…!" she recalls thinking`: the clause after a question or an exclamation attributes it. */
function askedBy(text: string, i: number, end: number, content: string): Attribution | null {
  if (!/[?!]["”'’)\]]*\s*$/.test(content)) return null;
  const m = ASKED_BY.exec(text.slice(i, Math.min(end, i + 80)));
  if (!m || !CUES.has(m[2]) || m[2].endsWith('ing')) return null;
  return { start: i, end: i + m[1].length, cue: m[2], clauseEnd: i + clauseStop(text.slice(i, end)) };
}

const PASSIVE = /^(?:was|were|is|are|be|been|being)$/i;

// the end of a sentence that attributes what came before it: `…, Indyk said.`, `…, said Ms. Roe on Friday.`
const TAIL_ATTRIBUTION =
  /,\s+(?:((?:he|she|they|we|I)|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(said|says|added|adds|explained|noted|wrote|told\s+[\p{L}\s]{1,30}?)|(said|says|added)\s+((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}))(?:\s+(?:on|last|this)\s+\p{L}+|\s+\p{Lu}\p{Ll}+day)?\s*[.!]$/u;

/**
 * The attribution that ends the sentence of a quotation whose own sentence goes on after the marks
 * (`"Now it's hard to see what could persuade the Palestinians" to hold up on their plans, Indyk said.`).
 * `sentEnd` is the end of the sentence.
 */
export function attributionAtSentenceEnd(text: string, close: number, sentEnd: number): Attribution | null {
  const seg = text.slice(close + 1, Math.min(sentEnd, close + 400));
  if (/["“”\n]/.test(seg)) return null;
  const m = TAIL_ATTRIBUTION.exec(seg.trimEnd());
  if (!m) return null;
  const at = close + 1 + m.index;
  const name = m[1] ?? m[4];
  const start = at + m[0].indexOf(name, m[1] ? 0 : m[0].indexOf(m[3]) + m[3].length);
  return { start, end: start + name.length, cue: m[2] ?? m[3], clauseEnd: close + 1 + seg.trimEnd().length };
}

/**
 * Cue before the opening mark in the same sentence: `X said: "…"`, `X told reporters that "…"`,
 * `…, saying "…"`. `from` bounds the search (sentence start or the previous quotation), `sentStart` is where
 * the sentence's subject starts.
 */
export function attributionBefore(text: string, open: number, from: number, sentStart: number): Attribution | null {
  const ws = wordsIn(text, from, open);
  // words inside a parenthesis that closes before the quotation are an aside, not the attribution
  const aside = new Uint8Array(ws.length);
  let depth = 0;
  for (let k = ws.length - 1, pos = open; k >= 0; k--) {
    const gap = text.slice(ws[k].e, pos);
    for (let c = gap.length - 1; c >= 0; c--) {
      if (gap[c] === ')') depth++;
      else if (gap[c] === '(' && depth > 0) depth--;
    }
    if (depth > 0) aside[k] = 1;
    pos = ws[k].s;
  }
  for (let k = ws.length - 1; k >= 0 && ws.length - k <= 24; k--) {
    const l = ws[k].l;
    if (aside[k]) continue;
    if (l === 'according' && ws[k + 1]?.l === 'to') {
      const a = k + 2;
      let b = a;
      // the phrase ends with its clause or its sentence ("according to a transcript. They take time")
      while (b < ws.length && b - a < 8 && !(b > a && gapHas(text, ws[b - 1], ws[b], /[,:;]|[.!?]\s/))) b++;
      if (b > a) return { start: ws[a].s, end: ws[b - 1].e, cue: 'according to', clauseEnd: open };
      continue;
    }
    if (!CUES.has(l) || adjectival(ws, k)) continue;
    // passive ("a stranding that was described as"): the subject is what is described, not who speaks
    if (k > 0 && PASSIVE.test(ws[k - 1].w) && /(?:ed|told|written|said)$/.test(l)) return null;
    // "called" and "described" take an object: `called the discussion "…"`, but not `a group called "…"`
    if (
      (l === 'called' || l === 'quoted') &&
      k > 0 &&
      /^(?:a|an|the|group|company|program|site|website|book|film|is|was|be|been)$/i.test(ws[k - 1].w) &&
      l === 'called'
    )
      continue;
    let b = k;
    while (b > 0 && auxOrAdverb(ws, b - 1) && !gapHas(text, ws[b - 1], ws[k], /[,;:]/)) b--;
    const prevW = b > 0 ? ws[b - 1] : null;
    if (prevW && PRONOUN.test(prevW.l) && !gapHas(text, prevW, ws[k], /[,;:]/)) {
      return { start: prevW.s, end: prevW.e, cue: ws[k].w, clauseEnd: open };
    }
    if (isParticiple(l)) {
      // "a message stating" / "one poster writing": the noun phrase right before; "X released a statement saying":
      // the sentence's subject; ", saying": the sentence's subject
      if (prevW && !PREP.test(prevW.w) && !gapHas(text, prevW, ws[k], /[,;:()]/)) {
        let a = b - 1;
        while (
          a > 0 &&
          !BOUNDARY.test(ws[a - 1].w) &&
          !RELEASE.test(ws[a - 1].w) &&
          !/(?:ing|ed)$/.test(ws[a - 1].l) &&
          !gapHas(text, ws[a - 1], ws[a], /[,;:()]/) &&
          b - a < 8
        )
          a--;
        const np = ws.slice(a, b);
        const isDoc = np.some((w) => DOC.test(w.w));
        const releasedBy = a > 0 && RELEASE.test(ws[a - 1].w);
        // "posted to Twitter asking", "a letter to the board stating": the complement of a preposition is not
        // who speaks; the sentence's subject is
        // ("with one poster writing", "with Boswell stating": the noun phrase after "with" does the speaking)
        const complement =
          a > 0 && PREP.test(ws[a - 1].w) && ws[a - 1].l !== 'with' && !gapHas(text, ws[a - 1], ws[a], /[,;:()]/);
        if (!(isDoc && releasedBy) && !complement && !BOUNDARY.test(np[0].w)) {
          return { start: np[0].s, end: np[np.length - 1].e, cue: ws[k].w, clauseEnd: open };
        }
      }
      // `"…," she said, adding: "…"`: in a sentence that opens with a quotation, the subject of its attribution
      const opensWithQuote = from > sentStart && /^\s*["“]/.test(text.slice(sentStart, from));
      const subj = (opensWithQuote ? subjectOf(text, from, ws[k].e) : null) ?? subjectOf(text, sentStart, ws[k].e);
      if (subj) return { ...subj, cue: ws[k].w, clauseEnd: open };
      continue;
    }
    let a = b;
    while (a > 0 && b - a < 12) {
      if (gapHas(text, ws[a - 1], ws[a], /[,;:—–()]/)) break;
      if (BOUNDARY.test(ws[a - 1].w) && !/^(?:of|with|for|at|in|on|from|to)$/i.test(ws[a - 1].w)) break;
      a--;
    }
    while (a < b && SUBORD.test(ws[a].w)) a++;
    if (a === b) {
      // `"…," said Obama, "…"`: the cue opens the words after the first part; its subject follows it
      const inverted = k === 0 && from > sentStart ? invertedSubject(text, ws, open) : null;
      // "Charles Roe, an expert at Stanford, who stated": the one the relative pronoun stands for
      const rel = b > 0 && /^(?:who|which)$/.test(ws[b - 1].l) ? antecedentOf(text, ws, b - 1) : null;
      const found = inverted ?? rel;
      if (found) return { ...found, cue: ws[k].w, clauseEnd: open };
    }
    const coordinated =
      a > 0 && /^(?:and|but|or)$/i.test(ws[a - 1].w) && ws.slice(a, b).every((w) => w.w[0] === w.l[0]);
    // "in a reaction to the news European Commissioner Neelie Kroes said": the capitalized run before the verb
    if (a < b && PREP.test(ws[a].w) && !coordinated) {
      let c = b;
      while (c > a + 1 && /^[\p{Lu}]/u.test(ws[c - 1].w) && !gapHas(text, ws[c - 1], ws[b - 1], /[,;:()]/)) c--;
      if (c < b && b - c >= 2) return { start: ws[c].s, end: ws[b - 1].e, cue: ws[k].w, clauseEnd: open };
    }
    if (a === b || PREP.test(ws[a].w) || coordinated) {
      // coordinated verb or fronted phrase: the sentence's subject, or a later clause's ("… and Baker, its chair, said")
      const subj = subjectOf(text, sentStart, ws[k].e);
      if (subj) return { ...(lastClauseSubject(text, subj.end, ws[k].e) ?? subj), cue: ws[k].w, clauseEnd: open };
      continue;
    }
    // the whole subject when no verb intervenes ("Ralph Crosby, EADS's CEO and ex Northrop executive commented")
    const subj = subjectOf(text, sentStart, ws[k].e);
    if (subj && subj.end === ws[b - 1].e && subj.start < ws[a].s) return { ...subj, cue: ws[k].w, clauseEnd: open };
    return { start: ws[a].s, end: ws[b - 1].e, cue: ws[k].w, clauseEnd: open };
  }
  return null;
}

/** The subject after a cue that opens `ws`, up to the quotation: `said American president Obama,`. */
function invertedSubject(text: string, ws: W[], open: number): { start: number; end: number } | null {
  if (ws.length < 2 || ws.length > 9 || !/^[\s,;:—–-]*$/.test(text.slice(ws[ws.length - 1].e, open))) return null;
  if (breakBetween(text, ws, 0, ws.length - 1, /[.!?;:]\s/) || PREP.test(ws[1].w)) return null;
  return { start: ws[1].s, end: ws[ws.length - 1].e };
}

/** Where the noun phrase ending at word `j` starts: back to a clause word (not "of"), a comma or the start. */
function phraseBack(text: string, ws: W[], j: number): number {
  let i = j;
  while (
    i > 0 &&
    j - i < 7 &&
    !gapHas(text, ws[i - 1], ws[i], /[,;:()]/) &&
    (ws[i - 1].l === 'of' || (!PREP.test(ws[i - 1].w) && !BOUNDARY.test(ws[i - 1].w))) &&
    !(ws[i - 1].w[0] === ws[i - 1].l[0] && (VERBISH.test(ws[i - 1].l) || /ed$/.test(ws[i - 1].l)))
  )
    i--;
  return i;
}

/**
 * The noun phrase a relative pronoun after a comma (`ws[rel]`) stands for: the phrase before the comma, or
 * before its apposition (`Charles Roe, an expert at Stanford, who`), apposition included.
 */
function antecedentOf(text: string, ws: W[], rel: number): { start: number; end: number } | null {
  if (rel < 1 || !gapHas(text, ws[rel - 1], ws[rel], /,/)) return null;
  let seg = rel - 1;
  while (seg > 0 && rel - seg < 12 && !gapHas(text, ws[seg - 1], ws[seg], /[,;:()]/)) seg--;
  // an apposition opens with a lower-case word and follows a comma after the name
  const apposition = seg > 0 && /^\p{Ll}/u.test(ws[seg].w) && gapHas(text, ws[seg - 1], ws[seg], /,/);
  const i = phraseBack(text, ws, apposition ? seg - 1 : rel - 1);
  if (breakBetween(text, ws, i, rel - 1, /[.!?]\s/)) return null;
  return { start: ws[i].s, end: ws[rel - 1].e };
}

/** A speech verb governs a short quoted phrase: `said he was "shocked"`, `described it as "better"`. */
export function cueGoverns(text: string, open: number, from: number): boolean {
  const ws = wordsIn(text, from, open);
  const n = ws.length;
  for (let k = n - 1; k >= 0 && n - k <= 20; k--) {
    const l = ws[k].l;
    // a clause break (";", sentence end) ends the verb's reach
    if (k + 1 < n && gapHas(text, ws[k], ws[k + 1], /[;]|[.!?]\s/)) return false;
    if (!CUES.has(l)) continue;
    if (n - k <= 4) return true;
    // `stated that GM was a "…"`, `described X as "…"`
    const rest = ws.slice(k + 1).map((w) => w.l);
    if (rest.includes('that')) return true;
    if (
      rest[rest.length - 1] === 'as' ||
      rest.slice(-2).join(' ') === 'as being' ||
      (/^(?:a|an)$/.test(rest[rest.length - 1] ?? '') && rest[rest.length - 2] === 'as')
    )
      return true;
    if (/^(?:described|describes|characterized|characterised|called|calls|describing|calling)$/.test(l)) {
      const tail = rest.slice(-3);
      if (tail.includes('as')) return true;
    }
  }
  return false;
}
