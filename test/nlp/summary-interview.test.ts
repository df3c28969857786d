import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/nlp/summary';
import { candidates } from '../../utils/nlp/summary/candidates';
import { isInterviewOrHearing } from '../../utils/nlp/summary/central';
import { splitSentences } from '../../utils/nlp/sentences';

// An interview's summary (issue #11): these texts are made up.
const join = (ps: string[]) => ps.join('\n\n');
const run = (paragraphs: string[], title: string | null) => {
  const t = join(paragraphs);
  return summarize(t, splitSentences(t), { people: [], title });
};
const cands = (paragraphs: string[]) => {
  const t = join(paragraphs);
  return candidates(t, splitSentences(t), 48);
};

const INTERVIEW = [
  'On Monday, Wikinews interviewed Dana Reyes, a marine biologist who studies coral reefs off the coast of Belize.',
  'The weather in Belize City was warm and the cafe was busy with tourists.',
  'Reyes has spent ten years measuring how warmer water bleaches the coral reefs.',
  'How did you start studying coral reefs?',
  'I grew up by the sea, and the coral reefs were the first thing I ever wanted to understand.',
  'What happens to coral reefs when the water warms?',
  'The coral reefs lose the algae that feed them, they turn white, and many of them die within a year.',
  'Can the coral reefs recover?',
  'Some coral reefs recover if the water cools again, but bleaching now comes back every few years.',
];

describe('isInterviewOrHearing', () => {
  it('takes a text with questions in its opening and the word in its headline or opening', () => {
    expect(isInterviewOrHearing(cands(INTERVIEW), null)).toBe(true);
    const noWord = INTERVIEW.map((s) => s.replace('Wikinews interviewed', 'Wikinews met'));
    expect(isInterviewOrHearing(cands(noWord), 'Wikinews talks to a marine biologist')).toBe(false);
    expect(isInterviewOrHearing(cands(noWord), 'Interview: Dana Reyes on coral reefs')).toBe(true);
  });

  it('does not take a story with one question, or with questions only in quotations', () => {
    const story = [
      'The city council of Harwick voted on Monday to close its last coal-fired power station, an interview with the mayor showed.',
      'Why now?',
      'The station supplies about a fifth of the city’s electricity, the council said.',
      'Residents asked, “Who will pay for the wind farms?”',
      'Wind farms off the coast will replace most of its output by the end of the year.',
    ];
    expect(isInterviewOrHearing(cands(story), null)).toBe(false);
  });
});

describe('isInterviewOrHearing: a news story that mentions an interview', () => {
  const story = [
    'The city of Harwick will close its last coal-fired power station in June, two years earlier than planned, the council said on Monday.',
    'The station supplies about a fifth of the city’s electricity.',
    'Wind farms off the coast will replace most of its output by the end of the year.',
    'About 140 workers at the station will be offered jobs at the wind farms.',
    'In an interview on Monday, Mayor Jane Doe said the closure would save the city money.',
    'What happens to the workers?',
    'The union said most of its members would take the new jobs.',
    'Who pays for the wind farms?',
    'A consortium of three energy companies will pay for the turbines, the council said.',
  ];

  it('does not take a story that quotes someone "in an interview" below its first sentences', () => {
    expect(isInterviewOrHearing(cands(story), 'Harwick to close its last coal power station')).toBe(false);
    expect(run(story, 'Harwick to close its last coal power station')).toEqual(story.slice(0, 3));
    // the same word among the first sentences names the text an interview
    const moved = [story[0], story[4], ...story.slice(1, 4), ...story.slice(5)];
    expect(isInterviewOrHearing(cands(moved), null)).toBe(true);
  });

  it('does not count a question in quotation marks', () => {
    const quoted = story.map((s) => (s.endsWith('?') ? `“${s}”` : s));
    const early = [quoted[0], quoted[4], ...quoted.slice(1, 4), ...quoted.slice(5)];
    expect(isInterviewOrHearing(cands(early), null)).toBe(false);
  });
});

describe('summarize: an interview', () => {
  it('follows the introduction with the sentences the interview keeps coming back to, not the aside after it', () => {
    const s = run(INTERVIEW, 'Wikinews interviews marine biologist Dana Reyes');
    expect(s[0]).toBe(INTERVIEW[0]);
    expect(s).not.toContain(INTERVIEW[1]);
    expect(s).toContain(INTERVIEW[2]);
  });

  it('keeps the lead in order for a story that is not an interview', () => {
    const story = INTERVIEW.map((s) => s.replace('Wikinews interviewed', 'Wikinews met'));
    const s = run(story, 'A marine biologist in Belize');
    expect(s.slice(0, 2)).toEqual([story[0], story[1]]);
  });
});

describe('isInterviewOrHearing: a hearing', () => {
  it('takes a transcript where counsel addresses the court', () => {
    const hearing = [
      'We will hear argument first this morning in the case of Harwick against the Calder Water Board.',
      'Mr. Chief Justice, and may it please the Court: the board cut off the water to three hundred homes without notice.',
      'The statute requires thirty days of notice before any supply is cut.',
    ];
    expect(isInterviewOrHearing(cands(hearing), null)).toBe(true);
  });

  it('does not take a story that quotes a witness addressing the judge', () => {
    const story = [
      'A former manager of the Calder Water Board was sentenced to two years in prison on Tuesday for taking bribes.',
      '“Your Honor, I am deeply sorry,” he told the judge before the sentence was read.',
      'The board cut off the water to three hundred homes in 2021 without notice.',
    ];
    expect(isInterviewOrHearing(cands(story), null)).toBe(false);
  });
});
