// Gold person-name spans from the corpora, normalized to the contract: the name alone (no title such as
// "Professor" or "CEO", no determiner, no possessive 's), named mentions only (not "the senator", not "he").
import { tokenize, TokKind } from '../../../utils/nlp/tokens';
import { PARTICLES, TITLES, particleName } from '../../../utils/nlp/names-features';
import type { ConllDoc } from './conll';
import type { GumDoc } from './gum';
import type { MeantimeDoc } from './meantime';

export interface GoldSpan {
  start: number;
  end: number;
  /** Entity id for clustering evaluation (chain or entity id), or null. */
  entity: string | null;
}

export interface GoldDoc {
  id: string;
  text: string;
  people: GoldSpan[];
  /** Named non-person spans (organizations, places, works…), for lexicons. */
  others: GoldSpan[];
}

const FUNCTION_WORDS = new Set([
  'of',
  'the',
  'for',
  'and',
  'in',
  'at',
  'on',
  'to',
  'from',
  'with',
  'by',
  'a',
  'an',
  'over',
  'into',
  'about',
  'like',
  'as',
  'under',
  'after',
  'before',
  'than',
  'through',
  'during',
  'among',
  'between',
  'within',
  'without',
  'across',
  'near',
  'around',
  'since',
  'until',
  'upon',
  'via',
  'toward',
  'towards',
  'behind',
  'beyond',
  'these',
  'those',
]);

/** Possessives and quantifiers before a capitalized noun: "my Lords", "his Sons", "most Thais" are not names. */
const DETERMINERS = new Set([
  'my',
  'his',
  'her',
  'their',
  'our',
  'its',
  'your',
  'other',
  'many',
  'most',
  'some',
  'all',
  'both',
  'several',
  'few',
]);

/** Where a postmodifier starts after a name: "Mu Li, of the University…", "Jack Merson, who…", "Galois himself". */
const POSTMOD = new Set([
  ',',
  '(',
  '[',
  '—',
  '–',
  'who',
  'whom',
  'whose',
  'which',
  'himself',
  'herself',
  'in',
  'at',
  'from',
  'born',
]);

/** Title words that are also given names ("Dean Kamen", "Earl Warren"): kept when the identity opens with them. */
const GIVEN_TITLES = new Set(['dean', 'earl', 'baron', 'major', 'marshal']);

/** "d'Alembert", "d'Ettorre", "l'Enfant": a lower-case elided particle glued to a capitalized name. */
const ELIDED = /^[dl]['’]\p{Lu}/u;

const PRONOUNS = new Set([
  'i',
  'he',
  'she',
  'it',
  'we',
  'they',
  'you',
  'me',
  'him',
  'her',
  'us',
  'them',
  'his',
  'hers',
  'their',
  'our',
  'my',
  'your',
  'its',
  'who',
  'whom',
  'this',
  'that',
  'these',
  'those',
  'one',
  'someone',
  'himself',
  'herself',
  'themselves',
  'myself',
  'yourself',
  'everyone',
  'anyone',
  'nobody',
  'somebody',
  'everybody',
]);

/**
 * Narrows a gold span to the name alone: drops leading determiners and title words, trailing possessive
 * and punctuation. Returns null when nothing capitalized remains or the span is not name-like
 * (a lower-case word other than a particle inside it).
 */
export function nameOnly(
  text: string,
  start: number,
  end: number,
  /** Wikipedia identity when known ("Dean_Kamen"): a title word that opens it is a given name. */
  identity?: string | null,
): { start: number; end: number } | null {
  const first = identity ? identity.toLowerCase().split('_')[0] : '';
  const given = GIVEN_TITLES.has(first) ? first : '';
  const toks = tokenize(text.slice(start, end)).map((t) => ({ ...t, s: start + t.start, e: start + t.end }));
  let a = 0;
  let b = toks.length;
  const word = (k: number) => text.slice(toks[k].s, toks[k].e);
  const low = (k: number) => word(k).toLowerCase();
  const isWord = (k: number) => toks[k].kind === TokKind.Word;
  const capital = (k: number) =>
    isWord(k) && (/^\p{Lu}/u.test(word(k)) || ELIDED.test(word(k)) || particleName(text, toks[k].s, toks[k].e));
  // name-like: capitalized word, particle, hyphen or apostrophe between name parts, period of an initial
  const nameLike = (k: number) => capital(k) || (isWord(k) && PARTICLES.has(low(k))) || /^(?:-|['’]|\.)$/.test(word(k));
  // "Mu Li, of the University of NSW", "Jacob Bernoulli (who …)", "Moreau in 1958": keep the name before
  // the postmodifier (GUM mentions are whole noun phrases)
  // not at a comma that goes on with another capitalized word: "Douglass North, Ronald Coase, …" and
  // "Austen, Jane" are lists and inverted names (cutting would make the other names negatives in training)
  const list = toks.findIndex((_, k) => k > 0 && word(k) === ',' && k + 1 < b && capital(k + 1));
  // "Matthew Ingram of The Globe and Mail" (after two capitalized words: "Catherine of Aragon" is one name)
  const p = toks.findIndex(
    (_, k) =>
      k > 0 &&
      capital(k - 1) &&
      (POSTMOD.has(low(k)) || (low(k) === 'of' && k >= 2 && capital(k - 2) && word(k - 1) !== '.')),
  );
  if (p > 0 && (list < 0 || p < list)) {
    let f = p;
    while (f > 0 && nameLike(f - 1)) f--;
    while (!capital(f)) f++;
    let caps = 0;
    for (let k = f; k < p; k++) if (capital(k)) caps++;
    // "Ryanair CEO, Michael O'Leary": a run ending on a title is not the name
    const titled = TITLES.has(low(p - 1).replace(/\.$/, ''));
    // one word alone only at the very start and not a plural ("Jason, who…", not "the Tsar, who…", "Voters who")
    const single = f === 0 && (/^(?:[,([]|himself|herself)$/.test(low(p)) || !/[^siu]s$/.test(low(f)));
    if (!titled && (caps >= 2 || single)) b = p;
  }
  const trimEnd = () => {
    while (
      b > a &&
      ((toks[b - 1].kind === TokKind.Punct && !/^\.$/.test(word(b - 1))) || /^['’]s?$/i.test(word(b - 1)))
    )
      b--;
    // trailing period only belongs to an initial or abbreviation (Jr.)
    if (b > a && word(b - 1) === '.' && !(b - 2 >= a && /^([A-Z]|Jr|Sr|St)$/.test(word(b - 2)))) b--;
  };
  trimEnd();
  // "Korea's Kim Shin-Wook", "Tunisia's goalkeeper Mouez Hassen", "coauthor Colette Heald": the name is the
  // capitalized tail; not across a preposition ("the voice of Batman", "physicians all over Europe")
  for (let k = b - 1; k >= a; k--) {
    const w = word(k);
    if (k > a && isWord(k) && FUNCTION_WORDS.has(w)) break;
    if (isWord(k) && DETERMINERS.has(w.toLowerCase())) break;
    if (/^['’]s$/i.test(w) || (isWord(k) && !capital(k) && !PARTICLES.has(w.toLowerCase()))) {
      // "a Fellow at King's College": an organization's possessive inside a prepositional phrase
      let prep = false;
      if (/^['’]s$/i.test(w)) for (let j = a + 1; j < k; j++) if (isWord(j) && FUNCTION_WORDS.has(word(j))) prep = true;
      if (!prep && k + 1 < b && capital(k + 1)) a = k + 1;
      break;
    }
  }
  for (;;) {
    if (a >= b) return null;
    const w = low(a);
    if (w === 'the' || w === 'a' || w === 'an' || w === '.' || toks[a].kind === TokKind.Punct) {
      a++;
      continue;
    }
    // a title word followed by more capitalized words ("Professor Cres Eastman", "CEO Rick Wagoner")
    if (TITLES.has(w.replace(/\.$/, '')) && a + 1 < b && w !== given) {
      a++;
      continue;
    }
    break;
  }
  if (a >= b) return null;
  // "Scientologist Tom Cruise", "Democrat Joe Manchin": a creed or party word before a full name
  if (b - a >= 3 && (/(?:ist|crat)$/.test(low(a)) || low(a) === 'republican') && capital(a + 1) && capital(b - 1)) a++;
  // "U.S. President Donald Trump", "Afghan Ambassador Hamdullah Mohib": the name follows the last title word
  for (let k = b - 1; k >= a; k--) {
    if (toks[k].kind === TokKind.Word && TITLES.has(low(k).replace(/\.$/, '')) && low(k) !== given) {
      if (k === b - 1) return null; // a title alone ("President", "Apple CEO")
      a = k + 1;
      while (a < b && toks[a].kind === TokKind.Punct) a++;
      break;
    }
  }
  if (a >= b) return null;
  // groups, not persons: "Afghans", "Muslims", "Democrats"
  if (b - a === 1 && /(ans|ese|ims|ists|ites|ats)$/.test(low(a))) return null;
  if (b - a > 1 && /(?:crats|ians|ists)$/.test(low(b - 1))) return null; // "Senate Democrats", "Jewish Christians"
  for (let k = a; k < b; k++) {
    if (toks[k].kind !== TokKind.Word) continue;
    if (!capital(k) && !PARTICLES.has(low(k))) return null;
  }
  if (b - a === 1 && PRONOUNS.has(low(a))) return null;
  if (!/\p{Lu}/u.test(text.slice(toks[a].s, toks[b - 1].e))) return null;
  return { start: toks[a].s, end: toks[b - 1].e };
}

function dedupe(spans: GoldSpan[]): GoldSpan[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const k = s.start + ':' + s.end;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((x, y) => x.start - y.start);
}

/** Drop person spans nested inside a named non-person span ("Friends of Bernie Sanders"). */
function notInside(people: GoldSpan[], others: GoldSpan[]): GoldSpan[] {
  return people.filter(
    (p) => !others.some((o) => o.start <= p.start && o.end >= p.end && o.end - o.start > p.end - p.start),
  );
}

const NAMED_MT = new Set(['NAM']);

/** MEANTIME: named (NAM) mentions of PER entities; named mentions of other entities as `others`. */
export function meantimeGold(d: MeantimeDoc): GoldDoc {
  const people: GoldSpan[] = [];
  const others: GoldSpan[] = [];
  for (const e of d.entities) {
    if (!NAMED_MT.has(e.syntacticType)) continue;
    let sp = nameOnly(d.text, e.start, e.end);
    // "President of the United States Barack Obama": the name follows the place nested in the mention
    if (e.type === 'PER') {
      let after = -1;
      for (const o of d.entities)
        if (o.type && o.type !== 'PER' && o.start > e.start && o.end < e.end && o.end > after) after = o.end;
      if (after >= 0 && (!sp || (sp.start < after && sp.end > after))) {
        const tail = nameOnly(d.text, after, e.end);
        if (tail && /\s/.test(d.text.slice(tail.start, tail.end))) sp = tail;
      }
    }
    if (!sp) continue;
    if (e.type === 'PER') people.push({ ...sp, entity: e.entityId });
    else if (e.type) others.push({ start: e.start, end: e.end, entity: e.entityId });
  }
  // "Chrysler LLC Jim Press" holds the nested name "Jim Press": keep the innermost
  const inner = people.filter(
    (p) => !people.some((q) => q !== p && q.start >= p.start && q.end <= p.end && q.end - q.start < p.end - p.start),
  );
  return { id: d.id, text: d.text, people: notInside(dedupe(inner), others), others: dedupe(others) };
}

/** GUM: person mentions whose words are capitalized (named), narrowed to the name. */
export function gumGold(d: GumDoc): GoldDoc {
  const people: GoldSpan[] = [];
  const others: GoldSpan[] = [];
  const sentStarts = new Set(d.sentences.map((s) => s.start));
  const lowerWords = new Set(d.text.match(/\b\p{Ll}[\p{Ll}'-]*/gu) ?? []);
  // "Ahmed Mohamed, a 14-year-old boy…, was arrested" is also an event mention that opens with the name: a
  // non-person mention whose name part is exactly a person's mention is that person, not a named event
  const personAt = new Set<string>();
  const narrow = (m: GumDoc['mentions'][number]) => {
    const sp = nameOnly(d.text, m.start, m.end, m.identity);
    if (m.entityType !== 'person') return sp;
    // "CEO of the Refugee Council Enver Solomon": the name is what follows the last organization or place
    // nested in the phrase (the words before it are that organization's name, not the person's)
    let after = -1;
    for (const o of d.mentions)
      if (o.entityType !== 'person' && o.start > m.start && o.end < m.end && o.end > after) after = o.end;
    if (after < 0 || (sp && (sp.start >= after || sp.end <= after))) return sp;
    let tail = nameOnly(d.text, after, m.end, m.identity);
    // not when the tail is itself inside another thing's name ("Berlin International Film Festival")
    const t = tail;
    if (
      t &&
      (/[,\d]/.test(d.text.slice(t.start, t.end)) ||
        !/\s/.test(d.text.slice(t.start, t.end)) ||
        d.mentions.some((o) => o.entityType !== 'person' && o.start <= t.start && o.end >= t.end))
    )
      tail = null;
    if (process.env.GOLD_DEBUG && tail)
      console.error('tail', d.id, d.text.slice(m.start, m.end), '->', d.text.slice(tail.start, tail.end));
    return tail ?? sp;
  };
  for (const m of d.mentions) {
    if (m.entityType !== 'person') continue;
    const sp = narrow(m);
    if (sp) personAt.add(sp.start + ':' + sp.end);
  }
  for (const m of d.mentions) {
    const sp = narrow(m);
    if (!sp) continue;
    if (
      m.entityType !== 'person' &&
      (sp.start !== m.start || sp.end !== m.end) &&
      personAt.has(sp.start + ':' + sp.end)
    )
      continue;
    // a lone sentence-initial capitalized word is usually a common noun ("Researchers")
    const single = !/[\s-]/.test(d.text.slice(sp.start, sp.end));
    if (
      single &&
      sentStarts.has(sp.start) &&
      !m.identity &&
      lowerWords.has(d.text.slice(sp.start, sp.end).toLowerCase())
    )
      continue;
    if (m.entityType === 'person') people.push({ ...sp, entity: m.chainId });
    else if (sp.start === m.start || /^(the|The)\s/.test(d.text.slice(m.start, sp.start))) {
      others.push({ start: m.start, end: m.end, entity: m.chainId }); // named organizations, places, works
    }
  }
  // "Fan Expo Canada", "Muslim Student Association": GUM marks the people a name refers to ("Fan", "Muslim
  // Student") inside the name of an event or organization; a word that goes on into more of that name is
  // not a person's name
  const compound = (p: GoldSpan) =>
    d.mentions.some(
      (o) =>
        o.entityType !== 'person' &&
        o.start <= p.start &&
        o.end > p.end &&
        /^[ -]\p{Lu}\p{Ll}/u.test(d.text.slice(p.end, Math.min(o.end, p.end + 3))),
    );
  const named = notInside(dedupe(people), others).filter((p) => !compound(p));
  if (process.env.GOLD_DEBUG)
    for (const p of people) if (compound(p)) console.error('compound', d.id, d.text.slice(p.start, p.end + 20));
  return { id: d.id, text: d.text, people: named, others: dedupe(others) };
}

/** CoNLL corpora: PER entities (narrowed the same way), others as non-person. */
export function conllGold(d: ConllDoc): GoldDoc {
  const people: GoldSpan[] = [];
  const others: GoldSpan[] = [];
  for (const e of d.entities) {
    if (e.type === 'PER') {
      const sp = nameOnly(d.text, e.start, e.end);
      if (sp) people.push({ ...sp, entity: null });
    } else others.push({ start: e.start, end: e.end, entity: null });
  }
  return { id: d.id, text: d.text, people: dedupe(people), others: dedupe(others) };
}
