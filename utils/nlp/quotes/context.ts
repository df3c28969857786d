// Step: is anyone speaking near a short quoted phrase? A partial quotation comes with its speaker: a speech
// verb, a speech noun or a verb of judging aloud ("criticised the "reckless" plan") in its sentence or the
// sentence before or after. A phrase in marks with none of these around it ("a city "reborn from the ashes"",
// "performances and "movies in the park"") is the writer's: a scare quote, a term or a name.
import type { Span } from '../types';
import { CUES } from '../quotes-attribution';
import { sentenceIndexAt } from '../sentences';
import { QUOTE_CONTEXT } from '../wordlists';
import { words as judgingVerbs } from '../data/quote-judging-verbs.json';
import { according as otherAccording, words as otherSpeech } from '../data/quote-speech-other.json';
import { words as presentSpeech } from '../data/quote-speech-present.json';
import { words as rulingVerbs } from '../data/quote-speech-rulings.json';

const JUDGING: ReadonlySet<string> = new Set(judgingVerbs);
/** Speech verbs and 'according to' of other languages ('a déclaré', 'dijo', 'selon', 'según'). */
const OTHER_SPEECH: ReadonlySet<string> = new Set([
  ...otherSpeech,
  ...otherAccording,
  ...presentSpeech,
  ...rulingVerbs,
]);
/** Any word of the four lists speaks() reads, in one set (one lookup per word). */
const SPEAKS: ReadonlySet<string> = new Set([...CUES, ...QUOTE_CONTEXT, ...JUDGING, ...OTHER_SPEECH]);
// a module constant: esbuild (tsx) turns a literal with \p{Lu} into a new RegExp on every call
const CAPITAL = /\p{Lu}/u;
const OTHER_ACCORDING = new RegExp(`(?<![\\p{L}])(?:${otherAccording.join('|')})(?![\\p{L}])`, 'iu');

/** 'according to' or its equivalent in another language ('selon le ministère', 'según la policía'). */
export function accordingTo(s: string): boolean {
  return /\baccording to\b/i.test(s) || OTHER_ACCORDING.test(s);
}

/** Speech verbs of other languages alone, without 'according to'. */
const OTHER_VERBS: ReadonlySet<string> = new Set(otherSpeech);
/** After the closing mark: a comma (or the quotation's own comma inside the marks), then up to three words. */
const AFTER_COMMA = /^[»«“”"„‘’']?\s*,?\s*((?:[\p{L}]+\s+){0,2}[\p{L}]+)/u;

/**
 * '„Das ist falsch“, sagte Müller', '«Estamos listos», dijo el ministro', '« Nous sommes prêts », a déclaré le
 * ministre': a speech verb of another language right after the quotation's comma attributes it, as '," she said'
 * does in English (quotes-attribution.ts reads only English). `content`: the words in the marks; `after`: the text
 * from the closing mark on.
 */
export function attributedOther(content: string, after: string): boolean {
  const comma = /,\s*$/.test(content) || /^[»«“”"„‘’']?\s*,/u.test(after);
  const m = comma ? AFTER_COMMA.exec(after) : null;
  return !!m && m[1].split(/\s+/).some((w) => OTHER_VERBS.has(w.toLowerCase()));
}

/** How far the neighbouring sentences are read, each side (a run-on sentence stays a short window). */
const REACH = 400;
const WORD = /\p{L}+/gu;
/** Phrases no single word of the lists carries: "according to", "as X put it"; a finding or a ruling handed down
 *  ('the court found that the law was "…"', 'the judges held that', 'the study concluded that'). */
const PHRASE = /\baccording to\b|\bput it\b|\b(?:found|ruled|held|concluded|determined|finds|rules|holds)\s+that\b/i;

/** `referred to the report as "…"`, `defined them as the "…"`: someone's verdict in their words. */
const AS_VERDICT = /(?<!\b(?:such|known|so|same|well|translated)\s+)\bas\s+(?:(?:the|a|an)\s+)?$/i;

export function speaks(s: string): boolean {
  if (PHRASE.test(s)) return true;
  for (const m of s.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (SPEAKS.has(w)) return true;
  }
  return false;
}

/** English grammar words: a text whose opening has few of them (under one word in twenty) is in another
 *  language (they make about one word in five of English prose). */
const ENGLISH = /\b(?:the|and|of|to|was|is|that|with)\b/gi;
const ENGLISH_SHARE = 0.05;

/**
 * Whether the text is in the language of the word lists, asked once per text and only when a phrase is
 * judged: in a French or Chinese article no English speech word is near anything, so the rule says nothing.
 */
export class SpeechContext {
  private known: boolean | null = null;
  constructor(private readonly text: string) {}
  inText(): boolean {
    if (this.known === null) {
      const head = this.text.slice(0, 2000);
      const words = head.match(WORD)?.length ?? 0;
      this.known = words > 0 && (head.match(ENGLISH)?.length ?? 0) >= words * ENGLISH_SHARE;
    }
    return this.known;
  }
}

/**
 * True when a word of speech is in the sentence of the quoted words (`open`: the opening mark, `close`: the
 * closing one), or in the sentence before or after, outside the marks themselves.
 */
export function speechNear(text: string, sentences: readonly Span[], open: number, close: number): boolean {
  const i = sentenceIndexAt(sentences, open);
  const j = sentenceIndexAt(sentences, close);
  const from = i > 0 ? sentences[i - 1].start : 0;
  const to = j + 1 < sentences.length ? sentences[j + 1].end : text.length;
  const before = text.slice(Math.max(from, open - REACH), open);
  return AS_VERDICT.test(before) || speaks(before) || speaks(text.slice(close + 1, Math.min(to, close + 1 + REACH)));
}

/**
 * "As the mayor put it, "…"", "in the words of one voter, "…"", "(in economist Tyler Cowen's phrase) "…"": the
 * words are someone's, even one or two. A phrase needs its owner ("the phrase "…"" names a phrase).
 */
const THEIR_WORDS =
  /\b(?:put(?:s|ting)?\s+it|in\s+(?:the|his|her|their|its)\s+(?:own\s+)?words(?:\s+of)?)\b[^.!?\n]{0,30}$|(?:\b(?:his|her|their|its)|\p{L}['’]s?)\s+(?:own\s+)?(?:words|phrase|phrasing|coinage)\)?,?\s*$/iu;

/** 'condemned what it called an "unprovoked attack"': one statement's words, in the past (what people call a
 *  thing in the present is a term, quotes/scare.ts). */
const WHAT_CALLED =
  /\b(?:what|which|that)\s+(?:[\p{L}'’-]+\s+){1,3}(?:called|dubbed|termed|described\s+as)(?:\s+(?:a|an|the))?\s*$/iu;

/** 'a plan Mayor Dana Whitcomb called "painful but necessary"', 'the deal he dubbed "a disgrace"': the same
 *  statement in a clause without "that", its subject a pronoun or a name after the writer's noun. */
const NOUN_SUBJECT_CALLED =
  /\b(?!(?:and|but|or|nor|by|of|for|to|with|from|in|on|at|as|if|when|while|after|before|because|then|so|than|that|which|what|who)\s)\p{Ll}[\p{L}'’-]*\s+(?:he|she|they|we|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:(?:has|had|once|later|then|publicly|privately)\s+)?(?:called|dubbed|termed|described\s+as)(?:\s+(?:a|an|the))?\s*$/u;

const calledByOne = (before: string) => WHAT_CALLED.test(before) || NOUN_SUBJECT_CALLED.test(before);

export function inTheirWords(before: string): boolean {
  return THEIR_WORDS.test(before) || calledByOne(before);
}

/** 'over what he called "a betrayal"': words in lower case after "what X called" are that statement's, not a
 *  name ('what the locals called "the Jake"' is one). */
export function whatCalledWords(before: string, content: string): boolean {
  return calledByOne(before) && !CAPITAL.test(content);
}

/** "According to the mayor, "…"": the phrase right after names whose words follow, whatever their length. */
const ACCORDING_INTRO = /\baccording to\b[^,.;:!?"“”\n]{1,60},\s*$/i;

export function afterAccordingTo(before: string): boolean {
  return ACCORDING_INTRO.test(before);
}

/** Naming verbs hand over a name, not words: 'a group called "…"'. */
const NAMING_VERB = /^(?:call|calls|called|calling|name|names|named|naming|dub|dubs|dubbed|title|titled)$/;

/**
 * A speech verb or a verb of judging aloud earlier in the same clause hands the short phrase to its subject ('said
 * her party has supported the idea "for months"', 'According to the report, the agency was "understaffed"',
 * 'dismissed the report as "fake news"'). Speech nouns
 * do not ("the interview step to "streamline" processing", "in other words, that "a-ha!" moment").
 * `before`: the sentence up to the opening mark.
 */
export function speechEarlier(before: string): boolean {
  // a semicolon or a colon inside the sentence starts another clause ('have written two reviews: one for …')
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (PHRASE.test(clause)) return true;
  for (const m of clause.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if ((CUES.has(w) || JUDGING.has(w) || OTHER_SPEECH.has(w)) && !NAMING_VERB.test(w)) return true;
  }
  return false;
}

/** An evaluative adjective: the suffixes of most ('reckless', 'magnificent', 'shameful', 'extraordinary', 'unwavering',
 *  'cowardly'). */
const ADJECTIVE = /^\p{Ll}[\p{L}-]*(?:less|ful|ous|ive|able|ible|ic|ical|ant|ent|ary|ish|est|ing|ly)$/u;
/**
 * The judging verb's own word on its object ('praised the album's "fearless honesty."', 'thanked his "magnificent"
 * goalkeeper', 'criticised the "reckless" decision'): an evaluative adjective opening the words, with a verb of
 * judging aloud among the four words before the marks, is the judge's, not the writer's modifier. A term in marks
 * ('criticised the "bedroom tax"') opens with no adjective.
 */
export function judgedAdjective(before: string, content: string): boolean {
  const first = /^[\p{L}-]+/u.exec(content)?.[0] ?? '';
  if (!ADJECTIVE.test(first)) return false;
  const clause = before.slice(before.search(/[^.,;:!?"“”()]*$/));
  const last = clause.split(/\s+/).filter(Boolean).slice(-4);
  return last.some((w) => JUDGING.has(w.toLowerCase()));
}
