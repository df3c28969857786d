// Name tokens and the features of the person-name tagger. Shared by the runtime recognizer
// (people/) and the training script (scripts/build-lexicons.ts) so both see exactly the same input.
import type { Span } from './types';
import {
  SOFT_ABBREVS,
  TITLE_ABBREVS,
  TokKind,
  isDigitCode,
  isLowerCode,
  isUpperCode,
  lowerText,
  tokenize,
  type Token,
} from './tokens';
import { GLUE_PREFIXES, ORG_WORDS, PARTICLES, SPEECH_VERBS, STRONG_TITLES, TITLES } from './wordlists';

export { PARTICLES, STRONG_TITLES, TITLES };

/** Lexicon bits. */
export const LEX_FIRST = 1; // a given name (US first-name lists, first tokens of annotated names)
export const LEX_NAME = 2; // seen as a surname / single name of a person in annotated text
export const LEX_NONPER = 4; // seen inside an organization, place or other non-person name
export const LEX_COMMON = 8; // a common word, frequently written in lower case
export const LEX_SURNAME = 16; // in a published surname list (many countries), not learned from the annotated text

export type Lexicon = Map<string, number>;

/** Capitalization of a word: None (lower), Title (Smith), Upper (SMITH, IBM), Initial (W., J.K.). */
export const Cap = { None: 0, Title: 1, Upper: 2, Initial: 3 } as const;
export type Cap = (typeof Cap)[keyof typeof Cap];

export interface NameTok {
  start: number;
  end: number;
  /** Lower-case form (initials and abbreviations keep their period: "w.", "sen.", "u.s."). */
  norm: string;
  kind: number;
  cap: Cap;
  /** First word of its sentence (after opening quotes or brackets). */
  sent0: boolean;
  /** Inside an all-capitals sentence (headline); cap is reported as Title there. */
  allCaps: boolean;
  /** Whitespace before holds a newline. */
  nl: number;
  /** Shape like "Xx", "X.", "XxXx", "X'Xx". */
  shape: string;
  /** Split off the word before it ("SandersO'Rourke"): never part of the same name. */
  glued?: boolean;
}

function shapeOf(text: string, start: number, end: number): string {
  // most capitalized words are "Xx" (ASCII capital, then ASCII lower case): no string built for them
  const c0 = text.charCodeAt(start);
  if (c0 >= 65 && c0 <= 90 && end - start > 1) {
    let i = start + 1;
    while (i < end && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
    if (i === end) return 'Xx';
  }
  let s = '';
  let last = '';
  for (let i = start; i < end && s.length < 6; i++) {
    const c = text.charCodeAt(i);
    const k = isUpperCode(c) ? 'X' : isLowerCode(c) ? 'x' : isDigitCode(c) ? 'd' : text[i];
    if (k !== last) s += k;
    last = k;
  }
  return s;
}

/**
 * Where a word glued from two names should split ("SandersO'Rourke" → 7), or -1. Splits at a
 * lower→upper boundary when the left part is a plausible word of ≥ 4 letters that is not a name prefix
 * and the glued word is unknown (not in the lexicon and not seen elsewhere).
 */
export function glueSplit(text: string, start: number, end: number, lex: Lexicon, docCaps?: Set<string>): number {
  if (!isUpperCode(text.charCodeAt(start))) return -1;
  for (let i = start + 2; i < end - 1; i++) {
    if (!isUpperCode(text.charCodeAt(i)) || !isLowerCode(text.charCodeAt(i - 1))) continue;
    const left = text.slice(start, i).toLowerCase();
    if (GLUE_PREFIXES.has(left)) return -1;
    const whole = text.slice(start, end).toLowerCase();
    if (lex.has(whole)) return -1;
    const right = text
      .slice(i, end)
      .toLowerCase()
      .replace(/['’]s$/, '');
    // a part seen alone elsewhere in the document counts as a known name part
    const lbits = (lex.get(left) ?? 0) | (docCaps?.has(left) ? LEX_NAME : 0);
    const rbits = (lex.get(right) ?? 0) | (docCaps?.has(right) ? LEX_NAME : 0);
    const namey = (b: number) => (b & (LEX_FIRST | LEX_NAME)) !== 0;
    if ((namey(lbits) && namey(rbits)) || (i - start >= 4 && (namey(lbits) || namey(rbits)))) return i;
    return -1;
  }
  return -1;
}

/** "al-Assad", "el-Sisi", "d'Alembert", "ibn-Saud": a lower-case particle glued to a capitalized name part. */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|ar|an|ul|ud|bin|ibn|abu|ben|d|l|dell|dall)[-'’]\p{Lu}\p{Ll}/u;

export function particleName(text: string, start: number, end: number): boolean {
  // cheap test first: a hyphen or apostrophe among the first five characters (most words have none)
  let sep = false;
  for (let i = start + 1; i < end && i <= start + 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) sep = true;
  }
  return sep && end - start > 3 && PARTICLE_NAME.test(text.slice(start, Math.min(end, start + 8)));
}

function hasInnerCap(text: string, start: number, end: number): boolean {
  for (let i = start + 2; i < end; i++)
    if (isUpperCode(text.charCodeAt(i)) && isLowerCode(text.charCodeAt(i - 1))) return true;
  return false;
}

/**
 * Tokens for name recognition: possessives split, glued names split, initials and abbreviations merged
 * with their period, sentence starts and all-caps headlines marked.
 */
export function nameTokens(text: string, sentences: Span[], lex: Lexicon): NameTok[] {
  const raw = tokenize(text);
  const out: NameTok[] = [];
  const lower = lowerOnce(text);
  // capitalized words of the document, to recognize the parts of glued words ("SandersO'Rourke")
  let docCaps: Set<string> | undefined;
  let si = 0;
  let sentStart = sentences.length ? sentences[0].start : -1;
  let atSentStart = false;
  for (let r = 0; r < raw.length; r++) {
    const t = raw[r];
    while (si < sentences.length && t.start >= sentences[si].end) {
      si++;
      sentStart = si < sentences.length ? sentences[si].start : -1;
    }
    if (t.start === sentStart) atSentStart = true;
    if (t.kind !== TokKind.Word) {
      out.push(otherTok(text, t));
      if (!opensSentence(text.charCodeAt(t.start))) atSentStart = false;
      continue;
    }
    let end = t.end;
    const first = text.charCodeAt(t.start);
    let cap: Cap = isUpperCode(first) || particleName(text, t.start, t.end) ? Cap.Title : Cap.None;
    if (cap && hasInnerCap(text, t.start, t.end)) {
      // built on the first glued-looking word only: most articles have none
      docCaps ??= capsOf(text, lower, raw);
      if (pushGlued(out, text, lower, t, lex, docCaps, atSentStart)) {
        atSentStart = false;
        continue;
      }
    }
    const next = raw[r + 1];
    const len = end - t.start;
    // "W." / "Sen." / "Inc." take their period along
    if (next && next.start === end && text.charCodeAt(end) === 46 && next.end === end + 1) {
      const low = text.slice(t.start, end).toLowerCase();
      if ((len === 1 && cap) || TITLE_ABBREVS.has(low) || SOFT_ABBREVS.has(low)) {
        end++;
        r++;
      }
    }
    if (cap && len === 1 && end === t.end + 1) cap = Cap.Initial;
    else if (cap && text.charCodeAt(t.end - 1) === 46) cap = Cap.Initial; // J.K.
    pushWord(out, text, lower, t.start, end, cap, atSentStart, t.nl);
    atSentStart = false;
  }
  markAllCaps(out, sentences);
  return out;
}

/** A token that is no word (punctuation, a number), as a name token. */
function otherTok(text: string, t: Token): NameTok {
  return {
    start: t.start,
    end: t.end,
    norm: text.slice(t.start, t.end),
    kind: t.kind,
    cap: Cap.None,
    sent0: false,
    allCaps: false,
    nl: t.nl,
    shape: '',
    glued: false,
  };
}

/** Opening quotes, brackets, dashes and bullets: the word after one still opens its sentence. */
function opensSentence(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 0x201c ||
    c === 0x2018 ||
    c === 40 ||
    c === 91 ||
    c === 0x2014 ||
    c === 45 ||
    c === 0x2013 ||
    c === 42 ||
    c === 0x2022
  );
}

/** The capitalized words of the document, lower case (to recognize the parts of glued words). */
function capsOf(text: string, lower: string | null, raw: Token[]): Set<string> {
  const docCaps = new Set<string>();
  for (const x of raw)
    if (x.kind === TokKind.Word && isUpperCode(text.charCodeAt(x.start)))
      docCaps.add(lower !== null ? lower.slice(x.start, x.end) : text.slice(x.start, x.end).toLowerCase());
  return docCaps;
}

/** Pushes the two names of a glued word ("SandersO'Rourke") and answers true, or answers false. */
function pushGlued(
  out: NameTok[],
  text: string,
  lower: string | null,
  t: Token,
  lex: Lexicon,
  docCaps: Set<string>,
  sent0: boolean,
): boolean {
  const split = glueSplit(text, t.start, t.end, lex, docCaps);
  if (split <= 0) return false;
  pushWord(out, text, lower, t.start, split, Cap.Title, sent0, t.nl);
  pushWord(out, text, lower, split, t.end, Cap.Title, false, 0);
  out[out.length - 1].glued = true;
  return true;
}

/**
 * The text lower-cased in one go, when a word's lower case is then its slice: not when lower-casing changes a
 * length ("İ") or reads the context (a final "Σ"), nor with surrogates (a token could cut a pair) or soft hyphens
 * (dropped from a word's lower case). Else null: each word is lower-cased alone.
 */
function lowerOnce(text: string): string | null {
  if (/[\u00ad\u03a3\ud800-\udfff]/.test(text)) return null;
  const lower = lowerText(text);
  return lower.length === text.length ? lower : null;
}

function pushWord(
  out: NameTok[],
  text: string,
  lower: string | null,
  start: number,
  end: number,
  cap: Cap,
  sent0: boolean,
  nl: number,
) {
  let c = cap;
  if (c === Cap.Title && end - start > 1) {
    let upper = true;
    for (let i = start + 1; i < end; i++) {
      if (isLowerCode(text.charCodeAt(i))) {
        upper = false;
        break;
      }
    }
    if (upper) c = Cap.Upper;
  }
  let norm = lower !== null ? lower.slice(start, end) : text.slice(start, end).toLowerCase();
  if (lower === null && norm.indexOf('\u00ad') >= 0) norm = norm.replace(/\u00ad/g, ''); // soft hyphens: "Netan\u00adyahu"
  out.push({
    start,
    end,
    norm,
    kind: TokKind.Word,
    cap: c,
    sent0,
    allCaps: false,
    nl,
    shape: c ? shapeOf(text, start, end) : 'x',
    // always present: a token that gains the property later has another hidden class, and code
    // optimized for one deoptimizes on the other
    glued: false,
  });
}

/** Sentences written mostly in capitals (headlines, datelines): features then look at the words as Title case. */
function markAllCaps(toks: NameTok[], sentences: Span[]): void {
  let k = 0;
  for (const s of sentences) {
    while (k < toks.length && toks[k].start < s.start) k++;
    let words = 0;
    let upper = 0;
    let j = k;
    for (; j < toks.length && toks[j].start < s.end; j++) {
      if (toks[j].kind !== TokKind.Word) continue;
      words++;
      if (toks[j].cap === Cap.Upper) upper++;
    }
    if (upper >= 2 && upper * 10 >= words * 6) {
      for (let i = k; i < j; i++) {
        if (toks[i].cap === Cap.Upper) {
          toks[i].allCaps = true;
          toks[i].cap = Cap.Title;
          toks[i].shape = 'Xx';
        }
      }
    }
    k = j;
  }
}

// Only some texts write a token after it is made (markAllCaps for a headline in capitals, pushGlued). In V8
// the first such write turns the field from constant to mutable for every token and throws away the
// optimized code of each function that reads tokens (about 40 person steps, recompiled mid-run). One
// token written the same ways at load time makes those fields mutable before anything is optimized.
{
  const t = otherTok('', { start: 0, end: 0, kind: TokKind.Punct, nl: 0 });
  t.allCaps = true;
  t.cap = Cap.Title;
  t.shape = 'Xx';
  t.glued = true;
}

/** Is token i a candidate for a name (capitalized word or initial, or a particle between two)? */
export function isCandidate(toks: NameTok[], i: number): boolean {
  const t = toks[i];
  if (t.kind !== TokKind.Word) return false;
  if (t.cap) return true;
  if (!PARTICLES.has(t.norm)) return false;
  // "Ana de la Vega", "van der Berg": a run of particles between two capitalized words
  let a = i - 1;
  while (
    a >= 0 &&
    toks[a].kind === TokKind.Word &&
    toks[a].cap === Cap.None &&
    PARTICLES.has(toks[a].norm) &&
    i - a < 3
  )
    a--;
  let b = i + 1;
  while (
    b < toks.length &&
    toks[b].kind === TokKind.Word &&
    toks[b].cap === Cap.None &&
    PARTICLES.has(toks[b].norm) &&
    b - i < 3
  )
    b++;
  const p = toks[a];
  const n = toks[b];
  return !!p && !!n && p.cap !== Cap.None && n.cap !== Cap.None && p.kind === TokKind.Word && n.kind === TokKind.Word;
}

/** Two tokens belong to one name only when nothing but spaces (no line break) separates them. */
export function adjacent(text: string, a: NameTok, b: NameTok): boolean {
  if (b.nl || b.glued) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 160 && c !== 45 && c !== 0x2011) return false; // space or hyphen ("al-Assad")
  }
  return b.start - a.end <= 2;
}

const strip = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s);

function cls(t: NameTok | undefined): string {
  if (!t) return '^';
  if (t.kind === TokKind.Word)
    return t.cap === Cap.None ? 'x' : t.cap === Cap.Upper ? 'XX' : t.cap === Cap.Initial ? 'X.' : 'Xx';
  if (t.kind === TokKind.Number) return 'd';
  return t.norm;
}

/** Document-level evidence per capitalized word (bit flags), gathered in one pass before tagging. */
export const DOC_SAID = 1; // right before a speech verb somewhere ("Lukaku said")
export const DOC_AFTER_FIRST = 2; // after a known given name somewhere ("Romelu Lukaku")
export const DOC_ALONE = 4; // alone mid-sentence somewhere (surname-style reuse)
export const DOC_TITLED = 8; // after a title somewhere ("Mr. Lukaku")
export const DOC_ORG = 16; // before an organization word somewhere ("Ford Motor", "Chrysler LLC")

export function docEvidence(text: string, toks: NameTok[], lex: Lexicon): Map<string, number> {
  const ev = new Map<string, number>();
  const set = (w: string, b: number) => ev.set(w, (ev.get(w) ?? 0) | b);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 1 || t.cap !== Cap.Title) continue;
    const p = toks[i - 1];
    const n = toks[i + 1];
    const nCap = n && n.kind === 1 && n.cap !== Cap.None && adjacent(text, t, n);
    const pCap = p && p.kind === 1 && p.cap !== Cap.None && adjacent(text, p, t);
    if (!nCap && n) {
      const nn = n.norm === "'s" || n.norm === '’s' ? toks[i + 2] : n;
      if (nn && SPEECH_VERBS.has(nn.norm)) set(t.norm, DOC_SAID);
    }
    if (pCap && p.cap === Cap.Title && (lex.get(p.norm) ?? 0) & LEX_FIRST) set(t.norm, DOC_AFTER_FIRST);
    if (pCap && TITLES.has(p.norm.endsWith('.') ? p.norm.slice(0, -1) : p.norm)) set(t.norm, DOC_TITLED);
    if (!pCap && !nCap && !t.sent0) set(t.norm, DOC_ALONE);
    if (nCap || (n && n.kind === 1 && adjacent(text, t, n))) {
      if (ORG_WORDS.has(n.norm.endsWith('.') ? n.norm.slice(0, -1) : n.norm)) set(t.norm, DOC_ORG);
    }
  }
  return ev;
}

/** Features of the word itself (no context): the runtime caches their summed weights per word. */
export function wordFeatures(t: NameTok, lex: Lexicon): string[] {
  const w = t.norm;
  const bits = lex.get(strip(w)) ?? 0;
  const f = [
    'w=' + w,
    'sh=' + t.shape,
    's3=' + w.slice(-3),
    's2=' + w.slice(-2),
    'lex=' + bits,
    bits & LEX_FIRST ? 'F' : '-F',
    bits & LEX_NAME ? 'N' : '-N',
    bits & LEX_NONPER ? 'O' : '-O',
    bits & LEX_COMMON ? 'C' : '-C',
    bits & LEX_SURNAME ? 'S' : '-S',
  ];
  if (w.length <= 3) f.push('short');
  return f;
}

/** Key of wordFeatures' result: the same key gives the same features. */
export function wordKey(t: NameTok): string {
  return t.norm + '\u0001' + t.shape;
}

/** All features of candidate token i but the previous tag: wordFeatures + contextFeatures. */
export function staticFeatures(
  toks: NameTok[],
  i: number,
  lex: Lexicon,
  docLower: Set<string>,
  ev?: Map<string, number>,
): string[] {
  const f = wordFeatures(toks[i], lex);
  const c = contextFeatures(toks, i, lex, docLower, ev);
  for (let k = 0; k < c.length; k++) f.push(c[k]);
  return f;
}

/** Features of the context of candidate token i (neighbours, sentence position, document evidence). */
export function contextFeatures(
  toks: NameTok[],
  i: number,
  lex: Lexicon,
  docLower: Set<string>,
  ev?: Map<string, number>,
): string[] {
  const t = toks[i];
  const w = t.norm;
  const bits = lex.get(strip(w)) ?? 0;
  const p = toks[i - 1];
  const n = toks[i + 1];
  const p2 = toks[i - 2];
  const n2 = toks[i + 2];
  const pn = p ? p.norm : '^';
  const nn = n ? n.norm : '$';
  const f = [
    'b',
    'p=' + pn,
    'n=' + nn,
    'p2=' + (p2 ? p2.norm : '^') + '|' + pn,
    'n2=' + nn + '|' + (n2 ? n2.norm : '$'),
    'pc=' + cls(p),
    'nc=' + cls(n),
    'pnc=' + cls(p) + '|' + cls(n),
  ];
  if (t.sent0) f.push('s0', 's0lex=' + bits, 's0w=' + w);
  if (docLower.has(strip(w))) f.push(t.sent0 ? 's0dl' : 'dl');
  if (t.allCaps) f.push('AC', 'AClex=' + bits);
  if (p && STRONG_TITLES.has(strip(pn))) f.push('ptitle');
  else if (p && TITLES.has(strip(pn))) f.push('ptitle2');
  if (p && p.kind === TokKind.Word && p.cap) {
    const pb = lex.get(strip(pn)) ?? 0;
    f.push('plex=' + pb, pb & LEX_FIRST ? 'pF' : '-pF', pb & LEX_NAME ? 'pN' : '-pN');
  }
  if (n && n.kind === TokKind.Word && n.cap) {
    const nb = lex.get(strip(nn)) ?? 0;
    f.push('nlex=' + nb, nb & LEX_NAME ? 'nN' : '-nN', nb & LEX_NONPER ? 'nO' : '-nO', nb & LEX_COMMON ? 'nC' : '-nC');
  }
  if (n && n.norm === "'s") f.push('nposs');
  if (ev) {
    const e = ev.get(w) ?? 0;
    if (e & DOC_SAID) f.push('dSaid');
    if (e & DOC_AFTER_FIRST) f.push('dAfterFirst');
    if (e & DOC_ALONE) f.push('dAlone');
    if (e & DOC_TITLED) f.push('dTitled');
    if (e & DOC_ORG) f.push('dOrg');
    if (n && n.cap === Cap.Title) {
      const ne = ev.get(nn) ?? 0;
      if (ne & DOC_SAID) f.push('ndSaid');
      if (ne & DOC_TITLED) f.push('ndTitled');
      if (ne & DOC_ALONE) f.push('ndAlone');
      if (ne & DOC_ORG) f.push('ndOrg');
    }
  }
  return f;
}

/** Tags: 0 outside, 1 begins a person name, 2 continues one. */
export const TAGS = 3;
