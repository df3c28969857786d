import { describe, expect, it } from 'vitest';
import { addParticleNames } from '../../../utils/nlp/people/particle-names';
import { doc, show } from './_doc';

describe('people step: addParticleNames', () => {
  it.each([
    ['Ana de la Cruz, a spokeswoman, said the plan was sound.', ['Ana de la Cruz']],
    ['Mayor Ana de la Cruz spoke.', ['Ana de la Cruz']],
    ['Maria de Jesus, 42, lost her home.', ['Maria de Jesus']],
    ['Luis de Camões wrote it.', ['Luis de Camões']],
    ['The ruling was read by Eva van der Berg, the judge.', ['Eva van der Berg']],
    // its surname after a title elsewhere in the document is the sign
    ['We met Ana de la Cruz on Tuesday. Ms Cruz was calm.', ['Ana de la Cruz']],
  ])('adds a given name, particles and a surname with a person beside: %s', (text, names) => {
    const d = doc(text);
    expect(show(d, addParticleNames(d, []))).toEqual(names);
  });

  it.each([
    // places are written the same way, and nothing marks a person here
    'Costa del Sol hotels are full.',
    'Flights to Rio de Janeiro resumed.',
    'The Sierra de Guadarrama Mountains are cold.',
    'The road to Ana de la Cruz was quiet.',
    // a common or organization word after the particle
    'Rosa de Lima Street was closed.',
  ])('adds nothing without a sign of a person, or for a place: %s', (text) => {
    const d = doc(text);
    expect(show(d, addParticleNames(d, []))).toEqual([]);
  });

  it('leaves a name another step found alone', () => {
    const d = doc('Ana de la Cruz said it.');
    const cruz = { a: 3, b: 3, listed: false };
    expect(show(d, addParticleNames(d, [cruz]))).toEqual(['Cruz']);
  });
});
