// `"…," the team that worked on it for years said`: when the words at the marks after a quotation are a clause the
// ranker cannot read as a speaker, a person merely named nearby is not given instead (utils/nlp/speakers/candidates.ts
// `candidatesOf`); the words stay as a speaker of unknown kind.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakerOf = (text: string) => {
  const q = analyzeText(text).quotes[0];
  return q?.speaker ? { kind: q.speaker.kind, words: text.slice(q.speaker.start, q.speaker.end) } : null;
};

describe('a clause at the marks', () => {
  it('is not replaced by a name nearby', () => {
    const text =
      'Markus Landgraf studied the samples in Berkeley.\n\n' +
      '"This is the best collection we have ever had," the team that worked on it for years said.';
    expect(speakerOf(text)).toEqual({ kind: 'unknown', words: 'the team that worked on it for years' });
  });

  it('is not replaced by the subject of the sentence before', () => {
    const text =
      'Markus Landgraf has studied the dust for years. The work is "what we call basic research," ' +
      "we knew what we were doing, it wouldn't be called research.";
    expect(speakerOf(text)?.kind).toBe('unknown');
  });

  it('leaves a named speaker at the marks alone', () => {
    const text =
      'Markus Landgraf studied the samples in Berkeley.\n\n"This is the best collection we have ever had," Landgraf said.';
    expect(analyzeText(text).quotes[0]?.speaker?.name).toBe('Markus Landgraf');
  });
});
