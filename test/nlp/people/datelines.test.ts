import { describe, expect, it } from 'vitest';
import { dropDatelines } from '../../../utils/nlp/people/datelines';
import { at, doc, show } from './_doc';

describe('people step: dropDatelines', () => {
  it('drops a name in a dateline', () => {
    const d = doc('SANTIAGO 1997-12-12\n\nLYON , France 1997-03-14\n\nJACKSON, Miss., March 3 - Santiago Ruiz said.');
    const ms = [at(d, 'SANTIAGO'), at(d, 'LYON'), at(d, 'JACKSON'), at(d, 'Santiago Ruiz')];
    expect(show(d, dropDatelines(d, ms))).toEqual(['Santiago Ruiz']);
  });

  it('keeps a name in capitals that is followed by no date', () => {
    const d = doc('CLINTON MEETS YELTSIN\n\nWASHINGTON said 1997 was good.');
    const ms = [at(d, 'CLINTON'), at(d, 'YELTSIN')];
    expect(show(d, dropDatelines(d, ms))).toEqual(['CLINTON', 'YELTSIN']);
  });

  it('reads a month after the comma as the date, not a region', () => {
    const d = doc('HOUSTON, June 10 (Reuters) - Shares rose.');
    expect(dropDatelines(d, [at(d, 'HOUSTON')])).toEqual([]);
  });
});
