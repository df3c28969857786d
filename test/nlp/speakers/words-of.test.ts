// A sentence after a finished quotation that says whose words they were attributes it (cue-after.ts WORDS_OF):
// '"…." The words were Holt's, at a press briefing', 'Those were the words of Mayor Ann Lutz', even when someone
// else was quoted just before.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

describe('"The words were X\'s"', () => {
  it.each([
    [
      'Miriam Holt led the study. "The point is not panic," said Dr Laura Benn of the Met Office.\n\n' +
        '"There is no version of this that is good news." The words were Holt\'s, at a press briefing in Winnipeg.',
      ['Laura Benn', 'Miriam Holt'],
    ],
    [
      'The council met on Friday. Mayor Ann Lutz and her deputy, Tom Reid, visited the flooded streets.\n\n' +
        '"We will rebuild every house." Those were the words of Mayor Ann Lutz, speaking on the bridge.',
      ['Ann Lutz'],
    ],
    ['Gary Hume and Kate Moss spoke at the rally.\n\n"It is over." The words were those of Kate Moss.', ['Kate Moss']],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
