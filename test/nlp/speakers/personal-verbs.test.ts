// A one-word name the people finder did not list, next to a verb only a person does ("Roe swore"), is read as a
// person, not as an institution (speaker-cue-kinds.json `personal`, utils/nlp/speakers/candidates.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakerOf = (text: string) => analyzeText(text).quotes[0]?.speaker;

describe('one-word speakers next to a personal verb', () => {
  it('"Roe swore" is a person', () => {
    expect(speakerOf('The hearing ran late. "We were never told about the plan," Roe swore.')).toMatchObject({
      kind: 'person',
      name: 'Roe',
    });
  });

  it('"laughed Pell" is a person', () => {
    expect(speakerOf('The room went quiet. "Nobody reads the minutes," laughed Pell.')).toMatchObject({
      kind: 'person',
      name: 'Pell',
    });
  });

  it('"Boeing said" may still be an institution (a plain speech verb decides nothing)', () => {
    expect(speakerOf('Shares fell. "We were never told about the plan," Boeing said.')?.kind).toBe('organization');
  });
});
