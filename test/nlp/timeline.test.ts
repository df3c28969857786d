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
