import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/nlp/summary';
import { splitSentences } from '../../utils/nlp/sentences';

// Issue #11, session 24: a transcript's answer word glued to the answer ("No. The work was…"), a lede that opens with a
// pronoun for a person it has not named yet, a trial's address to the jury, and the interview walk choosing among every
// sentence of its window. These texts are made up.

const sum = (text: string, title: string | null = null) => summarize(text, splitSentences(text), { people: [], title });

describe('summarize: an answer word the splitter glued to the answer', () => {
  const INQUIRY = [
    'COUNSEL: Was the spillway rebuilt?',
    'HALE: No. The work was costed at 3.2 million pounds and the board deferred it three years running.',
    'COUNSEL: Did you warn them?',
    'HALE: In writing, each time. I told them the spillway could be overtopped.',
    'COUNSEL: And the answer?',
    'HALE: That there was no money for it.',
  ].join('\n');

  it('"No. The work was costed…" is shown without "No."', () => {
    expect(sum(INQUIRY)[0]).toBe(
      'The work was costed at 3.2 million pounds and the board deferred it three years running.',
    );
  });

  it('"No. 10 Downing Street" keeps its "No."', () => {
    const t =
      'The prime minister returned to No. 10 Downing Street on Monday after a week in Brussels. She met the cabinet ' +
      'in the afternoon. Ministers agreed the budget. The vote is on Thursday.';
    expect(sum(t)[0]).toBe('The prime minister returned to No. 10 Downing Street on Monday after a week in Brussels.');
  });
});

describe('summarize: a lede that opens with a pronoun for a person not yet named', () => {
  const TITLE = 'Climber rescued after three nights on Ben Nevis';
  const NEWS =
    'A climber who spent three nights stranded on a ledge on Ben Nevis has been rescued by a coastguard helicopter.';
  const REST = [
    'The woman from Manchester had fallen and injured her ankle while descending in poor visibility.',
    'Lochaber Mountain Rescue Team said she was cold but in good spirits.',
    'Searches had been hampered by snow.',
  ];

  for (const lede of [
    'She had run out of food and her phone battery was almost dead when the rescuers found her.',
    'Their supplies had run out and the phone battery was almost dead when the rescuers arrived at the ledge.',
  ]) {
    it(`"${lede.split(' ').slice(0, 4).join(' ')}…": the summary opens with the news`, () => {
      expect(sum([lede, NEWS, ...REST].join(' '), TITLE)[0]).toBe(NEWS);
    });
  }

  it('the same lede when it names the day of its event stays', () => {
    const lede = 'She had run out of food on Tuesday when the rescuers found her on a ledge in the snow.';
    expect(sum([lede, NEWS, ...REST].join(' '), TITLE)[0]).toBe(lede);
  });

  it('a lede that names its person before the pronoun is unchanged: no headline words, hard news', () => {
    const lede =
      'Sandra Poole said her force would double the patrols in the twelve worst-hit neighbourhoods by spring.';
    const t = [lede, 'The West Midlands has the highest rate of knife crime in England.', ...REST].join(' ');
    expect(sum(t, 'Knife crime: new chief constable sets out plan')[0]).toBe(lede);
  });
});

describe("summarize: a trial's address to the jury", () => {
  it('"Good morning, members of the jury." is not shown', () => {
    const t = [
      'THE COURT: Good morning, members of the jury. The prosecution will now give its opening statement.',
      'MS. GRANT: Thank you, Your Honor.',
      'MS. GRANT: On the night of June 14, Eric Morrow drove through a red light and killed a nurse on her way home.',
      'MS. GRANT: You will hear that his blood alcohol level was twice the legal limit an hour after the crash.',
      'MS. GRANT: You will see the camera footage from the intersection.',
    ].join('\n');
    const out = sum(t);
    expect(out.join(' ')).not.toContain('members of the jury');
    expect(out.join(' ')).toContain('Eric Morrow drove through a red light');
  });
});

describe("summarize: an interview's walk chooses among every sentence of its window", () => {
  it('the sentence the text keeps coming back to, seventh after the first, is shown', () => {
    const central =
      'The new ferry terminal will take ferry passengers from three terminal gates, and ferry passengers will board ' +
      'the ferry from the terminal.';
    const t = [
      'Wikinews interviewed harbour master Tom Reyes about the new ferry terminal in Port Aldery.',
      'How long have you worked at the port?',
      'Reyes joined the harbour office in 1998 as a clerk.',
      'His father kept a fishing boat at the old quay.',
      'The office then had four staff and one telephone line.',
      'Winters were quiet apart from storms.',
      'Most summers brought yachts from Brittany.',
      'Cargo trade declined sharply after 2005.',
      central,
      'What will the terminal cost?',
      'The terminal costs 40 million, and the ferry company pays half for the ferry passengers terminal.',
      'Ferry passengers will use the terminal from May.',
    ].join(' ');
    const out = sum(t, 'Interview: the harbour master on the ferry terminal');
    expect(out).toContain(central);
    expect(out).not.toContain('His father kept a fishing boat at the old quay.');
  });
});
