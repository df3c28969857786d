// A pronoun's parenthetical cue right after a name ('Reece, he says, was more excited than he was') says something
// about the one named: that one is not who 'he' stands for (candidates.ts referents, `aside`).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

describe('the one named before "he says," is not the speaker', () => {
  it.each([
    [
      'Daniel Osei remembers the first time he finished a length. He was nine. Martin Reece, he says, was more ' +
        'excited than he was.\n\n"He was jumping up and down on the side like we had won the Olympics."',
      'Martin Reece',
    ],
    [
      'Priya Nair joined the lab in 2019. Her supervisor, Helen Grant, she says, was the first to take her ideas ' +
        'seriously.\n\n"She never once told me an idea was stupid."',
      'Helen Grant',
    ],
  ])('%j', (text, notSpeaker) => {
    expect(speakers(text)).toHaveLength(1);
    expect(speakers(text)).not.toContain(notSpeaker);
  });
});
