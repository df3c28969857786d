import { describe, expect, it } from 'vitest';
import { addParticleNames } from '../../../utils/nlp/people/particle-names';
import { stepOn } from './_doc';

/** Text, the mentions found before the step, the mentions after it. */
const ROWS: [string, string[], string[]][] = [
  // a given name, particles and a surname, with a person's sign beside them
  ['Ana de la Cruz, a spokeswoman, said the plan was sound.', [], ['Ana de la Cruz']],
  ['Mayor Ana de la Cruz spoke.', [], ['Ana de la Cruz']],
  ['Maria de Jesus, 42, lost her home.', [], ['Maria de Jesus']],
  ['Luis de Camões wrote it.', [], ['Luis de Camões']],
  ['The ruling was read by Eva van der Berg, the judge.', [], ['Eva van der Berg']],
  // its surname after a title elsewhere in the document is the sign
  ['We met Ana de la Cruz on Tuesday. Ms Cruz was calm.', [], ['Ana de la Cruz']],
  // places are written the same way, and nothing marks a person here
  ['Costa del Sol hotels are full.', [], []],
  ['Flights to Rio de Janeiro resumed.', [], []],
  ['The Sierra de Guadarrama Mountains are cold.', [], []],
  ['The road to Ana de la Cruz was quiet.', [], []],
  // a common or organization word after the particle
  ['Rosa de Lima Street was closed.', [], []],
  // a surname another step found alone is left to extendNames
  ['Ana de la Cruz said it.', ['Cruz'], ['Cruz']],
];

describe('people step: addParticleNames', () => {
  it.each(ROWS)('%s (found before: %j)', (text, before, after) => {
    expect(stepOn(addParticleNames, text, before)).toEqual(after);
  });
});
