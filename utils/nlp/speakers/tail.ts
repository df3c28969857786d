// Attributions at the end of a quotation's sentence that name no person: `"…" is the leading factor, the CDC
// says.`, `"…" are thought to contribute, according to the Department of Conservation.` The sentence's tail
// hands what came before to a common-noun or institution subject (the quotation finder's tail parser,
// quotes-attribution.ts, reads names and pronouns only).
import type { Attribution } from '../quotes-attribution';

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
