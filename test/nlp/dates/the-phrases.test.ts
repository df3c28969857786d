import { describe, expect, it } from 'vitest';
import { thePhrase } from '../../../utils/nlp/dates/the-phrases';
import { run } from './_ctx';

// reference date 2019-03-14
describe('dates recogniser: phrases opened by "the"', () => {
  it('decades, the end of a month, halves and quarters of a year', () => {
    expect(run(thePhrase, 'in the 1990s', 'the')).toEqual(['the 1990s', '199X']);
    expect(run(thePhrase, 'by the end of March', 'the')).toEqual(['the end of March', '2019-03']);
    expect(run(thePhrase, 'in the first half of 2009', 'the')).toEqual(['the first half of 2009', '2009-H1']);
    expect(run(thePhrase, 'in the third quarter of last year', 'the')).toEqual([
      'the third quarter of last year',
      '2018-Q3',
    ]);
  });

  it('days relative to the day last talked about, and vague references', () => {
    expect(run(thePhrase, 'and the next day it rose', 'the')).toEqual(['the next day', '2019-03-15']);
    expect(run(thePhrase, 'in the near future', 'the')).toEqual(['the near future', 'FUTURE_REF']);
  });

  it('claims every "the": no date is null, never another recogniser', () => {
    expect(run(thePhrase, 'the cat sat', 'the')).toBeNull();
    expect(run(thePhrase, 'a year ago', 'a')).toBeUndefined();
  });
});
