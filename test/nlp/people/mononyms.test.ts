import { describe, expect, it } from 'vitest';
import { addMononyms } from '../../../utils/nlp/people/mononyms';
import { findPeople } from '../../../utils/nlp/people';
import { splitSentences } from '../../../utils/nlp/sentences';
import { at, doc, show } from './_doc';

/** Each person as the texts of their mentions. */
const people = (text: string) =>
  findPeople(text, splitSentences(text)).map((p) => p.mentions.map((m) => text.slice(m.start, m.end)).join(' | '));

describe('people step: addMononyms', () => {
  it.each([
    ['The Paris forward was handed the trophy by Ronaldinho.', [], ['Ronaldinho']],
    ['Spotify named Swift its top artist, ahead of Bad Bunny and The Weeknd.', [], ['Bad Bunny', 'The Weeknd']],
    // the tagger's "Bunny" inside the stage name gives way to the whole name
    ['Fans cheered for Bad Bunny on Friday.', ['Bunny'], ['Bad Bunny']],
    // beside another capitalized word it is some other name's word
    ['Antony Blinken met the minister. Ships rounded the Drake Passage.', [], []],
    // a longer mention holding the name stays as it is
    ['Neymar Jr scored twice.', ['Neymar Jr'], ['Neymar Jr']],
  ])('%s', (text, before, after) => {
    const d = doc(text);
    expect(
      show(
        d,
        addMononyms(
          d,
          before.map((p) => at(d, p)),
        ),
      ),
    ).toEqual(after);
  });
});

describe('findPeople with one-name figures', () => {
  it.each([
    ['Neymar, who began his career at Santos, said on Instagram that the boy was ready.', ['Neymar']],
    ['Manchester City’s Rodri, the 2024 winner, was injured.', ['Rodri']],
    // a stage name's words do not spread: "The" and "Bad" stay words
    [
      "Swift came ahead of Bad Bunny and The Weeknd.\n\nThe singer's new album is out on Friday. Bad weather delayed it.",
      ['Bad Bunny', 'The Weeknd'],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
