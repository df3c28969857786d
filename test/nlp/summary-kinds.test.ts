import { describe, expect, it } from 'vitest';
import { firstPerson } from '../../utils/nlp/summary/leaning';
import { standsAlone } from '../../utils/nlp/summary/stands-alone';
import { countWords } from '../../utils/nlp/summary/words';
import { run } from './_summary-fixtures';

// Kinds of news the corpora lack (issue #11): an obituary's age line, a first-person sentence that carries the
// headline, an interview written as paragraphs of questions and answers. These texts are made up.

describe('short lines a wire story needs: an obituary’s age, what did not happen', () => {
  it.each([
    ['He was 84.', true],
    ['She was about 70 years old.', true],
    ['He was 12.', true],
    // a wire story's line of what did not happen
    ['No one was hurt.', true],
    ['No injuries were reported.', true],
    ['No arrests have been made.', true],
    ['Nobody was injured.', true],
    ['No comment.', false],
    // not an age line: short sentences stay out
    ['He was there.', false],
    ['It was 1998.', false],
  ])('%s -> stands alone %s', (s, expected) => {
    expect(standsAlone(s, countWords(s))).toBe(expected);
  });

  it('the lede, the age and the next sentence', () => {
    const out = run(
      [
        'Ruth Kessler, a chemist whose work on soil bacteria led to two widely used antibiotics, died on Tuesday in Basel.',
        'She was 88.',
        'Her death was announced by the university where she taught for three decades.',
        'Kessler was born in Vienna in 1938 and moved to Switzerland as a child.',
      ],
      'Ruth Kessler, chemist behind two antibiotics, dies at 88',
    );
    expect(out).toEqual([
      'Ruth Kessler, a chemist whose work on soil bacteria led to two widely used antibiotics, died on Tuesday in Basel.',
      'She was 88.',
      'Her death was announced by the university where she taught for three decades.',
    ]);
  });
});

describe('a recall: the line that no one fell ill is shown', () => {
  it('lede, the short line, the next', () => {
    const out = run(
      [
        'A dairy is recalling 40,000 bottles of milk sold in six states because they may contain glass, regulators said.',
        'No injuries have been reported.',
        'The bottles carry a use-by date of June 12.',
        'Customers should return them for a refund.',
      ],
      'Dairy recalls 40,000 bottles of milk',
    );
    expect(out[1]).toBe('No injuries have been reported.');
  });
});

describe('first person: a sentence that carries the headline is news, not an aside', () => {
  const lede = 'The city council has spent two years arguing over where to put the new central library.';
  const next = 'Now we have an answer: the library will be built on the site of the old bus station, officials said.';
  const aside = 'I used to catch the bus there every morning on my way to school in the nineties.';
  const later = 'Construction is expected to start next spring and to take about three years to finish.';
  const last = 'The council will hold a public meeting on the design in the town hall next month.';

  it('carries it: shown', () => {
    expect(run([lede, next, later, last], 'Library to be built on old bus station site')).toEqual([lede, next, later]);
  });

  it('carries none of it: left out', () => {
    expect(run([lede, aside, later, last], 'Library to be built on old bus station site')).toEqual([lede, later, last]);
  });
});

describe('first person: "let’s" points the reader ahead, as "you" does; it is no narration of the writer', () => {
  it.each([
    ['First, let’s say what the sale is not.', false],
    ["Let's start with the numbers, which are stark.", false],
    ['We have covered this story since 2019.', true],
  ])('firstPerson(%s) -> %s', (s, expected) => {
    expect(firstPerson(s)).toBe(expected);
  });

  it('an analysis that sets out what the deal is not: its lede and the next sentences', () => {
    const paragraphs = [
      'The $2 billion sale of the Harbor Line ferries to Bluewater is more complicated than it looks.',
      'First, let’s say what the sale is not. It is not a sale of the listed company.',
      'Instead, Bluewater is buying the ferry business and its docks, and the company keeps its land.',
      'The deal is expected to close in the spring.',
    ];
    expect(run(paragraphs, 'Ferry sale leaves shareholders with little say')).toEqual([
      'The $2 billion sale of the Harbor Line ferries to Bluewater is more complicated than it looks.',
      'First, let’s say what the sale is not.',
      'It is not a sale of the listed company.',
    ]);
  });
});

describe('an interview in paragraphs: what a question rests on is the interviewer’s', () => {
  const paragraphs = [
    'Daniel Ward has run the city’s ambulance service for six years. We asked him about waiting times and staff.',
    'Waiting times rose by a third last winter. Will it happen again?',
    'Crews now reach the most urgent calls within eight minutes on average, down from eleven last winter.',
    'Staff say they are exhausted. What are you doing about it?',
    'The service has hired 120 paramedics since March, and every crew now gets a full break on each shift.',
  ];

  it('the statements before each question are not shown', () => {
    const out = run(paragraphs, 'Ambulance chief on waiting times and staff');
    expect(out).not.toContain('Waiting times rose by a third last winter.');
    expect(out).not.toContain('Staff say they are exhausted.');
    expect(out).toContain(
      'Crews now reach the most urgent calls within eight minutes on average, down from eleven last winter.',
    );
  });

  it('one question that closes a paragraph is no interview: the paragraph stays', () => {
    const news = [
      'The council voted on Monday to close three libraries to save £2m a year.',
      'Campaigners say the cuts fall on the poorest areas. Is there another way?',
      'The council said it had looked at every other option before deciding.',
    ];
    expect(run(news, 'Council votes to close three libraries')).toContain(
      'Campaigners say the cuts fall on the poorest areas.',
    );
  });
});
