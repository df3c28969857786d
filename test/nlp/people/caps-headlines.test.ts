import { describe, expect, it } from 'vitest';
import { splitCapsHeadlines } from '../../../utils/nlp/people/caps-headlines';
import { at, doc, show } from './_doc';

describe('people step: splitCapsHeadlines', () => {
  it('splits a headline run in capitals into the runs of known name words', () => {
    const d = doc('CLINTON MEETS PUTIN\n\nThe two leaders met in Moscow.');
    expect(show(d, splitCapsHeadlines(d, [at(d, 'CLINTON MEETS PUTIN')]))).toEqual(['CLINTON', 'PUTIN']);
  });

  it('leaves names in ordinary case alone', () => {
    const d = doc('Bill Clinton met Boris Yeltsin.');
    const ms = [at(d, 'Bill Clinton'), at(d, 'Boris Yeltsin')];
    expect(splitCapsHeadlines(d, ms)).toEqual(ms);
  });
});
