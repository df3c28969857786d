import { describe, expect, it } from 'vitest';
import { READY, found, withSpeech } from './_quotes-fixtures';

describe('names, strings and headlines in marks that nobody says (session 24)', () => {
  // sentence (with a speaker's sentence after it) -> the quotations found
  it.each([
    // a setting's or a variable's name in snake case, even under a speech verb
    ['He said in a statement that a setting called "session_timeout" had been changed.', READY],
    ['The error came from "MAX_RETRIES" being set to zero, she said.', READY],
    // a nickname after a pronoun that calls someone by it
    ['Friends called her "the Librarian" because she kept every lyric.', READY],
    ['He said fans call him "Big Sam" on the terraces.', READY],
    // in lower case after an article it is a verdict, the caller's words
    ['The senator called him "a liar" on Tuesday.', ['a liar', ...READY]],
    ['She called him "the worst mayor in history."', ['the worst mayor in history.', ...READY]],
    // a name a text gives, after 'referred to … as'
    ['The judges ruled that Corran Homes, referred to in the agreement as "the Owner," had to offer 40 homes.', READY],
    // a name given by people in general after the marks ('as commuters call the evening services')
    ['Both campaigns promised to end the "bus lottery," as commuters call the evening services.', READY],
    // what a program shows in a box of its own
    ['The app shows a pop-up reading "Are you sure? This cannot be undone" before anything is removed.', READY],
    [
      'Another posted a screenshot of an error message that read "Something went wrong. Please try again later."',
      READY,
    ],
    // a warning may be someone's words
    [
      'Police issued a warning saying "Stay indoors until further notice."',
      ['Stay indoors until further notice.', ...READY],
    ],
  ])('%s', (text, want) => {
    expect(found(withSpeech(text))).toEqual(want);
  });
});

describe('headlines listed under a sidebar label are no quotations', () => {
  it.each([
    [
      'Flood defences to be raised\n\n"We were lucky in January," she said.\n\nMost read\n"Ferry cancelled as storm hits west coast"\n"School closures: full list"',
      ['We were lucky in January,'],
    ],
    [
      '"We will appeal," the club said.\n\nTrending:\n"Minister says schools will reopen"\n"Storm warning for the coast"',
      ['We will appeal,'],
    ],
    // a quotation's own paragraph after a name in marks ends with its punctuation: still a quotation
    [
      'The album is titled "Low Water."\n"I wrote it in a van."\n"It took a year."',
      ['I wrote it in a van.', 'It took a year.'],
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('a sign that advertises its words shows them (the gold reads a sign’s words as a quotation)', () => {
  it.each([
    [
      'Outside the store, a sign advertised "First of the Season Fresh Alaskan Halibut" and a price.',
      ['First of the Season Fresh Alaskan Halibut', ...READY],
    ],
  ])('%s', (text, want) => {
    expect(found(withSpeech(text))).toEqual(want);
  });
});
