import { describe, expect, it } from 'vitest';
import { addResultsRows } from '../../../utils/nlp/people/results-rows';
import { at, doc, show } from './_doc';

describe('people step: addResultsRows', () => {
  it('adds every competitor of rows with a country in brackets', () => {
    const d = doc(
      'Results :\n1. Kasparov ( Russia ) 4 points\n2. Zyrtovic ( Belarus ) 3\n3. Olmedo-Quint ( Spain ) 2 1/2\n',
    );
    expect(show(d, addResultsRows(d, []))).toEqual(['Kasparov', 'Zyrtovic', 'Olmedo-Quint']);
  });

  it('adds the names of rows with figures on both sides when one of them is already a person', () => {
    const d = doc('Leading scores :\n136 Darren Clarke 70 66\n137 Ian Woosnam 68 69\n138 Rolf Brandtvik 71 67\n');
    const out = addResultsRows(d, [at(d, 'Darren Clarke')]);
    expect(show(d, out)).toEqual(['Darren Clarke', 'Ian Woosnam', 'Rolf Brandtvik']);
    expect(out.filter((m) => m.listed)).toHaveLength(2);
  });

  it('adds nothing to rows of teams, places or without a person among them', () => {
    const teams = doc('Standings :\nBayern Munich 27 17 57\nVfB Stuttgart 27 15 51\nWerder Bremen 26 14 48\n');
    expect(addResultsRows(teams, [at(teams, 'VfB Stuttgart')])).toHaveLength(1);
    const none = doc('Scores :\n136 Darren Clarke 70 66\n137 Ian Woosnam 68 69\n138 Rolf Brandtvik 71 67\n');
    expect(addResultsRows(none, [])).toEqual([]);
  });

  it('needs three rows in one block, or three consecutive lines with a bracket after the name', () => {
    const d = doc(
      '1. Kasparov ( Russia ) 4\n2. Zyrtovic ( Belarus ) 3\n\nThe last round is on Sunday .\n\nMoss ( England ) 2',
    );
    expect(addResultsRows(d, [])).toEqual([]);
    const rows = doc(
      'Kasparov ( Russia ) beat Zyrtovic ( Belarus ) 3-1\n\nJeroen van Hoek ( Netherlands ) beat Moss ( Wales ) 3-2',
    );
    expect(show(rows, addResultsRows(rows, []))).toEqual(['Kasparov', 'Zyrtovic', 'Jeroen van Hoek', 'Moss']);
  });

  it('reads a ranked list printed a row per paragraph, not scores printed so', () => {
    const golf = doc('Leading scores :\n\n65 Ian Woosnam\n\n66 Colin Montgomerie\n\n67 Darren Clarke\n');
    const out = addResultsRows(golf, [at(golf, 'Colin Montgomerie'), at(golf, 'Darren Clarke')]);
    expect(show(golf, out)).toEqual(['Ian Woosnam', 'Colin Montgomerie', 'Darren Clarke']);
    const scores = doc('Results :\n\nAyr 2 Hamilton 1\n\nClyde 0 Morton 3\n\nStirling 1 Ross 1\n');
    expect(addResultsRows(scores, [at(scores, 'Hamilton')])).toHaveLength(1);
  });

  it('adds the players of rows with a club in brackets when one of them is a person', () => {
    const d = doc(
      'Leading scorers : 17 - Ulf Kirsten ( Leverkusen ) ; 15 - Jan Moravek ( Hansa Rostock ) ; 12 - Tom Aldous ( Bochum )',
    );
    expect(show(d, addResultsRows(d, [at(d, 'Ulf Kirsten')]))).toEqual(['Ulf Kirsten', 'Jan Moravek', 'Tom Aldous']);
    expect(addResultsRows(d, [])).toEqual([]);
  });

  it("adds the players of a box score's records in brackets when one of them is a person", () => {
    const d = doc('W - Hentgen ( 18-7 ) L - Gordon ( 9-8 ) HR - Delgado ( 22 ) , Carter ( 28 )');
    expect(show(d, addResultsRows(d, [at(d, 'Gordon')]))).toEqual(['Hentgen', 'Gordon', 'Delgado', 'Carter']);
  });
});
