import { describe, expect, it } from 'vitest';
import { found } from './_quotes-fixtures';

describe('a speech noun near a phrase says someone speaks there: insistence, assertion, contention, allegation', () => {
  it('keeps the phrase whose content the noun reports', () => {
    expect(found('Arment\'s insistence that "anyone can do this" is true, but it is not the whole story.')).toEqual([
      'anyone can do this',
    ]);
    expect(
      found('The allegation that the board was "asleep at the wheel" came up again at the meeting in the city.'),
    ).toEqual(['asleep at the wheel']);
  });

  it('still leaves out a phrase of the writer with no speech around it', () => {
    expect(found('The city is now a "hub for all kinds of art" and a place for the young.')).toEqual([]);
  });
});
