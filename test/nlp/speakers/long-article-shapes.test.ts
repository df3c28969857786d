// Shapes from long news articles written and labelled before running Lede (session 16). A name before a role that
// another name holds ("Chelsea head coach Enzo Maresca", "Villa captain John McGinn") modifies the role: the later
// name speaks and is the sentence's subject (speakers/modifier.ts). A name the people finder missed, followed by
// a relative 'who', is a person, not an organization (candidates.ts). A name after a role and a comma ("Spotify's
// chief executive, Daniel Ek, has") is the sentence's subject, as a name opening it is. After a sentence opened by a
// role description ("The Italian was full of praise for Cole Palmer."), 'he' does not stand for the one named in it.
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

describe('subjectAt: a name after a role and a comma is the subject', () => {
  it.each([
    ["Spotify's chief executive, Daniel Ek, has been a critic.", 27, true],
    ['The housing secretary, Angela Rayner, insisted.', 23, true],
    // no role noun before the comma: not read as the subject
    ['The plan, Angela Rayner said, is good.', 10, false],
    ['After the vote, Angela Rayner left.', 16, false],
  ])('%s', (text, pos, expected) => {
    expect(subjectAt(text, [{ start: pos, end: pos + 5 }], 0, pos)).toBe(expected);
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

describe('a pronoun after a role-and-comma subject stands for that subject', () => {
  it.each([
    [
      'Margrethe Vestager said in 2023 that Apple had "abused its dominant position for almost a decade." Her successor, Teresa Ribera, has promised to finish the work.\n\nSpotify welcomed the expected decision. "We hope this ends that," the company said in a statement.\n\nSpotify\'s chief executive, Daniel Ek, has been one of Apple\'s most vocal critics. He wrote on X in January that the App Store rules were "a tax on innovation."',
      ['person: Margrethe Vestager', 'organization: the company', 'person: Daniel Ek'],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a pronoun after a sentence opened by a role description', () => {
  it.each([
    [
      '"It was a complete performance," said Enzo Maresca, Chelsea\'s head coach.\n\nThe Italian was full of praise for Cole Palmer, who now has 11 league goals. "Cole is special, we all know this," he said.',
      ['person: Enzo Maresca', 'person: Enzo Maresca'],
    ],
    [
      '"We were poor," said Mikel Arteta after the match.\n\nThe Spaniard had harsh words for Bukayo Saka, who missed a penalty. "He knows he has to do better," he said.',
      ['person: Mikel Arteta', 'person: Mikel Arteta'],
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
