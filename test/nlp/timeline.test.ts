import { describe, expect, it } from 'vitest';
import { buildTimeline, timexSortKey } from '../../utils/nlp/timeline';
import { findDates } from '../../utils/nlp/dates';
import { splitSentences } from '../../utils/nlp/sentences';

function timeline(text: string, ref: string | null) {
  const sentences = splitSentences(text);
  return buildTimeline(text, sentences, findDates(text, sentences, ref));
}

describe('buildTimeline', () => {
  const text =
    'The company said on Tuesday that it would close its last plant. ' +
    'It opened the plant in 1986, when demand for cars was high. ' +
    'Sales fell sharply in the third quarter of 2009, but the firm recovered. ' +
    'Workers will vote next month on the offer, a union spokesman said. ' +
    'The plant currently employs 300 people.';
  const tl = timeline(text, '2010-03-04');

  it('sorts dated statements by date and drops vague references', () => {
    expect(tl.map((e) => e.date)).toEqual(['1986', '2009-Q3', '2010-03-02', '2010-04']);
  });

  it('says what happened in a clause, attribution trimmed', () => {
    expect(tl.map((e) => e.text)).toEqual([
      'It opened the plant in 1986',
      'Sales fell sharply in the third quarter of 2009',
      'The company said on Tuesday that it would close its last plant.',
      'Workers will vote next month on the offer',
    ]);
  });

  it('keeps the statement when the date is on the attribution itself', () => {
    const t2 = timeline('Smith said on Monday that the talks had failed.', '2019-01-09');
    expect(t2).toHaveLength(1);
    expect(t2[0].date).toBe('2019-01-07');
  });

  it('start/end point at the text', () => {
    for (const e of tl) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('deduplicates one date said twice in a sentence', () => {
    const t3 = timeline('In 2016, and again later in 2016, the campaign grew.', '2018-12-30');
    expect(t3).toHaveLength(1);
  });

  it('without a reference date keeps only absolute dates', () => {
    const t4 = timeline('Last week the board met. In 2016 it was founded by two engineers.', null);
    expect(t4.map((e) => e.date)).toEqual(['2016']);
  });

  it('orders periods by their start', () => {
    const keys = ['2019', '2019-W02', '2019-Q1', '2019-01-15', '199X', '2019-SP'].map((v) => timexSortKey(v));
    expect(keys).toEqual([20190101, 20190107, 20190101, 20190115, 19900101, 20190301]);
  });
});

describe('buildTimeline on page residue and run-ons', () => {
  it('drops hover-card and headline residue that states nothing', () => {
    const text =
      "date 2018-12-30 Alumni of Sen. Bernie Sanders Bernard (Bernie) SandersO'Rourke's chances against Trump are overstated Sanders teases possible 2020 White House bid\n\n" +
      'Sanders has said publicly that he is considering a bid for the presidency in 2020.';
    const tl = timeline(text, '2018-12-30');
    // one entry, from the prose sentence (its attribution trimmed), none from the residue line
    expect(tl.map((e) => e.text)).toEqual(['he is considering a bid for the presidency in 2020.']);
  });

  it('drops captions and title-case lines without a verb', () => {
    const tl = timeline(
      'Braverman (left) and Sunak (right) on October 25, 2022.\n\nThe Minister Of State For Immigration Robert Jenrick October 2022\n\nThe plan was announced in October 2022 by the home secretary.',
      '2023-02-24',
    );
    expect(tl.map((e) => e.text)).toEqual(['The plan was announced in October 2022 by the home secretary.']);
  });

  it('cuts a run-on to the clause around the date, keeping its subject, attribution trimmed', () => {
    const text =
      'The company, which has sold more phones than its rival since 2019, reported record profits this year, mainly due to strong demand in Asia and the launch of three new models, according to a report by the news agency.';
    const tl = timeline(text, '2023-05-01');
    const e2019 = tl.find((e) => e.date === '2019')!;
    expect(e2019.text).toMatch(/^The company, which has sold more phones than its rival since 2019/);
    expect(e2019.text).not.toMatch(/mainly due to/);
    const e2023 = tl.find((e) => e.date === '2023')!;
    expect(e2023.text).not.toMatch(/mainly due to|according to/);
    expect(e2023.text).toMatch(/reported record profits this year$/);
  });
});

describe('buildTimeline: a clause that only dates a report', () => {
  it('keeps the sentence when the date is on the attribution after the news', () => {
    const tl = timeline(
      'The retailer cut prices on 2,000 products in its stores, Yahoo Finance reported earlier this year.',
      '2019-05-01',
    );
    expect(tl).toHaveLength(1);
    expect(tl[0].text).toMatch(/^The retailer cut prices on 2,000 products/);
  });
});

describe('buildTimeline: long sentence dated by its attribution', () => {
  it('does not reduce a long sentence to "X reported earlier this year"', () => {
    const text =
      'The co-founder and chief executive said in an internal memo that the “price distinction between the two brands has become less relevant” as the company lowered its prices in hundreds of stores, Yahoo Finance reported earlier this year.';
    const tl = timeline(text, '2019-05-01');
    expect(tl).toHaveLength(1);
    expect(tl[0].text).not.toMatch(/^Yahoo Finance reported/);
    expect(tl[0].text).toMatch(/lowered its prices/);
  });
});

describe('buildTimeline: numbers inside names', () => {
  it('ignores a year-like number run into letters', () => {
    const text = 'Sales reached $6 million in January, according to data firm 1010data.';
    const tl = buildTimeline(text, splitSentences(text), [
      { start: text.indexOf('1010'), end: text.indexOf('1010') + 4, text: '1010', value: '1010' },
    ]);
    expect(tl).toEqual([]);
  });
});

describe('buildTimeline: quotation marks', () => {
  it('drops a quotation mark whose partner is outside the entry', () => {
    const text = '“We’re having to put up with a lot of stuff in 2019. It is hard,” said the elder of the tribe.';
    const tl = timeline(text, '2019-06-01');
    expect(tl[0].text).toBe('We’re having to put up with a lot of stuff in 2019.');
  });
});
