// Members of a parliament are people in a role (speaker-roles.json: mp, mep, msp, mla, whip, backbencher): 'One MP
// from a northern seat' is an unnamed speaker, not an institution; 'the MP' is a role that may stand for one person
// of the text ('the' before one capitalized word otherwise makes an institution: 'the Pentagon').
import { describe, expect, it } from 'vitest';
import { classifyPhrase } from '../../../utils/nlp/speakers/phrase';

const cls = (phrase: string) => classifyPhrase(phrase, 0, phrase.length).cls;

describe('parliamentary roles', () => {
  it.each([
    ['One MP from a northern seat', 'unnamed'],
    ['One Tory MP', 'unnamed'],
    ['an MEP', 'unnamed'],
    ['A senior whip', 'unnamed'],
    ['one backbencher', 'unnamed'],
    ['the MP', 'role'],
    ['the MSP', 'role'],
    ['the Pentagon', 'org'],
  ])('%j', (phrase, expected) => {
    expect(cls(phrase)).toBe(expected);
  });
});
