// Patterns for words in marks that complete a predicate ('was a "disaster"', 'branded the event a "shambles"',
// 'would take a "hard look"'): read by judge.ts's `predicate` fact.

/** The same verdict as a noun after the object and an article ('branded the event a "shambles"', 'labelled the
 *  scheme a "tax on the poor"'): the verb's complement, the judge's words, not the writer's noun phrase. */
export const VERDICT_ARTICLE =
  /\b(?:called|calls|labell?ed|labels|branded|brands|deemed|declared|pronounced)\s+(?:the|this|that|these|those|his|her|their|its|our)\s+(?:[\p{L}-]+\s+){1,2}(?:a|an)\s*$/iu;

/** A copula and an article right before the opening mark, or a part of what the article names ('was part of a',
 *  'is one of the', 'was the start of a'). */
export const PREDICATE_ARTICLE =
  /\b(?:(?:is|are|was|were|be|been|being|remains?|remained)\s+(?:a|an|(?:part|one|some|(?:the|a|an)\s+[\p{L}-]+)\s+of\s+(?:a|an|the)))\s*$/iu;
/** After a modal, a verb and an article ('said it would take a "hard look" at costs'): the object of a reported
 *  clause, when the words end its noun phrase (a noun after them makes them a modifier: 'a "buy now, pay later"
 *  product'). */
export const MODAL_ARTICLE = /\b(?:would|will|could|might|must|should)\s+(?:not\s+)?\p{Ll}+\s+(?:a|an)\s*$/iu;
export const PHRASE_ENDS =
  /^.["”'’]?\s*(?:[,.;:!?)—–]|$|(?:at|to|for|on|in|of|with|from|by|over|about|into|and|or|but|that|which|as|after|before|if)\b)/;
