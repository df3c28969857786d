// What kind of speaker an attributing phrase names (utils/nlp/speakers/phrase.ts), on phrases from news.
import { describe, expect, it } from 'vitest';
import { classifyPhrase } from '../../../utils/nlp/speakers/phrase';

const cls = (phrase: string) => classifyPhrase(phrase, 0, phrase.length);

describe('classifyPhrase', () => {
  it('takes the noun after "one of the" as the head of a partitive phrase', () => {
    // the place name in the complement does not make the phrase a person's name
    expect(cls('one of the owners of a New York City bar')).toMatchObject({ cls: 'unnamed', head: 'owners' });
    expect(cls('one of our ads')).toMatchObject({ cls: 'unnamed', head: 'ads' });
    expect(cls('some of the residents')).toMatchObject({ cls: 'unnamed', head: 'residents' });
  });

  it('reads a definite phrase with an age as one person of the text (“the 26-year-old forward”)', () => {
    expect(cls('the 26-year-old forward')).toMatchObject({ cls: 'role', head: 'forward' });
    expect(cls('the 54-year-old')).toMatchObject({ cls: 'role' });
    expect(cls('a 26-year-old forward').cls).not.toBe('role');
  });

  it('keeps an institution a member of a group speaks for', () => {
    expect(cls('one of the museum')).toMatchObject({ cls: 'org', head: 'museum' });
  });

  it('reads every institution head of the word list (a family, a hospital, a publisher)', () => {
    expect(cls('the family').cls).toBe('org');
    expect(cls('the hospital').cls).toBe('org');
    expect(cls('the publisher').cls).toBe('org');
  });

  it('still takes a name in apposition and a capitalized run as names', () => {
    expect(cls('Art Levinson, chairman of Genentech').cls).toBe('name');
    expect(cls('Senator Jane Roe').cls).toBe('name');
  });

  it('reads a determiner and lower-case words as a common noun phrase, capitalized at a sentence start or not', () => {
    expect(cls('Another respondent').cls).not.toBe('capitalized');
    expect(cls('The invitation').cls).not.toBe('capitalized');
  });

  it('reads "the" before a one-word name, an acronym or a name with an institution’s word as an institution', () => {
    expect(cls('the CDC').cls).toBe('org');
    expect(cls('the Pentagon').cls).toBe('org');
    expect(cls('The New York Times').cls).toBe('org');
    expect(cls('the Food Standards Agency').cls).toBe('org');
    // a person's name takes no article; a name of several plain words stays a name
    expect(cls('the Dalai Lama').cls).not.toBe('org');
    expect(cls('Jane Roe').cls).toBe('name');
    expect(cls('the mayor').cls).toBe('role');
  });

  it('reads a nationality or a party after "the" as a role that stands for a person, not an institution', () => {
    expect(cls('the Norwegian').cls).toBe('role');
    expect(cls('the Republican').cls).toBe('role');
    expect(cls('a Brazilian').cls).toBe('unnamed');
  });

  it('takes an age as a role that stands for a person of the text', () => {
    expect(cls('the 54-year-old').cls).toBe('role');
    expect(cls('the councillor').cls).toBe('role');
  });
});
