import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/nlp/summary';
import { leansOnPrevious } from '../../utils/nlp/summary/leaning';
import { splitSentences } from '../../utils/nlp/sentences';

// Sentences that need the one before them (issue #11): these texts are made up.
const run = (paragraphs: string[], title: string | null = null) => {
  const t = paragraphs.join('\n\n');
  return summarize(t, splitSentences(t), { people: [], title });
};

describe('leansOnPrevious: an answer needs its question', () => {
  it('takes a sentence opened by a word that answers a question to lean on the one before', () => {
    for (const s of [
      'Yes, every storm of that size weakens once it reaches land.',
      'No, the council has not set a date for the vote.',
      'Well, it depends on how much rain falls in the hills.',
      'Absolutely — the river has flooded twice since March.',
      'Of course, the ferry will run again once the wind drops.',
      'Not really. The harbour was closed for two days only.',
    ])
      expect(leansOnPrevious(s), s).toBe(true);
  });

  it('does not take a word that only looks like one for an answer', () => {
    for (const s of [
      'No. 10 Downing Street said the talks would resume on Monday.',
      'Well-known local bakers sold out of bread by noon.',
      'Right-wing parties won a third of the seats in the new assembly.',
      'No one was hurt when the roof of the station collapsed.',
      'Okeechobee County opened two shelters on Friday.',
    ])
      expect(leansOnPrevious(s), s).toBe(false);
  });
});

describe('summarize: an interview', () => {
  it('does not show an answer that opens with "Yes," without the question it answers', () => {
    const s = run([
      'File photo of the meteorologist Dana Reyes.',
      'Image: Dana Reyes.',
      'Cyclone Mara has winds of 180 km/h; as it moves over land, will it lose strength?',
      'Yes, every storm of that size weakens once it reaches land.',
      'Over land a storm loses the warm water that feeds it, and its winds drop within a day.',
      'The forecast is for Mara to weaken to a tropical storm by Friday.',
      'Heavy rain and flooding are still expected along its path.',
    ]);
    expect(s[0]).toBe('Over land a storm loses the warm water that feeds it, and its winds drop within a day.');
    expect(s.join(' ')).not.toContain('Yes,');
  });
});
