import { describe, expect, it } from 'vitest';
import { addScoreboards } from '../../../utils/nlp/people/scoreboards';
import { doc, show } from './_doc';

describe('people step: addScoreboards', () => {
  it("reads cricket's dismissal notation and rows opened by initials", () => {
    const d = doc(
      'First innings\nR. Mahanama c Parore b Doull 22\nS. Jayasuriya lbw b Cairns 51\nA. Ranatunga run out 12\n',
    );
    expect(show(d, addScoreboards(d, []))).toEqual([
      'R. Mahanama',
      'Parore',
      'Doull',
      'S. Jayasuriya',
      'Cairns',
      'A. Ranatunga',
    ]);
  });

  it.each([
    ['M. Atherton b Waqar Younis 31\n', ['M. Atherton', 'Waqar Younis']],
    ['N. Hussain c Saeed Anwar b Wasim Akram 12\n', ['N. Hussain', 'Saeed Anwar', 'Wasim Akram']],
    ['G. Thorpe st Moin Khan b Mushtaq Ahmed 54\n', ['G. Thorpe', 'Moin Khan', 'Mushtaq Ahmed']],
  ])('reads fielders and bowlers of two words: %s', (text, names) => {
    const d = doc(text);
    expect(show(d, addScoreboards(d, []))).toEqual(names);
  });

  it('adds no place after "b", nor a row opened by a country code', () => {
    const d = doc('He was out c Smith b London 12 in the U.S. Open.\nU.S. Treasury yields rose.');
    expect(show(d, addScoreboards(d, []))).toEqual(['Smith']);
  });
});
