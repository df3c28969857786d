import { describe, expect, it } from 'vitest';
import { run } from './_summary-fixtures';
import { isResidue } from '../../utils/nlp/summary/residue';
import { signpost } from '../../utils/nlp/summary/stands-alone';
import { transcriptTurns } from '../../utils/nlp/summary/transcript';

// Podcasts and hearings as their transcripts write them: the host's opening that tells the story before its question,
// a show's teaser, counsel saying what the case is about. These texts are made up.

const PODCAST = [
  "[00:00:00] HOST: Welcome to The Daily Brief. I'm Sam Okafor. Today, why the bus strike in Leeds is not over.",
  '[00:00:09] HOST: Bus drivers in Leeds have voted to reject a 6 percent pay offer, extending a strike that has left much of the city without services for three weeks. Our transport reporter Priya Nandakumar has been following it. Priya, what happened yesterday?',
  '[00:00:24] NANDAKUMAR: So the result came through just after four. Drivers voted 71 percent against the offer, on a turnout of about 80 percent.',
  '[00:00:41] HOST: Why did they reject it?',
  '[00:00:44] NANDAKUMAR: The headline figure sounded good, but drivers said it came with longer split shifts.',
  '[00:01:03] HOST: And what does it mean for people in Leeds?',
  '[00:01:06] NANDAKUMAR: More disruption. The union says the strike days announced for next week will go ahead.',
];
// the interviewer's first turn speaks to the guest: a preface to its question, still asking
const QA = [
  'Faith Wanjiru won the Boston Marathon last year in 2:19:48.',
  'Daniel Otieno: You were fourth in Boston in 2024, then you won the race a year later. What changed?',
  'Faith Wanjiru: The coach changed the long runs of the whole training group in Iten last year.',
  'DO: Women’s prize money in some big races is still lower than for men. Is that changing?',
  'FW: Slowly. The big marathons pay the same now.',
  'DO: Will you run Boston again?',
  'FW: Yes, in April.',
];
const HEARING = [
  'THE COURT: Our next case is Martinez versus City of Tucson. Counsel, please proceed.',
  "MR. REYES: Good morning, Your Honors. My name is Daniel Reyes, and I represent the appellant, Rosa Martinez. I'd like to reserve three minutes for rebuttal.",
  'THE COURT: You may proceed.',
  "MR. REYES: This case is about whether a city can ban a woman from selling tamales on a public sidewalk because a school is 500 feet away. Tucson's ordinance bans every street food vendor within that distance of any school, at every hour of the day. Ms. Martinez has sold food from the same cart for eleven years. She was cited four times in 2024 and her permit was revoked.",
  'THE COURT: Counsel, is the city not entitled to draw lines?',
  'MR. REYES: It is, Your Honor, but not lines that single out one kind of seller with no rational basis.',
];

describe('podcasts: the host’s opening tells the story', () => {
  // one pass over a long opening turn (it was quadratic: 64 KB took 20 s)
  it.each([[64_000], [256_000]])('transcriptTurns on an opening turn of %i characters takes under 1 s', (n) => {
    const turn = `HOST: a? ${'abc '.repeat(n / 4)}`;
    const t = performance.now();
    expect(transcriptTurns([turn, 'GUEST: Yes.', 'HOST: Why?', 'GUEST: No.', 'HOST: Ok?'].join('\n'))?.length).toBe(3);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it.each([
    // the second HOST turn tells the news before its question: only the later questions ask
    [PODCAST.join('\n\n'), 2],
    [QA.join('\n\n'), 3],
  ])('transcriptTurns(text %#) asks in %s turns', (text, asking) => {
    expect(transcriptTurns(text)?.length ?? null).toBe(asking);
  });

  it.each([
    [PODCAST, 'Bus drivers in Leeds have voted to reject a 6 percent pay offer'],
    [QA, 'Faith Wanjiru won the Boston Marathon'],
  ])('summary(text %#) opens with %s', (text, opens) => {
    const out = run(text);
    expect(out[0].startsWith(opens)).toBe(true);
    expect(out.some((s) => /^You were|\?$/.test(s))).toBe(false);
  });

  it.each([
    ['Today, why the bus strike in Leeds is not over.', true],
    ['On today’s show, how the Fed lost its nerve.', true],
    ['Coming up: why your rent went up again.', true],
    ['This week, why nobody wants to buy an electric car.', true],
    ['Today, the council voted to close the library.', false],
    ['Today, why the strike ended is still disputed by both the union and the company, who blame each other.', false],
  ])('signpost(%s) -> %s', (s, expected) => {
    expect(signpost(s, s.split(/\s+/).length)).toBe(expected);
  });
});

describe('hearings: what the case is about', () => {
  it.each([
    [HEARING, 'This case is about whether a city can ban'],
    [
      HEARING.map((p) => p.replace('This case is about whether', 'The question in this case is whether')),
      'The question in this case is whether',
    ],
  ])('summary(text %#) shows %s', (text, shown) => {
    expect(run(text).some((s) => s.startsWith(shown))).toBe(true);
  });
});

const REMARKS = [
  'Daniel Hargreaves, you have pleaded guilty to causing the death of Emily Sutton by dangerous driving, and I must now sentence you.',
  'Emily Sutton was 31 years old. She was cycling home from work along the A56 in Stretford when you drove into the back of her bicycle at about 58 miles per hour in a 30 limit.',
  'You had spent the afternoon drinking in a pub in Sale. A breath test at the scene showed more than twice the legal limit. You did not stop.',
  'I have read the statement of Emily’s mother, Jane Sutton. She describes a daughter who was kind, funny and about to be married.',
  'The aggravating features are serious: the level of alcohol, the speed, and your failure to stop. In mitigation, I take account of your guilty plea at the first opportunity.',
  'Taking all of this into account, the sentence is one of nine years’ imprisonment. You will be disqualified from driving for 11 years and 6 months.',
];
// a report of the same hearing quotes the judge: the story's lead is its summary
const REPORT = [
  'A drink-driver who killed a cyclist in Stretford has been jailed for nine years.',
  '“You have pleaded guilty to causing the death of a young woman who was about to be married,” Mrs Justice Okonjo told Daniel Hargreaves at Manchester Crown Court.',
  'Emily Sutton, 31, was cycling home when Hargreaves drove into her at 58mph in a 30 limit.',
  'He had spent the afternoon drinking in a pub in Sale and did not stop.',
  'The judge said the sentence is one of the longest she had passed, at nine years.',
  'The sentence is nine years, the judge said, with a driving ban of 11 years.',
];

describe('sentencing remarks: the sentence passed closes the summary', () => {
  it.each([
    [REMARKS, 'Taking all of this into account, the sentence is one of nine years’ imprisonment.'],
    [
      REMARKS.map((p) =>
        p
          .replace('Taking all of this into account, the sentence is', 'I sentence you to')
          .replace('one of nine', 'nine'),
      ),
      'I sentence you to nine years’ imprisonment.',
    ],
    [
      [
        '[1] Mr Wiremu, you appear for sentence on one charge of aggravated robbery.',
        ...REMARKS.slice(1, 5),
        '[5] The end sentence is two years and three months’ imprisonment.',
      ],
      'The end sentence is two years and three months’ imprisonment.',
    ],
    // no term in it: not the sentence passed
    [[...REMARKS.slice(0, 5), 'The sentence is a matter for me alone.'], null],
    // a news report quoting the judge: no remarks
    [REPORT, null],
  ])('summary(text %#) closes with %s', (text, last) => {
    const out = run(text);
    if (last) expect(out.at(-1)).toBe(last);
    else expect(out.some((s) => /^(?:The sentence is|I sentence)/.test(s))).toBe(false);
  });
});

describe('editors’ notes on a Q&A and a slip opinion’s formulas are residue', () => {
  it.each([
    ['This interview has been edited for length and clarity.', true],
    ['The conversation has been condensed and edited.', true],
    ['Our conversation was edited for length.', true],
    ['This is an edited transcript of the interview.', true],
    ['This opinion is subject to formal revision before publication in the United States Reports.', true],
    ['JUSTICE KAGAN delivered the opinion of the Court.', true],
    // the news, not a note
    ['The interview was edited by the police before it was released to the court.', false],
    [
      'Justice Kagan delivered the opinion of the court on Thursday, ruling 6-3 that Montana may not tax the pension.',
      false,
    ],
  ])('isResidue(%s) -> %s', (s, expected) => {
    expect(isResidue(s, s.split(/\s+/).length)).toBe(expected);
  });
});

const OPINION = [
  'JUSTICE KAGAN delivered the opinion of the Court.',
  'Montana taxes the income of its residents, including their pensions. James Harlan, an enrolled member of the Blackfeet Nation, served for 24 years as a police officer for the tribe and now lives on the Blackfeet Reservation, where he draws a pension. This case asks whether Montana may tax that pension. We hold that it may not, and reverse the judgment of the Montana Supreme Court.',
  'The Blackfeet Reservation covers about 1.5 million acres in northwestern Montana. In 2019 the State assessed Harlan for unpaid income tax on his pension.',
];
// a story on the opinion: the formula and the holding are quoted
const STORY = [
  'The Supreme Court ruled on Friday that Montana may not tax the pension of a retired tribal police officer who lives on the Blackfeet Reservation.',
  '“We hold that it may not,” Justice Elena Kagan wrote for a 6-3 majority, in a passage that said Justice Kagan “delivered the opinion of the Court.”',
  'James Harlan served for 24 years as a police officer for the tribe.',
  'Montana had assessed him for $14,212 in unpaid tax.',
  'We hold these truths to be self-evident, the governor said later, quoting the Declaration.',
];

describe('a court opinion: the holding closes the summary, after the question it answers', () => {
  it.each([
    [
      OPINION,
      [
        'Montana taxes the income of its residents, including their pensions.',
        'This case asks whether Montana may tax that pension.',
        'We hold that it may not, and reverse the judgment of the Montana Supreme Court.',
      ],
    ],
    [STORY, null],
    // the formula inside a story's sentence, and the holding reported without quotation marks
    [
      [
        'A federal appeals court on Thursday ordered Texas to remove a line of floating buoys it placed in the Rio Grande, handing a victory to the Biden administration in its fight with Gov. Greg Abbott over border security.',
        'Judge Dana Douglas delivered the opinion of the court for a divided three-judge panel of the 5th U.S. Circuit Court of Appeals. We hold that the district court did not abuse its discretion, she wrote, in a line that was widely shared by immigration advocates.',
        'Texas installed the 1,000-foot barrier near Eagle Pass last summer. The state said it would appeal to the full court.',
      ],
      null,
    ],
  ])('summary(text %#) -> %j', (text, expected) => {
    const out = run(text);
    if (expected) expect(out).toEqual(expected);
    else expect(out.some((s) => s.startsWith('We hold'))).toBe(false);
  });
});
