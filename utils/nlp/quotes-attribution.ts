// Finding the phrase that attributes a quotation: the speech verb ("cue") next to the quotation marks and
// its subject. Works on short windows of text around each quotation, so the cost is per quotation, not per
// token of the article. The parsers are steps in speakers/ (one file each); the speaker itself is chosen by
// the ranker there (speakers/rank.ts), with these phrases as its strongest evidence. This file is the entry
// the quotation finder reads them through.
export type { Attribution } from './speakers/attribution';
export { CUES, PREP } from './speakers/word-classes';
export { endsWithAbbreviation, wordsIn } from './speakers/words';
export { lastClauseSubject, subjectOf } from './speakers/subject';
export { attributionAfter } from './speakers/cue-after';
export { attributionBefore } from './speakers/cue-before';
export { attributionAtSentenceEnd } from './speakers/tail';
export { cueGoverns } from './speakers/governs';
export { bePassiveCue } from './speakers/passive';
