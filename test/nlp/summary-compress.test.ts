import { describe, expect, it } from 'vitest';
import { compress } from '../../utils/nlp/summary/compress';
import { summarize } from '../../utils/nlp/summary';
import { splitSentences } from '../../utils/nlp/sentences';

// The summary's sentences in fewer words (issue #11): these sentences are made up.
describe('compress: an opening phrase that only points the reader', () => {
  it('leaves out "In fact," "Moreover," "In other words," and gives the sentence its capital', () => {
    expect(compress('In fact, the bridge was closed for two days.')).toBe('The bridge was closed for two days.');
    expect(compress('Moreover, it will cost more than planned.')).toBe('It will cost more than planned.');
    expect(compress('In other words, the council has no money left.')).toBe('The council has no money left.');
    expect(compress('Indeed, 40 workers lost their jobs.')).toBe('40 workers lost their jobs.');
  });

  it('keeps a contrast, a cause, a time, a concession, a hedge and an example: they say how far the sentence holds', () => {
    for (const s of [
      'However, the bridge was closed for two days.',
      'As a result, the bridge was closed for two days.',
      'Meanwhile, the bridge was closed for two days.',
      'Of course, the bridge was closed for two days.',
      'Later, the bridge was closed for two days.',
      'In many respects, the bridge was a failure.',
      'For example, Harwick taxes sugar at 20 per cent.',
    ])
      expect(compress(s)).toBe(s);
  });

  it('keeps the phrase when it is not an opening followed by a comma, or when the next word cannot take a capital', () => {
    expect(compress('In fact the bridge was closed.')).toBe('In fact the bridge was closed.');
    expect(compress('The bridge, in fact, was closed for two days.')).toBe(
      'The bridge, in fact, was closed for two days.',
    );
    expect(compress('In fact, iPhone sales fell by a third.')).toBe('In fact, iPhone sales fell by a third.');
    // a word that merely starts like a phrase in the list
    expect(compress('Indeedville, a town of 400, voted on Monday.')).toBe(
      'Indeedville, a town of 400, voted on Monday.',
    );
  });
});

describe('compress: an age after a name', () => {
  it('leaves out "45," after a name', () => {
    expect(compress('Jane Smith, 45, was arrested on Monday.')).toBe('Jane Smith was arrested on Monday.');
    expect(compress('The bus was driven by Tom Reyes, 19, who was unhurt.')).toBe(
      'The bus was driven by Tom Reyes, who was unhurt.',
    );
  });

  it('keeps the comma before a second appositive or a place', () => {
    expect(compress('Jane Smith, 45, a teacher, was arrested.')).toBe('Jane Smith, a teacher, was arrested.');
    expect(compress('Jane Smith, 45, and her son were arrested.')).toBe('Jane Smith and her son were arrested.');
    expect(compress('Jane Smith, 45, of Leeds, was arrested.')).toBe('Jane Smith, of Leeds, was arrested.');
  });

  it('keeps dates, counts, years, lists of figures, and an age after a name that follows a comma', () => {
    for (const s of [
      'On May 5, 12 people were hurt in the crash.',
      'The rules of Chapter 4, 5, and 6 apply here.',
      'Jane Smith, 1990, was the title of the film.',
      'Parts One, 2, 3 were sold out.',
      'The results were Leeds, 3, Hull, 1, and York, 2, Bath, 0.',
      // after a comma: an appositive ("The driver, Tom Reyes") or an opening phrase ("On Monday, Tom Reyes"), which
      // want different commas once the age is gone
      'The driver, Tom Reyes, 19, was unhurt.',
      'On Monday, Tom Reyes, 19, was arrested.',
      'The score was Harwick 3, 2 after extra time.',
    ])
      expect(compress(s)).toBe(s);
  });
});

describe('summarize: compressed sentences', () => {
  it('shows the lead without the pointing phrase and the age, attribution untouched', () => {
    const text = [
      'Jane Smith, 45, was elected mayor of Harwick on Sunday, the election board said.',
      'In fact, she won every district in the city.',
      'She will take office in January.',
    ].join('\n\n');
    expect(summarize(text, splitSentences(text), { people: [], title: null })).toEqual([
      'Jane Smith was elected mayor of Harwick on Sunday, the election board said.',
      'She won every district in the city.',
      'She will take office in January.',
    ]);
  });
});
