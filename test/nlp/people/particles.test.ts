import { describe, expect, it } from 'vitest';
import { extendNames } from '../../../utils/nlp/people/particles';
import { at, doc, show } from './_doc';

describe('people step: extendNames', () => {
  it('joins a leading initial, and the third part of a Korean name', () => {
    const d = doc('L. Ron Hubbard wrote it. Kim Jong Un replied.');
    const ms = [at(d, 'Ron Hubbard'), at(d, 'Kim Jong')];
    expect(show(d, extendNames(d, ms))).toEqual(['L. Ron Hubbard', 'Kim Jong Un']);
  });

  it.each([
    // Cantonese, Hokkien and Teochew family names written first, as Hong Kong, Singapore and Malaysia print them
    ['Minister Chan Chun Sing spoke.', 'Chan Chun', 'Chan Chun Sing'],
    ['Director Wong Kar Wai arrived.', 'Wong Kar', 'Wong Kar Wai'],
    ['Chow Yun Fat smiled.', 'Chow Yun', 'Chow Yun Fat'],
  ])('joins the third part of a name after a family name: %s', (text, found, name) => {
    const d = doc(text);
    expect(show(d, extendNames(d, [at(d, found)]))).toEqual([name]);
  });

  it('keeps the particle of a surname the document writes with it', () => {
    const d = doc('Bill de Blasio spoke. Mr. de Blasio left.');
    const ms = [at(d, 'Bill de Blasio'), at(d, 'Blasio', 1)];
    expect(show(d, extendNames(d, ms))).toEqual(['Bill de Blasio', 'de Blasio']);
  });

  it('joins lower-case particles between a given name and the surname', () => {
    const d = doc('Ana de la Vega spoke.');
    expect(show(d, extendNames(d, [at(d, 'Vega')]))).toEqual(['Ana de la Vega']);
  });

  it('joins a given name the lexicon does not know, not a sentence opener nor a title', () => {
    const d = doc('Only Aravinda de Silva resisted. Later Zorvath de Silva scored.');
    expect(show(d, extendNames(d, [at(d, 'Silva'), at(d, 'Silva', 1)]))).toEqual([
      'Aravinda de Silva',
      'Zorvath de Silva',
    ]);
    const opener = doc('Zorvath de Silva resisted.');
    expect(show(opener, extendNames(opener, [at(opener, 'Silva')]))).toEqual(['Silva']);
  });

  it('joins a given name before a middle initial, also one already taken alone', () => {
    const d = doc('It was written by Emily V. Gordon, and Emily Dickinson wrote poems.');
    const ms = [at(d, 'Emily'), at(d, 'Gordon'), at(d, 'Emily Dickinson')];
    expect(show(d, extendNames(d, ms))).toEqual(['Emily V. Gordon', 'Emily Dickinson']);
  });

  it('joins no title, opener or place before an initial', () => {
    const d = doc('Senator J. Smith spoke. Meanwhile J. Jones left. In Paris J. Brown won.');
    const ms = [at(d, 'Smith'), at(d, 'Jones'), at(d, 'Brown')];
    expect(show(d, extendNames(d, ms))).toEqual(['J. Smith', 'J. Jones', 'J. Brown']);
  });
});
