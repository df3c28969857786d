import { describe, expect, it } from 'vitest';
import { dropLoneWords } from '../../../utils/nlp/people/weak-singles';
import { at, doc, show } from './_doc';

describe('people step: dropLoneWords', () => {
  it('drops a lone word seen once with no sign of a person', () => {
    const d = doc('Ships crossed the Pacific in May.');
    expect(dropLoneWords(d, [at(d, 'Pacific')])).toEqual([]);
  });

  it('keeps a lone word that is part of a full name, said something, or follows a title', () => {
    const d = doc('Zyxwv Qorlund met Mr. Brastow. Qorlund left. Vexilo said no.');
    const ms = [at(d, 'Zyxwv Qorlund'), at(d, 'Brastow'), at(d, 'Qorlund', 1), at(d, 'Vexilo')];
    expect(show(d, dropLoneWords(d, ms))).toEqual(['Zyxwv Qorlund', 'Brastow', 'Qorlund', 'Vexilo']);
  });

  it('takes no title from the line above: the end of a headline', () => {
    const d = doc('Hubble sees a dying star\n\nAstronomers using the telescope saw it. Film star Vexilo smiled.');
    expect(show(d, dropLoneWords(d, [at(d, 'Astronomers'), at(d, 'Vexilo')]))).toEqual(['Vexilo']);
  });
});
