import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/nlp/quotes';
import { splitSentences } from '../../utils/nlp/sentences';

/** Quotations of paragraphs joined by blank lines, each as [text, form]. */
function found(paragraphs: string[]): [string, string | null][] {
  const text = paragraphs.join('\n\n');
  return findQuotes(text, splitSentences(text), []).map((q) => [q.text, q.form ?? null]);
}

const ORAL_HISTORY = [
  'The night the river came in: five people who were there remember it.',
  "Sue Ackroyd, owner of the Bridge Street bakery: I'd gone in to do the books because it was quiet.",
  'Tom Haworth, volunteer with the mountain rescue team: We got the call at quarter past two.',
  'Sue Ackroyd: I rang my husband and said, get the sandbags. He said, what sandbags?',
  'By the next day the water had gone down, leaving mud and ruined stock.',
  'Imran Sadiq, then 17, who helped with the clean-up: I had never really talked to my neighbours before.',
  'Tom Haworth: The worst hour was around five. We were going door to door with torches.',
];

describe('testimony under name labels, nobody asking: each turn is a quotation by its label', () => {
  // paragraphs -> the quotations found, with their form
  it.each([
    [
      'an oral history (descriptions after the name, one with a comma of its own; the writer narrates between)',
      ORAL_HISTORY,
      [
        ["I'd gone in to do the books because it was quiet.", 'qa'],
        ['We got the call at quarter past two.', 'qa'],
        ['I rang my husband and said, get the sandbags. He said, what sandbags?', 'qa'],
        ['I had never really talked to my neighbours before.', 'qa'],
        ['The worst hour was around five. We were going door to door with torches.', 'qa'],
      ],
    ],
    [
      "a turn goes on in the speaker's first person without marks, and stops at the writer's narration",
      [
        'Hartley: I was first on the scene. The car was on its roof.',
        'I could hear the driver calling out, so I got down on the road and talked to him.',
        'Mehta: We had him out in twenty minutes. He was lucky.',
        'The driver, a 42-year-old man from Leeds, was taken to hospital.',
        'Hartley: I still drive past that corner every day.',
      ],
      [
        [
          'I was first on the scene. The car was on its roof.\n\nI could hear the driver calling out, so I got down on the road and talked to him.',
          'qa',
        ],
        ['We had him out in twenty minutes. He was lucky.', 'qa'],
        ['I still drive past that corner every day.', 'qa'],
      ],
    ],
    [
      'an info box: its labels speak in no first person',
      [
        'The Quiet Hours is the best drama of the year.',
        'Director: Niamh Keane',
        'Cast: Siobhan Cullen, Ian McElhinney',
        'Running time: six episodes of an hour',
        'Channel: BBC One',
      ],
      [],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(found(paragraphs)).toEqual(expected);
  });
});

describe("a paragraph without marks after a paragraph ending with a speech verb's colon is a quotation", () => {
  it.each([
    [
      [
        'Asked what the season meant, he was quiet for a long time, then said:',
        'It meant a town that had been told for twenty years it was finished had something to shout about.',
        'The club was promoted the following year.',
      ],
      [['It meant a town that had been told for twenty years it was finished had something to shout about.', null]],
    ],
    [
      [
        'Councillor Jane Whitworth chaired the recovery group. Speaking at the time, she said:',
        'We were promised these defences would protect us. They did not.',
      ],
      [['We were promised these defences would protect us. They did not.', null]],
    ],
    // the statement the words were made in, with a verb of apology
    [
      [
        'The chief executive apologised in a post on LinkedIn late on Wednesday:',
        'Today we let you down. No customer data was exposed and no funds were lost.',
      ],
      [['Today we let you down. No customer data was exposed and no funds were lost.', null]],
    ],
    // a list, a label or words already in marks are not read so
    [['The report said:', '- Flood defences failed in three places along the river.', '- Warnings came late.'], []],
    [
      ['She said:', '"We were promised these defences would protect us," she told the inquiry.'],
      [['We were promised these defences would protect us,', null]],
    ],
    // a colon after no speech verb introduces no one's words
    [['The plan has three parts:', 'The walls will be raised by a metre along the whole river.'], []],
  ])('%j', (paragraphs, expected) => {
    expect(found(paragraphs)).toEqual(expected);
  });
});
