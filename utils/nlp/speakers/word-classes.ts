// Classes of words the cue parsers read: speech verbs (cues), auxiliaries and adverbs between a subject and
// its verb, prepositions and clause words that bound a phrase, determiners that make a participle an adjective.
import speakerCues from '../data/speaker-cues.json';
import frontedAdverbs from '../data/speaker-fronted-adverbs.json';
import type { W } from './words';

/** Speech verbs that attribute a quotation (a data file: utils/nlp/data/speaker-cues.json). */
export const CUES: ReadonlySet<string> = new Set(speakerCues.words);
export const FRONTED: ReadonlySet<string> = new Set(frontedAdverbs.words);
export const AUX_ADV =
  /^(?:also|then|later|further|has|have|had|would|will|once|previously|recently|simply|just|again|quickly|first|finally|repeatedly|earlier|reportedly|was|were|is|had|been|publicly|famously|separately|privately|too|once|herself|himself|themselves|itself|merely|only|already|never|not|always|often|since|specifically|explicitly|openly|bluntly|angrily|candidly|proudly|flatly|subsequently|initially|originally)$/i;
export const PRONOUN = /^(?:he|she|they|i|we|it|you)$/i;
export const PREP =
  /^(?:in|on|at|for|to|from|with|by|of|during|about|after|before|and|but|or|as|which|that|who|when|while|if|unless|until|once|whether|because|although|though|whereas|regarding|speaking|describing|expanding|responding|according|since|despite|upon|under|over|like|unlike)$/i;
export const BOUNDARY =
  /^(?:that|and|but|when|while|as|after|before|because|if|which|who|where|then|whereas|although|though|so|is|are|was|were|get|gets|got|with|in|on|at|for|from|to|into|than)$/i;
export const VERBISH =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|also|then|later|first|recently)$/;
export const RELEASE =
  /^(?:released|issued|published|posted|sent|put|made|releasing|issuing|publishing|posting|sending|gave|giving|provided)$/i;
export const DOC = /^(?:statement|letter|release|memo|post|message|note|report|announcement|email|e-mail|tweet|blog)$/i;
export const SUBORD = /^(?:whereas|while|although|though|and|but|as|so|yet|because|since|if|unless|until|when)$/i;
// a participle after a determiner is an adjective, not the verb: "the alleged gunman", "a noted author"
export const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)$/i;
// an -ing word after a possessive is a noun: "the paper's reporting", "Reid's warning"; so are "media reports"
export const adjectival = (ws: W[], k: number) =>
  k > 0 &&
  (DETERMINER.test(ws[k - 1].w) ||
    (ws[k].l.endsWith('ing') && /(?:['’]s|s['’])$/i.test(ws[k - 1].w)) ||
    (/^reports?$/.test(ws[k].l) && /^(?:media|news|press|newspaper|police)$/i.test(ws[k - 1].w)));
export const PASSIVE = /^(?:was|were|is|are|be|been|being)$/i;

export const isParticiple = (l: string) => l.endsWith('ing') && CUES.has(l);
export const isLower = (w: W) => w.w[0] === w.l[0];
/**
 * An auxiliary or adverb between a subject and its verb; any -ly word after an auxiliary is an adverb
 * ("RMS has consistently argued"), not part of the subject (a lone -ly word may be a noun: "the family said").
 */
export const auxOrAdverb = (ws: W[], k: number) =>
  AUX_ADV.test(ws[k].w) || (k > 0 && isLower(ws[k]) && ws[k].l.endsWith('ly') && AUX_ADV.test(ws[k - 1].w));

const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

/** Words of a day ending at ws[k] and set before the verb ("on Friday", "late Monday", "Tuesday"), 0 if none:
 *  "A federal judge in Texas on Friday blocked", "Officials Tuesday said" — the day is no part of the subject. */
export function dayBefore(ws: W[], k: number): number {
  if (k < 0 || !DAY.test(ws[k].l)) return 0;
  return k > 0 && /^(?:on|late|early)$/.test(ws[k - 1].l) ? 2 : 1;
}
