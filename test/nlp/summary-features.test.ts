import { describe, expect, it } from 'vitest';
import { run } from './_summary-fixtures';

// A feature that opens with one person's story (issue #11, written passages of session 21): the nut graf says the
// story stands for many, and the summary shows it after the lede even when the lede shares a word with the headline
// ("bus", "pharmacy"), and takes the sentence a nut graf opened by "It" leans on. These texts are made up.

const FERRY = 'Every Friday for twenty years, Alan Rees took the 8.05 ferry from his island to the hospital in Oban.';
const FERRY_2 = 'He saw his consultant, had lunch with his brother, and caught the 4.30 back.';
const FERRY_3 = 'In May the crossing was cancelled for good.';
const UNUSUAL = 'His story is far from unusual.';
const FIGURE =
  'More than 30 ferry crossings to Scottish islands have been cut since 2021, according to a survey by the islands council.';
const AFTER = 'The ferry operator says it cannot find enough crew.';
const FERRY_TITLE = 'Ferry cuts leave island patients stranded';

const CLINIC =
  'When Maria Lopes needed her daughter’s insulin on a Sunday night in March, the nearest open clinic was 40 miles away.';
const CLINIC_2 = 'She drove there in the rain.';
const TOWN = 'Lopes lives in Ardmore, a town of 4,000 people whose only clinic closed in January.';
const IT_NUT =
  'It is one of more than 300 rural clinics in the state that have closed since 2018, according to a study by the state university.';
const CLINIC_TITLE = 'The towns where the clinic has closed';

describe('summarize: a feature’s nut graf after an anecdote that shares a word with the headline', () => {
  it('a nut graf that shares no headline word, followed by the one that does: the lede and both', () => {
    expect(run([FERRY, FERRY_2, FERRY_3, UNUSUAL, FIGURE, AFTER], FERRY_TITLE)).toEqual([FERRY, UNUSUAL, FIGURE]);
  });

  it('a nut graf opened by "It": the lede, the sentence it leans on, the nut graf', () => {
    expect(run([CLINIC, CLINIC_2, TOWN, IT_NUT, AFTER], CLINIC_TITLE)).toEqual([CLINIC, TOWN, IT_NUT]);
  });

  it('a lede that names the day of its event is news, not an anecdote: the lead', () => {
    const news =
      'Alan Rees, a retired teacher, was stranded on his island on Monday when the last ferry of his week was cancelled.';
    const out = run([news, FERRY_2, FERRY_3, UNUSUAL, FIGURE], FERRY_TITLE);
    expect(out.slice(0, 2)).toEqual([news, FERRY_2]);
  });

  it('a headline that names the lede’s person makes the person the story: the lead', () => {
    const out = run([FERRY, FERRY_2, FERRY_3, UNUSUAL, FIGURE], 'Alan Rees loses his ferry to hospital');
    expect(out.slice(0, 2)).toEqual([FERRY, FERRY_2]);
  });

  it('a lede that carries the headline is news: the lead', () => {
    const carries =
      'Ferry cuts have left Alan Rees and other island patients stranded, he said, unable to reach the hospital in Oban.';
    const out = run([carries, FERRY_2, FERRY_3, UNUSUAL, FIGURE], FERRY_TITLE);
    expect(out.slice(0, 2)).toEqual([carries, FERRY_2]);
  });
});
