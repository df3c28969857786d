import { describe, expect, it } from 'vitest';
import { answersOf } from './_quotes-fixtures';
import { findAnswers } from '../../utils/nlp/quotes/interview';
import { splitSentences } from '../../utils/nlp/sentences';

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
  [
    "a picture's caption at an answer's end is no part of it ('Photo: …', '… Photograph: …')",
    [
      'Q. Was there a moment that made you get the training?',
      'A. There was. A regular of mine came in one Saturday and he was quiet.',
      'I think about that a lot.',
      'Photo: Darnell Hughes at his shop on Livernois Avenue. (Keisha Brown/Outlier Media)',
      'Q. What do you teach other barbers?',
      'A. Mostly how to listen.',
      'Darnell Hughes at work in Detroit. Photograph: Keisha Brown',
    ],
    [
      'There was. A regular of mine came in one Saturday and he was quiet.\n\nI think about that a lot.',
      'Mostly how to listen.',
    ],
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

/** Layout -> the answers read: the writer's paragraphs after the last answer are not part of it. */
const TAILS: [string, string[], string[]][] = [
  [
    'a later paragraph naming another answerer in the third person ends the last answer',
    [
      'Below are edited excerpts from the call.',
      'Ravi Shankar, Morgan Stanley: Karen, what happened to the margin?',
      'Karen Liu, CEO: Two things. We took on a lot of new volume.',
      'Ravi Shankar: And when do you expect pricing to catch up?',
      'Karen Liu: In the first quarter.',
      'Amit Mehta, UBS: Is the Memphis ramp on schedule?',
      'Mike Torres, CFO: It is slightly ahead.',
      'Later in the call, Liu was asked about electric trucks.',
      'Harbor Freight Lines raised its forecast.',
    ],
    // the analyst who only asks asks too
    ['Two things. We took on a lot of new volume.', 'In the first quarter.', 'It is slightly ahead.'],
  ],
  [
    "a quotation handed to someone in the third person ('…,\" she said') is the writer's report",
    [
      'Q: Why did you call the vote?',
      'A: Because the city needs the road.',
      'Q: Will it pass?',
      'A: I think so.',
      '"The council will decide in May," a spokesperson said afterwards.',
    ],
    ['Because the city needs the road.', 'I think so.'],
  ],
  [
    "a transcript's direction in brackets, its copyright and the outlet's note on its transcripts",
    [
      'KELLY: Is that compatible with a deal?',
      "BLINKEN: I'm not going to negotiate in public.",
      'KELLY: Secretary Blinken, thank you.',
      'BLINKEN: Thank you.',
      '(SOUNDBITE OF MUSIC)',
      'Copyright © 2026 NPR. All rights reserved.',
      'NPR transcripts are created on a rush deadline by an NPR contractor.',
    ],
    ["I'm not going to negotiate in public.", 'Thank you.'],
  ],
  [
    "the writer's own line ('… is a staff writer for …')",
    [
      'The Athletic: What is the goal for next season?',
      'Clark: Win. That is it.',
      'The Athletic: And after that?',
      'Clark: Win again.',
      'Jordan Avery is a staff writer for The Athletic covering the WNBA.',
    ],
    ['Win. That is it.', 'Win again.'],
  ],
  [
    "a work's publisher after the answers of an interview with only the questions labelled",
    [
      'Q: Do you read your reviews?',
      'Not any more. I used to.',
      'Q: What would you tell a young writer?',
      'Get a day job. And read everything.',
      'Burning Questions Again is published by Chatto & Windus at £22.',
    ],
    ['Not any more. I used to.', 'Get a day job. And read everything.'],
  ],
  [
    "the interviewer's credit after the answers ('… was speaking to Leah Carr.')",
    [
      'Q: Why do you keep doing it?',
      'Because I love it.',
      'Q: And the abuse?',
      'It is bad. It is worse online.',
      'Sam Barrott was speaking to Leah Carr.',
    ],
    ['Because I love it.', 'It is bad. It is worse online.'],
  ],
];

describe("labelled interviews: the writer's paragraphs after the last answer", () => {
  it.each(TAILS)('%s', (_name, paras, expected) => {
    expect(answersOf(paras.join('\n\n'))).toEqual(expected);
  });
});

/** Layout -> the answers read: a transcript's time codes before the labels. */
const TIME_CODES: [string, string[], string[]][] = [
  [
    "a podcast transcript with '[00:00:27] NAME:' turns and a host who mostly does not ask",
    [
      "Transcript: 'The Daily Ledger' podcast, Episode 212",
      '[00:00:04] LENA PARK: From the newsroom, this is The Daily Ledger. Sam, welcome.',
      '[00:00:21] SAM OBI: Thanks, Lena. Good to be here.',
      '[00:00:23] LENA PARK: So start with the basics. What is this software?',
      "[00:00:27] SAM OBI: It's called RealPage. It recommends a rent for every unit.",
      '[00:00:44] LENA PARK: Hotels do it, airlines do it.',
      "[00:00:48] SAM OBI: Right, and that's the company's argument.",
      '[00:01:06] LENA PARK: What does RealPage say?',
      '[00:01:08] SAM OBI: They say the lawsuit is devoid of merit.',
    ],
    [
      'Thanks, Lena. Good to be here.',
      "It's called RealPage. It recommends a rent for every unit.",
      "Right, and that's the company's argument.",
      'They say the lawsuit is devoid of merit.',
    ],
  ],
];

describe("labelled interviews: a transcript's time codes", () => {
  it.each(TIME_CODES)('%s', (_name, paras, expected) => {
    expect(answersOf(paras.join('\n\n'))).toEqual(expected);
  });
});

/** Layout -> the answers read: a transcript's first label alone on its line, a role with the name in brackets. */
const FIRST_LABELS: [string, string[], string[]][] = [
  [
    "a radio transcript whose host's first label stands alone ('MARY LOUISE KELLY, HOST:')",
    [
      'He spoke with host Mary Louise Kelly from Doha.',
      'MARY LOUISE KELLY, HOST:',
      'Secretary Blinken, welcome.',
      'ANTONY BLINKEN: Thank you, Mary Louise. Good to be with you.',
      'KELLY: What is the biggest gap?',
      'BLINKEN: The sequencing. Who does what first.',
      'KELLY: Is that compatible with a deal?',
      "BLINKEN: I'm not going to negotiate in public.",
    ],
    [
      'Thank you, Mary Louise. Good to be with you.',
      'The sequencing. Who does what first.',
      "I'm not going to negotiate in public.",
    ],
  ],
  [
    "a podcast whose host is labelled by role first ('HOST (ROSA DIAZ):')",
    [
      'Episode 214: The man who counts the birds',
      "[00:00:08] HOST (ROSA DIAZ): Welcome back. I'm Rosa Diaz. Peter Lindqvist, welcome.",
      '[00:00:21] PETER LINDQVIST: Thanks, Rosa. Happy to be here.',
      '[00:00:24] ROSA DIAZ: Forty-one years. Why?',
      '[00:00:27] PETER LINDQVIST: At first it was a summer job. Then it became a habit.',
      '[00:00:49] ROSA DIAZ: What has changed in that time?',
      '[00:00:52] PETER LINDQVIST: The puffins came back, which nobody expected.',
    ],
    [
      'Thanks, Rosa. Happy to be here.',
      'At first it was a summer job. Then it became a habit.',
      'The puffins came back, which nobody expected.',
    ],
  ],
];

describe("labelled interviews: a transcript's first labels", () => {
  it.each(FIRST_LABELS)('%s', (_name, paras, expected) => {
    expect(answersOf(paras.join('\n\n'))).toEqual(expected);
  });
});
