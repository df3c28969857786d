import { describe, expect, it } from 'vitest';
import { addFamilyFirstNames } from '../../../utils/nlp/people/family-first-names';
import { stepOn } from './_doc';

/** Text, the mentions found before the step, the mentions after it. */
const ROWS: [string, string[], string[]][] = [
  // syllables that are English words or no list's words, a person's sign beside them
  ['Ng Eng Hen said the plan would pass.', [], ['Ng Eng Hen']],
  ['Health Minister Ong Ye Kung spoke.', [], ['Ong Ye Kung']],
  ['Leong Mun Wai, an opposition lawmaker, objected.', [], ['Leong Mun Wai']],
  ['Ng Kok Song, 76, said he would run.', [], ['Ng Kok Song']],
  // a part the tagger kept gives way to the whole name; a mention reaching beyond the three words stays
  ['Ng Chee Meng said the plan would pass.', ['Chee Meng'], ['Ng Chee Meng']],
  ['Lee Ann Womack Jr said it.', ['Lee Ann Womack Jr'], ['Lee Ann Womack Jr']],
  // an organization's or a place's longer name, a run of names, no sign of a person
  ['Tan Tock Seng Hospital said it would open.', [], []],
  ['The Lee Kuan Yew School said it would open.', [], []],
  ['In Hong Kong Ng Kok Song spoke.', [], []],
  ['Ng Kok Song is a name on the list.', [], []],
];

describe('people step: addFamilyFirstNames', () => {
  it.each(ROWS)('%s (found before: %j)', (text, before, after) => {
    expect(stepOn(addFamilyFirstNames, text, before)).toEqual(after);
  });
});
