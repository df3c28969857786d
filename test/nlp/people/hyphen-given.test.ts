import { describe, expect, it } from 'vitest';
import { addHyphenatedGiven } from '../../../utils/nlp/people/hyphen-given';
import { at, doc, show } from './_doc';

describe('people step: addHyphenatedGiven', () => {
  it('opens a full name with two given names joined by a hyphen', () => {
    const d = doc('Marie-Claire Dupont won. Karl-Heinz Rummenigge spoke.');
    expect(show(d, addHyphenatedGiven(d, [at(d, 'Rummenigge')]))).toEqual([
      'Marie-Claire Dupont',
      'Karl-Heinz Rummenigge',
    ]);
  });

  it('adds no hyphenated word that is not two given names, nor one before a place', () => {
    const d = doc('Coca-Cola Company rose. Anne-Marie Paris stayed in Anne-Marie London.');
    expect(show(d, addHyphenatedGiven(d, []))).toEqual([]);
  });
});
