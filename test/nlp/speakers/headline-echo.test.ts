// A quotation at the top of an article with no speaker of its own takes the speaker of a later quotation that holds
// the same words (speakers/headline-echo.ts): the headline's or standfirst's quotation is the body's.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

describe('speakers: a headline quotation said in the body', () => {
  it.each([
    [
      '‘We were told nothing’: families demand answers over care home closure\n\nAndrea Pollitt, whose father lives ' +
        'at the home, said families had been kept in the dark. ‘We were told nothing. I found out from a post by one ' +
        'of the cleaners,’ she said.',
      ['Andrea Pollitt', 'Andrea Pollitt'],
    ],
    [
      'The cable star has won fame among nerdy guys, who she says "control popularity"\n\nSix years ago, Olivia ' +
        'Munn arrived in Hollywood. "The people who control popularity," says Munn, "are the people who are not ' +
        'popular."',
      ['Olivia Munn', 'Olivia Munn', 'Olivia Munn'],
    ],
    [
      '"We will rebuild": town counts cost of flood\n\nResidents of Millbrook spent Sunday clearing mud. "The water ' +
        'came up in ten minutes," said shop owner Tom Reed.',
      ['none', 'Tom Reed'],
    ],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
