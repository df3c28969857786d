// A person named in the complement of an unnamed speaker's phrase does not speak, with lower-case role words between
// ('A spokesperson for council member Rita Moreno said …': the spokesperson speaks; candidates.ts COMPLEMENT).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) =>
    q.speaker && q.speaker.kind !== 'unknown' ? `${q.speaker.kind}:${q.speaker.name}` : 'none',
  );

describe('a name in the complement of "a spokesperson for …"', () => {
  it.each([
    [
      'A spokesperson for council member Rita Moreno said she was "aware of the situation" and would meet residents.',
      ['unnamed:A spokesperson for council member Rita Moreno'],
    ],
    [
      'An aide to state senator Tom Hale said the bill was "dead on arrival".',
      ['unnamed:An aide to state senator Tom Hale'],
    ],
    ['A spokesman for Rita Moreno said she was "aware of the situation".', ['unnamed:A spokesman for Rita Moreno']],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
