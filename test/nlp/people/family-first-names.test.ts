import { describe, expect, it } from 'vitest';
import { addFamilyFirstNames } from '../../../utils/nlp/people/family-first-names';
import { at, doc, show } from './_doc';

describe('people step: addFamilyFirstNames', () => {
  it.each([
    // syllables that are English words or no list's words, a person's sign beside them
    ['Ng Eng Hen said the plan would pass.', 'Ng Eng Hen'],
    ['Health Minister Ong Ye Kung spoke.', 'Ong Ye Kung'],
    ['Leong Mun Wai, an opposition lawmaker, objected.', 'Leong Mun Wai'],
    ['Ng Kok Song, 76, said he would run.', 'Ng Kok Song'],
  ])('adds a family name and two syllables: %s', (text, name) => {
    const d = doc(text);
    expect(show(d, addFamilyFirstNames(d, []))).toEqual([name]);
  });

  it('replaces a part the tagger kept with the whole name', () => {
    const d = doc('Ng Chee Meng said the plan would pass.');
    expect(show(d, addFamilyFirstNames(d, [at(d, 'Chee Meng')]))).toEqual(['Ng Chee Meng']);
  });

  it.each([
    // an organization's or a place's longer name, a run of names, no sign of a person
    'Tan Tock Seng Hospital said it would open.',
    'The Lee Kuan Yew School said it would open.',
    'In Hong Kong Ng Kok Song spoke.',
    'Ng Kok Song is a name on the list.',
  ])('adds nothing here: %s', (text) => {
    const d = doc(text);
    expect(show(d, addFamilyFirstNames(d, []))).toEqual([]);
  });

  it('keeps a mention that reaches beyond the three words', () => {
    const d = doc('Lee Ann Womack Jr said it.');
    const ms = [at(d, 'Lee Ann Womack Jr')];
    expect(show(d, addFamilyFirstNames(d, ms))).toEqual(['Lee Ann Womack Jr']);
  });
});
