import { describe, expect, it } from 'vitest';
import { addNameReuses } from '../../../utils/nlp/people/propagate';
import { at, doc, show } from './_doc';

describe('people step: addNameReuses', () => {
  it("adds a full name's words where they stand alone", () => {
    const d = doc('Bernie Sanders spoke. On Friday, Sanders left, and Bernie waved.');
    expect(show(d, addNameReuses(d, [at(d, 'Bernie Sanders')]))).toEqual(['Bernie Sanders', 'Sanders', 'Bernie']);
  });

  it('adds nothing inside a longer capitalized name, nor from a single-word name', () => {
    const d = doc('Bernie Sanders spoke at the Sanders Institute. Madonna sang; Madonna left.');
    expect(show(d, addNameReuses(d, [at(d, 'Bernie Sanders'), at(d, 'Madonna')]))).toEqual([
      'Bernie Sanders',
      'Madonna',
    ]);
  });

  it.each([
    // a known given name before a table's surname: the full name ("praise for Declan Rice" after "Rice" in a line-up)
    ['Line-up: Raya; Rice, Saka.\nArteta praised Declan Rice.', 'Rice', ['Rice', 'Declan Rice']],
    // …but not before a word that names places ("Solomon Islands"), nor after another capitalized word
    ['Line-up: Raya; Islands, Saka.\nHe flew to the Solomon Islands.', 'Islands', ['Islands']],
    ['Line-up: Raya; Rice, Saka.\nThe Lake Declan Rice mill closed.', 'Rice', ['Rice']],
  ])('%s', (text, listed, expected) => {
    const d = doc(text);
    expect(show(d, addNameReuses(d, [{ ...at(d, listed), listed: true }]))).toEqual(expected);
  });

  it('spreads no common word that opened a two-word name ("In" of a citation\'s "In Chhokar, Jagdeep")', () => {
    const d = doc('In Chhokar, Jagdeep (eds.). In 1642, Abel Tasman arrived. A book by Chhokar sold.');
    expect(show(d, addNameReuses(d, [at(d, 'In Chhokar')]))).toEqual(['In Chhokar', 'Chhokar']);
  });

  it("spreads a table's lone names", () => {
    const d = doc('Kasparov ( Russia ) 1 Topalov ( Bulgaria ) 0\nStandings : Kasparov 4 points , Topalov 3 .');
    const ms = [{ ...at(d, 'Kasparov'), listed: true }, at(d, 'Topalov')];
    expect(show(d, addNameReuses(d, ms))).toEqual(['Kasparov', 'Topalov', 'Kasparov']);
  });

  it('spreads no name to a word after an article, unless a noun it modifies follows', () => {
    const d = doc(
      'Bowling Green Falcons coach Tim Falcons spoke. The Falcons were beaten. Fans of the Falcons video laughed.',
    );
    const out = show(d, addNameReuses(d, [at(d, 'Tim Falcons')]));
    expect(out).toEqual(['Tim Falcons', 'Falcons']);
    expect(addNameReuses(d, [at(d, 'Tim Falcons')]).map((m) => d.toks[m.a].start)).toContain(
      d.text.indexOf('Falcons video'),
    );
  });

  it('spreads the surname of a name written with initials ("J.C. Chandor"), which extendNames joins later', () => {
    const d = doc('A film by J.C. Chandor opened. Later, Chandor thanked the cast.\n\nChandor attributed it to luck.');
    const out = addNameReuses(d, [at(d, 'Chandor')]);
    expect(show(d, out)).toEqual(['Chandor', 'Chandor', 'Chandor']);
  });

  it('spreads a surname after its particle capitalized ("Ten Hag" after "Erik ten Hag"), not after another word', () => {
    const d = doc('Erik ten Hag spoke. Ten Hag, whose side are seventh, left. Big Hag Films sold it.');
    expect(show(d, addNameReuses(d, [at(d, 'Erik ten Hag')]))).toEqual(['Erik ten Hag', 'Hag']);
  });

  it('spreads no numeral or suffix alone: the pronoun "I" is not "Nippers I" or "Charles I"', () => {
    const d = doc('Nippers I would not say. But I waive the point, and I know Charles I was king.');
    const ms = [at(d, 'Nippers I'), at(d, 'Charles I')];
    expect(show(d, addNameReuses(d, ms))).toEqual(['Nippers I', 'Charles I']);
  });

  it('adds a known name after a listed prefix in one lower-case token, not an unknown one', () => {
    const d = doc('Robert Mugabe spoke. A post-Mugabe vision and a pro-Putin rally, post-Brexit.');
    expect(show(d, addNameReuses(d, [at(d, 'Robert Mugabe')]))).toEqual(['Robert Mugabe', 'post-Mugabe']);
  });
});
