import { describe, expect, it } from 'vitest';
import { addNameColumns } from '../../../utils/nlp/people/name-columns';
import { findPeople } from '../../../utils/nlp/people';
import { splitSentences } from '../../../utils/nlp/sentences';
import { stepOn } from './_doc';

/** A table printed a cell per line, as a page's table reaches the text: each row's cells, blank lines between. */
const table = (...rows: string[][]) => rows.map((r) => r.join('\n\n')).join('\n\n');

const COMMITTERS = table(
  ['Most active developers'],
  ['Herbert Dürr', '63', '16.6%'],
  ['Jürgen Schmidt', '56', '14.7%'],
  ['Armin Le Grand', '56', '14.7%'],
  ['Tsutomu Uchino', '33', '8.7%'],
  ['Kay Schenk', '27', '7.1%'],
);

/** Text, the mentions found before the step, the mentions after it. */
const ROWS: [string, string[], string[]][] = [
  // most of the column are people: the rest are, and a name cut short is the whole cell
  [
    COMMITTERS,
    ['Herbert Dürr', 'Jürgen Schmidt', 'Armin Le', 'Kay Schenk'],
    ['Herbert Dürr', 'Jürgen Schmidt', 'Armin Le Grand', 'Tsutomu Uchino', 'Kay Schenk'],
  ],
  // the figures may come first in each row
  [
    table(['1', 'Miklos Vajna', '1,449'], ['2', 'Eike Rathke', '457'], ['3', 'Noel Grandin', '1,064']),
    ['Miklos Vajna', 'Noel Grandin'],
    ['Miklos Vajna', 'Eike Rathke', 'Noel Grandin'],
  ],
  // …but one person of three unknown names is not most of the column
  [
    table(['1', 'Miklos Vajna', '1,449'], ['2', 'Eike Rathke', '457'], ['3', 'Noel Grandin', '1,064']),
    ['Noel Grandin'],
    ['Noel Grandin'],
  ],
  // no person among the cells: a column of products or companies stays as it is
  [
    table(['Red Hat', '8417', '38.0%'], ['Collabora Multimedia', '6531', '29.5%'], ['Igalia Labs', '80', '0.4%']),
    [],
    [],
  ],
  // a column of places and teams is no column of people even beside one
  [
    table(['Manchester United', '38', '82'], ['Aston Villa', '38', '68'], ['Harry Kane', '38', '60']),
    ['Harry Kane'],
    ['Harry Kane'],
  ],
  // fewer than three rows, or names on consecutive lines (a list, not a column): nothing added
  [table(['Tsutomu Uchino', '33'], ['Kay Schenk', '27']), ['Kay Schenk'], ['Kay Schenk']],
  [
    'Tsutomu Uchino\n\nKay Schenk\n\nEike Rathke\n\n12\n\nMiklos Vajna\n\n4',
    ['Kay Schenk', 'Eike Rathke'],
    ['Kay Schenk', 'Eike Rathke'],
  ],
  // prose between the rows ends the column
  [
    table(['Tsutomu Uchino', '33'], ['He joined in 2012.'], ['Kay Schenk', '27'], ['Eike Rathke', '12']),
    ['Kay Schenk'],
    ['Kay Schenk'],
  ],
];

describe('people step: addNameColumns', () => {
  it.each(ROWS)('%j (found before: %j)', (text, before, after) => {
    expect(stepOn(addNameColumns, text, before)).toEqual(after);
  });

  it('the whole finder reads a committers table a name a row', () => {
    const names = findPeople(COMMITTERS, splitSentences(COMMITTERS)).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Armin Le Grand', 'Tsutomu Uchino', 'Kay Schenk']));
    expect(names).not.toContain('Armin Le');
  });
});
