// A bare verb right after a quotation and a colon is an imperative, not an inverted attribution (cue-after.ts):
// 'the next "update on our organization": say the word "layoffs."' names no speaker ('the word' is none).
// `"…": said X` with a verb in the past or -s form still attributes.
import { describe, expect, it } from 'vitest';
import { attributionAfter } from '../../../utils/nlp/speakers/cue-after';

const after = (text: string) => {
  const close = text.indexOf('"', text.indexOf('"') + 1);
  const a = attributionAfter(text, close, text.length, text.slice(text.indexOf('"') + 1, close));
  return a ? text.slice(a.start, a.end) : null;
};

describe('a verb after a colon', () => {
  it.each([
    ['Advice to anyone drafting the next "update on our organization": say the word "layoffs."', null],
    ['To whoever writes the next "message from the board": tell them the truth.', null],
    ['The letter ends with "we remain committed": add the date and sign it.', null],
    ['"We will not back down": said the minister, to cheers.', 'the minister'],
    ['"We will not back down": says Jane Roe, the union leader.', 'Jane Roe'],
  ])('%j', (text, expected) => {
    expect(after(text)).toBe(expected);
  });
});
