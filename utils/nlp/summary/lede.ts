// Where the summary starts: the lede, unless it is an anecdote and the headline's news is in one of the next
// sentences (the "nut graf").
import type { Cand } from './candidates';
import { STOP, WORD_RE, words as lists } from './words';

// the nut graf that displaces an anecdotal lede: one of the next sentences that can stand alone
const NUT_GRAF_REACH = 3;

/**
 * The test that a sentence carries the headline: half of the headline's content words, at least two (none without a
 * headline of two words or more).
 */
export function carriesHeadline(title: string | null): (s: string) => boolean {
  const words = title ? new Set(contentWords(title).map(stem)) : new Set<string>();
  if (words.size < 2) return () => false;
  const need = Math.min(words.size, Math.max(2, Math.ceil(words.size / 2)));
  return (s) => {
    let n = 0;
    for (const w of new Set(contentWords(s).map(stem))) if (words.has(w) && ++n >= need) return true;
    return false;
  };
}

/**
 * Where the summary starts: the first sentence that can stand alone, unless it is an anecdote: with a headline
 * given, it shares no word with it while one of the next few carries it (half of its words, at least two).
 */
export function gistStart(usable: Cand[], title: string | null): Cand {
  const lede = usable[0];
  const words = title ? new Set(contentWords(title).map(stem)) : new Set<string>();
  // a heading of one word ("Understand", "Respect") is a section's name, not a headline that tells the news
  if (words.size < 2) return lede;
  const hits = (c: Cand) => {
    let n = 0;
    for (const w of new Set(contentWords(c.s).map(stem))) if (words.has(w)) n++;
    return n;
  };
  // a lede that shares a word with the headline, or names the day of its event ("…reacted with fury on Monday after
  // …"), tells the news: a headline that words it otherwise ("anger at … bonus") makes it no anecdote
  if (hits(lede) > 0 || NEWS_TIME.test(lede.s)) return lede;
  // a lede that tells of nobody in particular at some length is hard news worded otherwise ("The Federal Reserve kept
  // its key interest rate unchanged…" under "Fed holds borrowing costs steady"), not an anecdote
  if (!anecdotal(lede)) return lede;
  const need = Math.min(words.size, Math.max(2, Math.ceil(words.size / 2)));
  const nut = usable.slice(1, 1 + NUT_GRAF_REACH).find((c) => hits(c) >= need);
  // a nut graf that speaks of the anecdote's person ("The clinic in her town closed…") needs the lede before it
  return nut && !PERSON_PRONOUN.test(nut.s.split(/\s+/, PRONOUN_WORDS).join(' ')) ? nut : lede;
}

// an anecdote tells of a person: one it names, with "he" or "her" ("Every Thursday, Ellen Marsh drives… to pick up her
// medicine."), or the writer or the reader ("I've written…"); or it only sets a scene or a theme in a few words
// ("October is National Magic Month in the US.", "Some say history tends to repeat itself."). "The prime minister has
// removed his chancellor…" names nobody: hard news that leaves the name to the headline. ("US" is no "us")
const FIRST_OR_SECOND = /\b(?:I|I['’]\p{Ll}+|[Ww]e|[Mm]y|[Oo]ur|us|[Yy]ou|[Yy]our)\b/u;
const THIRD_PERSON = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)\b/u;
// two capitalized words, not a capitalized determiner or preposition before one ("The Argentine forward…")
const NAME_PAIR =
  /(?<!\p{L})(?!(?:The|A|An|This|That|These|Those|In|On|At|For|By|From|After|When|As|But|And|Its|His|Her)\s)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
const SCENE_WORDS = 12;

/** The lede reads as an anecdote or a scene, not as hard news. */
function anecdotal(lede: Cand): boolean {
  return lede.nWords <= SCENE_WORDS || tellsOfPerson(lede);
}

// the day a news lede gives its event: "on Monday", "late Tuesday", "yesterday", "last night"
const NEWS_TIME = new RegExp(`(?<![\\p{L}])(?:${lists.newsTimes})(?![\\p{L}])`, 'u');

// a personal pronoun in the nut graf's first words points back to the person of the anecdote
const PRONOUN_WORDS = 8;
const PERSON_PRONOUN = /\b(?:he|she|his|her|him|they|their|them)\b/i;

// a headline line in plain text: this many words (a shorter line is a section or a byline, a longer one a dek)
const HEADLINE_WORDS = [3, 20];

/**
 * The headline of a text given without one (a text file, as the CLI reads it): the first line before the lede when it
 * is a heading (no closing punctuation) of a headline's length, not a line that dates the page or names its author.
 */
export function headlineIn(cands: readonly Cand[], lede: Cand): string | null {
  const first = cands[0];
  if (!first || first.k >= lede.k || !first.residue || CLOSED_LINE.test(first.s)) return null;
  if (first.nWords < HEADLINE_WORDS[0] || first.nWords > HEADLINE_WORDS[1] || NOT_HEADLINE.test(first.s)) return null;
  return first.s;
}

const CLOSED_LINE = /[.!?]["”’)]*$/;
// a byline, a date line or a label ("By Jane Doe", "Updated 6:42 AM", "Photo: …")
const NOT_HEADLINE = new RegExp(`^(?:by\\b|(?:${lists.metadataLabels})\\b|[^:]{0,20}:)|\\d{1,2}[:.]\\d\\d`, 'i');

/** Content words, and the parts of a hyphenated one ("coal-fired" meets the headline's "coal"). */
function contentWords(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(WORD_RE)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    for (const part of w.includes('-') ? [w, ...w.split('-')] : [w]) {
      if (part.length < 3 || STOP.has(part) || /^\d+$/.test(part)) continue;
      out.push(part);
    }
  }
  return out;
}

/** Plural and third-person -s stripped, so "questionnaires" meets the headline's "questionnaire". */
function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return /[^s]s$/.test(w) ? w.slice(0, -1) : w;
}

// a feature's nut graf: the sentence after an anecdotal lede that says the anecdote stands for many ("But Brooks's
// story is becoming more common…", "She is one of more than 400 residents who…")
const NUT_GRAF = new RegExp(`\\b(?:${lists.nutGrafPhrases})`, 'u');
// how far after the lede the nut graf may come (an anecdote of a few short sentences)
const NUT_GRAF_SAYS_REACH = 8;

/**
 * The nut graf of a feature that opens with an anecdote: with a headline, a lede that shares no word with it (or one
 * that tells of a person and does not carry the headline, naming no day for its event: "When Kelly Hughes ran out of
 * her son's inhaler…, the nearest open pharmacy was 23 miles away." under "The towns where the pharmacy has closed")
 * and, in the next sentences, one that says the anecdote stands for many and shares a word with the headline, or is
 * followed by one that does ("Her story is far from unusual." + "More than 1,200 rural bus routes…"). The summary then
 * passes over the anecdote's other sentences between them (summary.ts), and shows the nut graf after the lede it
 * leans on.
 */
export function nutGraf(cands: readonly Cand[], start: Cand, title: string | null): Cand | null {
  if (!title) return null;
  const words = new Set(contentWords(title).map(stem));
  if (words.size < 2) return null;
  const hits = (s: string) => contentWords(s).some((w) => words.has(stem(w)));
  // a lede that shares a headline word is still an anecdote when it tells of a person, names no day and does not
  // carry the headline, unless the word is a name: a headline that names the lede's person ("Kayla Brooks drives 94
  // miles to give birth") makes the person the story
  if (hits(start.s) && !anecdoteSharingAWord(start, title, words)) return null;
  for (const [i, c] of cands.entries()) {
    if (c.k <= start.k || c.residue) continue;
    if (c.k > start.k + NUT_GRAF_SAYS_REACH) break;
    if (!c.ok || !NUT_GRAF.test(c.s)) continue;
    const next = cands[i + 1];
    const told = next && next.ok && !next.residue;
    // after a lede that tells of a person, the phrase itself says the anecdote stands for many: the next sentence may
    // word the news otherwise ("Her experience is far from unusual." + "Learners in England now wait…" under "Why
    // Britain is running out of driving examiners")
    if (hits(c.s) || (told && (hits(next.s) || tellsOfPerson(start)))) return c;
  }
  return null;
}

/** An anecdote though it shares a word with the headline: see nutGraf. */
function anecdoteSharingAWord(lede: Cand, title: string, words: ReadonlySet<string>): boolean {
  if (NEWS_TIME.test(lede.s) || !tellsOfPerson(lede) || carriesHeadline(title)(lede.s)) return false;
  // a capitalized word after the sentence's first is a name
  let first = true;
  for (const m of lede.s.matchAll(WORD_RE)) {
    const w = m[0];
    if (!first && /^\p{Lu}/u.test(w) && words.has(stem(w.toLowerCase().replace(/['’]s$/, '')))) return false;
    first = false;
  }
  return true;
}

/**
 * The lede tells of a person: the writer or the reader, one it names with "he" or "her", or one it does not name yet
 * ("She had run out of food when rescuers found her.": a story's first word cannot point back) (quotations aside).
 */
function tellsOfPerson(lede: Cand): boolean {
  const s = lede.s.replace(/["“][^"”]*["”]?/g, ' ');
  return FIRST_OR_SECOND.test(s) || PERSON_OPENER.test(s) || (THIRD_PERSON.test(s) && NAME_PAIR.test(s));
}

// a nut graf opened by a person's pronoun or possessive ("She is one of…", "Her story is…") speaks of the lede's person
const PERSON_OPENER = /^(?:he|she|his|her|they|their)\b/i;

/**
 * The sentence before the nut graf that the summary keeps: the one a nut graf opened by "It" or "This" leans on
 * ("Hughes lives in Blaenau, whose only pharmacy closed in the summer." + "It is one of more than 1,100 pharmacies…"),
 * when that one needs nothing but the lede; otherwise none (-1), and the nut graf leans on the lede.
 */
export function nutAntecedent(cands: readonly Cand[], start: Cand, nut: Cand): number {
  if (nut.needs <= start.k || nut.needs >= nut.k || PERSON_OPENER.test(nut.s)) return -1;
  const before = cands[nut.needs];
  return before.ok && before.needs <= start.k ? before.k : -1;
}
