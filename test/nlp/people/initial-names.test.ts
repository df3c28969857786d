import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../utils/nlp/people';
import { addInitialNames } from '../../../utils/nlp/people/initial-names';
import { splitSentences } from '../../../utils/nlp/sentences';
import { doc, show } from './_doc';

const names = (t: string) =>
  findPeople(t, splitSentences(t)).flatMap((p) => p.mentions.map((m) => t.slice(m.start, m.end)));

describe('people step: addInitialNames', () => {
  it('reads initials and the capitalized word after them as a name, even a common noun ("watt")', () => {
    const d = doc('The Steelers won. T.J. Watt had two sacks.');
    expect(show(d, addInitialNames(d, []))).toEqual(['T.J. Watt']);
    expect(names('The Steelers won. T.J. Watt had two sacks.')).toEqual(['T.J. Watt']);
    expect(names('The Steelers won. T. J. Watt had two sacks, and Watt was happy.')).toEqual(['T. J. Watt', 'Watt']);
  });

  it('leaves places, organizations, acronyms and a new sentence after a lone capital alone', () => {
    for (const t of [
      'The U.S. Army said it would. The D.C. Council met on Monday.',
      'The group calls it L.E.A.N. Ads in its report.',
      'The matrix is the sum of a matrix A and a matrix B. This is known as a decomposition.',
      'It was strange, thought I. What had one best do?',
      'I wrote about an internship for my M.Sc. studies.',
    ]) {
      const d = doc(t);
      expect(show(d, addInitialNames(d, [])), t).toEqual([]);
    }
  });

  it('leaves a middle initial to the tagger and runs longer than one word to other steps', () => {
    const d = doc('George W. Bush spoke. The T.J. Watt Foundation gave money.');
    expect(show(d, addInitialNames(d, []))).toEqual([]);
  });
});
