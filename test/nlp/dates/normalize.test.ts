import { describe, expect, it } from 'vitest';
import { quarterYear, relUnit, seasonValue, ymd } from '../../../utils/nlp/dates/normalize';
import { ctx } from './_ctx';

describe('dates: the shared normaliser', () => {
  it('writes TIMEX3 values', () => {
    expect(ymd(2009, 3, 1)).toBe('2009-03-01');
    expect(ymd(2009, 3, 0)).toBe('2009-03');
    expect(ymd(null, 12, 0)).toBe('XXXX-12');
  });

  it('resolves units relative to the reference date', () => {
    const c = ctx('x', '2019-01-14');
    expect(relUnit(c, -1, 'month', 0)?.value).toBe('2018-12');
    expect(relUnit(c, 1, 'quarter', 0)?.value).toBe('2019-Q2');
    expect(relUnit(c, 0, 'weekend', 0)?.value).toBe('2019-W03-WE');
    expect(relUnit(ctx('x', null), 1, 'week', 0)?.value).toBeNull();
  });

  it('puts January’s winter and early-year fourth quarters in the year before', () => {
    const c = ctx('x', '2019-01-14');
    expect(seasonValue(c, 0, 'WI')).toBe('2018-WI');
    expect(quarterYear(c, 4, false)).toBe(2018);
    expect(quarterYear(c, 4, true)).toBe(2019);
  });
});
