// What kind of speaker an attributing phrase names when no person mention decides it: a document ("the
// statement"), an institution ("the ministry", "Reuters"), an unnamed source ("a spokesman", "one of the
// organizers"), a role that may stand for one person of the text ("the senator"), a capitalized name the
// people finder did not list, or a pronoun. The word lists are data (utils/nlp/data/speaker-*.json).
import docHeads from '../data/speaker-document-heads.json';
import orgHeads from '../data/speaker-org-heads.json';
import unnamedHeads from '../data/speaker-unnamed-heads.json';
import roles from '../data/speaker-roles.json';
import orgNameWords from '../data/speaker-org-name-words.json';
import { otherLanguage, otherPronoun } from './other-language';

const DOC_HEADS: ReadonlySet<string> = new Set(docHeads.words);
const ORG_HEADS: ReadonlySet<string> = new Set(orgHeads.words);
const UNNAMED_HEADS: ReadonlySet<string> = new Set(unnamedHeads.words);
/** A head that also names unnamed sources ("the official", "the spokesman"), not only people named before. */
export const isUnnamedHead = (head: string) => UNNAMED_HEADS.has(head);
const ORG_NAME_WORDS: ReadonlySet<string> = new Set(orgNameWords.words);
export const ROLE_NOUNS: ReadonlySet<string> = new Set(roles.words);

export type PhraseClass =
  'pronoun' | 'document' | 'org' | 'unnamed' | 'role' | 'name' | 'capitalized' | 'lower' | 'empty';

export interface PhraseInfo {
  cls: PhraseClass;
  /** The head noun (lower case), where one is found. */
  head: string;
  /** Starts with a/an/one/some/several/two…: an indefinite, unnamed speaker. */
  indefinite: boolean;
  /** Starts with the/this/that. */
  definite: boolean;
  /** A name-like capitalized run (2–4 words) in the phrase, for speakers the people finder missed. */
  nameRun: { start: number; end: number } | null;
  /** How a capitalized phrase looks: an institution's word in it, all capitals, one word, a description after a comma. */
  shape: { orgWord: boolean; allCaps: boolean; oneWord: boolean; apposition: boolean };
}

const PRONOUNS = /^(?:he|she|they|i|we|it|you)$/i;
const POSSESSIVE: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const INDEFINITE = /^(?:a|an|one|some|several|two|three|four|many|another|other|most|few|numerous|various)$/i;
const DEFINITE = /^(?:the|this|that|these|those|its|his|her|their)$/i;
// the head noun ends before a complement ("a spokesman for the ministry", "one of the organizers")
const HEAD_STOP = /^(?:for|of|at|with|from|in|on|to|close|who|which|familiar|told|said)$/i;
const NAME_RUN = /[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:de|da|van|von|bin|al|del|la|le|di)\s+)?[\p{Lu}][\p{L}'’.-]*){1,3}/gu;

// "the 54-year-old said": a person of the text described by age
const AGE = /^\d{1,3}-year-old$/;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

/**
 * "the CDC", "the Pentagon", "The New York Times": "the" before a capitalized name that is one word, an acronym
 * or holds an institution's word names an institution (a person's name takes no article).
 */
function namedInstitution(ws: string[]): boolean {
  if (ws.length < 2 || ws.length > 7 || ws[0].toLowerCase() !== 'the') return false;
  const rest = ws.slice(1);
  if (!rest.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && /^(?:of|for|and|on)$/.test(w)))) return false;
  if (!/^\p{Lu}/u.test(rest[rest.length - 1])) return false;
  return (
    rest.length === 1 ||
    rest.some((w) => w.length > 1 && /^[\p{Lu}&.-]+$/u.test(w)) ||
    rest.some((w) => ORG_NAME_WORDS.has(w.toLowerCase().replace(/['’]s?$|\.$/g, '')))
  );
}

/** otherLanguage(text) for the text classifyPhrase was last asked about (one document is asked many times). */
let langOf = '';
let langOther = false;
function inOtherLanguage(text: string): boolean {
  if (text !== langOf) {
    langOf = text;
    langOther = otherLanguage(text);
  }
  return langOther;
}

// esbuild (tsx, vitest) rebuilds a regex literal with \p{..} outside brackets on every call: module constants
const LOWER_FIRST = /^\p{Ll}/u;

/** Classify the phrase text[start, end). */
export function classifyPhrase(text: string, start: number, end: number): PhraseInfo {
  const phrase = text.slice(start, end);
  const ws: string[] = phrase.match(WORD) ?? [];
  const shape = {
    orgWord: ws.some((w) => ORG_NAME_WORDS.has(w.toLowerCase().replace(/['’]s?$|\.$/g, ''))),
    allCaps: ws.some((w) => w.length > 1 && /^[\p{Lu}\p{N}&.-]+$/u.test(w)),
    oneWord: ws.length === 1,
    apposition: false,
  };
  const none: PhraseInfo = { cls: 'empty', head: '', indefinite: false, definite: false, nameRun: null, shape };
  if (!ws.length) return none;
  const first = ws[0].toLowerCase();
  if (ws.length === 1 && PRONOUNS.test(first)) return { ...none, cls: 'pronoun', head: first };
  // a possessive standing for its owner ('Her message …: "…"', speakers/possessor.ts)
  const owner = ws.length === 1 ? POSSESSIVE[first] : undefined;
  if (owner) return { ...none, cls: 'pronoun', head: owner };
  // another language's subject pronoun or a speech verb with no subject ('il', 'er', '"…", añadió'): read as the
  // English pronoun (other-language.ts otherPronoun; 'hs' is he or she, gender unknown)
  // only in a text in another language: in English 'Lei', 'Ella', 'Lui' are names ('"…," Lei said')
  const foreign = ws.length === 1 && inOtherLanguage(text) ? otherPronoun(first) : null;
  if (foreign) return { ...none, cls: 'pronoun', head: foreign };
  const indefinite = INDEFINITE.test(first);
  const definite = DEFINITE.test(first);
  // head: the last word before a complement, or the last word; "one of the owners": the noun after "of"
  const part =
    indefinite && ws[1]?.toLowerCase() === 'of'
      ? DEFINITE.test(ws[2] ?? '') || /^our$/i.test(ws[2] ?? '')
        ? 3
        : 2
      : 0;
  let h = ws.length - 1;
  for (let k = part + 1; k < ws.length; k++) {
    if (HEAD_STOP.test(ws[k])) {
      h = k - 1;
      break;
    }
  }
  const head = ws[h]
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/\.$/, '');
  let nameRun: PhraseInfo['nameRun'] = null;
  for (const m of phrase.matchAll(NAME_RUN)) {
    if (/^(?:The|A|An)\s/.test(m[0])) continue;
    nameRun = { start: start + m.index!, end: start + m.index! + m[0].length };
  }
  // "Art Levinson, chairman of Genentech": a name in apposition heads the phrase
  const lead = /^[^,]+(?=,)/.exec(phrase);
  const leadRun = lead ? new RegExp(`^(?:${NAME_RUN.source})$`, 'u').exec(lead[0].trim()) : null;
  if (leadRun && !/^(?:The|A|An)\s/.test(leadRun[0])) {
    const s0 = start + phrase.indexOf(leadRun[0]);
    const run = { start: s0, end: s0 + leadRun[0].length };
    // the institution words of the description ("a member of the board") are not the name's
    const orgWord = (leadRun[0].match(WORD) ?? []).some((w) => ORG_NAME_WORDS.has(w.toLowerCase()));
    return { cls: 'name', head, indefinite, definite, nameRun: run, shape: { ...shape, orgWord, apposition: true } };
  }
  const info = { head, indefinite, definite, nameRun, shape };
  if (DOC_HEADS.has(head)) return { ...info, cls: 'document' };
  // ("the Norwegian" is a person: a nationality is a role noun)
  if (!ROLE_NOUNS.has(head) && namedInstitution(ws)) return { ...info, cls: 'org' };
  // "one of the owners of a New York bar", "some of the residents": an unnamed member of a group
  if (part && LOWER_FIRST.test(ws[h])) return { ...info, cls: ORG_HEADS.has(head) ? 'org' : 'unnamed' };
  if (UNNAMED_HEADS.has(head) && (indefinite || !ROLE_NOUNS.has(head) || /s$/.test(head)))
    return { ...info, cls: 'unnamed' };
  // "the 26-year-old forward": an age describes one person of the text, whatever noun it goes with
  if ((ROLE_NOUNS.has(head) || ws.some((w) => AGE.test(w))) && definite) return { ...info, cls: 'role' };
  if (ORG_HEADS.has(head)) return { ...info, cls: 'org' };
  if (UNNAMED_HEADS.has(head) || ROLE_NOUNS.has(head)) return { ...info, cls: 'unnamed' };
  if (nameRun) return { ...info, cls: 'name' };
  // "Another respondent", "The invitation": a capital only because the sentence starts there
  const common = (indefinite || definite) && ws.length > 1 && ws.slice(1).every((w) => LOWER_FIRST.test(w));
  if (/^[\p{Lu}]/u.test(phrase) && !common) return { ...info, cls: 'capitalized' };
  return { ...info, cls: 'lower' };
}
