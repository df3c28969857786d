import { describe, expect, it } from 'vitest';
import { answersOf } from './_quotes-fixtures';

/** Paragraphs -> the answers read: answers whose first sentences are not in the first person, the person coming
 *  later in the answer (its second paragraph, its fourth sentence). */
const ROWS: [string, string[], string[]][] = [
  [
    'an interview whose answers open in the third person and speak as "I" later',
    [
      'The Interview: the surgeon who wants hospitals to slow down',
      'Amaka Obi runs the emergency surgery unit at a teaching hospital. Her new book is out this week.',
      'What does a slow hospital look like?',
      'It looks like a place where a junior doctor can say wait. That is all it is.',
      'Most errors I have investigated happened because someone was in a hurry.',
      "Isn't speed exactly what you need in trauma surgery?",
      'In the first hour, yes. But the first hour is a tiny part of a stay. The rest is handovers.',
      "I'm not asking anyone to operate slowly.",
      'What would you change tomorrow?',
      'Handovers. Every shift change should have fifteen protected minutes.',
    ],
    [
      'It looks like a place where a junior doctor can say wait. That is all it is.\n\nMost errors I have investigated happened because someone was in a hurry.',
      "In the first hour, yes. But the first hour is a tiny part of a stay. The rest is handovers.\n\nI'm not asking anyone to operate slowly.",
      'Handovers. Every shift change should have fifteen protected minutes.',
    ],
  ],
  [
    'an explainer\'s questions answered by the writer, never as "I", are no interview',
    [
      'Storm Dara: what you need to know',
      'The storm reaches the coast tonight. Here is what it means for travel.',
      'Should you travel tomorrow?',
      'Only if the journey is essential. Several roads are already closed.',
      'What if your flight is cancelled?',
      'Airlines must offer a refund or another flight. Keep your receipts.',
    ],
    [],
  ],
];

describe('interview answers read for their first person beyond their first sentences', () => {
  it.each(ROWS)('%s', (_name, paras, expected) => {
    expect(answersOf(paras.join('\n\n'))).toEqual(expected);
  });
});
