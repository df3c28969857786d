// Shapes from long news articles written and labelled before running Lede (session 16). A name before a role that
// another name holds ("Chelsea head coach Enzo Maresca", "Villa captain John McGinn") modifies the role: the later
// name speaks and is the sentence's subject (speakers/modifier.ts). A name the people finder missed, followed by
// a relative 'who', is a person, not an organization (candidates.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import { roleBetween, subjectAt } from '../../../utils/nlp/speakers/modifier';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.kind}: ${q.speaker.name}` : 'none'));

describe('roleBetween: only lower-case words ending in a role noun between two names', () => {
  it.each([
    ['Chelsea head coach Enzo Maresca', 7, 19, true],
    ['Villa captain John McGinn', 5, 14, true],
    ["Tesla's chief executive Elon Musk", 5, 24, true],
    // a comma, a conjunction or a verb between: no modifier
    ['Chelsea, coach Enzo Maresca', 7, 15, false],
    ['Chelsea and coach Enzo Maresca', 7, 19, false],
    ['Palmer told Maresca', 6, 12, false],
  ])('%s', (text, from, to, expected) => {
    expect(roleBetween(text, from, to)).toBe(expected);
  });
});

describe('subjectAt: the name after the role is the subject, the one before is not', () => {
  const text = 'Villa captain John McGinn was blunt.';
  const mentions = [
    { start: 0, end: 5 },
    { start: 14, end: 25 },
  ];
  it.each([
    [0, false],
    [14, true],
  ])('mention at %i', (pos, expected) => {
    expect(subjectAt(text, mentions, 0, pos)).toBe(expected);
  });
});

describe('the speaker is the one holding the role', () => {
  // the score line makes the people finder list the clubs as people
  it.each([
    [
      'Chelsea 3-1 Aston Villa\n\nCole Palmer scored twice as Chelsea moved up to third.\n\n"It was a complete performance," Chelsea head coach Enzo Maresca told BBC Match of the Day. "The first 45 minutes were the best we have played."',
      ['person: Enzo Maresca', 'person: Enzo Maresca'],
    ],
    [
      'Chelsea 3-1 Aston Villa\n\nOllie Watkins pulled one back for Villa.\n\nVilla captain John McGinn was more blunt than his manager. "We weren\'t at the races in the first half," the Scot told Sky Sports.',
      ['person: John McGinn'],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a name the people finder missed, followed by 'who', is a person", () => {
  it.each([
    [
      'Residents say the water rose fast.\n\nSian Lewis, who runs a café on Taff Street, told the PA news agency: "It came up in about twenty minutes."',
      ['person: Sian Lewis'],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
