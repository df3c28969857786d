import { describe, expect, it } from 'vitest';
import { cleanSentence } from '../../utils/nlp/summary/clean';

// Page residue cut from the start of a sentence (issue #11): these sentences are made up.
describe('cleanSentence: datelines', () => {
  it('cuts a date alone before a long dash', () => {
    expect(cleanSentence('Feb. 23, 2015 -- Peanut allergies have been on the rise in the past decade.')).toBe(
      'Peanut allergies have been on the rise in the past decade.',
    );
    expect(cleanSentence('April 17, 2015 — Doctors in Leeds have found a new way to treat burns.')).toBe(
      'Doctors in Leeds have found a new way to treat burns.',
    );
    expect(cleanSentence('Sept. 4 – "We are ready," the mayor said on the steps of the town hall.')).toBe(
      '"We are ready," the mayor said on the steps of the town hall.',
    );
  });

  it('keeps a sentence that only opens with a date, a number before a dash, or a dash inside a phrase', () => {
    for (const s of [
      'May 5 was the day the river broke its banks in three places.',
      'Chapter 5 — The storm is the best part of the book.',
      'March 3 — the day the storm hit — was the wettest of the year.',
      'June 2015-era phones cannot run the new app.',
    ])
      expect(cleanSentence(s)).toBe(s);
  });

  it('still cuts a date and an agency, and a place', () => {
    expect(cleanSentence('Dec 5 (Reuters) - Oil prices rose on Thursday.')).toBe('Oil prices rose on Thursday.');
    expect(cleanSentence('WASHINGTON — The Senate passed the bill on Thursday.')).toBe(
      'The Senate passed the bill on Thursday.',
    );
  });
});

describe('cleanSentence: link labels', () => {
  it('cuts a link label for screen readers glued to the linked word or in brackets', () => {
    expect(cleanSentence('The company saidOpens a new window that its new platform would launch in May.')).toBe(
      'The company said that its new platform would launch in May.',
    );
    expect(cleanSentence('The report (opens in a new tab) found that rents rose by a tenth.')).toBe(
      'The report found that rents rose by a tenth.',
    );
  });

  it('keeps prose about windows and tabs', () => {
    for (const s of [
      'Clicking the button opens a new window with the full map.',
      'The browser opens a new tab for each search.',
      'Opens a new window onto the lives of miners, the book was praised by critics.',
    ])
      expect(cleanSentence(s)).toBe(s);
  });
});
