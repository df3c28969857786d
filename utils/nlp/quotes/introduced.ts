// Step: words the speaker's own sentence hands over without a speech verb at the marks — a colon or a dash
// after a clause about the speaker ('Jones was blunt: "We were lucky."'), a verdict named after a dash ('"It was
// a good day" — that was Jones's verdict.'), a viewpoint opening the sentence ('For Jones, it was "a good day."').
// Who speaks is the attribution's business (quotes-attribution.ts); here only: these are quotations.
import { ROLE_WORDS } from '../wordlists';

// esbuild (tsx, vitest) rebuilds a regex literal with \p{..} outside brackets on every call: module constants
const UPPER_FIRST = /^\p{Lu}/u;

/** A colon or a dash (em, en, or a spaced hyphen) right before the opening mark. */
const COLON_OR_DASH = /(?::|\s[—–-]|—|–)\s*$/;
/** A work, a name or a slogan named in the clause before the colon ('The headline: "Mayor resigns."', 'The
 *  team's motto is simple: "Never give up."'): its words are named, not said. */
const WORK_BEFORE =
  /\b(?:film|movie|book|novel|song|album|show|series|play|article|essay|poem|titled|entitled|called|named|dubbed|headline|headlined|episode|documentary|programme|program|opera|exhibition|column|magazine|paper|campaign|slogan|hashtag|website|site|blog|section|page|motto|mantra|nicknamed|podcast|memoir|musical|sign|label|caption|subject\s+line|title|name|nickname|password|word\s+of\s+the\s+year|error|button|menu|screen|prompt|dialog)\b/i;

/**
 * A sentence in marks after a colon or a dash that ends the writer's clause ('Jones was blunt: "We were
 * lucky."', 'The minister's answer was short: "No."', 'Jones was in no doubt — "We deserved it."'): a capital,
 * its own end punctuation, like a sentence that opens a paragraph. `before`: the sentence up to the mark.
 */
export function colonSentence(before: string, content: string): boolean {
  if (!UPPER_FIRST.test(content) || !/[.!?…]['’]?$/.test(content)) return false;
  return COLON_OR_DASH.test(before) && !WORK_BEFORE.test(before) && aboutSomeone(before);
}

/** A person in the clause: a pronoun or a possessive of one, a role noun ('the mayor'), a name. */
const PERSONAL = /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir|[Hh]im|[Tt]hem|I|[Ww]e|[Mm]y|[Oo]ur)\b/;
/** The sentence's first word is a name when a possessive or a verb of the clause follows it ('Jones was blunt'). */
const FIRST_NAME =
  /^\s*\p{Lu}[\p{L}'’-]*(?:['’]s?\s|\s+(?:was|is|were|had|has|put|sounded|seemed|remained|kept|gave|came|got)\b)/u;

/** 'Jones was blunt', 'Her reply came a day later', 'The mayor was brief'; not 'Step three', 'Then type the command'. */
function aboutSomeone(before: string): boolean {
  if (PERSONAL.test(before) || FIRST_NAME.test(before)) return true;
  const ws = before.match(/[\p{L}'’-]+/gu) ?? [];
  return ws.some(
    (w, i) => ROLE_WORDS.has(w.toLowerCase().replace(/['’]s?$/u, '')) || (i > 0 && UPPER_FIRST.test(w) && w !== 'I'),
  );
}

/** Nouns that name what someone said, after "that was …'s" ('— that was Jones's verdict'). */
const SAID_NOUN =
  'verdict|view|words|assessment|reply|answer|response|message|advice|conclusion|reaction|judgement|judgment|comment|explanation|promise|warning|plea|summary|take|description|diagnosis|prediction|complaint|argument|claim|boast|retort';
/** The same after "the …" and "of" or "from": not a view or a summary, which can be of a place ('the view from the
 *  bridge'). */
const OWNED_NOUN =
  'verdict|words|assessment|reply|answer|response|message|advice|conclusion|reaction|judgement|judgment|comment|warning|plea|prediction|complaint';
/** After the closing mark: a dash, then 'so said X' or 'that was X's verdict' / 'that was the verdict of X'. */
const VERDICT_AFTER = new RegExp(
  `^[,.]?\\s*(?:—|–|\\s-)\\s*(?:so\\s+(?:said|says)\\s|(?:that|this)\\s+(?:was|is)\\s+how\\s+[^.!?;"“”]{1,40}?\\s(?:put|saw|sees|puts|summed\\s+up|sums\\s+up)\\s+it\\b|` +
    `(?:that|this|such)\\s+(?:was|is|were|had\\s+been|has\\s+been)\\s+` +
    `(?:(?:his|her|their|its|my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:${SAID_NOUN})\\b|` +
    `(?:the\\s+)?(?:[\\p{L}.-]+\\s+){0,3}[\\p{L}.-]+['’]s?\\s+(?:[\\p{L}-]+\\s+)?(?:${SAID_NOUN})\\b|` +
    `the\\s+(?:[\\p{L}-]+\\s+)?(?:${OWNED_NOUN})\\s+(?:of|from)\\s))`,
  'iu',
);

/** A noun of what someone said in the clause before the colon ('The minister's answer was short: "No."'): one
 *  capitalized word after it is that answer, not a name ('Her favourite city: "Paris."' has none). */
const SAID_NOUN_IN = new RegExp(`\\b(?:${SAID_NOUN})\\b`, 'iu');

/** A count of words someone had for it ('Jones had one word for it: "Disgraceful."', 'She summed it up in two words:'). */
const COUNTED_WORDS = /\b(?:one|two|three|a\s+few|a\s+single)\s+words?\b/iu;

export function saidNounIn(before: string): boolean {
  const tail = before.slice(-60);
  return SAID_NOUN_IN.test(tail) || COUNTED_WORDS.test(tail);
}

/** '"It was a good day" — that was Jones's verdict.', '"We were lucky" — so said Jones', '— that was how Jones
 *  put it': `after` follows the closing mark. */
export function verdictAfter(after: string): boolean {
  return VERDICT_AFTER.test(after);
}

/** Someone's reply, words or verdict, then a dash or a colon right before the marks ('Smith's reply — "We will
 *  see" — did not satisfy the council', 'Her answer: "not yet"'): the noun hands the words over like a speech
 *  verb. Only the nouns that are said (not 'view', 'take'), owned by someone. */
const OWNED_BEFORE_DASH = new RegExp(
  `(?:\\b(?:his|her|their|its|my|our)|\\p{L}['’]s?)\\s+(?:[\\p{L}-]+\\s+)?(?:${OWNED_NOUN})\\s*(?:—|–|\\s-|:)\\s*$`,
  'iu',
);

/** `before`: up to 40 characters before the opening mark. */
export function saidNounBefore(before: string): boolean {
  return OWNED_BEFORE_DASH.test(before);
}

/** The noun of a cry and 'of' ('left to chants of "Lock him up"', 'cries of "Shame!"', 'a chorus of "Out, out,
 *  out"'): the words cried, however short, as after 'chanted'. A song's title there is Title Case, and the title
 *  rules come first ('a chorus of "Happy Birthday"'). */
const CRY_OF =
  /(?:^|[^\p{L}])(?:chants?|chanting|cries|cry|shouts?|shouting|screams?|yells?|jeers?|roars?|chorus(?:es)?|refrains?)\s+of\s*$/iu;

/** `before`: up to 40 characters before the opening mark. */
export function cryOf(before: string): boolean {
  return CRY_OF.test(before);
}

/** 'For Jones, it was "…"', 'For Ms. Ruiz, this is "…"': a named person's view opens the sentence. */
const VIEWPOINT =
  /^\s*For\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s+(?:it|this|that|the\s+\p{L}+)\s+(?:was|is|had\s+been|has\s+been|will\s+be|would\s+be|remains|remained|seemed|seems)\s+[^.;:!?"“”]{0,40}$/u;

/** `sentence`: the writer's sentence up to the opening mark. */
export function viewpointOf(sentence: string): boolean {
  return VIEWPOINT.test(sentence);
}
