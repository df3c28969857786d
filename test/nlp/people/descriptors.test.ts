import { describe, expect, it } from 'vitest';
import { descriptorsOf } from '../../../utils/nlp/people/descriptors';
import { at, doc } from './_doc';

describe('people: descriptorsOf', () => {
  it('reads titles before, a party tag and a role apposition after', () => {
    const d = doc('Sen. Bernie Sanders (I-Vt.) spoke. John Smith, a Texas congressman, agreed.');
    expect(descriptorsOf(d.text, d.toks, at(d, 'Bernie Sanders'))).toEqual(['Sen.', 'I-Vt.']);
    expect(descriptorsOf(d.text, d.toks, at(d, 'John Smith'))).toEqual(['Texas congressman']);
  });

  it('reads a role apposition before the name, not a clause', () => {
    const d = doc('The company’s chief executive, Tim Cook, said so. Xi said the deal was fair, Li said.');
    expect(descriptorsOf(d.text, d.toks, at(d, 'Tim Cook'))).toEqual(['chief executive']);
    expect(descriptorsOf(d.text, d.toks, at(d, 'Li'))).toEqual([]);
  });
});
