// The hand-written word lists of the analysis, one concept per file in utils/nlp/data/ (each file says what
// its words are for). Imported as JSON, so the bundler inlines them at build time and Node reads them as they are.
// test/nlp/wordlists.test.ts reports a word listed in two files where that is not intended.
import titles from './data/titles.json';
import strongTitles from './data/strong-titles.json';
import nameParticles from './data/name-particles.json';
import gluePrefixes from './data/glue-prefixes.json';
import speechVerbs from './data/speech-verbs.json';
import orgWords from './data/org-words.json';
import orgAfter from './data/org-after.json';
import orgAfterLower from './data/org-after-lower.json';
import eponymous from './data/eponymous.json';
import placePrepositions from './data/place-prepositions.json';
import orgOf from './data/org-of.json';
import orgFirst from './data/org-first.json';
import roleWords from './data/role-words.json';
import personObjectVerbs from './data/person-object-verbs.json';
import personSubjectVerbs from './data/person-subject-verbs.json';
import kinWords from './data/kin-words.json';
import personVerbs from './data/person-verbs.json';
import nameSuffixes from './data/name-suffixes.json';
import orgKinds from './data/org-kinds.json';
import surnameParticles from './data/surname-particles.json';
import eastAsianFamilyNames from './data/east-asian-family-names.json';
import weekdays from './data/weekdays.json';
import futureCues from './data/future-cues.json';
import pastCues from './data/past-cues.json';
import sentenceOpeners from './data/sentence-openers.json';
import titleAbbreviations from './data/title-abbreviations.json';
import softAbbreviations from './data/soft-abbreviations.json';

export interface WordList {
  about: string;
  words: string[];
}

/** Every list by file name (without .json), for tests and tools. */
export const WORD_LISTS: Readonly<Record<string, WordList>> = {
  titles: titles,
  'strong-titles': strongTitles,
  'name-particles': nameParticles,
  'glue-prefixes': gluePrefixes,
  'speech-verbs': speechVerbs,
  'org-words': orgWords,
  'org-after': orgAfter,
  'org-after-lower': orgAfterLower,
  eponymous: eponymous,
  'place-prepositions': placePrepositions,
  'org-of': orgOf,
  'org-first': orgFirst,
  'role-words': roleWords,
  'person-object-verbs': personObjectVerbs,
  'person-subject-verbs': personSubjectVerbs,
  'kin-words': kinWords,
  'person-verbs': personVerbs,
  'name-suffixes': nameSuffixes,
  'org-kinds': orgKinds,
  'surname-particles': surnameParticles,
  'east-asian-family-names': eastAsianFamilyNames,
  weekdays: weekdays,
  'future-cues': futureCues,
  'past-cues': pastCues,
  'sentence-openers': sentenceOpeners,
  'title-abbreviations': titleAbbreviations,
  'soft-abbreviations': softAbbreviations,
};

const set = (l: WordList): ReadonlySet<string> => new Set(l.words);

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
export const SURNAME_PARTICLES = set(surnameParticles);
export const EA_FAMILY = set(eastAsianFamilyNames);
export const WEEKDAYS = set(weekdays);
export const FUTURE_CUES = set(futureCues);
export const PAST_CUES = set(pastCues);
export const OPENERS = set(sentenceOpeners);
export const TITLE_ABBREVS = set(titleAbbreviations);
export const SOFT_ABBREVS = set(softAbbreviations);
