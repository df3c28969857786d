import { describe, expect, it } from 'vitest';
import { earlyLate, recentYears, thatDay } from '../../../utils/nlp/dates/modifiers';
import { ctx, run, show, tok } from './_ctx';

describe('dates recognisers: modifiers', () => {
  it('earlyLate wraps a core date, never a vague one', () => {
    expect(run(earlyLate, 'It opened in early 2009.', 'early')).toEqual(['early 2009', '2009']);
    expect(run(earlyLate, 'It opened in mid-March.', 'mid')).toEqual(['mid-March', '2019-03']);
    expect(run(earlyLate, 'It opened late now.', 'late')).toBeNull();
  });

  it('thatDay is the day last talked about', () => {
    const c = ctx('On March 3 it fell. That day was cold.');
    c.anchor = { y: 2019, m: 3, d: 3 };
    const k = tok(c, 'That');
    expect(show(c, thatDay(c, k, c.at(k)))).toEqual(['That day', '2019-03-03']);
  });

  it('recentYears', () => {
    expect(run(recentYears, 'It grew in recent years.', 'recent')).toEqual(['recent years', 'PAST_REF']);
    expect(run(recentYears, 'A recent poll.', 'recent')).toBeUndefined();
  });
});
