import { describe, expect, it } from 'vitest';
import { dropTeams } from '../../../utils/nlp/people/teams';
import { at, doc, show } from './_doc';

describe('people step: dropTeams', () => {
  it('drops the teams of a results line and the label of a line-up', () => {
    const d = doc(
      'Results :\nVfB Stuttgart 4 Freiburg 1\n\nBastia - Martini ; Jurietti , Mendy , Penneteau , Ghisolfi .\n\n' +
        'Bastia lost. Stuttgart won.',
    );
    const ms = [at(d, 'VfB Stuttgart'), at(d, 'Martini'), at(d, 'Bastia', 1), at(d, 'Stuttgart', 1)];
    expect(show(d, dropTeams(d, ms))).toEqual(['Martini']);
  });

  it('keeps a full name with a known given name, and a label without a line-up after it', () => {
    const d = doc('Chicago 104 Miami 95\nMichael Jordan scored.\nJordan - the best .');
    const ms = [at(d, 'Michael Jordan'), at(d, 'Jordan', 1)];
    expect(show(d, dropTeams(d, ms))).toEqual(['Michael Jordan', 'Jordan']);
  });
});
