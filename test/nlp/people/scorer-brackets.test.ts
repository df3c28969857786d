import { describe, expect, it } from 'vitest';
import { addScorerBrackets } from '../../../utils/nlp/people/scorer-brackets';
import { at, doc, show } from './_doc';

describe('people step: addScorerBrackets', () => {
  it("adds the scorers in brackets after each team's score, common words too", () => {
    const d = doc('Hullford 2 ( Varga 12 , Di Santo 60 ) Kesteven 1 ( Speed 45 ) . Attendance 12,000 .');
    expect(show(d, addScorerBrackets(d, []))).toEqual(['Varga', 'Di Santo', 'Speed']);
  });

  it('reads several minutes and penalties for one scorer', () => {
    const d = doc('Brenton 3 ( Okafor 8 , 55 pen , Lindqvist 71 ) Marlow 0 .');
    const out = addScorerBrackets(d, []);
    expect(show(d, out)).toEqual(['Okafor', 'Lindqvist']);
    expect(out.every((m) => m.listed)).toBe(true);
  });

  it('replaces a mention that covered only part of a scorer', () => {
    const d = doc('Brenton 1 ( Le Bihan 30 , Moss 41 ) Marlow 0 .');
    expect(show(d, addScorerBrackets(d, [at(d, 'Bihan')]))).toEqual(['Le Bihan', 'Moss']);
  });

  it('needs two scorers or two such brackets, and no place or organization inside', () => {
    const one = doc('The laptop ships with Windows 10 ( Build 19 ) installed .');
    expect(addScorerBrackets(one, [])).toEqual([]);
    const place = doc('Brenton 2 ( Paris 12 , London 60 ) Marlow 0 .');
    expect(addScorerBrackets(place, [])).toEqual([]);
  });

  it("reads a cricket side's batsmen and bowlers in brackets after its total", () => {
    const d = doc('Scores : Lanka 171 ( de Silva 68 , Tillakaratne 31 ; Wasim 4-36 , Saeed 27 not out ) .');
    expect(show(d, addScorerBrackets(d, []))).toEqual(['de Silva', 'Tillakaratne', 'Wasim', 'Saeed']);
  });

  it('adds nothing when most items are common words (versions, not scorers)', () => {
    const d = doc('It runs Windows 11 ( Version 22 , Build 226 ) and Office 365 ( Update 12 , Release 3 ) .');
    expect(addScorerBrackets(d, [])).toEqual([]);
  });
});
