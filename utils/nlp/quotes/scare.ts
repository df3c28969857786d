// Step: short quoted words that are not quotations. A quotation is a phrase someone said; words in marks used
// as a modifier of the writer's own noun phrase ("the "iconic" Ford Falcon", "a "post-truth" society") or
// named as words ("the term "software engineering"", "the meaning of "waive"", "what Apple is calling
// "spatial"") are the writer's scare quotes and terms, even in a sentence with a speech verb.
import { CUES } from '../quotes-attribution';
import { FUTURE_CUES, OPENERS, PAST_CUES, PLACE_PREP, UI_VERBS } from '../wordlists';

/** The words in marks are named as words: the term, the phrase, the meaning of, so-called (or self-styled: the
 *  writer's distance from the name), calling, (also)
 *  known as, referred to as (without an object: 'referred to the report as "fake news"' is someone's verdict),
 *  what people call, in the present (no object: 'what economists call "the paradox of thrift"'; 'what it called
 *  an "unprovoked attack"' is one statement's words; 'called the plan "a
 *  disaster"' has one and is a quotation). */
const TERM_CUE =
  /\b(?:the\s+(?:term|terms|word|words|phrase|expression|label|slogan|motto|nickname|moniker|(?:code|safe|key)[\s-]?words?|passwords?|error(?:\s+message)?|(?:brand|code|pen|stage|trade|user|screen)\s*name|codename|name)|(?:word|name|term|phrase|expression)\s+(?:meaning|that\s+means)|(?:words?|terms?|phrases?|expressions?|labels?|slogans?)\s+(?:like|such\s+as)|(?:the|a|an|its|their|his|her)\s+(?:rule|principle|doctrine|policy|mantra|maxim|ethos|philosophy|notion|concept)\s+of|(?:meaning|definition|equivalent|use)\s+of|calling(?:\s+(?:themselves|itself|himself|herself|a|an|the))?|\b(?:when|whenever|if|unless|until)\s+(?:you|we|they|people|\p{Ll}+s)\s+(?:say|hear|read|see)|\bmeans?\s+by|so[\s-]called|self-(?:styled|proclaimed|described|declared)|(?:known|referred\s+to|remembered)\s+as(?:\s+(?:a|an|the))?|(?:marketed|advertised|promoted|billed|released|reissued|retitled|renamed|rebranded|relaunched|distributed)\s+as(?:\s+[a-z'’-]+){0,3}|\b(?:which|who|that)\s+calls\s+(?:its|their|his|her)\s+(?:[a-z'’-]+\s+){1,2}|\b(?:what|which)\s+(?:[a-z'’-]+\s+){1,3}(?:call|calls|dub|dubs|term|terms)(?:\s+(?:a|an|the))?)\s*$/iu;

/** Grammar words that go on with a clause after a quoted phrase ("was "stunned" by", "a "deal" of"). */
const CLAUSE_WORD = /^(?:is|are|was|were|be|been|being|of|than|about|as|has|have|not|nor|to|per|via|whose|which|whom)$/;

/** A determiner (or a possessive: "the company's") right before the opening mark: the quoted words are the
 *  writer's noun phrase. "as a"/"as the"
 *  is left out: `praised as the "…"`, `defined them as the "…"` hand the phrase to someone. A noun between
 *  ("blamed the administration "for failing to act"") may be a verb's object, so none is allowed. */
const DETERMINER =
  /(?:(?:^|[^\p{L}])(?:the|a|an|this|these|those|its|their|his|her|our|my|your)|\p{L}(?:['’]s|s['’]))\s*$/iu;
const AS_DETERMINER = /(?:^|[^\p{L}])as\s+(?:the|a|an)\s*$/iu;

/**
 * The quoted words are a noun phrase of the writer's sentence: they follow a determiner ("the "tip of the
 * iceberg" pierces", "a "fresh, sustainable halibut fillet."") and no speech verb hands them to a speaker
 * (the caller checks that). A partial quotation is introduced by its speaker, not by an article.
 */
export function afterDeterminer(before: string): boolean {
  return DETERMINER.test(before) && !AS_DETERMINER.test(before);
}

/** A preposition right before the mark ('speaking on "Face the Nation,"', 'in an interview with "60 Minutes,"'):
 *  capitalized words there are a show's, a paper's or a work's name; a statement is no preposition's object. */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:on|in|with|from|at|by|onto|into|via)\s*$/iu;

export function afterPreposition(before: string): boolean {
  return PREPOSITION_BEFORE.test(before);
}

/** "Lorenz, "the father of chaos," started …", "The film, "a love letter to the city," premiered": a name or a
 *  noun after its article, a comma, then quoted words opening with a lower-case article — an epithet in
 *  apposition ("As the mayor put it, "the city is broke."" is no apposition; the caller keeps those a speech verb
 *  governs: 'he said, "a good deal."'). */
const APPOSITION_BEFORE =
  /(?:\p{Lu}[\p{L}'’.-]*|(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+\p{Ll}[\p{L}'’-]*),\s*$/u;
const ARTICLE_FIRST = /^(?:the|a|an)\s+\p{Ll}/u;

export function inApposition(before: string, content: string): boolean {
  return APPOSITION_BEFORE.test(before) && ARTICLE_FIRST.test(content);
}

/** The same epithet in French, Spanish, Italian, Portuguese, German or Dutch, its article before the marks
 *  ('Marsha, la «Rosa Parks du mouvement LGBTQ»', 'Messi, el «mejor del mundo»'): a name, a comma, an article. */
const APPOSITION_OTHER = /\p{Lu}[\p{L}'’.-]*,\s*(?:le|la|les|l['’]|el|los|las|lo|il|gli|os|as|der|die|das|het)\s*$/u;

export function inAppositionOther(before: string): boolean {
  return APPOSITION_OTHER.test(before);
}

/** The last word before the mark, after the particles of "click on the", "search for", "type in". */
const UI_TAIL = /([\p{L}]+)((?:\s+(?:on|the|for|in|into|at))*)\s*$/u;
const DET_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|to)\s+$/iu;

/**
 * Words in marks that a reader clicks, types or searches for ("click "Turn off updates"", "search for "best
 * laptops 2017"") are a label or a key, not a quotation. The verb must not be a noun ("told the press,").
 */
export function afterUiVerb(before: string): boolean {
  const m = UI_TAIL.exec(before.slice(-40));
  if (!m || !UI_VERBS.has(m[1].toLowerCase())) return false;
  return !DET_BEFORE.test(before.slice(0, m.index));
}

/** A control's own label ('The button now reads "Save changes"', 'a link that says "Learn more"') or what a program
 *  shows in a box of its own ('a pop-up reading "Are you sure?"', 'an error message that read "…"'): what the
 *  screen prints, no one's words. (A warning or an alert may be someone's: 'police issued a warning saying'.) */
const CONTROL_READS =
  /\b(?:buttons?|links?|tabs?|menu\s+items?|checkbox(?:es)?|toggles?|fields?|tooltips?|placeholders?|pop-?ups?|prompts?|dialog(?:ue)?(?:\s+box(?:es)?|s)?|notifications?|error\s+(?:messages?|screens?|pages?))\s+(?:(?:now|still|simply|that|which|should|will)\s+)?(?:reads?|reading|says?|saying|said|labell?ed|marked)\s*:?\s*$/iu;

export function controlLabel(before: string): boolean {
  return CONTROL_READS.test(before);
}

/** A program's output after its failing ('tests started failing with "FATAL: too many clients"', 'the build
 *  crashes with the error "…"'): a message printed, not anyone's words. */
const FAILS_WITH =
  /\b(?:fail(?:s|ed|ing)?|crash(?:es|ed|ing)?|abort(?:s|ed|ing)?|exit(?:s|ed|ing)?|(?:error|errors|errored|erroring)\s+out)\s+with(?:\s+(?:the|an?))?(?:\s+(?:error|message|exception|warning))?\s*:?\s*$/iu;

export function failsWith(before: string): boolean {
  return FAILS_WITH.test(before);
}

/** Advice to the reader's own mind ("ask yourself "Will this end up in a drawer?"") is nobody's quotation. */
const SELF_TALK = /(?:^|[^\p{L}])(?:yourself|yourselves|oneself)\s*[,:]?\s*$/iu;

export function selfTalk(before: string): boolean {
  return SELF_TALK.test(before);
}

/** The word right before the mark (a comma or colon between) is a speech verb that is not a naming one. */
const LAST_WORD = /(\p{L}+)\s*[,:]?\s*$/u;
const NAMING =
  /^(?:call|calls|called|calling|name|names|named|naming|dub|dubs|dubbed|title|titled|label|labelled|labeled)$/;

/** "wrote on Twitter:": a speech verb among the last words before a colon. */
const COLON_CUE = /(\p{L}+)(?:\s+\p{L}+){0,3}\s*:\s*$/u;

export function introducedBy(before: string): boolean {
  const w = LAST_WORD.exec(before)?.[1].toLowerCase();
  if (w && CUES.has(w) && !NAMING.test(w)) return true;
  // the pattern ends in a colon and spaces: test that first (trimEnd drops exactly what \s matches)
  const tail = before.slice(-40);
  const c = tail.trimEnd().endsWith(':') ? COLON_CUE.exec(tail) : null;
  if (!c) return false;
  const ws = c[0].toLowerCase().match(/\p{L}+/gu) ?? [];
  return ws.some((x) => CUES.has(x) && !NAMING.test(x));
}

/** Several sentences inside the marks ("Best. Game. Ever.") are speech, not a title. */
export function severalSentences(content: string): boolean {
  return /[.!?]\s+\S/.test(content);
}

/** "the mantra of the festival is "less yack, more hack."": a motto or a slogan named, not anyone's words. */
const MOTTO_IS =
  /\b(?:motto|slogan|tagline|mantra|catchphrase|watchword|battle\s+cry|rallying\s+cry|hashtag)(?:\s+of\s+[^"“”.;:!?]{1,40})?\s+(?:is|was|reads|read|became|becomes|remains)\s*:?\s*$/i;

/** A name someone gives themself ('which calls itself a "community platform"', 'who bills himself as "the
 *  people's lawyer"', 'describes itself as a "…"'), a name known by ('known locally as', 'better known to fans
 *  as', 'known in court filings as') and a translation's gloss ('translates to "boat"'): words named as words, not a statement. */
const SELF_NAMED =
  /\b(?:(?:calls?|called|calling|bills?|billed|billing|styles?|styled|styling|describes?|described|describing|brands?|branded|branding|labels?|labell?ed|labell?ing|dubs?|dubbed|dubbing)\s+(?:himself|herself|itself|themselves|themself)(?:\s+as)?|known\s+(?:[a-z]+ly\s+|(?:to|in|among|within|across)\s+(?:[a-z'’-]+\s+){1,3})as|translat(?:es|ed|ing)\s+(?:to|as))(?:\s+(?:a|an|the))?\s*$/i;

/** A label or a status given by marking, listing, filing or rating ('emails marked as "spam"', 'listing it as "Coming
 *  soon"', 'coded as "mixed race"', 'spelled "colour"', '27 rate it "buy"', 'identified only as "Sam"'): the label's words, not a statement. An object other than
 *  a pronoun ('classified the group as "a threat"') makes it someone's verdict, as with "referred to X as". */
const LABELLED_AS =
  /\b(?:rates?|rated|rating)\s+(?:it|them|the\s+(?:stock|shares?|company|bonds?|debt|country))\s*$|\b(?:marked|flagged|classified|classed|categori[sz]ed|listed|listing|labell?ed|tagged|coded|filed|designated|recorded|logged|abbreviated|shortened|spelled|spelt|pronounced)(?:\s+(?:it|them))?\s+as(?:\s+(?:a|an|the))?\s*$|\b(?:identified|identifies|introduced|introduces|listed|credited|billed)\s+(?:only|simply|just|merely)\s+as(?:\s+(?:a|an|the))?\s*$|\b(?:spelled|spelt|pronounced)\s*$/iu;

/** A name given by people in general ('what some have dubbed "…"', 'what critics call "…"' is TERM_CUE's) or spread
 *  by use ('popularized on social media as "…"'): a term, where 'what he called "…"' is one statement's words. */
const GENERIC_NAMED =
  /\b(?:what|which)\s+(?:some|many|critics|others|observers|commentators|economists|analysts|locals|fans|residents|people|experts|researchers|scientists|historians|campaigners|activists)\s+(?:have\s+|had\s+|now\s+)?(?:called|dubbed|termed|labell?ed|nicknamed|christened)(?:\s+(?:a|an|the))?\s*$|\bpopulari[sz]ed\s+(?:[\p{L}-]+\s+){0,4}as(?:\s+(?:a|an|the))?\s*$/iu;

/** A person describing their own state ('described himself as "heartbroken"'): the speaker's word, not a name. */
const SELF_DESCRIBED_STATE = /\bdescrib(?:es?|ed|ing)\s+(?:himself|herself|themselves|themself|myself)\s+as\s*$/i;

/** A saying quoted as a saying ('As the saying goes, "…"', 'the old adage has it that "…"'): nobody's words. */
const SAYING_GOES =
  /\b(?:saying|adage|proverb|maxim|clich[eé]|aphorism)\s+(?:goes|went|has\s+it|says|runs|is)(?:\s+that)?\s*[,:]?\s*$/i;

/** Words that open with their own indefinite article ('a small miracle'): a verdict, not a name given. */
const OWN_ARTICLE = /^(?:a|an)\s/;

export function namedAsTerm(before: string, content = ''): boolean {
  if (SELF_DESCRIBED_STATE.test(before)) return false;
  if (SAYING_GOES.test(before)) return true;
  return (
    TERM_CUE.test(before) ||
    // 'which critics have called "a small miracle"': people in general giving a verdict, not a name
    (GENERIC_NAMED.test(before) && !OWN_ARTICLE.test(content)) ||
    MOTTO_IS.test(before) ||
    SELF_NAMED.test(before) ||
    LABELLED_AS.test(before)
  );
}

/** '"The Jake," as it is still known', '"Hygge," the Danish idea of cosiness', '"rust belt" (as it was called)',
 *  '"constant tables," as the documentation calls it', '"bus lottery," as commuters call the evening services' (in the
 *  present, as 'what economists call'): a name given,
 *  by nobody in particular. */
const NAMED_AFTER =
  /^.[^\S\n]*,?[^\S\n]+(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:term|label|euphemism|misnomer|buzzword|nickname|moniker)\b|^.[^\S\n]*,?[^\S\n]+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:idea|concept|notion)\s+of\b|^.[^\S\n]*[,(]?[^\S\n]*as\s+(?:it|they|he|she|this|these)\s+(?:is|are|was|were|has\s+been|had\s+been|became|’s|'s)\s+(?:(?:\p{Ll}+ly|also|now|still|often|sometimes|widely)\s+)?(?:known|called|dubbed|nicknamed|termed|named)\b|^.[^\S\n]*[,(]?[^\S\n]*as\s+(?:[\p{L}'’-]+\s+){1,3}(?:call|calls|dubs|terms)\s+(?:it|them|the|this|these|that|those|its|their|his|her|our)\b|^.[^\S\n]*,?[^\S\n]+as\s+(?:the|its|their|his|her|our)\s+(?:[\p{L}'’-]+\s+){0,2}(?:tagline|slogan|motto|saying|catchphrase|title|name)\s+(?:has\s+it|had\s+it|goes|went|puts\s+it|put\s+it|runs|ran)\b/iu;

/** How someone sees or pictures themself ('imagines himself as "two guys in a garage"', 'sees herself as "the
 *  underdog"', 'thinks of itself as a "…"'): the writer's label for a self-image, not words anyone said. */
const SELF_IMAGE =
  /\b(?:sees?|saw|seen|seeing|imagines?|imagined|imagining|pictures?|pictured|picturing|envisions?|envisioned|fancies|fancied|regards?|regarded|views?|viewed|consider(?:s|ed)?|thinks?\s+of|thought\s+of)\s+(?:himself|herself|itself|themselves|themself|myself|ourselves|yourself)\s+as(?:\s+(?:a|an|the))?\s*$/i;

export function selfImage(before: string): boolean {
  return SELF_IMAGE.test(before);
}

export function namedAfter(after: string): boolean {
  return NAMED_AFTER.test(after);
}

/** A determiner or a possessive before the mark, perhaps with one word of the writer's between ("a personal"). */
const DETERMINER_NEAR =
  /(?:(?:^|[^\p{L}])(?:the|a|an|this|these|those|its|their|his|her|our|my|your)|\p{L}['’]s)(?:\s+\p{Ll}[\p{L}-]*)?\s*$/iu;
const ASKS = /[?!]['’"”]?$/;
// esbuild (tsx, vitest) rebuilds a regex literal with \p{..} outside brackets on every call: module constants
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * A question or an exclamation in marks that modifies the writer's noun ('a personal "should I buy this?"
 * test', 'her "why me?" moment'): the writer's compound, not someone's words. Only after a determiner, so
 * '"Why?" she asked' and 'asked "what now?" twice' stay quotations.
 */
export function askedAsModifier(before: string, after: string, content: string): boolean {
  if (!ASKS.test(content) || !DETERMINER_NEAR.test(before)) return false;
  return usedAsModifier(after, content.replace(/[?!]+['’"”]?$/, ''));
}

/** Words someone might say, not a noun phrase: a personal pronoun or a contraction ('I don't need it', 'we know
 *  best'). A noun phrase there ('a "culture of fear and intimidation" within the force') is a partial quotation. */
const CLAUSE_LIKE =
  /(?:^|[^\p{L}])(?:I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Mm]e|[Uu]s|[Hh]im|[Tt]hem|[Mm]y|[Oo]ur|[Yy]our)(?![\p{L}])|n['’]t(?![\p{L}])|['’](?:re|ve|ll|m|d)(?![\p{L}])/u;

/**
 * A clause in marks (a pronoun or a contraction) between a determiner and the writer's noun ('work on a "I don't really need this
 * money, so pay what you like" model', 'an "if it ain't broke, don't fix it" attitude'): a compound modifier of
 * the writer's noun phrase, whatever its length. The caller keeps it when a speech verb hands it to someone.
 */
export function phraseAsModifier(before: string, after: string, content: string): boolean {
  return CLAUSE_LIKE.test(content) && DETERMINER_NEAR.test(before) && usedAsModifier(after, content);
}

/** Adverbs that end a clause after a noun ('warned of "tough decisions" ahead', '"a disaster" again'): no noun
 *  for the words in marks to modify. */
const ADVERB_AFTER =
  /^(?:ahead|again|too|instead|already|yet|still|though|anyway|either|enough|soon|back|away|together|abroad|overseas|here|there|tonight|tomorrow|yesterday|twice|once|alike|apart|afterwards|aside|nonetheless|regardless|altogether)$/;

/**
 * The quoted words modify the noun after the closing mark: `after` starts at the closing mark. True when a
 * noun-like word follows with no punctuation between (capitalized, or lower case and neither a grammar word,
 * a cue verb nor a word ending in -ed, -ing, -ly).
 */
export function usedAsModifier(after: string, content: string): boolean {
  if (/[.,;:!?…)\]]$/.test(content)) return false;
  // grammar words alone modify no noun ('keep fighting "with or without" U.S. help')
  if (/^(?:(?:with|without|or|and|but|not|before|after|if|then|now|never|for|against)\s*)+$/i.test(content))
    return false;
  const m = /^.[ \u00a0]([\p{L}][\p{L}'’-]*)/u.exec(after.slice(0, 40));
  if (!m) return false;
  const w = m[1];
  if (UPPER_FIRST.test(w)) return w !== 'I';
  const l = w.toLowerCase();
  if (OPENERS.has(l) || PLACE_PREP.has(l) || PAST_CUES.has(l) || FUTURE_CUES.has(l) || CUES.has(l)) return false;
  if (ADVERB_AFTER.test(l)) return false;
  return !CLAUSE_WORD.test(l) && !/(?:ed|ing|ly)$/.test(l);
}

/**
 * A short quotation that is a sentence of its own ("There's collective amnesia.", "Don't get nervous,"
 * instructed …): it opens the writer's sentence, starts with a capital and ends with its punctuation. Scare
 * quotes and titles sit inside the writer's sentence ("the "Cherokee Turnpike."").
 */
export function isOwnSentence(text: string, open: number, content: string): boolean {
  if (!/^[\p{Lu}]/u.test(content) || !/[.,!?…]['’]?$/.test(content)) return false;
  let i = open;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0' || text[i - 1] === '\t')) i--;
  if (i === 0 || text[i - 1] === '\n') return true;
  // after the end of the sentence before, perhaps with its closing mark or bracket
  let j = i - 1;
  if (/["”’')\]]/.test(text[j]) && j > 0) j--;
  return i < open && /[.!?]/.test(text[j]);
}
