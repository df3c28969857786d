import { describe, expect, it } from 'vitest';
import { weekday } from '../../../utils/nlp/dates/weekday';
import { run } from './_ctx';

// 2019-03-14 is a Thursday
describe('dates recogniser: weekday', () => {
  it('resolves a weekday to the past, or to the future when the clause points there', () => {
    expect(run(weekday, 'He said on Tuesday that it was over.', 'Tuesday')).toEqual(['Tuesday', '2019-03-12']);
    expect(run(weekday, 'They will meet on Tuesday.', 'Tuesday')).toEqual(['Tuesday', '2019-03-19']);
  });

  it('takes a date after it and a part of the day', () => {
    expect(run(weekday, 'It opened Tuesday, March 5, 2019.', 'Tuesday')).toEqual([
      'Tuesday, March 5, 2019',
      '2019-03-05',
    ]);
    expect(run(weekday, 'They met Monday morning.', 'Monday')).toEqual(['Monday morning', '2019-03-11TMO']);
  });

  it('has no value without a reference date, and leaves other words to the next recogniser', () => {
    expect(run(weekday, 'They met Monday.', 'Monday', null)).toEqual(['Monday', null]);
    expect(run(weekday, 'They met in March.', 'March')).toBeUndefined();
  });
});
