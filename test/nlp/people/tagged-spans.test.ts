import { describe, expect, it } from 'vitest';
import { taggedSpans } from '../../../utils/nlp/people/tagged-spans';
import { doc, show } from './_doc';

describe('people step: taggedSpans', () => {
  it('turns the tags into name spans, ignoring the mentions passed in', () => {
    const d = doc('Yesterday Angela Merkel met Emmanuel Macron in Paris.');
    expect(show(d, taggedSpans(d, []))).toEqual(['Angela Merkel', 'Emmanuel Macron']);
  });

  it('keeps a middle initial inside the name', () => {
    const d = doc('The letter was signed by Donald J. Trump on Monday.');
    expect(show(d, taggedSpans(d, []))).toContain('Donald J. Trump');
  });

  it('starts a new span where the tags say "begins" and drops spans opening on a lower-case word', () => {
    const d = doc('Officials said Trump and Merkel spoke.');
    const tags = new Int8Array(d.toks.length);
    const idx = (w: string) => d.toks.findIndex((t) => d.text.slice(t.start, t.end) === w);
    tags[idx('Trump')] = 1;
    tags[idx('and')] = 1; // a particle-like start: not a name
    tags[idx('Merkel')] = 1;
    expect(show({ ...d, tags }, taggedSpans({ ...d, tags }, []))).toEqual(['Trump', 'Merkel']);
  });
});
