import { describe, expect, it } from 'vitest';
import { addNameLists, addTableLists } from '../../../utils/nlp/people/name-lists';
import { findPeople } from '../../../utils/nlp/people';
import { splitSentences } from '../../../utils/nlp/sentences';
import { at, doc, show } from './_doc';

describe('people step: addNameLists', () => {
  it('adds the other names of a list in which two items are already people', () => {
    const d = doc('The line-up was Smith, Jones, Kane and Walker Brown.');
    const ms = [at(d, 'Smith'), at(d, 'Kane')];
    expect(show(d, addNameLists(d, ms))).toEqual(['Smith', 'Jones', 'Kane', 'Walker Brown']);
  });

  it('adds no place, and nothing to a list with fewer than two people', () => {
    const d = doc('Guests were Tom Hanks, Meryl Streep and Paris. Then Smith, Jones and Kane spoke.');
    const ms = [at(d, 'Tom Hanks'), at(d, 'Meryl Streep'), at(d, 'Smith')];
    expect(show(d, addNameLists(d, ms))).toEqual(['Tom Hanks', 'Meryl Streep', 'Smith']);
  });

  it('adds no unknown lone word: it may be a team or a place', () => {
    const d = doc('Smith, Zyxwvq and Kane scored.');
    const ms = [at(d, 'Smith'), at(d, 'Kane')];
    expect(show(d, addNameLists(d, ms))).toEqual(['Smith', 'Kane']);
  });

  it("reads a line-up after a team's label: lone names it does not know, but no place", () => {
    const d = doc('Teams :\nLyon - Coupet ; Deplace , Roche , Laville , Bak ; Gaillard , Kovacevic , London .');
    const ms = [at(d, 'Kovacevic')];
    const out = addNameLists(d, ms);
    expect(show(d, out)).toEqual(['Coupet', 'Deplace', 'Roche', 'Laville', 'Bak', 'Gaillard', 'Kovacevic']);
    expect(out.filter((m) => m.listed)).toHaveLength(7);
  });

  it("marks the tagger's own names of a line-up as listed, so no lone-word doubt drops them later", () => {
    const d = doc(
      'Rovers: Okafor; Brandt, Lindqvist, Moreau, Tessel; Quayle, Varga, Janelt; Halvorsen, Toney, Strand.',
    );
    const ms = [at(d, 'Okafor'), at(d, 'Janelt'), at(d, 'Toney')];
    const out = addNameLists(d, ms);
    expect(
      show(
        d,
        out.filter((m) => m.listed),
      ),
    ).toEqual(show(d, out));
    expect(show(d, out)).toContain('Janelt');
    // not in a line-up: a name the tagger found stays as it was
    const e = doc('Smith, Jones, Kane and Walker Brown came.');
    expect(addNameLists(e, [at(e, 'Smith'), at(e, 'Kane')]).filter((m) => m.listed)).toHaveLength(0);
  });

  it('keeps every name of a line-up end to end, the unknown lone words the tagger found included', () => {
    const t = 'Rovers: Okafor; Brandt, Lindqvist, Moreau, Tessel; Quayle, Varga, Janelt; Halvorsen, Toney, Strand.';
    const names = findPeople(t, splitSentences(t)).flatMap((p) => p.mentions.map((m) => t.slice(m.start, m.end)));
    expect(names).toEqual(expect.arrayContaining(['Tessel', 'Janelt', 'Toney']));
    expect(names).toHaveLength(11);
  });

  it("skips a scorer's minutes and a bowler's figures between the names", () => {
    const d = doc(
      'Scorers : Jordan 31 , Pippen 22 , Kukoc 14 . Bowling : Doull 19-5-51-1 , Cairns 17-2-66-1 , Astle 8-3-15-0',
    );
    const ms = [at(d, 'Jordan'), at(d, 'Pippen'), at(d, 'Doull'), at(d, 'Cairns')];
    expect(show(d, addNameLists(d, ms))).toEqual(['Jordan', 'Pippen', 'Kukoc', 'Doull', 'Cairns', 'Astle']);
  });

  it('reads no line-up from a list of places or unknown words without two names', () => {
    const d = doc(
      'Visits : France ; Spain , Italy , Zyxw , Qwerty , Brazil .\nTeams : Zyxw ; Qwerty , Plokm , Vbnmx , Asdfg .',
    );
    expect(addNameLists(d, [])).toEqual([]);
  });

  it('again, once surnames alone are people: a list with figures, not a plain list', () => {
    const d = doc('Smith, Jones, Kane and Walker Brown met . Scorers : Jordan 31 , Pippen 22 , Kukoc 14 .');
    const ms = [at(d, 'Smith'), at(d, 'Kane'), at(d, 'Jordan'), at(d, 'Pippen')];
    const out = addTableLists(d, ms);
    expect(show(d, out)).toEqual(['Smith', 'Kane', 'Jordan', 'Pippen', 'Kukoc']);
    expect(out[4].listed).toBe(true);
  });
});
