import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../utils/nlp/people';
import { isCreditMention } from '../../../utils/nlp/people/credits';
import { splitSentences } from '../../../utils/nlp/sentences';
import { words as openings } from '../../../utils/nlp/data/credit-before.json';

/** Each person found, '*' before the name when flagged as named only in credits. */
const people = (text: string) => findPeople(text, splitSentences(text)).map((p) => (p.credit ? '*' : '') + p.name);

describe('people named only in credit lines', () => {
  it.each([
    // picture credits: a label, then the photographer and the agency
    [
      'A protester outside Parliament. Photograph: Stefan Rousseau/PA\nThe prime minister, Keir Starmer, said he would act.',
      ['*Stefan Rousseau', 'Keir Starmer'],
    ],
    ['(AP Photo/Jane Doe)\nJoe Biden said it was fine.', ['*Jane Doe', 'Joe Biden']],
    ['Pictures by Jane Doe and John Smith\nIt was cold in Oslo.', ['*Jane Doe', '*John Smith']],
    // an agency's credit line for its reporters and editors
    [
      'Another analyst said prices would rise.\n(Reporting by Daniel Osei; editing by Mark Potter)',
      ['*Daniel Osei', '*Mark Potter'],
    ],
    // a byline on a line of its own
    [
      'By Jane Doe and John Smith, Associated Press\nLONDON — Keir Starmer said on Tuesday he would resign.',
      ['*Jane Doe', '*John Smith', 'Keir Starmer'],
    ],
    // the contributors' line at the end
    [
      'The talks ended.\n\nAerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this report.',
      ['*Marcia Dunn', '*Vladimir Isachenkov'],
    ],
    // a credit's photographer who is also in the story is a person of the story
    ['Keir Starmer visited. Photo: Keir Starmer\nStarmer said he was happy.', ['Keir Starmer']],
    // not credits: a date after "By", a songwriter, a caption under a label, a ticket of two names
    ['By Sunday, Smith had won the race.', ['Smith']],
    ['The song was written by Paul McCartney in 1965.', ['Paul McCartney']],
    ['Image: Jamal Oduya was described by his family as kind and funny', ['Jamal Oduya']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['Stefan Rousseau/PA', 'Stefan Rousseau', true],
    // a photographer has a full name: a table's heading is no credit
    ['Jan/Feb (°C)', 'Jan', false],
    ['Jane Doe/Getty Images and other agencies sold the rights to many papers around the world', 'Jane Doe', false],
  ])('a name before an agency at its line end: %s', (text, name, expected) => {
    const start = text.indexOf(name);
    expect(isCreditMention(text, { start, end: start + name.length })).toBe(expected);
  });

  it.each(openings)('every listed opening makes a credit: "%s Jane Doe"', (w) => {
    const text = `A crowd at the rally. ${w[0].toUpperCase()}${w.slice(1)} Jane Doe`;
    expect(isCreditMention(text, { start: text.indexOf('Jane'), end: text.length })).toBe(true);
  });

  it('reads a bounded stretch of a line that never ends (linear in the text)', () => {
    const text = 'Photograph: Jane Doe ' + 'and more words '.repeat(20000);
    const start = text.indexOf('Jane');
    expect(isCreditMention(text, { start, end: start + 8 })).toBe(false);
    // 160 characters before the name, the stretch read starts at "written by" in the middle of a long line
    const mid =
      'the band played on and '.repeat(20) +
      'written by ' +
      'Maximiliano-Bartholomew, '.repeat(5) +
      'Maximiliano-Bart, Abel, Paul McCartney sang.';
    expect(isCreditMention(mid, { start: mid.indexOf('Paul'), end: mid.indexOf(' sang') })).toBe(false);
    const long = 'x'.repeat(100000) + ' Jane Doe/PA';
    expect(isCreditMention(long, { start: long.indexOf('Jane'), end: long.indexOf('/') })).toBe(true);
  });
});
