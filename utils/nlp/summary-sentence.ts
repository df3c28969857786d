// Sentence tests of the extractive summary: is a sentence page residue, can it be shown on its own, what does it
// lean on, is it first-person narration, and the page residue to cut from it (a dateline, a metadata date, a hover
// card).
import words from './data/summary-words.json';
import { hasVerb, isCaption, isStatement, looksLikeResidue } from './timeline-statement';

const list = (s: string) => s.split(/\s+/).filter(Boolean);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const STOP: ReadonlySet<string> = new Set(list(words.stop));

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
// "In that same letter, …", "At that point…", "For those reasons…": an opening phrase that points back to something
// named before ("This year…" names its own time and is not here)
const POINTS_BACK = new RegExp(`^(?:${list(words.clauseOpeners).join('|')})\\s+(?:that|those|such|the same)\\b`, 'i');
const ADDED = new RegExp(`^(?:he|she|they|it)\\s+(?:${words.addedVerbs})\\b`, 'i');
// a first-person word between spaces or punctuation, not "I" in a party label "(I-Vt.)" or an initial "I."
const FIRST_PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(?:${list(words.firstPerson).map(escape).join('|')})(?![\\p{L}\\p{N}'’.-])`,
  'u',
);
const FIRST_PERSON_HINT = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us|[Ll]et)\b/;
// "The letter does…": a definite noun phrase of one word that opens the sentence (a verb, "of" or a comma after
// it, so that in "The pension plan goes…" the head is not taken to be "pension")
const DEFINITE_OPENING = new RegExp(
  `^The (\\p{Ll}[\\p{Ll}-]{2,})(?=,| (?:\\p{Ll}{2,}(?:ed|s)|${list(words.headFollowers).join('|')})\\b)`,
  'u',
);
// "a letter", "a new report": an indefinite noun phrase that brings something in (head: one of the next two words)
const INDEFINITE = /\b[Aa]n? (\p{Ll}[\p{Ll}-]{2,})(?: (\p{Ll}[\p{Ll}-]{2,}))?/gu;

// Page residue at the start of a sentence: a metadata field ("date 2018-12-30 …") or a dateline ("WASHINGTON
// (Reuters) — …", "Taipei, Taiwan — …", "KYIV, Ukraine, May 5 (AP) — …", "NEW DELHI: …", "NAIROBI, Kenya (CNN)The…",
// "Dec 5 (Reuters) - …").
const METADATA = new RegExp(
  `^\\s*(?:(?:${words.metadataLabels})\\s*:?\\s*)?\\d{4}-\\d\\d-\\d\\d(?:[T ]\\d\\d:\\d\\d(?::\\d\\d)?Z?)?\\s+(?=\\p{Lu})`,
  'iu',
);
const PLACE_WORD = `\\p{Lu}[\\p{L}\\p{M}.'’-]*`;
const AGENCY = `\\(\\p{Lu}[^()]{0,30}\\)`;
// the dateline ends in a dash, a colon, or nothing where the agency's bracket touches the story ("(CNN)The")
const DATELINE = new RegExp(
  `^(${PLACE_WORD}(?: ${PLACE_WORD}){0,3})((?:, ${PLACE_WORD}(?: ${PLACE_WORD}){0,2}){0,2})` +
    `(,? \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2})?\\s*(${AGENCY})?(\\s*[—–-]{1,2}\\s+|\\s*:\\s+|(?<=\\)))(?=["“‘]?\\p{Lu})`,
  'u',
);
// a date and an agency without a place ("Dec 5 (Reuters) - …")
const DATED = new RegExp(
  `^\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:, \\d{4})?\\s*${AGENCY}\\s*[—–-]{1,2}\\s+(?=["“‘]?\\p{Lu})`,
  'u',
);
// a line of its own that dates the page ("Last updated at 4:35 PM on 12th January 2012.", "Published: 12 June 2012.")
const METADATA_LINE = new RegExp(
  `^(?:${words.metadataLabels})(?:\\s*:|\\s+(?:at|on)\\b|\\s+\\d)[^]{0,60}?\\b(?:\\d{1,2}[:.]\\d\\d|\\d{4})\\b`,
  'i',
);
const METADATA_LINE_WORDS = 15;
const GLUE = /\p{Ll}\p{Lu}/gu;
// lines a site adds around a story ("Related:", "Sign up for our newsletter", "Reporting by …; Editing by …")
const BOILERPLATE = new RegExp(
  `^(?:${words.boilerplateOpenings})(?![\\p{L}])|(?:${words.boilerplatePhrases})(?![\\p{L}])`,
  'iu',
);
// closing punctuation, with the full stops of Chinese and Japanese text
const CLOSED = /[.!?。！？]["”’)」』]*$/;

/**
 * Page residue rather than a sentence of the story: a caption or picture credit, a headline or hover card, a line a
 * site adds around its stories, a line without closing punctuation. The summary passes over it. (A line without a
 * verb is not passed over: the verb test is too crude to call "I still remember using…" residue.)
 */
export function isResidue(s: string, nWords: number): boolean {
  if (nWords === 0 || !CLOSED.test(s) || BOILERPLATE.test(s)) return true;
  if (cjkProse(s)) return false;
  if (nWords <= METADATA_LINE_WORDS && METADATA_LINE.test(s)) return true;
  return isCaption(s) || !isStatement(s) || looksLikeResidue(s);
}

// Chinese and Japanese are written without spaces between words: to the tests of English above a sentence there
// is one or two long "words" without a verb they know. A sentence mostly of their characters, long enough not to be
// a caption or a heading, closed by a full stop (not a question mark), is prose.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CJK_MIN_CHARS = 20;
const CJK_CLOSED = /[。！.!]["”’)」』）]*$/;

/** A sentence of Chinese or Japanese prose (the English tests cannot read it). */
export function cjkProse(s: string): boolean {
  if (s.length < CJK_MIN_CHARS || !CJK_CLOSED.test(s)) return false;
  const n = s.match(CJK_CHAR)?.length ?? 0;
  return n >= CJK_MIN_CHARS && 2 * n >= s.length;
}

const CREDIT = /^(?:Image|Photo|Picture|Photograph|Credit|Illustration)\s*:/i;

/** A picture credit line ("Image: Nick Moreau."): the line before it is the picture's caption. */
export function isCredit(s: string): boolean {
  return CREDIT.test(s);
}

// The verb test knows English verbs only: a sentence of some length without an English function word is in another
// language and keeps its place without it (a caption is short, and in English it has "the", "of", "by"…)
const ENGLISH = /\b(?:the|and|of|to|is|was|that|with|for|from|by)\b/i;
const FOREIGN_MIN_WORDS = 10;

// verbs the shared test does not know, and a pronoun's verb ("It’s the industry’s…", "I'm not…", "I am…"; "am" alone
// may be a time, "8 am")
const MORE_VERBS = new RegExp(
  `\\b(?:${list(words.moreVerbs).join('|')})\\b|\\b(?:it|he|she|that|there|what|who|here)['’]s\\b|\\b(?:i|you|we|they)['’](?:m|re|ve|ll|d)\\b|\\bI am\\b`,
  'i',
);

function hasVerbIfEnglish(s: string, nWords: number): boolean {
  return hasVerb(s) || MORE_VERBS.test(s) || (nWords >= FOREIGN_MIN_WORDS && !ENGLISH.test(s));
}

/** The sentence without page residue at its start or a hover card inside it. */
export function cleanSentence(s: string): string {
  let t = s;
  const meta = METADATA.exec(t);
  if (meta) t = t.slice(meta[0].length);
  const d = DATELINE.exec(t);
  if (d && d[0].length < 70 && isDateline(d)) t = t.slice(d[0].length);
  else t = t.replace(DATED, '');
  if (t.includes('MORE')) t = stripHoverCard(t);
  return t;
}

// an aside in brackets: a pronunciation, a translation, a short form, years, a conversion ("Isfahan (Persian: …, also
// known as Esfahan) is…", "1100 ft (335 m)"), up to a line's length; nested brackets are left alone. Numbered
// references in square brackets ("[12]", "[1] – [11]", "[3, 4]") go too.
const ASIDE =
  /\s*\(([^()]{1,120})\)|\s*\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\](?:\s*[,–-]?\s*\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\])*/g;
// a short form in brackets ("(IE9)", "(L2)"): kept when the summary uses it again
const SHORT_FORM = /^[\p{L}\p{N}&.-]*\p{Lu}[\p{L}\p{N}&.-]*$/u;

/**
 * The sentence as the summary shows it: asides in brackets left out. They rarely carry the news and a summary that
 * keeps them is longer for nothing (on GUM's dev documents they are words the human summaries seldom repeat). A
 * short form stays when `usedAgain` says the summary uses it outside its brackets ("second language (L2) … L2
 * grammar").
 */
export function dropAsides(s: string, usedAgain: (form: string) => boolean = () => false): string {
  if (!s.includes('(') && !s.includes('[')) return s;
  const t = s
    .replace(ASIDE, (m, inner?: string) =>
      inner !== undefined && inner.length <= 12 && SHORT_FORM.test(inner) && usedAgain(inner) ? m : '',
    )
    .replace(/\s+(?=[,.;:!?])/g, '')
    .replace(/^[\s,;:—–-]+/, '');
  // a sentence that was all aside keeps it
  return /\p{L}/u.test(t) ? t : s;
}

/**
 * A dateline ends in a dash after an all-capital place, a place with its region or an agency in brackets (not "Obama
 * — who…"); in a colon after an all-capital place ("NEW DELHI: …", not "Update: …"); in nothing after an agency
 * ("(CNN)The…").
 */
function isDateline(d: RegExpExecArray): boolean {
  const sep = d[5].trim();
  if (!sep) return d[4] !== undefined;
  if (sep === ':') return isAllCaps(d[1]);
  return isAllCaps(d[1]) || d[2] !== '' || d[4] !== undefined;
}

function isAllCaps(s: string): boolean {
  return /\p{Lu}{2}/u.test(s) && s === s.toUpperCase();
}

/**
 * A news site's hover card captured with a linked name: the formal name glued to the headlines of related stories,
 * closed by "MORE" ("Bernie Sanders Bernard (Bernie) SandersO'Rourke's chances … MORE's (I-Vt.)"). The card runs
 * from after the name as written to "MORE"; the name as written is the surname seen again just before the glue.
 */
function stripHoverCard(s: string): string {
  const more = /(?<![\p{L}])MORE(?![\p{L}])/u.exec(s);
  if (!more) return s;
  const from = Math.max(0, more.index - 500);
  GLUE.lastIndex = from;
  for (let g = GLUE.exec(s); g && g.index < more.index; g = GLUE.exec(s)) {
    // the word that ends at the glue ("Sanders" in "SandersO'Rourke")
    let w = g.index;
    while (w > 0 && /[\p{L}'’]/u.test(s[w - 1])) w--;
    const word = s.slice(w, g.index + 1);
    if (word.length < 3) continue;
    const prev = s.lastIndexOf(word, w - 1);
    if (prev < 0 || w - prev > 80) continue;
    return s.slice(0, prev + word.length) + s.slice(more.index + 4);
  }
  return s;
}

/** Share of the sentence's characters that sit inside quotation marks. */
function quotedShare(s: string): number {
  let inside = 0;
  let open = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“' || (c === '"' && !open)) {
      open = true;
      start = i;
    } else if ((c === '”' || c === '"') && open) {
      open = false;
      inside += i - start;
    }
  }
  if (open) inside += s.length - start;
  return inside / Math.max(1, s.length);
}

/** A sentence a reader can take on its own: not a question, a bare quotation, a caption, residue or a fragment. */
export function standsAlone(s: string, nWords: number): boolean {
  if (isQuestion(s)) return false;
  if (isQuotation(s) || quotationPiece(s)) return false;
  if (cjkProse(s)) return true;
  if (nWords < 6 || nWords > 70) return false;
  // a lower-case start is a piece of a sentence ("is an example of…"), not "iPhone sales…"
  if (/^\p{Ll}(?!\p{Lu})/u.test(s)) return false;
  if (!isStatement(s) || !hasVerbIfEnglish(s, nWords) || looksLikeResidue(s)) return false;
  // datelines, bylines, captions: no closing punctuation (a question mark here closes a reported question)
  return CLOSED.test(s);
}

/**
 * A piece of a quotation that runs over several sentences: its quotation marks do not pair up ("The problem is how
 * long it will take." closing a quotation opened a sentence before).
 */
function quotationPiece(s: string): boolean {
  let curly = 0;
  let straight = 0;
  for (const c of s) {
    if (c === '“' || c === '”') curly++;
    else if (c === '"') straight++;
  }
  return curly % 2 === 1 || straight % 2 === 1;
}

/**
 * Whether a quotation is still open at the end of the sentence, given whether one was open at its start. A straight
 * mark opens at the start or after a space, bracket or dash, and closes elsewhere.
 */
export function leavesQuoteOpen(s: string, openAtStart: boolean): boolean {
  let open = openAtStart;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = i === 0 || /[\s(\[—–-]/.test(s[i - 1]);
  }
  return open;
}

/** A question, not a statement that reports one ("…asking if there were “any un-angry supporters?”"). */
function isQuestion(s: string): boolean {
  const m = /\?(["”’)]?)$/.exec(s);
  if (!m) return false;
  if (!m[1] || m[1] === ')') return true;
  // the quotation that ends the sentence opens after its start: reported speech
  const open = Math.max(s.lastIndexOf('“'), s.lastIndexOf('"', s.length - 2), s.lastIndexOf('‘'));
  return open <= 0;
}

const EXISTENTIAL = /^there (?:is|are|was|were|has|have|had|will|would|could|may|might|seems?|appears?|remains?)\b/i;

/** Opens by pointing back to the sentence before: a pronoun, a conjunction, a connective ("In return, …"). */
export function leansOnPrevious(s: string): boolean {
  // "There are 300 stations…" says that something exists: it points back to nothing
  if (EXISTENTIAL.test(s)) return false;
  if (ADDED.test(s) || DEPENDENT_OPENING.test(s) || CONNECTIVE.test(s) || POINTS_BACK.test(s)) return true;
  const m = CLAUSE_THEN_PRONOUN.exec(s);
  // the opening clause may name the pronoun's antecedent ("When Smith arrived, he…"): a capital after its first word
  return m !== null && !/\s\p{Lu}/u.test(m[1]);
}

/** The head noun of a definite opening ("The letter does not…" → "letter"), or null. */
export function definiteHead(s: string): string | null {
  return DEFINITE_OPENING.exec(s)?.[1] ?? null;
}

/**
 * Where each noun is first brought in with "a"/"an" ("according to a letter"): noun → text offset. One pass over
 * the text; the head is taken to be either of the two words after the article ("a new report").
 */
export function introductions(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(INDEFINITE)) {
    if (!out.has(m[1])) out.set(m[1], m.index);
    if (m[2] && !out.has(m[2])) out.set(m[2], m.index);
  }
  return out;
}

/**
 * A quotation with its attribution: mostly quoted, or opened by a quotation ("“I heard the roof go,” said…"). A
 * sentence that reports words inside its own clause is not.
 */
function isQuotation(s: string): boolean {
  const q = quotedShare(s);
  return q > 0.6 || (q > 0.3 && /^["“‘]/.test(s));
}

/** First person outside quotation marks. */
export function firstPerson(s: string): boolean {
  // most sentences have none of the words: a cheap test first
  if (!FIRST_PERSON_HINT.test(s)) return false;
  const outside = s.replace(/["“][^"”]*["”]?/g, ' ');
  return FIRST_PERSON.test(outside);
}
