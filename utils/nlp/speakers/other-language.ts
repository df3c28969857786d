// Attributions in news written in another language than English (French, Spanish, Portuguese, Italian, German,
// Dutch, Czech), where the English cue parsers find no speech verb: a speech verb after the quotation with its
// subject (`«…», a déclaré Jean Dupont`, `"…", dijo el ministro`, `„…“, sagte Merkel`, `"…," řekl Babiš`, or
// `"…", el ministro dijo`), before it (`Jean Dupont a déclaré : «…»`, `Merkel sagte: „…“`, `Dazu sagte Merkel:`),
// and 'according to' (`selon X`, `según X`, `laut X`, `podle X`; `", so Merkel"`). The word lists are data
// (utils/nlp/data/speaker-other-languages.json); they are read only in a text that is not in English.
import type { Attribution } from './attribution';
import { clauseStop, type W } from './words';
import lists from '../data/speaker-other-languages.json';

const VERBS: ReadonlySet<string> = new Set(lists.verbs);
const ACCORDING: ReadonlySet<string> = new Set(lists.according);
const ACCORDING_AFTER: ReadonlySet<string> = new Set(lists.accordingAfter);
const AUX: ReadonlySet<string> = new Set(lists.aux);
const ARTICLES: ReadonlySet<string> = new Set(lists.articles);
const PARTICLES: ReadonlySet<string> = new Set(lists.particles);
const STOPS: ReadonlySet<string> = new Set(lists.stops);
const PRONOUNS: ReadonlySet<string> = new Set(lists.pronouns);
const ZH_VERBS: ReadonlySet<string> = new Set(lists.chineseVerbs);
const ZH_PRONOUNS: ReadonlySet<string> = new Set(lists.chinesePronouns);
const ZH_ADVERBS: ReadonlySet<string> = new Set(lists.chineseAdverbs);
const DROP: ReadonlySet<string> = new Set(lists.dropSubject);
const SKIP: ReadonlySet<string> = new Set(lists.betweenVerbAndSubject);
const PREPS: ReadonlySet<string> = new Set(lists.objectPrepositions);
const MEDIA: ReadonlySet<string> = new Set(lists.mediaNouns);

/** How the ranker reads a cue of another language: a plain speech verb ('said') or 'according to'; else null. */
export function otherCueKind(cue: string | null): 'said' | 'according to' | null {
  const v = (cue ?? '').toLowerCase();
  if (VERBS.has(v) || ZH_VERBS.has(v)) return 'said';
  if (ACCORDING.has(v) || ACCORDING_AFTER.has(v)) return 'according to';
  return null;
}

const ORG_HEADS: ReadonlySet<string> = new Set(lists.organizationHeads);
/** A foreign name written in Chinese characters, its parts joined by a middle dot (`丹尼尔·霍特`). */
const ZH_FOREIGN_NAME = /^\p{Script=Han}{1,6}(?:[·•・?]\p{Script=Han}{1,8})+$/u;
const ZH_ROLE = new RegExp(`(?:${lists.chineseRoles.join('|')})`, 'u');

/**
 * The kind of speaker a phrase of another language names, where its shape tells: an article and an institution's
 * noun (`le ministère des Affaires étrangères`, `la policía`) an organization, two to four Chinese characters (`卢宇`)
 * a person's name; else null.
 */
export function otherPhraseKind(phrase: string): 'person' | 'organization' | null {
  if (/^\p{Script=Han}{2,4}$/u.test(phrase) || ZH_FOREIGN_NAME.test(phrase)) return 'person';
  const ws = phrase.toLowerCase().split(/[\s'’]+/);
  return ws.length >= 2 && ARTICLES.has(ws[0]) && ORG_HEADS.has(ws[1]) ? 'organization' : null;
}

const PRONOUN_OF: ReadonlyMap<string, string> = new Map(Object.entries(lists.pronounReading));

/**
 * The English pronoun a subject of another language stands for, for the ranker's pronoun reading (phrase.ts
 * classifyPhrase): a subject pronoun (`il`, `elle`, `er`, `ele`, `lui`, `hij`, `他`: 'he', 'she', 'they'), or,
 * for a speech verb standing with no subject (`"…", añadió.`, `"…," přiznal.`; Spanish, Portuguese, Italian and
 * Czech leave it out), 'he' or 'she' where the verb's ending tells (Czech past `-l` / `-la`), else 'hs' (he or
 * she, gender unknown; read like them). Null for anything else (first person, Czech plural `-li`).
 */
export function otherPronoun(phrase: string): string | null {
  const w = phrase.trim().toLowerCase();
  const p = PRONOUN_OF.get(w);
  if (p) return p;
  if (!DROP.has(w)) return null;
  // Czech past: `řekl` he, `řekla` she, `řekli` they (a plural reads as nobody)
  if (w.endsWith('l')) return 'he';
  const stem = w.slice(0, -1);
  if (stem.endsWith('l') && VERBS.has(stem)) return w.endsWith('a') ? 'she' : null;
  return 'hs';
}

/** English grammar words: a text whose opening has few of them (under one word in twenty) is in another language. */
const ENGLISH = /\b(?:the|and|of|to|was|is|that|with|said|says|this|will|would|for|are|were|has|have|he|she)\b/gi;
const LETTERS = /\p{L}+/gu;

/** otherLanguage's last text and answer: each document asks about itself more than once. */
let lastText: string | null = null;
let lastAnswer = false;

/** Is `text` in another language than English (judged on its opening)? */
export function otherLanguage(text: string): boolean {
  if (text === lastText) return lastAnswer;
  const head = text.slice(0, 2000);
  const words = head.match(LETTERS)?.length ?? 0;
  lastText = text;
  lastAnswer = words >= 8 && (head.match(ENGLISH)?.length ?? 0) < words * 0.05;
  return lastAnswer;
}

// words of any script, an apostrophe ending an elided article ("l'", "d'") splits it from the next word
const WORD_RE = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*['’]?/gu;

function wordsOf(text: string, from: number, to: number): W[] {
  const out: W[] = [];
  for (const m of text.slice(from, to).matchAll(WORD_RE)) {
    const w = m[0].replace(/['’]$/, '');
    out.push({ w, l: w.toLowerCase(), s: from + m.index!, e: from + m.index! + w.length });
  }
  return out;
}

const UPPER_FIRST = /^\p{Lu}/u; // a module constant: esbuild (tsx, vitest) rebuilds a \p literal per call
const cap = (w: W) => UPPER_FIRST.test(w.w);
/** Only spaces between two words, or the apostrophe of an elided article or particle (`l'allenatore`, `d'État`). */
const tight = (text: string, a: W, b: W) =>
  /^\s+$/.test(text.slice(a.e, b.s)) ||
  (/^['’]$/.test(text.slice(a.e, b.s)) && (ARTICLES.has(a.l) || PARTICLES.has(a.l)));

/**
 * The subject that starts at word `a` (exclusive end index; `a` when none): a capitalized name run (particles
 * inside: "Ursula von der Leyen") or an article and the words after it up to a small word that ends it
 * (`el ministro de Economía en rueda de prensa` → `el ministro de Economía`), at most eight words, within the
 * clause (no punctuation inside).
 */
function subjectFrom(text: string, ws: W[], a: number): number {
  if (a >= ws.length) return a;
  const first = ws[a];
  // a subject pronoun (`Il a déclaré :`, `Sie sagte:`, `dijo él`); 'il' is also Italian's article (`ha detto il
  // ministro`): a pronoun is followed by its verb
  const next = ws[a + 1];
  const pronoun = PRONOUNS.has(first.l) && (!ARTICLES.has(first.l) || !next || AUX.has(next.l) || VERBS.has(next.l));
  // a pronoun the ranker reads as an English one (otherPronoun: 'il' he, 'ella' she) is a phrase of its own
  if (pronoun) return otherPronoun(first.l) ? a + 1 : a;
  if (!cap(first) && !ARTICLES.has(first.l)) return roleThenName(text, ws, a);
  if (ARTICLES.has(first.l) && (a + 1 >= ws.length || !tight(text, first, ws[a + 1]) || SKIP.has(ws[a + 1].l)))
    return a;
  let b = a + 1;
  const names = cap(first) && !ARTICLES.has(first.l);
  while (b < ws.length && b - a < 8 && tight(text, ws[b - 1], ws[b])) {
    const w = ws[b];
    if (PARTICLES.has(w.l) && b + 1 < ws.length && tight(text, w, ws[b + 1])) {
      b++;
      continue;
    }
    // a second article starts another phrase (`la prensa el ministro`), unless a particle joins it (`de la`)
    const another = ARTICLES.has(w.l) && !PARTICLES.has(ws[b - 1].l);
    if (names ? !cap(w) : another || STOPS.has(w.l) || VERBS.has(w.l) || AUX.has(w.l)) break;
    b++;
  }
  while (b > a + 1 && PARTICLES.has(ws[b - 1].l)) b--;
  return b;
}

/**
 * A role of one to three lower-case words and then a name that ends the clause, with no article (Czech, Dutch:
 * `trenér Sparty Brian Priske`, `mluvčí policie Jan Novák`, `trainer Erik ten Hag`): the end, or `a` when none.
 */
function roleThenName(text: string, ws: W[], a: number): number {
  let k = a;
  const plain = (w: W) =>
    !cap(w) && !STOPS.has(w.l) && !AUX.has(w.l) && !VERBS.has(w.l) && !PREPS.has(w.l) && !SKIP.has(w.l);
  while (k < ws.length && k - a < 3 && plain(ws[k]) && (k === a || tight(text, ws[k - 1], ws[k]))) k++;
  if (k === a || k >= ws.length || !cap(ws[k]) || !tight(text, ws[k - 1], ws[k])) return a;
  let e = k + 1;
  while (e < ws.length && e - a < 8 && tight(text, ws[e - 1], ws[e])) {
    if (cap(ws[e])) e++;
    else if (PARTICLES.has(ws[e].l) && e + 1 < ws.length && tight(text, ws[e], ws[e + 1]) && cap(ws[e + 1])) e += 2;
    else break;
  }
  const ends = e === ws.length || !tight(text, ws[e - 1], ws[e]) || STOPS.has(ws[e].l);
  return ends ? e : a;
}

/** The end of an object after a preposition at `p`: an article and a noun, or a name (its first word when a second
 * name follows: `na Twitter Gary Lineker`), or one word; an outlet's noun takes its name (`a la agencia EFE`). */
function objectEnd(text: string, ws: W[], p: number): number {
  const o = p + 1;
  if (o >= ws.length || !tight(text, ws[p], ws[o])) return -1;
  let e: number;
  if (ARTICLES.has(ws[o].l)) {
    if (o + 1 >= ws.length || !tight(text, ws[o], ws[o + 1])) return -1;
    e = o + 2;
  } else if (!cap(ws[o]) || SKIP.has(ws[o].l)) e = o + 1;
  else {
    e = o + 1;
    while (e < ws.length && tight(text, ws[e - 1], ws[e]) && cap(ws[e])) e++;
    return e - o >= 3 ? o + 1 : e;
  }
  // an outlet's noun and its name (`a la agencia EFE`, `ao jornal O Globo`): the name is the object's
  if (MEDIA.has(ws[e - 1].l) && e < ws.length && tight(text, ws[e - 1], ws[e])) {
    const n = ARTICLES.has(ws[e].l) && e + 1 < ws.length && tight(text, ws[e], ws[e + 1]) ? e + 1 : e;
    for (let k = n; k < ws.length && cap(ws[k]) && (k === n || tight(text, ws[k - 1], ws[k])); k++) e = k + 1;
  }
  return e;
}

/**
 * The subject after words that may stand between a speech verb and it (from word `a`): a day or time
 * (`jeudi`, `ayer`; list betweenVerbAndSubject) or a preposition and its object (`à la presse`, `a este diario`,
 * `na Twitter`; one), at most two; the subject opens with an article or a capital and ends the clause.
 */
function skipToSubject(text: string, ws: W[], a: number): { a: number; b: number } | null {
  let j = a;
  let objects = 0;
  for (let n = 0; n < 2 && j < ws.length && tight(text, ws[j - 1], ws[j]); n++) {
    if (SKIP.has(ws[j].l)) j++;
    else if (ARTICLES.has(ws[j].l) && j + 1 < ws.length && SKIP.has(ws[j + 1].l)) j += 2;
    else if (PREPS.has(ws[j].l) && !objects++) {
      const e = objectEnd(text, ws, j);
      if (e < 0) return null;
      j = e;
    } else break;
    if (j >= ws.length || !tight(text, ws[j - 1], ws[j])) return null;
    const b = subjectFrom(text, ws, j);
    const ends = b === ws.length || !tight(text, ws[b - 1], ws[b]) || STOPS.has(ws[b].l);
    // (not a day: `dijo en Madrid el martes`)
    const day = ws.slice(j, b).some((w) => SKIP.has(w.l));
    if (b > j && ends && !day && (ARTICLES.has(ws[j].l) || cap(ws[j]) || otherPronoun(ws[j].l))) return { a: j, b };
  }
  return null;
}

/** Nothing after a speech verb (from word `a`) but days and objects (`a la prensa`) before its clause ends. */
function droppedSubject(text: string, ws: W[], a: number): boolean {
  let j = a;
  while (j < ws.length && tight(text, ws[j - 1], ws[j])) {
    if (SKIP.has(ws[j].l)) j++;
    else if (ARTICLES.has(ws[j].l) && j + 1 < ws.length && SKIP.has(ws[j + 1].l)) j += 2;
    else if (PREPS.has(ws[j].l) || STOPS.has(ws[j].l)) {
      const e = objectEnd(text, ws, j);
      if (e < 0 || (e < ws.length && tight(text, ws[e - 1], ws[e]) && (cap(ws[e]) || ARTICLES.has(ws[e].l))))
        return false;
      j = e;
    } else return false;
  }
  return true;
}

/**
 * The attribution right after a quotation's closing mark `close` (up to `limit`): `, a déclaré Jean Dupont`,
 * `, dijo el ministro`, `, selon le ministère`, `, so Merkel`, `, el ministro dijo`. `content` is the quoted text.
 */
export function otherAttributionAfter(text: string, close: number, limit: number, content: string): Attribution | null {
  const zh = chineseAfter(text, close);
  if (zh) return zh;
  const i = close + 1;
  const end = Math.min(limit, close + 220);
  const head = /^[\s,;:—–-]*/.exec(text.slice(i, i + 6))![0];
  // a comma or dash after the marks, or the quoted sentence left open (`"…,"`, `"…?"`): not the next sentence
  if (!/[,;:—–-]/.test(head) && !/[,!?…—–-]["”'’»“]*\s*$/.test(content)) return null;
  const from = i + head.length;
  const clauseEnd = from + clauseStop(text.slice(from, end).replace(/[«»„]/g, '"'));
  const ws = wordsOf(text, from, clauseEnd);
  if (!ws.length) return null;
  const found = (a: number, b: number, cue: string): Attribution => ({
    start: ws[a].s,
    end: ws[b - 1].e,
    cue,
    clauseEnd,
  });
  if (ACCORDING.has(ws[0].l) || (ACCORDING_AFTER.has(ws[0].l) && ws[1] && cap(ws[1]))) {
    const b = subjectFrom(text, ws, 1);
    return b > 1 ? found(1, b, ws[0].w) : null;
  }
  // French inversion: `a-t-il déclaré`, `explique-t-elle`, `dit-il` (the pronoun is the phrase)
  const fr = /^(\p{L}+?)(?:-t)?-(il|elle|ils|elles)$/u.exec(ws[0].w);
  if (fr && (VERBS.has(fr[1].toLowerCase()) || AUX.has(fr[1].toLowerCase()))) {
    const verb = VERBS.has(fr[1].toLowerCase()) ? fr[1] : ws[1] && VERBS.has(ws[1].l) ? ws[1].w : null;
    return verb ? { start: ws[0].e - fr[2].length, end: ws[0].e, cue: verb, clauseEnd } : null;
  }
  // the verb first: auxiliaries and adverbs around it, then its subject
  let k = 0;
  while (k < ws.length && k < 2 && AUX.has(ws[k].l)) k++;
  if (k < ws.length && VERBS.has(ws[k].l)) {
    let a = k + 1;
    while (a < ws.length && a - k <= 2 && AUX.has(ws[a].l) && !ARTICLES.has(ws[a].l) && !STOPS.has(ws[a].l)) a++;
    const b = subjectFrom(text, ws, a);
    if (b > a) return found(a, b, ws[k].w);
    // a day or an object between the verb and its subject: `a déclaré jeudi le ministre`, `afirmó a la prensa el
    // ministro`, `píše na Twitter Gary Lineker`
    const s = skipToSubject(text, ws, a);
    if (s) return found(s.a, s.b, ws[k].w);
    // no subject (`"…", añadió.`, `"…", dijo a la prensa.`): the verb stands for it, in a language that drops it
    return otherPronoun(ws[k].l) && droppedSubject(text, ws, a) ? found(k, k + 1, ws[k].w) : null;
  }
  // the subject first: `"…", el ministro dijo`, `"…," Babiš řekl`
  const b = subjectFrom(text, ws, 0);
  if (b === 0) return null;
  let v = b;
  while (v < ws.length && v - b < 2 && AUX.has(ws[v].l)) v++;
  return v < ws.length && VERBS.has(ws[v].l) ? found(0, b, ws[v].w) : null;
}

/**
 * The attribution before a quotation's opening mark `open` in its sentence (from `from`): `Jean Dupont a déclaré :`,
 * `Merkel sagte:`, `Dazu sagte Merkel:`, `el ministro dijo que`, `Selon le ministère,`. The verb is among the last
 * words before the marks (a colon, a comma or 'that' after it); a clause in between leaves the quotation alone.
 */
export function otherAttributionBefore(text: string, open: number, from: number): Attribution | null {
  const zh = chineseBefore(text, open, from);
  if (zh) return zh;
  const ws = wordsOf(text, from, open);
  const n = ws.length;
  for (let k = n - 1; k >= 0 && n - k <= 6; k--) {
    const l = ws[k].l;
    if (ACCORDING.has(l)) {
      // `Selon le ministère, «…»`: the phrase runs to the comma
      const b = subjectFrom(text, ws, k + 1);
      if (b > k + 1 && /^[\s,:]*$/.test(text.slice(ws[b - 1].e, b < n ? ws[b].s : open)))
        return { start: ws[k + 1].s, end: ws[b - 1].e, cue: ws[k].w, clauseEnd: open };
      continue;
    }
    if (!VERBS.has(l)) continue;
    // after the verb: an inverted subject (`Dazu sagte Merkel:`), then nothing but a colon, a comma, 'que'/'dass'/'že'
    let a = k + 1;
    while (a < n && a - k <= 2 && AUX.has(ws[a].l) && !ARTICLES.has(ws[a].l) && !STOPS.has(ws[a].l)) a++;
    const inv = subjectFrom(text, ws, a);
    const upTo = (j: number) =>
      /^[\s,:—–-]*$/.test(text.slice(ws[j - 1].e, j < n ? ws[j].s : open)) &&
      (j === n || (j === n - 1 && /^(?:que|dass|že|che|dat|qu)$/.test(ws[j].l)));
    if (inv > a && upTo(inv)) return { start: ws[a].s, end: ws[inv - 1].e, cue: ws[k].w, clauseEnd: open };
    if (!upTo(a)) return null;
    // the subject before the verb (auxiliaries and adverbs between): `Jean Dupont a déclaré`, `el ministro dijo`
    const s = subjectBefore(text, ws, k);
    return s ? { start: s.start, end: s.end, cue: ws[k].w, clauseEnd: open } : null;
  }
  return null;
}

/** The subject ending right before the verb at `k`: a capitalized name run, or an article and its noun phrase. */
function subjectBefore(text: string, ws: W[], k: number): { start: number; end: number } | null {
  let b = k;
  while (b > 0 && k - b < 2 && AUX.has(ws[b - 1].l) && tight(text, ws[b - 1], ws[b])) b--;
  if (b === 0 || !tight(text, ws[b - 1], ws[b])) return null;
  // the nearest start within six words (no punctuation between) from which a subject runs exactly to `b`
  for (let a = b - 1; a >= 0 && b - a <= 6; a--) {
    if (a < b - 1 && !tight(text, ws[a], ws[a + 1])) break;
    if (subjectFrom(text, ws, a) === b && (a === 0 || !PARTICLES.has(ws[a - 1].l) || !cap(ws[a]))) {
      // the whole name run: not `Dupont` of `Jean Dupont`
      let s = a;
      while (s > 0 && tight(text, ws[s - 1], ws[s]) && cap(ws[s - 1]) && !ARTICLES.has(ws[s - 1].l) && cap(ws[s])) s--;
      return { start: ws[s].s, end: ws[b - 1].e };
    }
  }
  return null;
}

// Chinese: the subject is the run of characters between the clause's last punctuation and the speech verb
const ZH_VERB = [...ZH_VERBS].sort((a, b) => b.length - a.length).join('|');
// (a name in Latin letters in brackets may follow the subject: `丹尼尔·霍特(Daniel Huot)表示：`)
const ZH_BEFORE = new RegExp(
  `([^。！？；，,、：:“”「」『』（）()\\s]{1,40}?)(?:[（(][^（）()]{1,40}[）)])?(${ZH_VERB})[：:，,]\\s*$`,
  'u',
);
const ZH_AFTER = new RegExp(
  `^[，,]?[ \\t]*([^。！？；，,、：:“”「」『』\\s]{1,20}?)(${ZH_VERB})道?\\s*[。，,！!]`,
  'u',
);

/**
 * The speaker's words in a Chinese subject run: after the last 的 (`在墨尔本留学的马素湘` → `马素湘`), without an
 * adverb before the verb (`卢宇恳切地` → `卢宇`, `李博灏也` → `李博灏`); none for a pronoun (`他说`).
 */
function zhSubject(run: string): { from: number; to: number } | null {
  let from = 0;
  let to = run.length;
  const de = run.lastIndexOf('的');
  if (de >= 0 && run.length - de > 2) from = de + 1;
  // a role before a transliterated name (`NASA发言人斯蒂芬妮·席尔霍尔茨`): the name
  const role = ZH_ROLE.exec(run.slice(from));
  if (role && ZH_FOREIGN_NAME.test(run.slice(from + role.index + role[0].length))) from += role.index + role[0].length;
  for (let changed = true; changed;) {
    changed = false;
    const rest = run.slice(from, to);
    const adv = /\p{Script=Han}{1,2}地$/u.exec(rest);
    if (adv && adv.index >= 2) {
      to = from + adv.index;
      changed = true;
    }
    for (const a of ZH_ADVERBS)
      if (run.slice(from, to).endsWith(a) && to - from > a.length) {
        to -= a.length;
        changed = true;
      }
  }
  const who = run.slice(from, to);
  return who && !ZH_PRONOUNS.has(who) && /\p{Script=Han}|\p{Lu}/u.test(who) ? { from, to } : null;
}

/** `汉森指出：“…”`, `马素湘表示，“…”`: the subject of a speech verb just before the opening mark. */
function chineseBefore(text: string, open: number, from: number): Attribution | null {
  const start = Math.max(from, open - 60);
  const m = ZH_BEFORE.exec(text.slice(start, open));
  if (!m) return null;
  const who = zhSubject(m[1]);
  const at = start + m.index;
  if (who) return { start: at + who.from, end: at + who.to, cue: m[2], clauseEnd: open };
  const ant = ZH_SINGULAR.test(m[1]) ? zhAntecedent(text, at) : null;
  return ant ? { ...ant, cue: m[2], clauseEnd: open } : null;
}

/** `“…”卢宇恳切地说。`: the subject of a speech verb just after the closing mark (in its paragraph). */
function chineseAfter(text: string, close: number): Attribution | null {
  const m = ZH_AFTER.exec(text.slice(close + 1, close + 40));
  if (!m) return null;
  const who = zhSubject(m[1]);
  const at = close + 1 + m[0].indexOf(m[1]);
  const clauseEnd = close + 1 + m[0].length;
  if (who) return { start: at + who.from, end: at + who.to, cue: m[2], clauseEnd };
  const ant = ZH_SINGULAR.test(m[1]) ? zhAntecedent(text, close) : null;
  return ant ? { ...ant, cue: m[2], clauseEnd } : null;
}

/** `他` or `她` before the verb, an adverb between (`他进一步`): one person, named before. */
const ZH_SINGULAR = new RegExp(`^[他她](?:${[...ZH_ADVERBS].join('|')})?$`, 'u');
// a foreign name in Chinese characters (`戴夫·汉森`), a role perhaps before it, and a speech verb's subject run
const ZH_NAME_RUN = /\p{Script=Han}{1,8}(?:[·•・]\p{Script=Han}{1,8})+/gu;
const ZH_NAME_END = /[在是的了和与对于也都还就将从向被把周今昨说表示称指出认为曾已正等].*$/u;
const ZH_SUBJECT_RUN = new RegExp(`([^。！？；，,、：:“”「」『』（）()\\s]{1,40}?)(?:${ZH_VERB})`, 'gu');

/**
 * Who `他说` stands for: the person named last before `pos` (within 1500 characters) as a speech verb's subject
 * (`汉森认为`) or by a foreign name in Chinese characters (`教授戴夫·汉森`).
 */
function zhAntecedent(text: string, pos: number): { start: number; end: number } | null {
  const from = Math.max(0, pos - 1500);
  // (not in a quotation: `“我不认为…”`; blanked, offsets kept)
  const seg = text.slice(from, pos).replace(/“[^“”]*”/g, (q) => ' '.repeat(q.length));
  const found: { start: number; end: number }[] = [];
  const take = (run: string, at: number, name: boolean) => {
    const who = zhSubject(run);
    const w = who ? run.slice(who.from, who.to) : '';
    if (who && (name ? ZH_FOREIGN_NAME.test(w) : otherPhraseKind(w) === 'person'))
      found.push({ start: from + at + who.from, end: from + at + who.to });
  };
  // (the name's last part ends before a word no transliteration writes: `席尔霍尔茨周二在` -> `席尔霍尔茨`)
  for (const m of seg.matchAll(ZH_NAME_RUN)) take(m[0].replace(ZH_NAME_END, ''), m.index!, true);
  for (const m of seg.matchAll(ZH_SUBJECT_RUN)) take(m[1], m.index!, false);
  return found.reduce<{ start: number; end: number } | null>((b, f) => (!b || f.end > b.end ? f : b), null);
}

/**
 * The attribution that ends the sentence of a quotation whose sentence goes on after the marks, after its last
 * comma (`«les plus éprouvés» par la catastrophe et les «…», selon le ministère.`, `"…" en la frontera, dijo el
 * ministro.`): read as one right after the marks. `sentEnd` is the end of the sentence.
 */
export function otherAttributionAtSentenceEnd(text: string, close: number, sentEnd: number): Attribution | null {
  const seg = text.slice(close + 1, Math.min(sentEnd, close + 400));
  if (/\n/.test(seg)) return null;
  const comma = seg.lastIndexOf(',');
  if (comma < 0) return null;
  const at = close + 1 + comma;
  const a = otherAttributionAfter(text, at - 1, close + 1 + seg.length, ',');
  // the clause runs to the end of the sentence: nothing but its own end after the phrase
  return a && /^[\s.!?…"”»]*$/.test(text.slice(a.end, close + 1 + seg.length)) ? a : null;
}
