// Is a piece of text a statement (a clause with a verb) or page residue: headlines, captions, credits, runs of
// title-case words from a hover card or a related-links box? Shared by the timeline and the summary.

// common finite verbs and auxiliaries that carry no -ed/-s ending
const FINITE =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|shall|may|might|must|did|does|do|said|says|told|tells|went|goes|came|comes|made|makes|took|takes|gave|gives|got|gets|found|won|lost|led|left|met|ran|saw|sees|began|begins|became|becomes|held|holds|brought|bought|sold|paid|kept|set|put|hit|cut|let|fell|rose|grew|knew|thought|felt|spent|sent|built|wrote|spoke|chose|drew|fled|fought|struck|stood|sat|won't|can't|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't)\b/i;
// a lower-case word ending like a past tense or third-person verb (after a few letters, to skip "bed", "gas")
const INFLECTED = /(?:^|\s)[a-z][a-z]{2,}(?:ed|es|s)\b/;
const CAPTION =
  /\b(?:Image|Photo|Picture|Credit|Caption|File photo|Photograph|Illustration|Video)\s*:|\((?:left|right|center|centre|pictured|file|top|bottom|above|below)\)|^(?:Photo|Image|File)\b/i;

const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];

/** Share of words that start with a capital letter (a headline or a list of names), ignoring the first. */
export function titleCaseShare(s: string): number {
  const ws = words(s)
    .slice(1)
    .filter((w) => /^\p{L}/u.test(w));
  if (!ws.length) return 0;
  let caps = 0;
  for (const w of ws) if (/^[\p{Lu}\p{N}]/u.test(w)) caps++;
  return caps / ws.length;
}

/** A caption, picture credit or similar residue. */
export function isCaption(s: string): boolean {
  return CAPTION.test(s);
}

/** Something like a finite verb (a crude test: common verbs, or a lower-case word ending -ed/-s). */
export function hasVerb(s: string): boolean {
  return FINITE.test(s) || INFLECTED.test(s);
}

/**
 * True when the text reads as a statement, not a caption or a headline: prose is mostly lower-case words, so a text
 * dominated by capitalised words counts only with a verb, and never when nearly every word is capitalised.
 */
export function isStatement(s: string): boolean {
  if (isCaption(s)) return false;
  const ws = words(s);
  if (ws.length < 3) return false;
  const caps = ws.length >= 4 ? titleCaseShare(s) : 0;
  if (caps > 0.85) return false;
  return caps <= 0.6 || hasVerb(s);
}

// Signs of page residue glued into the text (hover cards, related links, metadata labels)
const GLUED = /(?<![\p{L}])(?!(?:Mc|Mac|De|La|Le|Di|Da|Van|Von|O)\p{Lu})\p{L}*\p{Ll}{2}\p{Lu}\p{Ll}/u;
const ISO_LITERAL = /\b\d{4}-\d\d-\d\d\b/;
const TITLE_RUN = /(?:[\p{Lu}][\p{L}.'’-]*\s+(?:(?:of|and|the|de|for)\s+)?){5,}/u;

/**
 * Page residue rather than prose: two or more of a word glued from two link texts ("SandersO'Rourke"), a bare ISO
 * date (a metadata field), a run of five or more capitalised words, a lower-case start, no closing punctuation.
 */
export function looksLikeResidue(s: string): boolean {
  const t = s.trim();
  let signs = 0;
  if (GLUED.test(t)) signs++;
  if (ISO_LITERAL.test(t)) signs++;
  if (TITLE_RUN.test(t)) signs++;
  if (/^\p{Ll}/u.test(t)) signs++;
  if (!/[.!?]["”’)]*$/.test(t)) signs++;
  return signs >= 2;
}
