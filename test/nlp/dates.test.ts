import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/nlp/dates';
import { splitSentences } from '../../utils/nlp/sentences';

const dates = (text: string, ref: string | null) =>
  findDates(text, splitSentences(text), ref).map((d) => [d.text, d.value]);
const value = (text: string, ref: string | null, expr: string) =>
  findDates(text, splitSentences(text), ref).find((d) => d.text === expr)?.value;

describe('findDates: relative expressions against the publication date', () => {
  it('weekdays resolve to the past, the same day included', () => {
    expect(value('They sent the letter to Sanders on Sunday.', '2018-12-30', 'Sunday')).toBe('2018-12-30');
    expect(value('The board met on Friday.', '2018-12-30', 'Friday')).toBe('2018-12-28');
  });

  it('weekdays resolve to the future when the clause is future', () => {
    expect(value('The committee will meet on Monday to decide.', '2018-12-30', 'Monday')).toBe('2018-12-31');
    expect(value('A vote is scheduled for Thursday.', '2018-12-30', 'Thursday')).toBe('2019-01-03');
  });

  it('"next Monday" and "last Friday" are strictly after and before', () => {
    expect(value('We will talk next Monday.', '2019-12-30', 'next Monday')).toBe('2020-01-06');
    expect(value('It happened last Friday.', '2024-03-01', 'last Friday')).toBe('2024-02-23');
  });

  it('crosses month and year boundaries and leap days', () => {
    expect(value('The deal closed yesterday.', '2024-03-01', 'yesterday')).toBe('2024-02-29');
    expect(value('The deal closed yesterday.', '2023-03-01', 'yesterday')).toBe('2023-02-28');
    expect(value('It opens tomorrow.', '2023-12-31', 'tomorrow')).toBe('2024-01-01');
    expect(value('Sales fell last month.', '2019-01-15', 'last month')).toBe('2018-12');
    expect(value('Sales will rise next month.', '2019-12-15', 'next month')).toBe('2020-01');
    expect(value('Two days ago the plant closed.', '2020-03-01', 'Two days ago')).toBe('2020-02-28');
  });

  it('weeks are ISO weeks, with their own week-year', () => {
    expect(value('Prices rose last week.', '2021-01-06', 'last week')).toBe('2020-W53');
    expect(value('Prices rose this week.', '2019-12-31', 'this week')).toBe('2020-W01');
  });

  it('years, seasons, quarters, decades', () => {
    expect(dates('In 2016 he ran; next year he may run again.', '2018-12-30')).toEqual([
      ['2016', '2016'],
      ['next year', '2019'],
    ]);
    expect(value('The product ships this spring.', '2019-01-15', 'this spring')).toBe('2019-SP');
    expect(value('Profits rose in Q3.', '2019-11-15', 'Q3')).toBe('2019-Q3');
    expect(value('GM lost money in the third quarter of 2009.', '2009-11-03', 'the third quarter of 2009')).toBe(
      '2009-Q3',
    );
    expect(value('Music of the 1990s is back.', '2019-01-15', 'the 1990s')).toBe('199X');
    expect(value('Shares rose earlier this year.', '2019-05-15', 'earlier this year')).toBe('2019');
    expect(value('A launch is planned for mid-2019.', '2019-01-15', 'mid-2019')).toBe('2019');
  });

  it('calendar dates, with and without a year', () => {
    expect(value('It was signed on December 3, 2018.', '2019-01-15', 'December 3, 2018')).toBe('2018-12-03');
    expect(value('It was signed on Dec. 3.', '2019-01-15', 'Dec. 3')).toBe('2018-12-03');
    expect(value('It was signed on 3 December.', '2019-01-15', '3 December')).toBe('2018-12-03');
    expect(value('The hearing will be held on February 29.', '2024-01-15', 'February 29')).toBe('2024-02-29');
    expect(value('Sunday, December 30, 2018 was cold.', null, 'Sunday, December 30, 2018')).toBe('2018-12-30');
  });

  it('"today", "now", "recently" and anchored days', () => {
    expect(value('Shares fell today.', '2008-10-06', 'today')).toBe('2008-10-06');
    expect(value('He is now the chairman.', '2008-10-06', 'now')).toBe('PRESENT_REF');
    expect(value('He recently left.', '2008-10-06', 'recently')).toBe('PAST_REF');
    expect(value('The storm hit on March 3, 2019. The next day the roads closed.', '2019-03-10', 'The next day')).toBe(
      '2019-03-04',
    );
  });

  it('spans leave out prepositions', () => {
    const d = findDates('They met on Sunday in 2016.', [{ start: 0, end: 27 }], '2018-12-30');
    expect(d.map((x) => [x.text, x.start, x.end])).toEqual([
      ['Sunday', 12, 18],
      ['2016', 22, 26],
    ]);
  });

  it('without a reference date relative expressions are null, absolute ones keep their value', () => {
    expect(dates('They met on Sunday, last week and in 2016.', null)).toEqual([
      ['Sunday', null],
      ['last week', null],
      ['2016', '2016'],
    ]);
    expect(value('It was signed on Dec. 3.', null, 'Dec. 3')).toBe('XXXX-12-03');
  });

  it('durations, recurrences and numbers are not dates', () => {
    expect(
      dates('He served three years and meets every week with 2,000 workers; 1999 people came.', '2019-01-15'),
    ).toEqual([['1999', '1999']]);
    expect(dates('It happens every Monday.', '2019-01-15')).toEqual([]);
    expect(dates('You may march in May.', '2019-01-15')).toEqual([['May', '2019-05']]);
  });

  it('noVague leaves out PRESENT_REF, PAST_REF and FUTURE_REF; the scan goes on after them', () => {
    const text = 'Now, on Monday, she said it recently; soon after March 3 it ended.';
    const ref = '2019-01-15';
    const all = findDates(text, splitSentences(text), ref).map((d) => d.text);
    expect(all).toEqual(['Now', 'Monday', 'recently', 'soon', 'March 3']);
    expect(findDates(text, splitSentences(text), ref, { noVague: true }).map((d) => d.text)).toEqual([
      'Monday',
      'March 3',
    ]);
  });

  it('windows far apart and overlapping ones each find their dates once, the same on every call', () => {
    const filler = ' The committee met and talked at length about the plan.'.repeat(12);
    const text = `On Monday, March 3, 2009 the plan passed.${filler} Every week after that, and on Tuesday, it grew.${filler} By 2012 it was done.`;
    const once = dates(text, '2009-03-05');
    expect(once).toEqual([
      ['Monday, March 3, 2009', '2009-03-03'],
      ['Tuesday', '2009-03-03'],
      ['2012', '2012'],
    ]);
    for (let i = 0; i < 3; i++) expect(dates(text, '2009-03-05')).toEqual(once);
  });
});
