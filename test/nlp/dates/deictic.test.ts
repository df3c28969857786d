import { describe, expect, it } from 'vitest';
import { ago, deictic, earlierLater, relative, vague } from '../../../utils/nlp/dates/deictic';
import { run } from './_ctx';

// reference date 2019-03-14 (a Thursday)
describe('dates recognisers: relative to the reference date', () => {
  it('deictic: yesterday, today, tonight', () => {
    expect(run(deictic, 'It fell yesterday.', 'yesterday')).toEqual(['yesterday', '2019-03-13']);
    expect(run(deictic, 'It opens tonight.', 'tonight')).toEqual(['tonight', '2019-03-14TNI']);
    expect(run(deictic, 'It opens today.', 'today', null)).toEqual(['today', null]);
  });

  it('vague: now, recently, but not "now that"', () => {
    expect(run(vague, 'It is now closed.', 'now')).toEqual(['now', 'PRESENT_REF']);
    expect(run(vague, 'It recently closed.', 'recently')).toEqual(['recently', 'PAST_REF']);
    expect(run(vague, 'So now that it closed, we left.', 'now')).toBeNull();
  });

  it('relative: last week, next March, this Friday; "past week" is a span', () => {
    expect(run(relative, 'It rose last week.', 'last')).toEqual(['last week', '2019-W10']);
    expect(run(relative, 'It opens next March.', 'next')).toEqual(['next March', '2020-03']);
    expect(run(relative, 'We will meet this Friday.', 'this')).toEqual(['this Friday', '2019-03-15']);
    expect(run(relative, 'It rose in the past week.', 'past')).toBeNull();
  });

  it('earlierLater and ago', () => {
    expect(run(earlierLater, 'It rose earlier this year.', 'earlier')).toEqual(['earlier this year', '2019']);
    expect(run(ago, 'It opened two days ago.', 'two')).toEqual(['two days ago', '2019-03-12']);
    expect(run(ago, 'It opened several years ago.', 'several')).toEqual(['several years ago', 'PAST_REF']);
  });
});
