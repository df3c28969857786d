import { describe, expect, it } from 'vitest';
import { findAnswers } from '../../utils/nlp/quotes/interview';
import { splitSentences } from '../../utils/nlp/sentences';
import type { Person } from '../../utils/nlp/types';

function person(text: string, name: string, id: string): Person {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    mentions.push({ start: at, end: at + name.length });
  }
  return { id, name, aliases: [], descriptors: [], mentions };
}

/** Each answer with the words that name who gives it (null where nothing does). */
const answeredBy = (text: string, people: Person[] = []) =>
  findAnswers(text, splitSentences(text), [], people).map((a) => [
    text.slice(a.start, a.end),
    a.answerer ? text.slice(a.answerer.start, a.answerer.end) : null,
  ]);

const NAMED = [
  'Pedro Almodóvar: "Death is not the end of the story"',
  'The director spoke to Variety in Madrid.',
  'Variety: Why make this film in English?',
  'Almodóvar: Because the book was in English.',
  'Variety: What is next?',
  'Almodóvar: A comedy. I need to laugh a little.',
  'This interview has been edited and condensed.',
].join('\n\n');

const QA = [
  'An interview with Mhairi Black',
  'Q. What do you remember about your first day?',
  'A. Mostly being lost.',
  'Q. What are you doing now?',
  'A. Stand-up, believe it or not.',
  'It is going better than I expected.',
  "Mhairi Black's tour starts in Glasgow on 4 March.",
].join('\n\n');

const TWO = [
  'We spoke to Priya Nair and Tom Becker, co-founders of Loop Cells.',
  'How did you meet?',
  "Nair: At a hackathon in Berlin. Tom's team kept stealing our snacks.",
  "Becker: That's not true. We borrowed them.",
  "What's the hardest part?",
  'Becker: Collection. Getting the batteries back is hard.',
  'Nair: And the rules change every year, so we plan for three versions.',
  'Where will you be in five years?',
  'Nair: In every European country, I hope.',
].join('\n\n');

const DASHES = [
  'Lunch with Mary Beard',
  'The classicist talks about Rome, Twitter and old age.',
  '— Do you still read every comment?',
  '— Not every one. I used to.',
  '— What would you ask Julius Caesar?',
  '— Whether he saw it coming.',
  'Everyone asks that, I know.',
].join('\n\n');

const LIST = [
  'What to pack for a week in the hills:',
  '— a waterproof jacket',
  '— two pairs of socks',
  '— Do you need a map?',
  '— Always.',
].join('\n\n');

const UNNAMED = [
  'Five questions for the Met Office',
  'In this interview, Professor Penny Endersby, chief executive since 2018, looks back.',
  'What was the hardest forecast of your career?',
  'The Beast from the East, in 2018. Everything about it was unusual.',
  'Are the models getting better?',
  'Much better. I would not have said so ten years ago.',
].join('\n\n');

const BARE = [
  'Meet the manager of a food bank',
  'Q How did you end up here?',
  'A I volunteered during lockdown, and I never left.',
  'Q What do you need most?',
  'A Tins of meat and fish.',
].join('\n\n');

const ARTICLE_A = [
  'The council met on Monday.',
  'A spokesman said the vote was close.',
  'A decision is due next week.',
  'A protest is planned for Friday.',
].join('\n\n');

const TRANSCRIPT = [
  'Rachel Reeves was interviewed on the Today programme. A transcript of the interview:',
  "NICK ROBINSON: Haven't you just broken that promise?",
  'RACHEL REEVES: No, Nick. I was very clear about that.',
  'NICK ROBINSON: But economists say workers will pay.',
  "RACHEL REEVES: Some economists say that. Others don't.",
  'NICK ROBINSON: Chancellor, thank you.',
].join('\n\n');

const READERS = [
  "Ofgem's chief executive Jonathan Brearley answered readers' questions on Thursday.",
  'SARAH, LEEDS: Why is the price cap rising when wholesale prices are falling?',
  "JONATHAN BREARLEY: It's a fair question. The cap follows wholesale prices with a delay.",
  'MIKE, DERBY: Should I fix my tariff now?',
  "JONATHAN BREARLEY: I can't give individual advice.",
  'Jonathan Brearley was speaking to Rachel Lowe.',
].join('\n\n');

/** Labels that come once each and say something: a list, no readers asking. */
const ONCE_EACH = [
  'What the candidates promised on Monday.',
  'LABOUR: More nurses and a new hospital in Leeds.',
  'JONATHAN BREARLEY: The cap stays as it is.',
  'CONSERVATIVES: Lower council tax.',
  'JONATHAN BREARLEY: No change to the scheme.',
].join('\n\n');

/** The writer's "We caught up with her" says it is an interview (its "we" is no column's voice). */
const CAUGHT_UP = [
  'Five minutes with: Ons Jabeur',
  'The Tunisian is back after a shoulder injury. We caught up with her in Dubai.',
  'How is the shoulder?',
  'Much better, thank you. I can serve without thinking about it now.',
  'People call you a role model. Does that put pressure on you?',
  'A little bit, yes! Some days I am not happy.',
  'Will you win a Slam?',
  "Inshallah. I'm not finished.",
].join('\n\n');

/** The outlet's note at the end says it is an interview; a question after the interviewer's own statement in its
 *  paragraph opens a turn. */
const NOTE_AT_END = [
  'Tilda Swinton on death, friendship and gardens',
  'She has played an angel and a vampire. Her new film is about a woman who chooses how she dies.',
  'The film is about dying. Was it hard to make?',
  "Not hard, no. Serious, which is different. I think it's a film about friendship.",
  'What is next?',
  "A garden. I've promised myself a year of growing vegetables.",
  'This interview has been edited and condensed.',
].join('\n\n');

describe('interview turns: where an answer starts and ends, and whose it is', () => {
  it.each([
    [
      // the answerer's label on the headline, before any question, opens no answer; the outlet's note ends the last
      'named layout',
      NAMED,
      [],
      [
        ['Because the book was in English.', 'Almodóvar'],
        ['A comedy. I need to laugh a little.', 'Almodóvar'],
      ],
    ],
    [
      // the writer's closing line names the interviewee in the third person: no part of the last answer
      'Q./A. layout',
      QA,
      ['Mhairi Black'],
      [
        ['Mostly being lost.', 'Mhairi Black'],
        ['Stand-up, believe it or not.\n\nIt is going better than I expected.', 'Mhairi Black'],
      ],
    ],
    [
      // two people answer one question, each under their name
      'two answerers',
      TWO,
      [],
      [
        ["At a hackathon in Berlin. Tom's team kept stealing our snacks.", 'Nair'],
        ["That's not true. We borrowed them.", 'Becker'],
        ['Collection. Getting the batteries back is hard.', 'Becker'],
        ['And the rules change every year, so we plan for three versions.', 'Nair'],
        ['In every European country, I hope.', 'Nair'],
      ],
    ],
    [
      // turns opened by a dash: the dash paragraphs after a question, and plain ones after them, are the answer
      'dash turns',
      DASHES,
      ['Mary Beard'],
      [
        ['Not every one. I used to.', 'Mary Beard'],
        ['Whether he saw it coming.\n\nEveryone asks that, I know.', 'Mary Beard'],
      ],
    ],
    // a list set off by dashes before any question is no interview
    ['dash list', LIST, [], []],
    [
      // the text says it is an interview but names no one after "interview": the first person named answers
      'interviewee named before the first question',
      UNNAMED,
      ['Penny Endersby'],
      [
        ['The Beast from the East, in 2018. Everything about it was unusual.', 'Penny Endersby'],
        ['Much better. I would not have said so ten years ago.', 'Penny Endersby'],
      ],
    ],
    [
      // 'Q' and 'A' without punctuation: an 'A' turn right after a 'Q' turn that asks
      'bare Q and A',
      BARE,
      [],
      [
        ['I volunteered during lockdown, and I never left.', null],
        ['Tins of meat and fish.', null],
      ],
    ],
    // the article 'A' opening paragraphs is no turn
    ['paragraphs opening with the article A', ARTICLE_A, [], []],
    [
      // an interviewer who also puts statements: in an interview, the one label that ever asks is the asker
      'interviewer with statements',
      TRANSCRIPT,
      [],
      [
        ['No, Nick. I was very clear about that.', 'RACHEL REEVES'],
        ["Some economists say that. Others don't.", 'RACHEL REEVES'],
      ],
    ],
    [
      // readers' questions, a new asker's label on each: the labels that come once and ask are one asking voice
      'readers asking',
      READERS,
      [],
      [
        ["It's a fair question. The cap follows wholesale prices with a delay.", 'JONATHAN BREARLEY'],
        ["I can't give individual advice.", 'JONATHAN BREARLEY'],
      ],
    ],
    ['labels once each that ask nothing', ONCE_EACH, [], []],
    [
      'the writer caught up with the interviewee',
      CAUGHT_UP,
      ['Ons Jabeur'],
      [
        ['Much better, thank you. I can serve without thinking about it now.', 'Ons Jabeur'],
        ['A little bit, yes! Some days I am not happy.', 'Ons Jabeur'],
        ["Inshallah. I'm not finished.", 'Ons Jabeur'],
      ],
    ],
    [
      'edited note at the end, a question after a statement',
      NOTE_AT_END,
      ['Tilda Swinton'],
      [
        ["Not hard, no. Serious, which is different. I think it's a film about friendship.", 'Tilda Swinton'],
        ["A garden. I've promised myself a year of growing vegetables.", 'Tilda Swinton'],
      ],
    ],
  ])('%s', (_name, text, names, expected) => {
    expect(
      answeredBy(
        text,
        names.map((n, i) => person(text, n, `p${i}`)),
      ),
    ).toEqual(expected);
  });
});
