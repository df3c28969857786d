// Step: words in marks set off inside the sentence's subject. "His latest film, "the long way home," opens
// Friday, the studio said", "The group, which calls itself a "grassroots movement," said it would protest": the
// marks sit in an apposition or a relative clause of the subject, and the verb after the closing comma is the
// subject's own (it "opens", it "said"). A speech verb there hands the subject's words on, not the words in
// marks: the clause after them is no attribution of them.
import { CUES, PREP } from '../quotes-attribution';

/**
 * The sentence up to the opening mark is a subject, a comma, then perhaps a relative or a participle clause
 * ("The activist, who calls himself", "The militia, known locally as"): the subject (before its first comma) holds
 * no speech verb, so 'The mayor said, "…"' is not one.
 */
const SUBJECT_COMMA =
  /^\s*([^,;:"“”‘’()]{2,80}),\s*(?:(?:which|who|whose|whom|better\s+known|also\s+known|once|formerly|now|[\p{L}-]+ed|known)\b[^,;:"“”()]{0,60})?$/iu;

/** A subject is a short noun phrase; a sentence opened by a preposition or a conjunction ('Aside from wartime,
 *  "…," said X', 'If it passes, "…"') has a fronted clause there instead. */
const SUBJECT_WORDS = 8;
const FRONTED =
  /^(?:aside|apart|amid|among|without|within|beyond|besides|given|unlike|across|against|through|throughout)$/i;
/** A fronted adverb or time ('Meanwhile, "…," said X', 'Last week, "…"') ends where a subject's noun would. */
const NOT_HEAD =
  /^(?:\p{L}+ly|however|meanwhile|still|yet|instead|now|then|later|today|tonight|tomorrow|yesterday|also|thus|indeed|nonetheless|nevertheless|otherwise|moreover|furthermore|again|first|second|third|overall|together|ultimately|earlier|recently|currently|here|there|so|but|and|or|week|weekend|month|year|years|day|days|night|morning|afternoon|evening|time|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|\d[\d.,]*)$/iu;
/** After the marks, a speech verb and a name or a noun phrase ('"…," said Jeffrey Frankel', 'said the mayor'):
 *  an inverted attribution of the words in marks. A pronoun after it ('said it would') starts the verb's object. */
const INVERTED = /^.\s*,?\s+(\p{Ll}+)\s+(\p{L}+)/u;
const OBJECT_PRONOUN = /^(?:it|he|she|they|we|i|you|that|there|this)$/i;

/** The first three words after the marks. */
const NEXT_WORDS = /^.\s*,?\s+(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?/u;
const SPEAKER_START = /^(?:he|she|they|i|we|it|you|the|a|an|his|her|their|its|our|one|some|many|several|two|three)$/i;

/** After the closing mark: a comma (inside the marks or right after) and a lower-case word, the subject's verb. */
const VERB_AFTER = /^.\s*,?\s+\p{Ll}/u;

export function inSubjectApposition(sentenceBefore: string, content: string, after: string): boolean {
  if (!/,\s*$/.test(content) && !/^.\s*,/.test(after)) return false;
  if (!VERB_AFTER.test(after.slice(0, 12))) return false;
  const m = SUBJECT_COMMA.exec(sentenceBefore);
  if (!m) return false;
  const inv = INVERTED.exec(after);
  if (inv && CUES.has(inv[1]) && !OBJECT_PRONOUN.test(inv[2])) return false;
  // '"…," she said, will …', '"…," officials said': a speaker and a speech verb right after the marks
  const next = NEXT_WORDS.exec(after);
  if (
    next &&
    (SPEAKER_START.test(next[1]) || CUES.has(next[2]?.toLowerCase() ?? '') || CUES.has(next[3]?.toLowerCase() ?? ''))
  ) {
    return false;
  }
  const ws = m[1].toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const first = ws[0];
  const head = ws[ws.length - 1];
  if (!first || !head || ws.length > SUBJECT_WORDS || PREP.test(first) || FRONTED.test(first)) return false;
  if (NOT_HEAD.test(head)) return false;
  for (const w of ws) if (CUES.has(w)) return false;
  return true;
}
