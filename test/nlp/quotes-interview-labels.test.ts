import { describe, expect, it } from 'vitest';
import { findAnswers } from '../../utils/nlp/quotes/interview';
import { splitSentences } from '../../utils/nlp/sentences';

const answersOf = (text: string) =>
  findAnswers(text, splitSentences(text), [], []).map((a) => text.slice(a.start, a.end));

/** Layout (paragraphs) -> the answers read: the page's own notes between the turns. */
const NOTES: [string, string[], string[]][] = [
  [
    "'Editor's note:' and 'Related:' end an answer and are no one's words",
    [
      'The mayor answered our questions.',
      'Q: Why did you call the vote?',
      'A: Because the city needs the road.',
      "Editor's note: This interview was conducted by email.",
      'Q: Will it pass?',
      'A: I think so.',
      'Related: How the road was planned',
    ],
    ['Because the city needs the road.', 'I think so.'],
  ],
  [
    "'Read more:' and 'Correction:' end an answer when only the questions are labelled",
    [
      'Herald: How busy has this year been?',
      'We have never had so many families at the door.',
      'Read more: the food bank in numbers',
      'Herald: What do you need most?',
      'We need volunteers on weekday mornings.',
      'Correction: An earlier version misspelled the director’s name.',
    ],
    ['We have never had so many families at the door.', 'We need volunteers on weekday mornings.'],
  ],
  [
    "a picture's credit inside an answer does not end it",
    [
      'Q: Why did you call the vote?',
      'A: Because the city needs the road.',
      'Photo: Jane Doe/Reuters',
      'It has waited ten years.',
      'Q: Will it pass?',
      'A: I think so.',
    ],
    ['Because the city needs the road.\n\nPhoto: Jane Doe/Reuters\n\nIt has waited ten years.', 'I think so.'],
  ],
];

describe("labelled interviews: the page's own notes between the turns", () => {
  it.each(NOTES)('%s', (_, paras, want) => {
    expect(answersOf(paras.join('\n\n'))).toEqual(want);
  });
});

/** Layout (paragraphs) -> the answers read, and who each names. */
const MIXED: [string, string[], [string, string | null][]][] = [
  [
    'answers under "A:" and under the answerer\'s name are all answers',
    [
      'Mayor Ana Ruiz took questions from readers.',
      'Q: When will the bridge reopen?',
      'Ruiz: We expect it to reopen in March.',
      'Q: Why are bus fares going up?',
      'A: Fuel costs have doubled.',
    ],
    [
      ['We expect it to reopen in March.', 'Ruiz'],
      ['Fuel costs have doubled.', null],
    ],
  ],
  [
    'two answerers by name and one "A:" turn',
    [
      'Two ministers took questions.',
      'Q: When will the bridge reopen?',
      'RUIZ: We expect it to reopen in March.',
      'Q: Who pays for it?',
      'A: The state pays half.',
      'Q: And the buses?',
      'MS. OKAFOR: We are adding routes.',
    ],
    [
      ['We expect it to reopen in March.', 'RUIZ'],
      ['The state pays half.', null],
      ['We are adding routes.', 'MS. OKAFOR'],
    ],
  ],
  [
    "a caption's name after an answer is no answer",
    [
      'Readers asked about the bridge.',
      'Q: When will the bridge reopen?',
      'A: The city expects it to reopen in March.',
      'Smith: the agency chief at a meeting.',
      'Q: Why are bus fares going up?',
      'A: Fuel costs have doubled.',
      'Jones: the driver at the depot.',
    ],
    [
      ['The city expects it to reopen in March.', null],
      ['Fuel costs have doubled.', null],
    ],
  ],
];

describe('"Q:" interviews answered under "A:" and under names', () => {
  for (const [name, paras, want] of MIXED)
    it(name, () => {
      const text = paras.join('\n\n');
      const got = findAnswers(text, splitSentences(text), [], []).map((a): [string, string | null] => [
        text.slice(a.start, a.end),
        a.answerer ? text.slice(a.answerer.start, a.answerer.end) : null,
      ]);
      expect(got).toEqual(want);
    });
});
