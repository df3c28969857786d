import { describe, expect, it } from 'vitest';
import { summarize, type SummaryOptions } from '../../utils/nlp/summary';
import { isQuotation } from '../../utils/nlp/summary/quotation';
import { cleanSentence } from '../../utils/nlp/summary/clean';
import { isCredit, isResidue } from '../../utils/nlp/summary/residue';
import { splitSentences } from '../../utils/nlp/sentences';

// News written in styles the other summary tests do not cover (issue #11): British single quotation marks, a plain
// text with its headline as the first line, an anecdote whose nut graf points back to it, agencies' picture lines.
// These texts are made up.
const run = (paragraphs: string[], title: string | null = null, opts: SummaryOptions = {}) => {
  const t = paragraphs.join('\n\n');
  return summarize(t, splitSentences(t), { people: [], title }, opts);
};
const words = (s: string) => s.split(/\s+/).length;

describe('isQuotation: single quotation marks, as British news writes them', () => {
  it.each([
    ["'This is the wrong development in the wrong place,' said Councillor Susan Hall.", true],
    ['‘We will not back down on pay or on jobs’, the union’s leader said.', true],
    ["The plaintiffs' lawyers said on Monday that the ruling would be appealed within a month.", false],
    ["Music from the '90s is back in fashion, according to a survey of 2,000 listeners.", false],
    ["Councillor Hall said it was 'the wrong development' for a town of its size.", false],
  ])('%s -> %s', (s, expected) => {
    expect(isQuotation(s)).toBe(expected);
  });
});

describe('page residue: agencies’ picture lines, update notes and notes to the reader', () => {
  it.each([
    ['FILE - A jar of peanut butter sits on a shelf in a grocery store in New York, Jan. 5, 2025.', true],
    ['FILE PHOTO: Workers walk past the plant in Harwick, March 3, 2024.', true],
    ['This article was updated at 9:15 a.m. on Monday.', true],
    ['The file was updated on Monday, officials said.', false],
    // a note on the article itself, before the story
    ['Warning: This article contains details some readers may find upsetting.', true],
    ['Content warning: This story discusses sexual abuse.', true],
    ['This article discusses the impact of new institutions on growth in Argentina.', false],
  ])('%s -> residue %s', (s, expected) => {
    // as the summary reads it: page residue cut from its start first ("FILE" is not a dateline's place)
    const clean = cleanSentence(s);
    expect(isResidue(clean, words(clean))).toBe(expected);
  });

  it.each([
    ['(AP Photo/Mark Lennihan, File)', true],
    ['(Photo by Jane Doe/Getty Images)', true],
    ['(Photographs of the scene were released later.)', false],
    ['(The photo was taken in 2019.)', false],
  ])('isCredit(%s) -> %s', (s, expected) => {
    expect(isCredit(s)).toBe(expected);
  });
});

const LEDE =
  'A plan to build 400 homes on a former airfield in Harwick has been approved by councillors despite objections.';
const VOTE = 'The planning committee voted by seven to four in favour of the scheme on Wednesday evening.';
const SCHOOL = 'The developer said the homes would include 120 affordable properties and a new primary school.';
const START = 'The developer said work could begin next spring if the funding is agreed by the council.';

describe('summarize: sentences a reader cannot take as news', () => {
  it.each([
    [
      'a quotation in single marks',
      [LEDE, VOTE, "'This is the wrong development in the wrong place,' said Councillor Susan Hall.", SCHOOL, START],
      [LEDE, VOTE, SCHOOL],
    ],
    [
      'an agency’s caption and credit before the dateline',
      [
        'FILE - Cows are seen grazing on the edge of the former airfield in Harwick, Jan. 5, 2025.',
        '(AP Photo/Jane Doe, File)',
        `HARWICK (AP) — ${LEDE}`,
        VOTE,
        SCHOOL,
      ],
      [LEDE, VOTE, SCHOOL],
    ],
    [
      'a caption marked by a credit in brackets',
      [
        'Fields on the edge of the former airfield were used for grazing.',
        '(Photo by Jane Doe/Getty Images)',
        LEDE,
        VOTE,
        SCHOOL,
        START,
      ],
      [LEDE, VOTE, SCHOOL],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(run(paragraphs)).toEqual(expected);
  });
});

// an anecdote under a headline it shares no word with, and the nut graf that carries the headline
const ANECDOTE = 'Every Thursday morning, Ellen Marsh drives 40 miles along a gravel road to pick up her medicine.';
const WALK = 'She used to walk three blocks.';
const NUT = 'Rural clinics are closing across the state as nurses leave for cities, a report found on Monday.';
const NUT_HER = 'The clinic in her town closed in March, as rural clinics across the state lose nurses to cities.';
const AFTER = 'The report found that rural counties lost a quarter of their registered nurses since 2022.';
const HEADLINE = 'Rural clinics close as nurses leave for cities';

describe('summarize: an anecdotal lede', () => {
  it.each([
    ['the headline given: the nut graf opens the summary', HEADLINE, [ANECDOTE, WALK, NUT, AFTER], NUT],
    ['a plain text: its first line is the headline', null, [HEADLINE, ANECDOTE, WALK, NUT, AFTER], NUT],
    ['a plain text without a headline line: the lede', null, [ANECDOTE, WALK, NUT, AFTER], ANECDOTE],
    [
      'a plain text opened by a byline: the lede',
      null,
      ['By Rural Clinics Reporter', ANECDOTE, WALK, NUT, AFTER],
      ANECDOTE,
    ],
    [
      'a nut graf that speaks of the anecdote’s person ("her town") keeps the lede',
      HEADLINE,
      [ANECDOTE, WALK, NUT_HER, AFTER],
      ANECDOTE,
    ],
  ])('%s', (_, title, paragraphs, opening) => {
    expect(run(paragraphs, title)[0]).toBe(opening);
  });
});

describe('summarize: options to measure the length and the rules (scripts/eval/_summary-logo.ts)', () => {
  const HE = 'He said the first homes would be ready by the end of 2027.';
  it.each<[string, string[], SummaryOptions, string[]]>([
    ['at least two sentences by default', [LEDE, VOTE, SCHOOL, START], { words: 10 }, [LEDE, VOTE]],
    ['one sentence when asked', [LEDE, VOTE, SCHOOL, START], { words: 10, minSentences: 1 }, [LEDE]],
    ['"He said" leans on the sentence before it', [LEDE, VOTE, 'Fields.', HE, SCHOOL], {}, [LEDE, VOTE, SCHOOL]],
    ['unless that rule is left out', [LEDE, VOTE, 'Fields.', HE, SCHOOL], { without: ['leaning'] }, [LEDE, VOTE, HE]],
  ])('%s', (_, paragraphs, opts, expected) => {
    expect(run(paragraphs, null, opts)).toEqual(expected);
  });
});

describe('summarize: a long lede', () => {
  const LONG =
    'The Supreme Court on Thursday struck down a Louisiana law that would have required doctors who perform abortions to have admitting privileges at nearby hospitals, ruling by five votes to four that the law placed an undue burden on women seeking the procedure, in a decision that Chief Justice John Roberts joined with the court’s four liberal justices even though he had voted to uphold a nearly identical Texas law four years ago.';
  const RULING =
    'The ruling is a setback for opponents of abortion, who had hoped the new majority would weaken protections.';
  const STATE = 'Louisiana officials said they were disappointed by the decision.';
  const CASE = 'The case was the first major abortion case heard by the two newest justices.';
  it.each([
    ['a lede of 73 words is still the lede', [LONG, RULING, STATE, CASE], [LONG, RULING]],
    ['a later sentence of that length is left out', [RULING, LONG, STATE, CASE], [RULING, STATE, CASE]],
  ])('%s', (_, paragraphs, expected) => {
    expect(run(paragraphs, 'Supreme Court strikes down Louisiana abortion law')).toEqual(expected);
  });
});
