import { describe, expect, it } from 'vitest';
import { answersOf } from './_quotes-fixtures';

const para = (lines: string[]) => lines.join('\n\n');

/** Layout (paragraphs) -> the answers read, when only the answers carry a label (the interviewee's name). */
const ROWS: [string, string[], string[]][] = [
  [
    "the questions unlabelled, the first under the outlet's label; a label with no space after its colon",
    [
      'Below are some lightly edited excerpts from that conversation.',
      'Herald: You started the firm in a garage. Is that how you remember it?',
      'Okafor: Not really. We had a spare room, and I took it over.',
      'When did you know it had worked?',
      'Okafor:When strangers used it. That was the moment.',
      'What do you tell founders now?',
      'Okafor: Hire slowly. I learned that the hard way.',
    ],
    [
      'Not really. We had a spare room, and I took it over.',
      'When strangers used it. That was the moment.',
      'Hire slowly. I learned that the hard way.',
    ],
  ],
  [
    "an answer's next paragraph in the first person goes on with it; the writer's line after the last does not",
    [
      'Why a village shop?',
      'Reyes: Because nobody else would buy it.',
      'Was it hard?',
      'Reyes: Some weeks, yes.',
      'Then the school started ordering from us, and it turned.',
      'Would you open a second one?',
      'Reyes: Never. If we shut, where would the old man go?',
      'The shop is open seven days a week.',
    ],
    [
      'Because nobody else would buy it.',
      'Some weeks, yes.\n\nThen the school started ordering from us, and it turned.',
      'Never. If we shut, where would the old man go?',
    ],
  ],
  [
    'a name that speaks three times with no question before its turns is no interview',
    [
      'The council met on Tuesday.',
      'Patel: The road will be finished in May.',
      'The opposition disagreed.',
      'Patel: We have the money for it.',
      'Residents asked about noise.',
      'Patel: The work stops at six every evening.',
    ],
    [],
  ],
];

describe('interview answers under the answerer’s label only', () => {
  it.each(ROWS)('%s', (_name, lines, want) => {
    expect(answersOf(para(lines))).toEqual(want);
  });
});
