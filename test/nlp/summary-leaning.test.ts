import { describe, expect, it } from 'vitest';
import { run } from './_summary-fixtures';
import { summarize } from '../../utils/nlp/summary';
import { leansOnPrevious } from '../../utils/nlp/summary/leaning';
import { splitSentences } from '../../utils/nlp/sentences';

// Sentences that need the one before them (issue #11): these texts are made up.

describe('leansOnPrevious: an answer needs its question', () => {
  it('takes a sentence opened by a word that answers a question to lean on the one before', () => {
    for (const s of [
      'Yes, every storm of that size weakens once it reaches land.',
      'No, the council has not set a date for the vote.',
      'Well, it depends on how much rain falls in the hills.',
      'Absolutely — the river has flooded twice since March.',
      'Of course, the ferry will run again once the wind drops.',
      'Not really. The harbour was closed for two days only.',
    ])
      expect(leansOnPrevious(s), s).toBe(true);
  });

  it('does not take a word that only looks like one for an answer', () => {
    for (const s of [
      'No. 10 Downing Street said the talks would resume on Monday.',
      'Well-known local bakers sold out of bread by noon.',
      'Right-wing parties won a third of the seats in the new assembly.',
      'No one was hurt when the roof of the station collapsed.',
      'Okeechobee County opened two shelters on Friday.',
    ])
      expect(leansOnPrevious(s), s).toBe(false);
  });
});

describe('leansOnPrevious: a pronoun after a time phrase that opens the sentence', () => {
  // sentence -> leans on the one before
  const rows: [string, boolean][] = [
    ['Last year he dropped out at the 30-kilometre mark with a calf injury.', true],
    ['Last year it was more than 300.', true],
    ['Yesterday she told the council she would not stand again.', true],
    ['In 2019 they moved the factory to Gdansk.', true],
    ['This summer her team recorded the worst bleaching since 1998.', true],
    ['Last year, their sales fell by a fifth.', true],
    // a dummy "it" stands for nothing, with or without a comma after the opening phrase
    ['Last year it emerged that the refinery had broken its limits on 41 days.', false],
    ['On Tuesday it was revealed that two other traders were under inquiry.', false],
    ['In March, it was announced that the plant would close.', false],
    ['Last night it was confirmed that the match had been postponed.', false],
    ['Earlier this week it became clear that the talks had failed.', false],
    ['When the results came in, it emerged that turnout had fallen.', false],
    // a time phrase with a name after it points back to nothing
    ['Last year Americans filed more than 90,000 complaints.', false],
    ['This year the station burned 300,000 tonnes of coal.', false],
  ];
  it.each(rows)('%s -> %s', (s, leans) => expect(leansOnPrevious(s)).toBe(leans));
});

describe('summarize: "The <noun>" leans on the sentence that brought the noun in, not on a headline or a caption', () => {
  const LEDE =
    'Astronomers using the James Webb Space Telescope have detected water vapour around a rocky planet outside the solar system for the first time.';
  const PLANET = 'The planet, LHS 1140 b, is about 1.7 times the size of Earth and lies 48 light years away.';
  const REST = [
    'Earlier searches had found water around gas giants, but rocky planets are much harder to study.',
    'The team watched the planet pass in front of its star four times between December and March.',
  ];
  // paragraphs (a plain text: its headline is its first line) -> the summary's second sentence
  const rows: [string, string[]][] = [
    [
      'a headline line with "a rocky planet"',
      ['Webb telescope finds water around a rocky planet', LEDE, PLANET, ...REST],
    ],
    [
      'a caption with "a rocky planet"',
      ['An artist’s impression of a rocky planet and its red star', LEDE, PLANET, ...REST],
    ],
  ];
  it.each(rows)('%s', (_, paragraphs) => expect(run(paragraphs)[1]).toBe(PLANET));
});

describe('summarize: an interview', () => {
  it('does not show an answer that opens with "Yes," without the question it answers', () => {
    const s = run([
      'File photo of the meteorologist Dana Reyes.',
      'Image: Dana Reyes.',
      'Cyclone Mara has winds of 180 km/h; as it moves over land, will it lose strength?',
      'Yes, every storm of that size weakens once it reaches land.',
      'Over land a storm loses the warm water that feeds it, and its winds drop within a day.',
      'The forecast is for Mara to weaken to a tropical storm by Friday.',
      'Heavy rain and flooding are still expected along its path.',
    ]);
    expect(s[0]).toBe('Over land a storm loses the warm water that feeds it, and its winds drop within a day.');
    expect(s.join(' ')).not.toContain('Yes,');
  });
});

describe('summarize: a surname alone needs the sentence that names the person in full', () => {
  const LEDE =
    'The city of Harwick will close its last coal-fired power station in June, two years earlier than planned, the council said on Monday.';
  const SURNAME = 'Doe has worked at the station for 30 years and will retire in June.';
  const SECOND = 'The station supplies about a fifth of the city’s electricity.';
  const THIRD = 'Wind farms off the coast will replace most of its output by the end of the year.';
  // the people as the analysis finds them: Jane Doe, named in full and by surname
  const withPeople = (paragraphs: string[]) => {
    const t = paragraphs.join('\n\n');
    const mentions = [...t.matchAll(/(?:Jane )?Doe/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const people = [{ id: 'p1', name: 'Jane Doe', aliases: ['Doe'], descriptors: [], mentions }];
    return summarize(t, splitSentences(t), { people, title: null });
  };

  it('leaves out "Doe has…" when the quotation that named Jane Doe is not shown', () => {
    const quote = '“We will all miss the old place, and the town will never be the same again,” said Jane Doe.';
    expect(withPeople([LEDE, quote, SURNAME, SECOND, THIRD])).toEqual([LEDE, SECOND, THIRD]);
  });

  it('shows it after the sentence that named her', () => {
    const named = 'Welder Jane Doe has worked at the station since 1996.';
    expect(withPeople([LEDE, named, SURNAME, SECOND, THIRD])).toEqual([LEDE, named, SURNAME]);
  });
});
