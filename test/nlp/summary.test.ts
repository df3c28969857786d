import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/nlp/summary';
import { splitSentences } from '../../utils/nlp/sentences';
import type { Person } from '../../utils/nlp/types';

// A made-up article whose first paragraph is a scene-setting anecdote; the gist is in the second.
const title = 'City council approves $40 million flood barrier after years of delays';
const text = [
  'Maria Lopez still keeps the rowboat in her garage. On the night the river came through her kitchen, she paddled her two children to a neighbour’s porch, the water lapping at the third step.',
  'The city council on Tuesday approved a $40 million flood barrier along the Millbrook River, ending years of delays over the cost of protecting the low-lying Eastside neighbourhood from floods.',
  'The barrier, a two-mile concrete wall with pumping stations, is expected to protect about 3,000 homes from river floods when it is finished in 2027, council members said.',
  '“We have waited too long,” Lopez said. “I just want to sleep through a storm.”',
  'He added that the council should have acted after the first flood.',
  'Is the barrier enough to protect the neighbourhood from the next flood?',
  'The council vote on the flood barrier was 7-2, with opponents arguing that its cost would force cuts to other city programs.',
  'Construction of the flood barrier will begin next spring, and the city council will seek federal funds to cover half of the cost.',
].join('\n\n');

const sentences = splitSentences(text);
const people: Person[] = [{ id: 'p1', name: 'Maria Lopez', aliases: ['Lopez'], descriptors: [], mentions: [] }];

describe('summarize', () => {
  const summary = summarize(text, sentences, { people, title });

  it('returns three sentences of the text, in document order', () => {
    expect(summary).toHaveLength(3);
    const positions = summary.map((s) => text.indexOf(s));
    for (const p of positions) expect(p).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prefers the nut graf to a scene-setting anecdote', () => {
    expect(summary[0]).toMatch(/^The city council on Tuesday approved a \$40 million flood barrier/);
    expect(summary.some((s) => s.includes('rowboat'))).toBe(false);
    // lead-3 would have been the anecdote
    const lead = sentences.slice(0, 3).map((s) => text.slice(s.start, s.end));
    expect(lead[0]).toMatch(/rowboat/);
    expect(summary).not.toEqual(lead);
  });

  it('never picks a sentence that leans on its neighbour, a question, or a bare quotation', () => {
    for (const s of summary) {
      expect(s).not.toMatch(/^He added/);
      expect(s).not.toMatch(/\?$/);
      expect(s).not.toMatch(/^“/);
    }
  });

  it('returns short texts whole', () => {
    const t = 'One sentence here. Another one there.';
    expect(summarize(t, splitSentences(t), { people: [], title: null })).toEqual([
      'One sentence here.',
      'Another one there.',
    ]);
  });
});

describe('summarize: where the gist starts', () => {
  it('keeps an informative lede first', () => {
    const t = [
      'Regional rail operator Northline will cut 40 weekday trains from its timetable in March, the company said on Monday, blaming a shortage of drivers.',
      'The cuts affect the busiest commuter lines into the city, where trains are already crowded at peak hours.',
      'Northline said the shortage of drivers began when dozens retired early during the pandemic.',
      'Union leaders said the company had failed to train new drivers for two years.',
      'The regional transport authority said it would review Northline’s contract.',
      'Passengers will be able to use their tickets on buses on the affected routes.',
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), {
      people: [],
      title: 'Northline to cut 40 weekday trains over driver shortage',
    });
    expect(s[0]).toMatch(/^Regional rail operator Northline will cut 40 weekday trains/);
  });

  it('moves past an opening quotation to the nut graf', () => {
    const t = [
      '“I heard the roof go, and then the windows,” said Ann Carter, 71, standing in what was left of her kitchen.',
      'A tornado with winds of up to 150 miles an hour destroyed more than 200 homes in Greenfield County on Saturday night, state emergency officials said, and left 3,000 without power.',
      'The tornado touched down west of the county seat shortly after 9 p.m. and cut a path of about eight miles through homes and farms.',
      'State emergency officials said crews would restore power to most homes in Greenfield County by Wednesday.',
      'Carter said she would stay with her daughter.',
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), {
      people: [{ id: 'p1', name: 'Ann Carter', aliases: ['Carter'], descriptors: [], mentions: [] }],
      title: 'Tornado destroys 200 homes in Greenfield County',
    });
    expect(s[0]).toMatch(/^A tornado with winds of up to 150 miles an hour destroyed/);
    expect(s.some((x) => x.includes('I heard the roof go'))).toBe(false);
  });

  it('skips captions, picture credits and page residue', () => {
    const t = [
      'Braverman (left) and Sunak (right) on October 25, 2022.',
      'Image: UK Government.',
      'date 2023-02-23 Related Coverage Home Office Asylum Backlog Latest News',
      'The government will replace interviews with a questionnaire for asylum seekers from five countries, according to a leaked letter.',
      'The questionnaire must be returned within 20 working days or the asylum claim may be withdrawn.',
      'Refugee charities said the questionnaire was too complex for many applicants to complete without help.',
      'The government said the change would help clear the backlog of asylum claims by the end of the year.',
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), { people: [], title: 'Asylum interviews replaced by questionnaire' });
    expect(s).toHaveLength(3);
    for (const x of s) expect(x).not.toMatch(/Image:|\(left\)|Related Coverage/);
  });

  it('skips a scene about a person who recurs in the story when the headline is elsewhere', () => {
    const t = [
      'Margaret Hill has been on crutches for 14 months, and on most days she cannot walk to the end of her street.',
      'The number of patients waiting for hospital treatment in England reached a record 7.6 million in June, according to NHS figures published on Thursday.',
      'Waiting lists for hospital treatment have grown every month this year, and more than 380,000 patients have waited over a year.',
      'Hill, 71, was told in March that her hip operation had been postponed again.',
      'Hospital leaders said strikes and a shortage of beds had slowed treatment for patients on waiting lists.',
      'The government said it would publish a plan to cut waiting lists for hospital treatment in England this autumn.',
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), {
      people: [
        {
          id: 'p1',
          name: 'Margaret Hill',
          aliases: ['Hill'],
          descriptors: [],
          mentions: [
            { start: 0, end: 13 },
            { start: t.indexOf('Hill, 71'), end: t.indexOf('Hill, 71') + 4 },
          ],
        },
      ],
      title: 'Hospital waiting lists in England reach record 7.6 million',
    });
    expect(s[0]).toMatch(/^The number of patients waiting for hospital treatment/);
    expect(s.some((x) => x.includes('crutches'))).toBe(false);
  });

  it('picks a sentence opened by a connective only right after the sentence it answers', () => {
    const t = [
      'The United States will lift trade sanctions on Sudan after nearly 20 years, administration officials said on Thursday.',
      'In return, Sudan will improve access for aid groups and stop supporting rebels in neighbouring countries.',
      'Nonetheless, officials said the sanctions could return if Sudan broke its promises.',
      'Sudan has been under American trade sanctions since 1997, when the United States accused it of supporting terrorism.',
      'The decision on the trade sanctions follows months of talks between American and Sudanese officials.',
      'Human rights groups criticised the decision to lift the sanctions on Sudan.',
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), { people: [], title: 'United States to lift Sudan sanctions' });
    expect(s).toHaveLength(3);
    const at = s.map((x) => t.indexOf(x));
    const prev = (x: string) => t.slice(0, t.indexOf(x)).trim().split('\n\n').at(-1) ?? '';
    for (const x of s) if (/^(?:In return|Nonetheless)/.test(x)) expect(s).toContain(prev(x));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('summarize: the seed article', () => {
  // The Hill, 2018-12-30: the first paragraph holds a metadata date and a hover card inside the lede
  const seed = readFileSync(join(__dirname, '../fixtures/seed/sanders-campaign-letter-2018-12-30.txt'), 'utf8');
  const headline = 'Sanders campaign alumni request meeting to discuss sexual violence on 2016 campaign';

  for (const title of [headline, null]) {
    it(`opens with the news, the alumni's request for a meeting, without the page residue (title: ${title ? 'yes' : 'no'})`, () => {
      const s = summarize(seed, splitSentences(seed), { people: [], title });
      expect(s).toHaveLength(3);
      expect(s[0]).toMatch(/^Alumni of Sen\. Bernie Sanders's 2016 presidential campaign are requesting a meeting/);
      // the party label in brackets is an aside the summary leaves out
      expect(s[0]).not.toContain('(I-Vt.)');
      expect(s[0]).not.toMatch(/MORE|O'Rourke|Bloomberg|2018-12-30/);
      // "The letter does not specify…" leans on "a letter obtained by Politico" (a quotation the summary leaves
      // out); "They confirmed…" on that same quotation
      for (const x of s) expect(x).not.toMatch(/^(?:The letter does not specify|They confirmed)/);
    });
  }
});

describe('summarize: sentences that lean on another', () => {
  const people: Person[] = [];
  it('does not choose a dangling "He said" sentence without the sentence it leans on', () => {
    const t = [
      'The state parliament approved a new budget for schools and hospitals on Monday after a debate that lasted two weeks.',
      '“This budget is a disgrace to every teacher in the state,” Ortega shouted from the back of the chamber.',
      'He said the schools budget for teachers would fall by a tenth while the hospitals budget would rise.',
      'The budget gives hospitals an extra 300 million euros and keeps the schools budget at last year’s level.',
      'Teachers’ unions said they would protest against the schools budget outside the parliament on Friday.',
      'The parliament will vote on the hospitals budget again in the spring, when the final figures are known.',
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), {
      people,
      title: 'Parliament approves budget for schools and hospitals',
    });
    expect(s).toHaveLength(3);
    expect(s[0]).toMatch(/^The state parliament approved a new budget/);
    // the quotation before it is never chosen, so neither is "He said…"
    expect(s.some((x) => x.startsWith('“This budget'))).toBe(false);
    expect(s.some((x) => x.startsWith('He said'))).toBe(false);
  });

  it('does not choose a sentence whose subject is a pronoun after an opening clause that names nobody', () => {
    const t = [
      'A student from Leeds died in April after taking diet pills she had bought online, her family said on Tuesday.',
      'Leeds Coroner’s Court. Image: West Yorkshire Police.',
      'As the pills took effect in hospital, they tried to cool the student down with ice, but the pills had poisoned her.',
      'Police in Leeds said the diet pills contained a toxic industrial chemical that is sold online as a diet aid.',
      'The coroner warned students not to buy diet pills online.',
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), {
      people: [],
      title: 'Student dies after taking diet pills bought online',
    });
    expect(s[0]).toMatch(/^A student from Leeds died/);
    // "they" leans on the caption before it, which is never chosen
    expect(s.some((x) => x.startsWith('As the pills took effect'))).toBe(false);
    expect(s).toHaveLength(3);
  });

  it('does not choose a sentence that opens by pointing back ("In that same letter, …") without the one before', () => {
    const t = [
      'Marta Kowalczyk resigned on Friday as chief executive of the Baltic ferry operator Nordlinia after a fire on one of its ferries.',
      '“I have always said that the day I could no longer lead this company, I would go.',
      'That day has come,” she wrote in a letter to the board.',
      'In that same letter, Kowalczyk said she would stay on the board until the end of the year.',
      'Nordlinia said its finance director, Piotr Zielinski, would run the ferry company until a new chief executive is found.',
      'The fire broke out in the engine room of a Nordlinia ferry on Tuesday, and all 412 passengers were taken off safely.',
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), {
      people: [],
      title: 'Nordlinia ferry chief Kowalczyk resigns after fire',
    });
    expect(s[0]).toMatch(/^Marta Kowalczyk resigned/);
    // the letter is only in the quotation, which is never chosen: "that same letter" would point at nothing
    expect(s.some((x) => x.startsWith('In that same letter'))).toBe(false);
    expect(s[1]).toMatch(/^Nordlinia said its finance director/);
  });

  it('takes a sentence that points back right after the one it points to', () => {
    const t = [
      'Marta Kowalczyk resigned on Friday as chief executive of the Baltic ferry operator Nordlinia in a letter to the board.',
      'In that letter, Kowalczyk said she would stay on the board until the end of the year.',
      'Nordlinia said its finance director, Piotr Zielinski, would run the ferry company until a new chief executive is found.',
      'The fire broke out in the engine room of a Nordlinia ferry on Tuesday, and all 412 passengers were taken off safely.',
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), { people: [], title: 'Nordlinia ferry chief Kowalczyk resigns' });
    expect(s[1]).toMatch(/^In that letter, Kowalczyk said/);
  });

  it('may choose a pronoun sentence right after the sentence that names its antecedent', () => {
    const t = [
      'Marta Kowalczyk, the chief executive of the Baltic ferry operator Nordlinia, resigned on Friday after a fire on one of its ferries.',
      'She had led Nordlinia for nine years, and the ferry fire was the second fire on a Nordlinia ferry under her leadership.',
      'Nordlinia said its finance director, Piotr Zielinski, would run the ferry company until a new chief executive is found.',
      'The fire on the ferry broke out in the engine room on Tuesday, and all 412 passengers were taken off safely.',
      'Investigators said the ferry’s fire alarms had not been checked for a year.',
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), {
      people: [],
      title: 'Nordlinia ferry chief Kowalczyk resigns after fire',
    });
    expect(s[0]).toMatch(/^Marta Kowalczyk/);
    // lead-3 here reads well: "She" follows the sentence that names her
    expect(s[1]).toMatch(/^She had led Nordlinia/);
  });
});

describe('summarize: page residue cut from a sentence', () => {
  const body = [
    'The plan would raise the pension age to 67 by 2035 and cut the pensions of the highest earners, the ministry said.',
    'Opposition parties said the plan would hurt workers in physically demanding jobs who cannot work until 67.',
    'The pension plan goes to a vote in parliament next month, where the governing coalition has a majority of six seats.',
    'Unions have called a general strike against the pension plan for the first week of March.',
  ];
  const title = 'Government unveils plan to raise pension age to 67';

  for (const dateline of [
    'MADRID (Reuters) — ',
    'MADRID — ',
    'Madrid, Spain — ',
    'MADRID, Feb. 3 (AP) -- ',
    'NEW DELHI: ',
    'MADRID, Spain (CNN)',
    'Feb 3 (Reuters) - ',
  ]) {
    it(`removes the dateline "${dateline.trim()}"`, () => {
      const t = [
        `${dateline}The Spanish government unveiled a plan on Tuesday to raise the pension age to 67, its biggest pension change in a decade.`,
        ...body,
      ].join('\n\n');
      const s = summarize(t, splitSentences(t), { people: [], title });
      expect(s[0]).toBe(
        'The Spanish government unveiled a plan on Tuesday to raise the pension age to 67, its biggest pension change in a decade.',
      );
    });
  }

  it('keeps a name followed by a dash, which is no dateline', () => {
    const t = [
      'Elena Ruiz — the minister who wrote the plan — said on Tuesday the pension age would rise to 67 by 2035.',
      ...body,
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), { people: [], title });
    expect(s[0]).toMatch(/^Elena Ruiz — the minister/);
  });

  it('keeps a word and a colon that are no dateline (a place in capitals is one: "NEW DELHI: …")', () => {
    const t = [
      'Pensions: The Spanish government unveiled a plan on Tuesday to raise the pension age to 67, its biggest pension change in a decade.',
      ...body,
    ].join('\n\n');
    expect(summarize(t, splitSentences(t), { people: [], title })[0]).toMatch(/^Pensions: The Spanish government/);
  });

  it('keeps a lede that reports a question in a quotation', () => {
    const t = [
      'The pension minister asked parliament on Tuesday to raise the pension age to 67, asking whether it wanted “a pension system that is still there in 2050?”',
      ...body,
    ].join('\n\n');
    const s = summarize(t, splitSentences(t), { people: [], title });
    expect(s[0]).toMatch(/^The pension minister asked parliament/);
  });
});
