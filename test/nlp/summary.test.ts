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

  it('never picks a sentence opened by a connective that answers the one before', () => {
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
    for (const x of s) expect(x).not.toMatch(/^(?:In return|Nonetheless)/);
  });
});
