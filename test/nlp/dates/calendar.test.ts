import { describe, expect, it } from 'vitest';
import {
  apostropheYear,
  bareDecade,
  dayMonth,
  month,
  ordinalQuarter,
  quarter,
  season,
  year,
} from '../../../utils/nlp/dates/calendar';
import { run } from './_ctx';

describe('dates recognisers: calendar', () => {
  it('month: a month with a day and year, alone after a preposition, and "May" the verb as no date', () => {
    expect(run(month, 'It closed on Dec. 3, 2018.', 'Dec')).toEqual(['Dec. 3, 2018', '2018-12-03']);
    expect(run(month, 'It will open in May.', 'May')).toEqual(['May', '2019-05']);
    expect(run(month, 'May I ask?', 'May')).toBeNull();
  });

  it('dayMonth: day before month, and US numeric dates', () => {
    expect(run(dayMonth, 'on 3 December 2018', '3')).toEqual(['3 December 2018', '2018-12-03']);
    expect(run(dayMonth, 'on the 3rd of December', '3')).toEqual(['3rd of December', '2018-12-03']);
    expect(run(dayMonth, 'filed 7/8/07 in court', '7')).toEqual(['7/8/07', '2007-07-08']);
    expect(run(dayMonth, 'it cost 12 dollars', '12')).toBeUndefined();
  });

  it('year: years, decades, ISO dates and quarters, but not amounts', () => {
    expect(run(year, 'in 2009 it grew', '2009')).toEqual(['2009', '2009']);
    expect(run(year, 'in the 1990s', '1990')).toEqual(['1990s', '199X']);
    expect(run(year, 'on 2008-03-01', '2008')).toEqual(['2008-03-01', '2008-03-01']);
    expect(run(year, 'in 2009 Q3', '2009')).toEqual(['2009 Q3', '2009-Q3']);
    expect(run(year, 'paid $2000 for it', '2000')).toBeUndefined();
  });

  it("apostropheYear, bareDecade and quarter: '82, the 80s, Q3", () => {
    expect(run(apostropheYear, "since '82", "'")).toEqual(["'82", '1982']);
    expect(run(apostropheYear, "the '90s", "'")).toEqual(["'90s", '199X']);
    expect(run(bareDecade, 'in the 80s', '80')).toEqual(['80s', '198X']);
    expect(run(quarter, 'Q3 2009 results', 'Q3')).toEqual(['Q3 2009', '2009-Q3']);
  });

  it('season and ordinalQuarter', () => {
    expect(run(season, 'by spring 2009', 'spring')).toEqual(['spring 2009', '2009-SP']);
    expect(run(season, 'in the fall', 'fall')).toBeNull();
    expect(run(ordinalQuarter, 'third-quarter profits will rise', 'third')).toEqual(['third-quarter', '2019-Q3']);
  });
});
