// People named only in credit lines (Person.credit: a picture credit, a byline, 'Reporting by …; editing by …',
// '… contributed reporting') made the page and are not in the story: the speaker ranker leaves them out of its
// candidates (rank.ts storyOf), so a 'he' or 'she' with nobody else named does not go to the photographer.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

describe('credit lines give no speaker', () => {
  it.each([
    [
      'Photograph: Stefan Rousseau/PA\n\nThe council voted on Tuesday to close the library in the town centre.\n\n' +
        'The decision angered residents. "It is a sad day for the town," he said.',
      ['none'],
    ],
    [
      'By Jane Doe and John Smith, Associated Press\n\nWASHINGTON — The Senate passed the bill late on Thursday ' +
        'after a long debate.\n\n"We did what we had to do," she said afterwards.',
      ['none'],
    ],
    [
      'The fire broke out shortly after midnight, officials said.\n\nImage: Tom Baker/Reuters\n\n' +
        '"We heard a bang and then the smoke came," he said.',
      ['none'],
    ],
    [
      'Maria Lopez contributed reporting.\n\nThe mayor spoke to reporters outside city hall on Monday.\n\n' +
        '"The budget is balanced," she said.',
      ['The mayor'],
    ],
    // someone the story names is still found past a credit line
    [
      'Photograph: Stefan Rousseau/PA\n\nCouncillor Mary Hart voted against the closure on Tuesday.\n\n' +
        '"It is a sad day for the town," she said.',
      ['Mary Hart'],
    ],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
