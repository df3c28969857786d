import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../utils/nlp/people';
import { splitSentences } from '../../../utils/nlp/sentences';

const names = (text: string) => findPeople(text, splitSentences(text)).map((p) => p.name);

describe('cities named alone are places (names-places.ts)', () => {
  it.each([
    // an infobox's lines, then the city as a sentence's subject
    ['Capital\n\nWellington\n\nLargest city\n\nAuckland\n\nWellington was chosen for its central location.', []],
    ['Auckland, Wellington and Christchurch all receive heavy rain.', []],
    // a full name holding a city's word is still a person
    ['Wellington Mara owned the Giants.', ['Wellington Mara']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
