import { describe, expect, it } from 'vitest';
import { answersOf } from './_quotes-fixtures';

/** Paragraphs -> the answers read: questions that open a paragraph answered in the same one (the question's bold
 *  lost with its line break), and the questions that open no turn. */
const ROWS: [string, string[], string[]][] = [
  [
    'questions leading their paragraphs in an interview, answered in the first person singular',
    [
      'Meet the woman who swam the Channel at 70',
      'Pam Ridley became the oldest woman to swim the Channel. We spoke to her at her home in Dover.',
      'What was the hardest moment? The jellyfish, at hour nine. I was stung on the face.',
      'How long did the training take? Three years. I swam every morning in the harbour.',
      'Would you do it again? Never. Ask me in a year.',
    ],
    [
      'The jellyfish, at hour nine. I was stung on the face.',
      'Three years. I swam every morning in the harbour.',
      'Never. Ask me in a year.',
    ],
  ],
  [
    "a first-person column's own questions, answered with 'we' and 'our'",
    [
      'Why I moved my family to a Scottish island',
      'Three years ago we moved to Tiree. I spoke to other incomers for this piece.',
      'Was it the weather? Partly. We had gales for six weeks in a row.',
      'What about the school? Our children love it. There are 31 pupils.',
      "So why might we leave? Money, mostly. My husband's work has dried up.",
    ],
    [],
  ],
  [
    "the headline's question is no one's, nor the writer's questions after it",
    [
      'The council spent £2m on a bridge nobody uses. What went wrong?',
      'An investigation has found the bridge is barely used. We spoke to councillors and residents.',
      'What was the bridge for? It was meant to link the estate to the retail park. Our survey counted 37 a day.',
      'Who signed it off? The cabinet, in 2021. Our requests for the minutes were refused.',
    ],
    [],
  ],
];

describe('unlabelled interviews: questions that lead their paragraph', () => {
  it.each(ROWS)('%s', (_name, paras, expected) => {
    expect(answersOf(paras.join('\n\n'))).toEqual(expected);
  });
});
