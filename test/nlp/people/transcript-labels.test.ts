import { describe, expect, it } from 'vitest';
import { addTranscriptLabels } from '../../../utils/nlp/people/transcript-labels';
import { findPeople } from '../../../utils/nlp/people';
import { splitSentences } from '../../../utils/nlp/sentences';
import { stepOn } from './_doc';

const TURNS = [
  'ELLESA THROWDEN: It has been a tough year for the sport.',
  'JON SIEBEN: It is a shame, but it is not the end of the world.',
  'ELLESA THROWDEN: Do you think this is a punishment?',
  'JON SIEBEN: Look, I guess you could come to that opinion.',
].join('\n\n');

/** Text, the mentions found before the step, the mentions after it. */
const ROWS: [string, string[], string[]][] = [
  // names in capitals before a colon, each label opening two turns or more
  [TURNS, [], ['ELLESA THROWDEN', 'JON SIEBEN', 'ELLESA THROWDEN', 'JON SIEBEN']],
  // the same name in running text, which the tagger missed too
  [
    `Ellesa Throwden reports.\n\n${TURNS}`,
    [],
    ['Ellesa Throwden', 'ELLESA THROWDEN', 'JON SIEBEN', 'ELLESA THROWDEN', 'JON SIEBEN'],
  ],
  // a word of the label the tagger took alone gives way to the whole label
  [TURNS, ['SIEBEN'], ['ELLESA THROWDEN', 'JON SIEBEN', 'ELLESA THROWDEN', 'JON SIEBEN']],
  // a title before the name and a bracket after it are no part of the name
  ['SEN. JOHN MCCAIN (R-AZ): No.\n\nSEN. JOHN MCCAIN (R-AZ): Never.', [], ['JOHN MCCAIN', 'JOHN MCCAIN']],
  // one turn is no transcript's label: a heading in capitals ("BREAKING NEWS:") may stand so once
  ['ELLESA THROWDEN: It has been a tough year.\n\nThe cut was announced.', [], []],
  // labels of roles and notes are common words
  ['UNIDENTIFIED MALE: Hello.\n\nUNIDENTIFIED MALE: Yes.', [], []],
  ["EDITOR'S NOTE: First.\n\nEDITOR'S NOTE: Second.", [], []],
  ['KEY POINTS: one\n\nKEY POINTS: two', [], []],
  // one word is a role or a short form, not a name: "ANCHOR:", "Q:"
  ['ANCHOR: Hello.\n\nANCHOR: Goodbye.', [], []],
];

describe('people step: addTranscriptLabels', () => {
  it.each(ROWS)('%s (found before: %j)', (text, before, after) => {
    expect(stepOn(addTranscriptLabels, text, before)).toEqual(after);
  });

  it('gives the whole recognizer the transcript’s speakers', () => {
    const names = findPeople(TURNS, splitSentences(TURNS)).map((p) => p.name.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(['ellesa throwden', 'jon sieben']));
  });
});
