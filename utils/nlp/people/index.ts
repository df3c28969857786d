// People named in an article: mentions (the name alone), merged per person, with descriptors.
// A learned tagger (names-tagger.ts, weights built by scripts/build-lexicons.ts) proposes name spans;
// news conventions then fix them up, one step per file, in the order of STEPS below. Each step reads the
// document (doc.ts) and the mentions so far and returns the mentions after it; cluster.ts groups the last
// ones into people.
import type { Person, Span } from '../types';
import { readDoc, type Mention, type PeopleOptions, type Step } from './doc';
import { taggedSpans } from './tagged-spans';
import { joinNicknames } from './nicknames';
import { trimTitleWords } from './titles';
import { splitCapsHeadlines } from './caps-headlines';
import { addMissedNames } from './reused-names';
import { addParticleNames } from './particle-names';
import { addFamilyFirstNames } from './family-first-names';
import { addBurmeseNames } from './burmese-names';
import { addLoneSurnames } from './listed-surnames';
import { addMononyms } from './mononyms';
import { addNameLists, addTableLists } from './name-lists';
import { addResultsRows } from './results-rows';
import { addNameColumns } from './name-columns';
import { addScoreboards } from './scoreboards';
import { addScorerBrackets } from './scorer-brackets';
import { dropTeams } from './teams';
import { dropDatelines } from './datelines';
import { addBylines } from './bylines';
import { addAfterDemonyms } from './demonym-names';
import { addPinyinNames } from './pinyin-names';
import { addInitialNames } from './initial-names';
import { addJoinedInitials } from './joined-initials';
import { addHyphenatedGiven } from './hyphen-given';
import { dropOrgContext } from './org-context';
import { dropOrgWords } from './doc-orgs';
import { dropThingRuns } from './thing-runs';
import { addNameReuses } from './propagate';
import { addTranscriptLabels } from './transcript-labels';
import { extendNames } from './particles';
import { dropLoneWords } from './weak-singles';
import { dropNotNames } from './not-names';
import { cluster } from './cluster';
import { markCredits } from './credits';

export type { PeopleOptions } from './doc';

export const STEPS: readonly Step[] = [
  taggedSpans, // the tagger's tags as spans ("Donald J. Trump" does not end on its initial)
  joinNicknames, // "Bernard (Bernie) Sanders" is one mention
  trimTitleWords, // "Home Secretary Suella Braverman" → "Suella Braverman"; "Virginia Governor" is no name
  splitCapsHeadlines, // "CLINTON MEETS YELTSIN": only the runs of known name words
  addHyphenatedGiven, // "Marie-Claire Dupont won": two given names joined by a hyphen open a full name
  dropDatelines, // "SANTIAGO 1997-12-12", "LYON , France 1997-03-14": a dateline names a place
  addBylines, // "Nadim Ladki" alone on the line above "AL-AIN , United Arab Emirates 1996-12-06": the reporter
  addAfterDemonyms, // "beat Czech Jiri Novak", "Kenyan Wanjiru Kamau won": two name words after a nationality
  addPinyinNames, // "beat Ye Zhaoying", "He Yafei said": a Chinese family name, then a two-syllable given name
  addInitialNames, // "T.J. Watt had two sacks": initials, then a capitalized word, even a common noun's
  addJoinedInitials, // "PV Sindhu", "JK Rowling", "MS Dhoni": initials written together, no listed acronym
  addMissedNames, // names the tagger missed: "Romelu Lukaku" whose surname recurs, a role or person verb beside
  addParticleNames, // "Ana de la Cruz, a spokeswoman": a given name, particles and a surname the tagger missed
  addFamilyFirstNames, // "Ng Eng Hen said", "Minister Ong Ye Kung": a family name, then two syllables
  addBurmeseNames, // "Aung San Suu Kyi", "Zaw Min Tun, the spokesman": a run of Burmese syllables
  addLoneSurnames, // "Erdogan said", "said Ozawa", "his wife Grace": a listed surname or known name alone
  addMononyms, // "handed the trophy by Ronaldinho", "ahead of Bad Bunny": a listed one-name public figure
  addNameLists, // "Smith, Jones, Kane and Saka": the rest of a list in which two items are people
  addResultsRows, // "1. Chidi Okonkwo ( Nigeria ) 10.04": the rest of a table's rows in which most are people
  addNameColumns, // "Miklos Vajna" alone on a line, "1449" and "6.5%" below: a table's column of names, a cell a line
  addScorerBrackets, // "Chelsea 2 ( Vialli 12 , Di Matteo 60 )": goal scorers in brackets after a team's score
  addScoreboards, // "R. Mahanama c Parore b Doull 22": cricket's dismissal notation and rows opened by initials
  addTranscriptLabels, // "ELLESA THROWDEN: It's been…": a transcript's speaker label, for two turns or more
  dropTeams, // "Bayern Munich 2 Hamburg 0", "Bastia - Martini ; Jurietti , …": teams, by the table's structure
  dropOrgContext, // "Friends of Bernie Sanders", "Ford Motor", "Sam's Club": part of an organization's name
  dropOrgWords, // "Ford Taurus", "Panama faced Belgium": a word the document uses for a company or place
  dropThingRuns, // "Standalone Wasm", "Omega Metroids": no word known as a name, no person's cue
  addNameReuses, // after "Bernie Sanders", "Sanders" alone is the same person
  addTableLists, // again, now that surnames alone are people: "Jordan 31 , Pippen 22 , Kukoc 14"; the new ones spread
  extendNames, // "L. Ron Hubbard", "Kim Jong Un", "Mr. de Blasio": initials, given names, particles join
  dropLoneWords, // a lone capitalized word seen once with no sign of a person ("Pacific")
  dropNotNames, // "Easter", "God", "Mars" alone; "the Bill would…", "the Data Retention Bill"
];

/** Find every person named in `text`. Never throws: on unexpected input it returns what it found or []. */
export function findPeople(text: string, sentences: Span[], opts: PeopleOptions = {}): Person[] {
  try {
    if (!text) return [];
    const doc = readDoc(text, sentences, opts);
    let mentions: Mention[] = [];
    for (const step of STEPS) mentions = step(doc, mentions);
    return markCredits(text, cluster(doc, mentions));
  } catch {
    return [];
  }
}
