// News shapes from H1's written passages (session 21): a name in the description after the subject's name ('Ferri,
// speaking after his win over Carlos Ruiz, said'; candidates.ts), a person named inside the quotation is not whom the
// description after it stands for ('"Daniel hits the ball so hard," said the Italian'), and a judging verb in -s ends
// a headline's subject ('Ferris hails "heroes"'; subject.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import { subjectOf } from '../../../utils/nlp/speakers/subject';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

describe('speakers of session 21 shapes', () => {
  it.each([
    [
      'Anna Weber will meet Sofia Lind in the final.\n\nWeber, speaking after her win over Costa, said she ' +
        'expected "a long match".',
      ['Anna Weber'],
    ],
    [
      'Paolo Greco, who beat Tomas Berg in the other semi-final, will play Jan Novak on Sunday.\n\nGreco, ' +
        'speaking after his win over Berg, said he expected "a hard final".\n\n"Jan serves so well. I must ' +
        'return better," said the Italian.',
      ['Paolo Greco', 'Paolo Greco'],
    ],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['Hartley hails "brave" display', 'Hartley'],
    ['Minister slams "reckless" strike', 'Minister'],
    ['Family tributes paid to crash victim', null],
  ])('subject of %j', (text, expected) => {
    const s = subjectOf(text, 0, text.length);
    expect(s ? text.slice(s.start, s.end) : null).toBe(expected);
  });
});
