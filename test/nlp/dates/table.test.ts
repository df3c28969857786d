import { describe, expect, it } from 'vitest';
import { CORE, MODIFIERS, coreAt, parseAt } from '../../../utils/nlp/dates/table';
import { ctx, show, tok } from './_ctx';

describe('dates: the table of recognisers', () => {
  it('tries modifiers first, then core expressions', () => {
    const c = ctx('It opened in early March 2009.');
    expect(show(c, parseAt(c, tok(c, 'early')))).toEqual(['early March 2009', '2009-03']);
    expect(coreAt(c, tok(c, 'early'))).toBeNull();
    expect(show(c, coreAt(c, tok(c, 'March')))).toEqual(['March 2009', '2009-03']);
  });

  it('stops at the first recogniser that claims the token, even without a date', () => {
    // "May" the verb: the month recogniser says null, so nothing after it is tried
    const c = ctx('May I ask?');
    expect(parseAt(c, 0)).toBeNull();
  });

  it('lists every recogniser once', () => {
    const all = [...MODIFIERS, ...CORE];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(18);
  });
});
