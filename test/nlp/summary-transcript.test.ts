import { describe, expect, it } from 'vitest';
import { run } from './_summary-fixtures';
import { addressOnly } from '../../utils/nlp/summary/central';
import { cleanSentence } from '../../utils/nlp/summary/clean';
import { firstPerson, leansOnPrevious } from '../../utils/nlp/summary/leaning';
import { isCredit, isResidue } from '../../utils/nlp/summary/residue';
import { transcriptTurns, withoutTurnLabel } from '../../utils/nlp/summary/transcript';

// Long pages of issue #11's kinds: transcripts (interviews, podcasts, hearings) written as labelled turns, features
// with an anecdote and a nut graf, photographers' credits. These texts are made up.

const PODCAST = [
  '[00:00:12] HOST: Welcome back to The Money Desk. This week the Bank of England held interest rates at 4.25% for the third meeting in a row. Priya Nair is chief economist at the Resolution Group and a former adviser at the Treasury.',
  '[00:00:31] NAIR: Thanks, Sam. Good to be here.',
  '[00:00:33] HOST: Let us start with the decision, which surprised the markets. Why do you think the Bank got it wrong?',
  '[00:00:38] NAIR: The Bank is looking in the rear-view mirror at last year. Unemployment has gone up from 4.1% to 5% in twelve months.',
  '[00:01:05] HOST: The Bank would say inflation is still above its 2% target of the government. Is that not enough?',
  '[00:01:09] NAIR: Inflation is at 2.8%, but most of that is energy and food.',
];
const QA = [
  'Faith Wanjiru won the Boston Marathon last year in 2:19:48, the fastest time ever run by a woman on the course.',
  'Daniel Otieno: You were fourth in Boston in 2024, then you won the race a year later. What changed?',
  'Faith Wanjiru: The coach changed the long runs of the whole training group in Iten last year.',
  'DO: Kenya has had more than 100 athletes banned for doping in the past five years. How does that affect clean athletes?',
  'FW: The bans affect everything that clean athletes from Kenya do in Europe.',
  'DO: Women’s prize money in some big races is still lower than the prize money for men. Is that changing?',
];

describe('transcripts: labels cut, the turns that ask never shown', () => {
  it.each([
    [PODCAST.join('\n\n'), 2],
    [QA.join('\n\n'), 3],
    // one label line, or labels that never recur: no transcript
    [
      ['Photo: Jane Doe', 'Update: The road reopened at noon on Monday.', 'The council said it was sorry.'].join(
        '\n\n',
      ),
      null,
    ],
  ])('transcriptTurns(%#) asks in %s turns', (text, asking) => {
    expect(transcriptTurns(text)?.length ?? null).toBe(asking);
  });

  it.each([
    // an answer to "Why…?" once its label is cut
    ["Because it's looking in the rear-view mirror.", true],
    ['Because of the storm, all flights from the airport were cancelled.', false],
    ['Because the road was closed, the bus took a detour through the village.', false],
  ])('leansOnPrevious(%s) -> %s', (s, expected) => {
    expect(leansOnPrevious(s)).toBe(expected);
  });

  it.each([
    ['[00:00:38] NAIR: The Bank is looking in the rear-view mirror.', 'The Bank is looking in the rear-view mirror.'],
    ['MS. CHEN: My name is Laura Chen.', 'My name is Laura Chen.'],
    ['Q. Why oral history, and why now?', 'Why oral history, and why now?'],
    ['The Bank is looking in the rear-view mirror.', 'The Bank is looking in the rear-view mirror.'],
  ])('withoutTurnLabel(%s) -> %s', (s, expected) => {
    expect(withoutTurnLabel(s)).toBe(expected);
  });

  it.each([
    [
      PODCAST,
      ['This week the Bank', 'Priya Nair is chief economist'],
      ['[00:', 'NAIR:', 'HOST:', 'Let us start', 'The Bank would say'],
    ],
    [
      QA,
      ['Faith Wanjiru won the Boston Marathon'],
      ['Daniel Otieno:', 'DO:', 'FW:', 'You were fourth', 'Kenya has had'],
    ],
  ])('summary %#: has %j, never %j', (paragraphs, has, never) => {
    const out = run(paragraphs);
    for (const h of has) expect(out.some((s) => s.startsWith(h))).toBe(true);
    for (const n of never) expect(out.some((s) => s.includes(n))).toBe(false);
  });
});

describe('a hearing: an address to the court alone is not shown; counsel speaks in the first person', () => {
  it.each([
    ['Chief Justice Kennedy and may it please the Court.', true],
    ['Good morning, your honors.', true],
    ['Thank you, Your Honor.', true],
    ['Mr. Chief Justice, and may it please the Court: Both courts below agreed on the meaning.', false],
    ['Your Honor, the defendant fled the state in 2019.', false],
  ])('addressOnly(%s) -> %s', (s, expected) => {
    expect(addressOnly(s)).toBe(expected);
  });

  it.each([
    ["We'll hear argument in case number 24-1187, Ramirez versus City of Tucson.", true],
    ["I'll ask the parties to introduce themselves.", true],
    ["That's the most amazing tribute we've ever run.", true],
    ['The court will hear argument in case number 24-1187 on Monday.', false],
  ])('firstPerson(%s) -> %s', (s, expected) => {
    expect(firstPerson(s)).toBe(expected);
  });

  it('keeps counsel’s introduction, not the address', () => {
    const out = run([
      "THE COURT: We'll hear argument in case number 24-1187, Ramirez versus City of Tucson.",
      'MS. CHEN: Good morning, your honors. May it please the court.',
      'MS. CHEN: My name is Laura Chen and I represent the appellants, the family of Miguel Ramirez.',
      'JUDGE BRESS: Counsel, were the officers told the man could not breathe? Is there evidence of that?',
      'MS. CHEN: The body camera footage shows Mr. Ramirez saying that he could not breathe twice.',
    ]);
    expect(out.some((s) => s.startsWith('My name is Laura Chen'))).toBe(true);
    expect(out.some((s) => /your honors|Counsel, were/.test(s))).toBe(false);
  });
});

describe('captions: a caption under its label, a photographer’s credit in brackets', () => {
  it.each([
    ['CAPTION: Kayla Brooks holds her son, Eli, at their home in Silver Creek.', true],
    ['Photo caption: Volunteers outside the shop on Monday.', true],
    ['Caption contests are a staple of the magazine, its editor said.', false],
  ])('%s -> residue %s', (s, expected) => {
    const clean = cleanSentence(s);
    expect(isResidue(clean, clean.split(/\s+/).length)).toBe(expected);
  });

  it.each([
    ['(Luis Ortega for The Daily Ledger)', true],
    ['(Jane Doe/Reuters)', true],
    ['(Reporting by Jane Doe)', false],
    ['(Mark Lowes for Northumbria Police said so.)', false],
    ['Image: Nick Moreau.', true],
    // a caption under the label: not a credit for the line before it
    ["Image: Jamal Oduya was described by his family as 'kind and funny'", false],
  ])('isCredit(%s) -> %s', (s, expected) => {
    expect(isCredit(s)).toBe(expected);
  });
});

it('a sentence before a caption under a credit label is not taken for that caption', () => {
  const out = run(
    [
      'A 17-year-old boy has been jailed for life with a minimum term of 16 years for the murder of Jamal Oduya.',
      'He was convicted by a jury at the Old Bailey in January after a three-week trial.',
      "Image: Jamal Oduya was described by his family as 'kind and funny'",
      'The court heard the pair had argued online after Jamal posted a comment about the trainers of the defendant.',
    ],
    'Teenager jailed for life for murder of boy, 16',
  );
  expect(out[1]).toMatch(/^He was convicted/);
});

describe('a feature: the nut graf after an anecdotal lede', () => {
  const ANECDOTE = [
    'Kayla Brooks was 36 weeks pregnant when her contractions started at 3 a.m. on a Sunday in January.',
    'The nearest one that still takes births was 94 miles away, across two mountain passes, and it was snowing.',
    '"I remember thinking, we are not going to make it," said Brooks, who lives in Silver Creek.',
    'Her son was born in the back seat of their pickup truck outside Leadville, with a trooper on the phone.',
    'Both are healthy.',
    "But Brooks's story is becoming more common across rural America, where more than 200 hospitals have stopped delivering babies since 2015, according to a report released Tuesday.",
    'The report found that more than half of rural hospitals in the country no longer offer labor and delivery services.',
  ];
  const TITLE = 'As rural hospitals close their maternity wards, expectant mothers drive for hours';
  it.each([
    [TITLE, ['Kayla Brooks was 36 weeks', "But Brooks's story"]],
    // a headline the lede shares a word with: no anecdote, the lead as it runs
    ['Kayla Brooks drives 94 miles to give birth', ['Kayla Brooks was 36 weeks', 'The nearest one']],
  ])('%s -> opens %j', (title, expected) => {
    const out = run(ANECDOTE, title);
    expected.forEach((e, i) => expect(out[i]).toMatch(new RegExp(`^${e}`)));
  });
});
