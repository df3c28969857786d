// Words in marks the writer names as words, told by the clause before them rather than by the last few words:
// a noun of words as the subject of a copula ('the error you will see most often is "…"'), or a naming verb in
// the passive with nobody naming ('a string of findings that have been called "universe breakers"').

/** A noun of words, its article and up to two modifiers, up to six words of its own clause, then "is"/"was". The
 *  clause must not say whose words they are ('the word she used was "devastated"' is her word): no verb of use
 *  or speech in it. */
const MENTION_SUBJECT =
  /(?:^|[^\p{L}])the\s+(?:[\p{L}-]+\s+){0,2}?(?:word|phrase|term|expression|error|string|command|password|hashtag|keyword|query|acronym|abbreviation|spelling)\s+((?:[\p{L}'’-]+\s+){0,6}?)(?:is|was)\s*:?\s*$/iu;
const WHOSE =
  /\b(?:used|uses|use|chose|chooses|said|says|say|uttered|utters|repeated|repeats|spoke|wrote|writes|kept|coined|coins)\b/i;

export function mentionSubject(clause: string): boolean {
  const m = MENTION_SUBJECT.exec(clause.slice(-120));
  return !!m && !WHOSE.test(m[1]);
}

/** A naming verb in the passive right before the marks ('have been called', 'is often dubbed'): a name given by
 *  nobody in particular, unless an agent follows ('was dubbed "the Iron Lady" by a Soviet newspaper'). */
const PASSIVE_NAMED =
  /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being)\s+(?:(?:often|sometimes|also|now|widely|commonly|popularly|variously|occasionally)\s+)?(?:called|dubbed|nicknamed|termed)\s*$/iu;
const BY_AGENT = /^.?\s*,?\s*by\b/iu;

export function passiveNamed(before: string, after: string): boolean {
  return PASSIVE_NAMED.test(before) && !BY_AGENT.test(after);
}
