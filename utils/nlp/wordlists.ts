// The hand-written word lists of the analysis, one concept per file in utils/nlp/data/ (each file says what
// its words are for in "about"). Only "words" is imported (a named JSON import), so the bundler inlines the
// words at build time and leaves the descriptions out; tsx and Vitest read the same files.
// test/nlp/wordlists.test.ts reports a word listed in two files where that is not intended.
import { words as titles } from './data/titles.json';
import { words as strongTitles } from './data/strong-titles.json';
import { words as nameParticles } from './data/name-particles.json';
import { words as gluePrefixes } from './data/glue-prefixes.json';
import { words as speechVerbs } from './data/speech-verbs.json';
import { words as orgWords } from './data/org-words.json';
import { words as orgAfter } from './data/org-after.json';
import { words as orgAfterLower } from './data/org-after-lower.json';
import { words as eponymous } from './data/eponymous.json';
import { words as initialAbbreviations } from './data/initial-abbreviations.json';
import { words as placePrepositions } from './data/place-prepositions.json';
import { words as orgOf } from './data/org-of.json';
import { words as orgFirst } from './data/org-first.json';
import { words as roleWords } from './data/role-words.json';
import { words as personObjectVerbs } from './data/person-object-verbs.json';
import { words as personSubjectVerbs } from './data/person-subject-verbs.json';
import { words as kinWords } from './data/kin-words.json';
import { words as personVerbs } from './data/person-verbs.json';
import { words as nameSuffixes } from './data/name-suffixes.json';
import { words as orgKinds } from './data/org-kinds.json';
import { words as orgFullNames } from './data/org-full-names.json';
import { words as stormWords } from './data/storm-words.json';
import { words as clubRoles } from './data/club-roles.json';
import { words as mononyms } from './data/mononyms.json';
import { words as surnameParticles } from './data/surname-particles.json';
import { words as eastAsianFamilyNames } from './data/east-asian-family-names.json';
import { words as weekdays } from './data/weekdays.json';
import { words as futureCues } from './data/future-cues.json';
import { words as pastCues } from './data/past-cues.json';
import { words as sentenceOpeners } from './data/sentence-openers.json';
import { words as titleAbbreviations } from './data/title-abbreviations.json';
import { words as softAbbreviations } from './data/soft-abbreviations.json';
import { words as uiActionVerbs } from './data/ui-action-verbs.json';
import { words as quoteContextWords } from './data/quote-context-words.json';

const set = (words: string[]): ReadonlySet<string> => new Set(words);

export const TITLES = set(titles);
export const STRONG_TITLES = set(strongTitles);
export const PARTICLES = set(nameParticles);
export const GLUE_PREFIXES = set(gluePrefixes);
export const SPEECH_VERBS = set(speechVerbs);
export const ORG_WORDS = set(orgWords);
export const ORG_AFTER = set(orgAfter);
export const ORG_AFTER_LOWER = set(orgAfterLower);
export const EPONYMOUS = set(eponymous);
export const PLACE_PREP = set(placePrepositions);
export const ORG_OF = set(orgOf);
export const ORG_FIRST = set(orgFirst);
export const ROLE_WORDS = set(roleWords);
export const PERSON_OBJECT_VERBS = set(personObjectVerbs);
export const PERSON_SUBJECT_VERBS = set(personSubjectVerbs);
export const KIN_WORDS = set(kinWords);
export const PERSON_VERBS = set(personVerbs);
export const NAME_SUFFIXES = set(nameSuffixes);
export const ORG_KINDS = set(orgKinds);
export const STORM_WORDS = set(stormWords);
export const CLUB_ROLES = set(clubRoles);
/** Companies named like a person in full ("eli lilly"), by first word: each name as its words. */
export const ORG_FULL_NAMES: ReadonlyMap<string, readonly string[][]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const name of orgFullNames) {
    const ws = name.split(' ');
    const list = byFirst.get(ws[0]);
    if (list) list.push(ws);
    else byFirst.set(ws[0], [ws]);
  }
  return byFirst;
})();
/** One-name and stage-named public figures ("neymar", "bad bunny"), by first word: each name as its words, longest first. */
export const MONONYMS: ReadonlyMap<string, readonly string[][]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const name of mononyms) {
    const ws = name.split(' ');
    byFirst.set(
      ws[0],
      [...(byFirst.get(ws[0]) ?? []), ws].sort((x, y) => y.length - x.length),
    );
  }
  return byFirst;
})();
export const SURNAME_PARTICLES = set(surnameParticles);
export const EA_FAMILY = set(eastAsianFamilyNames);
export const WEEKDAYS = set(weekdays);
export const FUTURE_CUES = set(futureCues);
export const PAST_CUES = set(pastCues);
export const OPENERS = set(sentenceOpeners);
export const TITLE_ABBREVS = set(titleAbbreviations);
export const INITIAL_ABBREVS = set(initialAbbreviations);
export const SOFT_ABBREVS = set(softAbbreviations);
export const UI_VERBS = set(uiActionVerbs);
export const QUOTE_CONTEXT = set(quoteContextWords);
