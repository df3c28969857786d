// A capitalized name in an attributing phrase that the people finder did not list, read as a person by the words
// around it (candidates.ts: then it does not also compete as an institution).
import { isFirstName } from '../coref';
import { classifyPhrase, ROLE_NOUNS, type PhraseInfo } from './phrase';
import { PREP } from './word-classes';

/**
 * A name the people finder missed, given as a person by the words around it: after a role noun ("Moody's
 * economist Mark Zandi", "CNN meteorologist Chad Myers") or before a description headed by one ("Demetric
 * Mercadel, president of the foundation's board"). Two or more capitalized words, none an institution's
 * word or all capitals.
 */
export function titledName(
  text: string,
  from: number,
  to: number,
  run: { start: number; end: number },
  info: PhraseInfo,
): boolean {
  const ws = text.slice(run.start, run.end).split(/\s+/);
  if (ws.length < 2 || ws.some((w) => w.length > 1 && /^[\p{Lu}\p{N}&.-]+$/u.test(w))) return false;
  if (classifyPhrase(text, run.start, run.end).shape.orgWord) return false;
  const role = (w: string | undefined) => !!w && ROLE_NOUNS.has(w);
  if (info.shape.apposition) return role(info.head);
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(from, run.start))?.[1];
  // a known first name after any lower-case noun ending the phrase ("CNN meteorologist Chad Myers"; not a
  // preposition: "analysts at Morgan Stanley")
  const noun = !!before && !PREP.test(before) && !/^(?:and|or|the|a|an)$/.test(before) && run.end === to;
  return role(before) || (noun && isFirstName(ws[0]));
}
