// A headline's or live blog key event's name and colon before a quotation ('1h ago Reeves: 'This is a budget …'',
// '10.02 GMT Rachel Reeves: …') attributes it to that name when the name is a person of the text (colon.ts
// headlineName); 'Exclusive:' or 'Watch:' names nobody.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

describe('a name and a colon on a line of its own', () => {
  it.each([
    [
      "Budget day live\n\nKey events\n1h ago Reeves: 'This is a budget for working people'\n" +
        "2h ago Badenoch: 'a tax raid dressed up as a rescue'\n\nThe chancellor, Rachel Reeves, spoke for an hour. " +
        'The Conservative leader, Kemi Badenoch, replied for the opposition.',
      ['Rachel Reeves', 'Kemi Badenoch'],
    ],
    [
      "10.02 GMT Eluned Morgan: 'We will stand by every family'\n\nThe first minister, Eluned Morgan, visited " +
        'Pontypridd on Monday.',
      ['Eluned Morgan'],
    ],
    [
      'Exclusive: "We were never told about the cuts"\n\nParents say the school gave no warning. Jane Roe, the ' +
        'head, declined to comment.',
      ['none'],
    ],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
