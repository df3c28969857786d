import { describe, expect, it } from 'vitest';
import { addNameLists } from '../../../utils/nlp/people/name-lists';
import { at, doc, show } from './_doc';

describe('people step: addNameLists', () => {
  it('adds the other names of a list in which two items are already people', () => {
    const d = doc('The line-up was Smith, Jones, Kane and Walker Brown.');
    const ms = [at(d, 'Smith'), at(d, 'Kane')];
    expect(show(d, addNameLists(d, ms))).toEqual(['Smith', 'Jones', 'Kane', 'Walker Brown']);
  });

  it('adds no place, and nothing to a list with fewer than two people', () => {
    const d = doc('Guests were Tom Hanks, Meryl Streep and Paris. Then Smith, Jones and Kane spoke.');
    const ms = [at(d, 'Tom Hanks'), at(d, 'Meryl Streep'), at(d, 'Smith')];
    expect(show(d, addNameLists(d, ms))).toEqual(['Tom Hanks', 'Meryl Streep', 'Smith']);
  });

  it('adds no unknown lone word: it may be a team or a place', () => {
    const d = doc('Smith, Zyxwvq and Kane scored.');
    const ms = [at(d, 'Smith'), at(d, 'Kane')];
    expect(show(d, addNameLists(d, ms))).toEqual(['Smith', 'Kane']);
  });
});
