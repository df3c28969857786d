// Sentences that lean on another: a sentence that opens by pointing back ("He added…", "But…", "In that same
// letter, …") needs the sentence before it; one that opens with "The <noun>" needs the sentence that brought the noun
// in ("a letter"). The summary takes such a sentence only with the one it leans on. Also: first-person narration.
import type { Person } from '../types';
import type { Cand } from './candidates';
import { hasVerb } from '../timeline-statement';
import { isQuestion } from './quotation';
import { escape, list, words } from './words';

// openings that point back to the sentence before ("He added…", "But…", "In return…")
// ("This year…", "That night…" name their time and point back to nothing)
const DEPENDENT_OPENING = new RegExp(
  `^(?:["“‘']\\s*)?(?:${list(words.dependentOpeners).join('|')})\\b(?!\\s+(?:${list(words.timeNouns).join('|')})\\b)`,
  'i',
);
const CONNECTIVE = new RegExp(`^(?:${words.connectives})(?![\\p{L}])`, 'iu');
// "As the drug kicked in, they attempted…": a pronoun after an opening clause or phrase that names nobody
const CLAUSE_THEN_PRONOUN = new RegExp(
  `^((?:${list(words.clauseOpeners).join('|')})\\b[^,;:“"]{0,100}), (?:${list(words.subjectPronouns).join('|')})\\b`,
  'i',
);
// "Last year he dropped out…", "Yesterday she…": a time phrase that opens the sentence, with or without a comma, then a
// personal pronoun that points back to someone named before
const TIME_THEN_PRONOUN = new RegExp(
  `^(?:${words.frontedTimes}),?\\s+(?:${list(words.subjectPronouns).join('|')})\\b`,
  'i',
);
// "it emerged that…", "it was announced…": an "it" that stands for nothing (after "Last year", "In March,")
const DUMMY_IT = new RegExp(`^it\\s+(?:${words.dummyIt})\\b`, 'i');
const PRONOUN_AT_END = /\S+$/;
// "In that same letter, …", "At that point…", "For those reasons…": an opening phrase that points back to something
// named before ("This year…" names its own time and is not here)
const POINTS_BACK = new RegExp(`^(?:${list(words.clauseOpeners).join('|')})\\s+(?:that|those|such|the same)\\b`, 'i');
const ADDED = new RegExp(`^(?:he|she|they|it)\\s+(?:${words.addedVerbs})\\b`, 'i');
// a first-person word between spaces or punctuation, not "I" in a party label "(I-Vt.)" or an initial "I."
const FIRST_PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(?:${list(words.firstPerson).map(escape).join('|')})(?![\\p{L}\\p{N}'’.-])`,
  'u',
);
const FIRST_PERSON_HINT = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us)\b/;
// "The letter does…": a definite noun phrase of one word that opens the sentence (a verb, "of" or a comma after
// it, so that in "The pension plan goes…" the head is not taken to be "pension")
const DEFINITE_OPENING = new RegExp(
  `^The (\\p{Ll}[\\p{Ll}-]{2,})(?=,| (?:\\p{Ll}{2,}(?:ed|s)|${list(words.headFollowers).join('|')})\\b)`,
  'u',
);
// "a letter", "a new report": an indefinite noun phrase that brings something in (head: one of the next two words)
const INDEFINITE = /\b[Aa]n? (\p{Ll}[\p{Ll}-]{2,})(?: (\p{Ll}[\p{Ll}-]{2,}))?/gu;
// "Yes, all tropical cyclones…", "Well, it depends.": an answer to the question before it (an interview, a hearing)
// which the summary does not show
// ("No. 10 Downing Street", "Well-known", "Right-wing" are not answers)
const ANSWER = new RegExp(`^(?:${words.answerOpeners})(?:[,!]|\\.(?!\\s*\\d)|\\s*[—–]|\\s+-\\s)`, 'i');
// "Because it's looking in the rear-view mirror.": a reason with no clause it gives the reason for answers the question
// before it ("Because of the storm, flights…" and "Because the road was closed, the bus…" stand alone)
const BECAUSE_ALONE = /^because\b(?!\s+of\b)[^,;:]*$/i;
const EXISTENTIAL = /^there (?:is|are|was|were|has|have|had|will|would|could|may|might|seems?|appears?|remains?)\b/i;
// esbuild (tsx, vitest) rebuilds a regex literal with \p{..} outside brackets on every call: module constants
const OPENER_WORD = /^\p{Lu}[\p{L}'’-]+/u;
const SPACE_CAP = /\s\p{Lu}/u;

/**
 * Opens by pointing back to the sentence before: a pronoun, a conjunction, a connective ("In return, …"), a word that
 * answers a question ("Yes, …").
 */
export function leansOnPrevious(s: string): boolean {
  // "There are 300 stations…" says that something exists: it points back to nothing
  if (EXISTENTIAL.test(s)) return false;
  if (
    ANSWER.test(s) ||
    BECAUSE_ALONE.test(s) ||
    ADDED.test(s) ||
    DEPENDENT_OPENING.test(s) ||
    CONNECTIVE.test(s) ||
    POINTS_BACK.test(s)
  )
    return true;
  const t = TIME_THEN_PRONOUN.exec(s);
  if (t) return !dummyItAt(s, t[0].length);
  const m = CLAUSE_THEN_PRONOUN.exec(s);
  // the opening clause may name the pronoun's antecedent ("When Smith arrived, he…"): a capital after its first word
  return m !== null && !SPACE_CAP.test(m[1]) && !dummyItAt(s, m[0].length);
}

/** The pronoun that ends at `end` is an "it" that stands for nothing ("Last year it emerged that…"). */
function dummyItAt(s: string, end: number): boolean {
  const pronoun = PRONOUN_AT_END.exec(s.slice(0, end))?.[0] ?? '';
  return DUMMY_IT.test(s.slice(end - pronoun.length));
}

/** The head noun of a definite opening ("The letter does not…" → "letter"), or null. */
export function definiteHead(s: string): string | null {
  return DEFINITE_OPENING.exec(s)?.[1] ?? null;
}

/**
 * Where each noun is first brought in with "a"/"an" ("according to a letter"): noun → text offset. One pass over
 * the text; the head is taken to be either of the two words after the article ("a new report"). `skip` passes over
 * the offsets of page residue (a headline or a caption).
 */
export function introductions(text: string, skip: (at: number) => boolean = () => false): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(INDEFINITE)) {
    const fresh = !out.has(m[1]) || (m[2] !== undefined && !out.has(m[2]));
    // a headline or a caption that brings the noun in is not what a reader of the summary has read
    if (!fresh || skip(m.index)) continue;
    if (!out.has(m[1])) out.set(m[1], m.index);
    if (m[2] && !out.has(m[2])) out.set(m[2], m.index);
  }
  return out;
}

/** First person outside quotation marks. */
export function firstPerson(s: string): boolean {
  // most sentences have none of the words: a cheap test first
  if (!FIRST_PERSON_HINT.test(s)) return false;
  const outside = s.replace(/["“][^"”]*["”]?/g, ' ');
  return FIRST_PERSON.test(outside);
}

/**
 * Sets `needs` on each candidate: the sentence right before it (after a caption, "they" may be the people in the
 * picture: nothing it can follow), or the one that brought in its "The <noun>". The article's first sentence leans on
 * nothing: it was written to open ("It's easier than ever to…").
 */
export function linkLeaning(text: string, cands: Cand[]): void {
  const last = cands[cands.length - 1];
  const intro = introductions(text.slice(0, last.sp.start), (at) => cands[sentenceAt(cands, at)].residue);
  const first = cands.find((c) => !c.residue);
  for (const c of cands) {
    if (c.residue || c === first) continue;
    if (leansOnPrevious(c.s) || (c.k > 0 && fragmentAnswer(c.s) && isQuestion(cands[c.k - 1].s)))
      c.needs = c.k > 0 && !cands[c.k - 1].residue ? c.k - 1 : cands.length;
    else {
      const head = definiteHead(c.s);
      const at = head ? intro.get(head) : undefined;
      if (at !== undefined && at < c.sp.start) c.needs = sentenceAt(cands, at);
    }
  }
}

/** Index of the sentence holding a text offset (binary search over sentences in text order). */
function sentenceAt(sents: readonly { sp: { start: number } }[], pos: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sents[mid].sp.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A sentence opened by a person's surname alone ("Doe has worked there for 30 years.") leans on the first sentence
 * that names the person in full ("Jane Doe, a welder, …"), when one before it does (page residue aside): the summary
 * does not show "Doe" to a reader who was never told who Doe is. Sets `needs` where nothing else set it.
 */
export function linkSurnames(text: string, cands: Cand[], people: readonly Person[]): void {
  if (!people.length) return;
  // who is mentioned by one word where, within the candidates: one pass over the mentions
  const end = cands[cands.length - 1].sp.end;
  const byStart = new Map<number, Person>();
  for (const p of people) {
    for (const m of p.mentions) if (m.start < end && !/\s/.test(text.slice(m.start, m.end))) byStart.set(m.start, p);
  }
  const first = cands.find((c) => !c.residue);
  for (const c of cands) {
    if (c.residue || c === first || c.needs >= 0) continue;
    const opener = OPENER_WORD.exec(c.s)?.[0];
    const at = opener ? text.indexOf(opener, c.sp.start) : -1;
    const p = at >= 0 && at < c.sp.end ? byStart.get(at) : undefined;
    if (!p) continue;
    // the first sentence (not page residue) that names the person in more than one word
    let named = -1;
    for (const m of p.mentions) {
      if (m.start >= c.sp.start || !/\s/.test(text.slice(m.start, m.end))) continue;
      const k = sentenceAt(cands, m.start);
      if (!cands[k].residue && (named < 0 || k < named)) named = k;
    }
    if (named >= 0 && named !== c.k) c.needs = named;
  }
}

// an answer cut short before a colon ("Almost everything: names, email addresses…", "Not yet: the bill…"): a few words
// without a verb
const FRAGMENT_ANSWER = /^([^:;,.!?"“]{1,30}):\s/;
const FRAGMENT_WORDS = 3;

/**
 * A sentence that opens with an answer cut short before a colon ("Almost everything: names, email addresses…"): after
 * a question (an explainer's subhead) it answers that question and leans on it.
 */
export function fragmentAnswer(s: string): boolean {
  const m = FRAGMENT_ANSWER.exec(s);
  return m !== null && m[1].trim().split(/\s+/).length <= FRAGMENT_WORDS && !hasVerb(m[1]);
}
