// Attributions at the end of a quotation's sentence, when the sentence goes on after the marks: a name or a
// pronoun (`"…" to hold up on their plans, Indyk said.`), a common-noun or institution subject (`"…" is the
// leading factor, the CDC says.`, `…, according to the Department of Conservation.`), or a bare name after the
// marks (`"…," Jesse Toprak, an analyst for Edmunds.`).
import type { Attribution } from './attribution';

// the end of a sentence that attributes what came before it: `…, Indyk said.`, `…, said Ms. Roe on Friday.`
const TAIL_ATTRIBUTION =
  /,\s+(?:((?:he|she|they|we|I)|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(said|says|added|adds|explained|noted|wrote|told\s+[\p{L}\s]{1,30}?)|(said|says|added)\s+((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}))(?:\s+(?:on|last|this)\s+\p{L}+|\s+\p{Lu}\p{Ll}+day)?\s*[.!]$/u;

/**
 * The attribution that ends the sentence of a quotation whose own sentence goes on after the marks
 * (`"Now it's hard to see what could persuade the Palestinians" to hold up on their plans, Indyk said.`).
 * `sentEnd` is the end of the sentence.
 */
export function attributionAtSentenceEnd(text: string, close: number, sentEnd: number): Attribution | null {
  const seg = text.slice(close + 1, Math.min(sentEnd, close + 400));
  if (/["“”\n]/.test(seg)) return null;
  const m = TAIL_ATTRIBUTION.exec(seg.trimEnd());
  if (!m) return null;
  const at = close + 1 + m.index;
  const name = m[1] ?? m[4];
  const start = at + m[0].indexOf(name, m[1] ? 0 : m[0].indexOf(m[3]) + m[3].length);
  return { start, end: start + name.length, cue: m[2] ?? m[3], clauseEnd: close + 1 + seg.trimEnd().length };
}

const TAIL_VERBS =
  'said|says|added|adds|wrote|writes|reported|reports|stated|states|noted|notes|claimed|claims|argued|argues|warned|warns|explained|explains|announced|concluded|concludes|found|finds|estimated|estimates';

// ", the CDC says.", ", a spokesman for the agency said on Monday."
const NOUN_SAYS = new RegExp(
  `,\\s+((?:the|a|an|its|his|her|their)\\s+[\\p{L}\\p{N}.&'’-]+(?:\\s+[\\p{L}\\p{N}.&'’-]+){0,6}?)\\s+(${TAIL_VERBS})(?:\\s+(?:on|last|this)\\s+\\p{L}+)?\\s*[.!]$`,
  'u',
);
// ", according to the New Zealand Department of Conservation."
const ACCORDING = /,?\s+according\s+to\s+([\p{L}\p{N}][^,;:"“”]{1,80}?)\s*[.!]$/u;

/** The non-person attribution ending the sentence after `close` (sentence end `sentEnd`), or null. */
export function nounAttributionAtSentenceEnd(text: string, close: number, sentEnd: number): Attribution | null {
  const seg = text.slice(close + 1, Math.min(sentEnd, close + 400)).trimEnd();
  if (/["“”\n]/.test(seg)) return null;
  const m = NOUN_SAYS.exec(seg) ?? ACCORDING.exec(seg);
  if (!m) return null;
  const start = close + 1 + m.index + m[0].indexOf(m[1]);
  const cue = m[2] ?? 'according to';
  return { start, end: start + m[1].length, cue, clauseEnd: close + 1 + seg.length };
}

// `"…," Jesse Toprak, an analyst for Edmunds.`: a name right after the marks, maybe described, and nothing else
// in the sentence (the speech verb left out, as in captions and pull quotes)
const BARE_NAME =
  /^[^\S\n]*((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[^\S\n]+)?\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){1,3})(?:,[^\S\n]+(?:a|an|the|\p{Ll}+)[^\S\n]+[^.!?;:"“”\n]{1,100}?)?[^\S\n]*[.!]?[^\S\n]*$/u;

/** The name that alone follows a quotation ending in a comma, to the end of its sentence, or null. */
export function bareNameAtSentenceEnd(
  text: string,
  close: number,
  sentEnd: number,
  content: string,
): Attribution | null {
  if (!/,\s*$/.test(content)) return null;
  const seg = text.slice(close + 1, Math.min(sentEnd, close + 200));
  const m = BARE_NAME.exec(seg);
  if (!m) return null;
  // the sentence's period is not the name's ("Toprak."), an initial's is ("Jr.")
  const name = /\p{L}{2}\.$/u.test(m[1]) && !/\b(?:Jr|Sr)\.$/.test(m[1]) ? m[1].slice(0, -1) : m[1];
  const start = close + 1 + seg.indexOf(m[1]);
  return { start, end: start + name.length, cue: null, clauseEnd: close + 1 + seg.trimEnd().length };
}
