// Step: is a span in marks a quotation? Every fact the decision reads about one candidate (its words, what
// comes right before and after the marks, speech around it), gathered in one place so that the hand rules
// (rulesReject) and the learned check (quotes/model.ts) read the same facts, and the training script
// (scripts/train-quotes.ts) can see each rule's verdict.
import type { Span } from '../types';
import { cueGoverns } from '../quotes-attribution';
import { MODAL_ARTICLE, PHRASE_ENDS, PREDICATE_ARTICLE, VERDICT_ARTICLE } from './predicate-patterns';
import {
  SpeechContext,
  afterAccordingTo,
  attributedOther,
  inTheirWords,
  judgedAdjective,
  speechEarlier,
  speechNear,
  whatCalledWords,
} from './context';
import {
  afterNamedObject,
  afterNamingWord,
  afterPageLabel,
  citedTitle,
  kanaName,
  objectBeforeAs,
  referenceEntry,
  workInApposition,
  workNamedAfter,
} from './works';
import { exampleNotSaid, imaginedSpeech } from './examples';
import { codeString, codeToken } from './code';
import { attributedLater } from './later';
import { mentionSubject, passiveNamed } from './mention';
import { onDisplay } from './display';
import { inSubjectApposition } from './subject';
import { onlyNeutralSpeech } from './inference';
import { colonSentence, cryOf, saidNounBefore, saidNounIn, viewpointOf } from './introduced';
import {
  afterDeterminer,
  afterPreposition,
  afterUiVerb,
  askedAsModifier,
  controlLabel,
  failsWith,
  inApposition,
  inAppositionOther,
  introducedBy,
  isOwnSentence,
  namedAfter,
  namedAsTerm,
  phraseAsModifier,
  selfImage,
  selfTalk,
  severalSentences,
  usedAsModifier,
} from './scare';
import { wordsUpTo } from './words';

const TITLE_CUE =
  /\b(?:film|movie|book|novel|song|album|show|series|play|article|essay|poem|titled|entitled|called|named|dubbed|labell?ed|headline|headlined|episode|documentary|programme|program|opera|exhibition|column|magazine|paper|report|campaign|slogan|hashtag|website|site|blog|section|page|motto|nicknamed|known as|podcast|memoir|musical|sitcom|painting|sculpture|exhibit|anthem|code-?named|ballad|single|track|tune|duet|classic|hit|mixtape|EP|LP|sonnet|hymn|lullaby|aria|symphony|mural|thriller|drama|comedy|rom-com|sequel|prequel|spin-?off|miniseries|docuseries|franchise|catchphrase|tagline|(?:roundups?|guides?|explainers?|listicles?)(?:\s+(?:of|to|on))?)\s*$/i;

/** A naming or judging verb, its object, then the marks ('called the report "fake news"', 'labelled the film "a
 *  disgrace"'): the words are a verdict on the object, not the name of a work, even after a work noun. */
const VERDICT_ON_OBJECT =
  /\b(?:called|calls|calling|labell?ed|branded|dubbed|deemed|declared|pronounced|proclaimed)\s+(?:the|this|that|these|those|his|her|their|its|our|a|an)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s*$/iu;

/** Only 'and', 'or' or a comma between two spans in marks (after the first one's closing mark). */
const COORDINATED = /^["”'’]?\s*(?:,|and|or|,\s*and|,\s*or)\s*$/;

/** Only a line break between a name's closing mark and the next opening mark; the line's end right after it. */
const LINE_BREAK = /^\s*\n\s*$/;
const LINE_END = /^[^\S\n]*(?:\n|$)/;

/** A verb right after the closing mark: the words in marks are the clause's subject. */
const VERB_AFTER = /^.["”'’]?\s+(?:is|are|was|were|would|will|has|had|have|could|should|may|might|must|can)\b/;
const SUBJECT_WORDS = 4;
/** The speaker's own first person inside the marks. */
const FIRST_PERSON_WORD = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|our|us)\b/;

/** Speech ends its sentence or clause inside the marks ('"Hello," she said'); a phrase of the writer's need not. */
const END_PUNCT = /[.,!?…]['’"”]?$/;

const TRAILING_PUNCT = /[\s,.;:!?]/;
// `s.replace(/[…]+$/, '')` retries the run from every start: quadratic on a long run that does not end the text
function trimTrailing(s: string, chars: RegExp): string {
  let e = s.length;
  while (e > 0 && chars.test(s[e - 1])) e--;
  return s.slice(0, e);
}

/** Where one candidate sits: the windows quotes.ts computes from the text's sentences and paragraphs. */
export interface CandidateContext {
  text: string;
  sentences: readonly Span[];
  open: number;
  close: number;
  content: string;
  /** Words in the marks. */
  wc: number;
  /** Up to 40 characters before the opening mark, inside the sentence and after the quotation before. */
  before40: string;
  /** From where the clause before the mark is read (sentence start, or after the quotation before). */
  from: number;
  /** Start of the sentence of the opening mark (within the paragraph, at most 600 characters back). */
  sentStart: number;
  /** End of the sentence after the closing mark. */
  sentEnd: number;
  /** The paragraph up to the mark (or the line before when the mark opens one). */
  lineBefore: string;
  /** Start of an attribution right after the closing mark ('…," she said'), or null. */
  attributionStart: number | null;
  /** The quotation kept just before, if any: its closing mark and whether it was short. */
  prev: { close: number; short: boolean } | null;
  /** The closing mark of the last span judged a name or a term, if no quotation was kept after it. */
  prevName?: number | null;
  speech: SpeechContext;
  /** The same words were judged a name or a term earlier in the text. */
  echo?: boolean;
  /** The text prints program code (quotes/code.ts hasCode). */
  codePage?: boolean;
}

/** What the decision knows about one candidate. */
export interface Facts {
  wc: number;
  attached: boolean;
  /** The same words were judged a name or a term earlier in the text ('known as "kettling"' … '"kettling"'). */
  echo: boolean;
  /** Words printed on a sign, banner or T-shirt (quotes/display.ts): a quotation however capitalized. */
  display: boolean;
  coordinated: boolean;
  /** Joined by 'and', 'or' or a comma to a name or term just before ('"The 10 best history podcasts" and
   *  "Podcasts for your commute"'): one more of the same list. */
  coordinatedName: boolean;
  prevLong: boolean;
  code: boolean;
  /** One identifier in straight marks in a text that prints code ('returned "any"'): a literal. */
  codeLiteral: boolean;
  inch: boolean;
  titleCue: boolean;
  /** Capitalized words without a sentence's end, no speech before them in the clause: a title in sentence case
   *  after a work noun ('In the episode "The one where everybody finds out," …'). */
  sentenceTitle: boolean;
  /** The marks follow a naming verb's object ('called the report "…"'). */
  verdict: boolean;
  whatCalled: boolean;
  titleLikeBare: boolean;
  titleLike: boolean;
  longTitle: boolean;
  /** Right after 'titled', 'headlined' or a naming verb's object ('named the species "…"'): a name even when the
   *  sentence's speaker follows ('a petition titled "Save our library," organisers said'). */
  namingWord: boolean;
  naming: boolean;
  example: boolean;
  ownSentence: boolean;
  /** A sentence in marks after the colon or dash that ends the writer's clause ('Jones was blunt: "We were lucky."'). */
  colonSentence: boolean;
  /** A noun of what someone said before that colon ('The minister's answer was short:'). */
  colonSaid: boolean;
  introduced: boolean;
  several: boolean;
  term: boolean;
  ui: boolean;
  modifier: boolean;
  askedModifier: boolean;
  /** Between a determiner and the writer's noun, at any length up to WORDS_READ ('a "…" model'). */
  phraseModifier: boolean;
  /** After a verb of self-image and a reflexive ('imagines himself as "…"'). */
  selfImage: boolean;
  namedAfter: boolean;
  cited: boolean;
  reference: boolean;
  kanaName: boolean;
  governed: boolean;
  determiner: boolean;
  /** After a determiner, a phrase with no punctuation of its own followed by a verb ('said the "Rwanda plan" was
   *  "unworkable"'): the subject of the writer's clause, a name or a label even under a speech verb. */
  subjectPhrase: boolean;
  /** A verb right after the closing mark ('"Dune" was his favourite'). */
  verbAfter: boolean;
  /** After a copula and an article, with speech before in the clause ('Scientists say the findings are a "wake-up
   *  call"'): the predicate of a reported clause, the speaker's words however the article sits outside. */
  predicate: boolean;
  /** A preposition right before the opening mark ('on "Face the Nation"'). */
  preposition: boolean;
  apposition: boolean;
  /** An epithet after a name, a comma and an article of another language, in a text not in English. */
  appositionOther: boolean;
  attributedLater: boolean;
  speechEarlier: boolean;
  /** Every speech word before the phrase in its clause is an inference ('this suggests that') or a reading. */
  neutralSpeech: boolean;
  endPunct: boolean;
  /** A first-person word inside the marks. */
  firstPerson: boolean;
  /** An evaluative adjective right after a verb of judging aloud and its object (context.ts). */
  judgedAdjective: boolean;
  speechNear: boolean;
  english: boolean;
}

/** Longest span the rules read the sentence around for (noun phrases, speech near): longer ones are speech. */
const CONTEXT_WORDS = 8;
/** Longest span any rule about its words reads (a reference entry's title). */
const WORDS_READ = 24;

/**
 * The facts about one candidate. Facts no rule reads at the span's length are left false (a long quotation
 * is not read word by word, nor its sentence for speech), unless `full` (the training script's trace).
 */
export function candidateFacts(c: CandidateContext, full = false): Facts {
  const { text, content, before40, wc } = c;
  const near = full || wc <= CONTEXT_WORDS;
  const read = full || wc <= WORDS_READ;
  const bare = trimTrailing(content, TRAILING_PUNCT);
  // the clause after the marks attributes them, unless they sit inside the subject ('The group, which calls
  // itself a "…," said'): that verb is the subject's
  const attached =
    (c.attributionStart !== null &&
      c.attributionStart - c.close < 8 &&
      !inSubjectApposition(text.slice(c.sentStart, c.open), content, text.slice(c.close, c.close + 12))) ||
    attributedOther(content, text.slice(c.close, c.close + 40));
  // `"better" and "fuel-efficient"`: a short quote coordinated with the one before
  const coordinated = !!c.prev && COORDINATED.test(text.slice(c.prev.close + 1, c.open));
  // or the next line of a list of headlines, each line only its marks and none ending a sentence ('Most read ⏎
  // "…" ⏎ "…"'); a quotation's paragraph after a name ends with its punctuation
  const coordinatedName =
    c.prevName != null &&
    (COORDINATED.test(text.slice(c.prevName + 1, c.open)) ||
      (!END_PUNCT.test(content) &&
        LINE_BREAK.test(text.slice(c.prevName + 1, c.open)) &&
        LINE_END.test(text.slice(c.close + 1, c.close + 3))));
  const display = onDisplay(text.slice(Math.max(c.sentStart, c.open - 160), c.open));
  return {
    wc,
    attached,
    echo: !!c.echo,
    display,
    coordinated,
    coordinatedName,
    prevLong: coordinated && !c.prev!.short,
    code: codeString(before40, content, text.slice(c.close, c.close + 2)),
    codeLiteral: !!c.codePage && text[c.open] === '"' && wc === 1 && codeToken(content),
    // both marks right after a number ('a 13.3" widescreen display, or 15"'): inch marks, not quotation marks
    inch: /\d$/.test(content) && /\d\s?$/.test(text.slice(Math.max(0, c.open - 2), c.open)),
    titleCue: TITLE_CUE.test(before40.replace(/\s+$/, '')),
    sentenceTitle:
      read &&
      /^[\p{Lu}\p{N}]/u.test(content) &&
      !/[.!?…]['’"”]?\s*$/.test(content) &&
      !speechEarlier(text.slice(c.sentStart, c.open)),
    verdict: VERDICT_ON_OBJECT.test(before40),
    whatCalled: whatCalledWords(before40, content),
    titleLikeBare: read && isTitleLike(bare),
    titleLike: read && isTitleLike(content),
    longTitle: read && isLongTitle(bare),
    namingWord:
      afterNamingWord(before40) ||
      afterNamedObject(before40, content) ||
      objectBeforeAs(before40, content, text.slice(c.close, c.close + 12)),
    naming: workInApposition(before40) || afterPageLabel(c.lineBefore),
    example: exampleNotSaid(before40, text.slice(c.close, c.close + 12)) || imaginedSpeech(before40),
    ownSentence: isOwnSentence(text, c.open, content),
    colonSentence: colonSentence(text.slice(c.sentStart, c.open), content),
    colonSaid: saidNounIn(before40),
    // a cry's exclamation ('cries of "Shame!"') is handed over as after 'shouted'
    introduced: introducedBy(before40) || (cryOf(before40) && /!['’"”]?$/.test(content)),
    several: read && severalSentences(content),
    term:
      namedAsTerm(before40, c.content) ||
      (near &&
        (mentionSubject(text.slice(c.sentStart, c.open)) || passiveNamed(before40, text.slice(c.close, c.close + 12)))),
    ui: afterUiVerb(before40) || selfTalk(before40) || failsWith(before40) || controlLabel(before40),
    modifier: near && usedAsModifier(text.slice(c.close, c.close + 40), content),
    askedModifier: near && askedAsModifier(before40, text.slice(c.close, c.close + 40), content),
    // English determiners and nouns ('a évoqué « une réforme » lundi' has neither)
    phraseModifier: read && phraseAsModifier(before40, text.slice(c.close, c.close + 40), content) && c.speech.inText(),
    selfImage: selfImage(before40),
    namedAfter:
      near && (namedAfter(text.slice(c.close, c.close + 60)) || workNamedAfter(text.slice(c.close, c.close + 80))),
    // the entry's date ends a sentence of its own, so the text before is read past the sentence's start
    cited: read && citedTitle(text.slice(Math.max(0, c.open - 40), c.open), text.slice(c.close, c.close + 120)),
    reference: referenceEntry(c.lineBefore) && !opensParagraph(text, c.open),
    kanaName: kanaName(before40, content),
    governed:
      display ||
      (near &&
        (cueGoverns(text, c.open, c.from) ||
          // 'in the words of one newspaper of the time, "…"': the owner may be longer than the 40 characters before
          inTheirWords(text.slice(Math.max(c.from, c.open - 80), c.open)) ||
          afterAccordingTo(before40) ||
          saidNounBefore(before40) ||
          cryOf(before40) ||
          viewpointOf(text.slice(c.sentStart, c.open)))),
    determiner: near && afterDeterminer(before40),
    verbAfter: VERB_AFTER.test(text.slice(c.close, c.close + 12)),
    predicate:
      (near && VERDICT_ARTICLE.test(before40)) ||
      (near &&
        (PREDICATE_ARTICLE.test(before40) ||
          (MODAL_ARTICLE.test(before40) &&
            (END_PUNCT.test(c.content) || PHRASE_ENDS.test(text.slice(c.close, c.close + 12))))) &&
        speechEarlier(text.slice(c.sentStart, c.open))),
    subjectPhrase:
      wc <= SUBJECT_WORDS &&
      !END_PUNCT.test(content) &&
      afterDeterminer(before40) &&
      VERB_AFTER.test(text.slice(c.close, c.close + 12)),
    preposition: near && afterPreposition(before40),
    apposition: near && inApposition(before40, content),
    appositionOther: near && inAppositionOther(before40) && !c.speech.inText(),
    attributedLater: near && attributedLater(text, c.close, c.sentEnd),
    // from the sentence's start, past a quotation before in it: 'acknowledged that this is "not a complete
    // solution" and isn't "perfect"' hands over both
    speechEarlier: near && speechEarlier(text.slice(c.sentStart, c.open)),
    neutralSpeech: near && onlyNeutralSpeech(text.slice(c.sentStart, c.open)),
    endPunct: END_PUNCT.test(content),
    firstPerson: FIRST_PERSON_WORD.test(content),
    judgedAdjective: near && judgedAdjective(before40, content),
    speechNear: near && speechNear(text, c.sentences, c.open, c.close),
    english: near && c.speech.inText(),
  };
}

/** Longest phrase the speech-context rule judges: a longer stretch in marks is speech wherever it is. */
const NO_SPEECH_WORDS = 7;

type Rule = readonly [name: string, rejects: (f: Facts) => boolean];

/** The hand rules, in order. */
const RULES: readonly Rule[] = [
  ['code', (f) => f.code],
  ['code-literal', (f) => f.codeLiteral && !f.attached],
  ['inch', (f) => f.inch],
  // capitalized words after "his book" are a title even when a speaker follows ('In his book "Fire and Fury,"
  // Michael Wolff describes'), unless a naming verb makes them a verdict ('called the show "Great," the host
  // said'); a short phrase in lower case there is a title only with nobody attributed after
  [
    'title-cue',
    (f) =>
      f.titleCue &&
      (f.attached ? f.titleLikeBare && !f.verdict : f.titleLikeBare || f.sentenceTitle || (f.wc <= 4 && !f.verdict)) &&
      !f.whatCalled,
  ],
  // capitalized words after "her book", "titled" are a title even before "…," Solnit wrote'
  ['title-cue-long', (f) => f.titleCue && f.longTitle],
  // a name or term met before in the text, its cue told there ('"Ringside," the HBO series' … 'But it was
  // "Ringside" that'), unless a speaker follows the marks
  ['echo', (f) => f.echo && !f.attached && !f.display],
  // one capitalized word right after a speech verb is an utterance ('Musk replied "Exactly" to a post')
  // unless a verb follows, as a name's does ('He said "Dune" was his favourite novel')
  [
    'title-case',
    (f) => f.titleLike && f.wc <= 8 && !f.attached && !f.display && !(f.wc === 1 && f.introduced && !f.verbAfter),
  ],
  // after a determiner or a possessive ('on CNN's "State of the Union," the governor said'), capitalized words are
  // a name even when a speaker follows: a statement in marks does not open after "the" or "CNN's"
  ['title-determiner', (f) => f.titleLikeBare && f.wc <= 8 && f.determiner && !f.governed],
  // and right after a preposition ('The senator, speaking on "Face the Nation," said'), even with a speech verb
  // before it: the verb governs the preposition, and a statement is no preposition's object
  ['title-preposition', (f) => f.titleLikeBare && f.wc <= 8 && f.preposition],
  // a name in any case: after "titled", after a work noun and a comma, after a page's "Read more:"
  ['naming', (f) => f.wc <= 20 && !f.several && (f.namingWord || (!f.attached && f.naming))],
  ['example', (f) => !f.attached && f.example],
  // a title with the sentence's comma or period inside the marks ("single "Like a Rolling Stone," which
  // reached"), unless it is a sentence of its own or a speech verb introduces it ('tweeted: "Happy New Year
  // To All, …"'); after a colon that ends the writer's clause, only with speech around or a noun of what was said
  // before the colon ('The minister's answer was short: "No."'; 'Her favourite city: "Paris."' stays a name)
  [
    'title-punct',
    (f) =>
      f.titleLikeBare &&
      !f.attached &&
      !f.display &&
      !f.ownSentence &&
      !(f.colonSentence && (f.speechNear || f.colonSaid)) &&
      !f.introduced &&
      !f.several,
  ],
  // a name given ('what she calls "me time"'), unless the words speak in the first person at some length: 'what
  // she calls "the most confusing market I have ever seen"' are her words
  ['term', (f) => f.wc <= 8 && f.term && !(f.wc >= 4 && f.firstPerson)],
  // the next of a list of names or terms ('"Serial" and "In the Dark"'), unless a speaker follows it
  ['coordinated-name', (f) => f.wc <= 16 && f.coordinatedName && !f.attached && !f.several],
  ['subject-phrase', (f) => !f.attached && f.subjectPhrase],
  ['ui', (f) => f.wc <= 12 && f.ui],
  // the noun after the marks is told by English grammar words ('«les plus éprouvés» par la catastrophe' has none)
  // unless the sentence hands them over after ('expect a "modest" rise, according to a Reuters poll')
  // unless one statement's words in the past hand them over ('blaming what it called "unprecedented" increases')
  [
    'modifier',
    (f) =>
      f.wc <= 3 && !f.attached && f.modifier && f.english && !f.attributedLater && !f.judgedAdjective && !f.whatCalled,
  ],
  // a speech verb just before hands the question to someone ('asked her "why now?" twice')
  ['asked-modifier', (f) => f.wc <= 8 && !f.attached && !f.governed && f.askedModifier],
  ['named-after', (f) => f.wc <= 8 && f.namedAfter],
  // a self-image is the writer's label ('imagines himself as "two guys in a garage"'), unless attributed after
  ['self-image', (f) => f.wc <= 8 && !f.attached && f.selfImage],
  // a longer phrase between a determiner and the writer's noun ('a "whatever you feel like sending is okay"
  // model') is a compound modifier, unless a speech verb hands it over ('took a "very cautious" approach, he said')
  [
    'phrase-modifier',
    (f) => f.wc > 3 && f.wc <= WORDS_READ && !f.attached && !f.governed && !f.attributedLater && f.phraseModifier,
  ],
  ['cited', (f) => f.wc <= 24 && !f.attached && !f.several && f.cited],
  ['reference', (f) => !f.attached && f.reference],
  ['kana-name', (f) => !f.attached && f.kanaName],
  // the writer's noun phrases, unless the sentence hands them to someone later (", according to the
  // review.", ", the CDC says.")
  [
    'noun-phrase',
    (f) =>
      f.wc <= 8 &&
      !f.attached &&
      !f.governed &&
      ((f.wc <= 6 && f.determiner) || f.apposition) &&
      !f.attributedLater &&
      !f.judgedAdjective &&
      !f.predicate,
  ],
  // the same epithet in another language ('Marsha, la «Rosa Parks du mouvement LGBTQ»'), where no speech list reads
  ['apposition-other', (f) => f.wc <= 8 && !f.attached && f.appositionOther && !f.attributedLater],
  [
    'short',
    (f) =>
      f.wc <= 3 &&
      !f.attached &&
      ((!f.governed && !f.speechEarlier) || f.neutralSpeech) &&
      !f.coordinated &&
      !f.ownSentence &&
      !f.colonSentence &&
      !f.attributedLater &&
      // a verdict's noun ('branded the event a "shambles"') is the judge's word, however short
      !f.predicate &&
      // the speaker's own first person ('His final words were reportedly "I'm bored"'): speech, however short
      !f.firstPerson,
  ],
  // a phrase (no sentence of its own: no end punctuation) with nobody speaking around it is the writer's, unless
  // the sentence hands it over after it ('"It was a good day" — that was Jones's verdict.')
  [
    'no-speech',
    (f) =>
      f.wc <= NO_SPEECH_WORDS &&
      !f.attached &&
      !f.governed &&
      !f.endPunct &&
      !f.prevLong &&
      !f.speechNear &&
      !f.attributedLater &&
      !f.predicate &&
      f.english,
  ],
];

/** Names of the hand rules, in order. */
export const RULE_NAMES: readonly string[] = RULES.map(([name]) => name);

/**
 * The name of the first hand rule that says "not a quotation", or null. `skip`: rules to leave out (the
 * training script's ablation).
 */
export function rulesReject(f: Facts, skip?: ReadonlySet<string>): string | null {
  for (const [name, rejects] of RULES) if (!skip?.has(name) && rejects(f)) return name;
  return null;
}

/** Only spaces between the paragraph's start (or the text's) and the mark. */
function opensParagraph(text: string, open: number): boolean {
  let i = open;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

const MINOR = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|vs|by|from|that|is|as|into|about)$/i;

/** A long title after a title cue ("her book "A Paradise Built in Hell: The Extraordinary Communities that
 *  Arise in Disaster,""): capital first, and nearly every word capitalized or a grammar word. */
function isLongTitle(s: string): boolean {
  const ws = wordsUpTo(s, 24);
  if (!ws || ws.length < 5 || !/^[\p{Lu}\p{N}]/u.test(ws[0])) return false;
  let caps = 0;
  for (const w of ws) if (/^[\p{Lu}\p{N}]/u.test(w) || MINOR.test(w)) caps++;
  return caps >= ws.length - 1;
}

const TITLE_MINOR = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|vs|by|from)$/i;

/** Every word capitalized (or a grammar word), up to 16 words: headlines of other articles are that long. */
function isTitleLike(s: string): boolean {
  // the sentence's punctuation, perhaps inside a nested quotation's closing mark ('It’s ‘Showtime at the Apollo.’')
  if (/[.!?,]['’"”]?\s*$/.test(s)) return false;
  const ws = wordsUpTo(s, 16);
  if (!ws || !ws.length) return false;
  let caps = 0;
  for (const w of ws) if (/^[\p{Lu}\p{N}]/u.test(w) || TITLE_MINOR.test(w)) caps++;
  return caps === ws.length && /^[\p{Lu}\p{N}]/u.test(ws[0]);
}
