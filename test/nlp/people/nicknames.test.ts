import { describe, expect, it } from 'vitest';
import { joinNicknames } from '../../../utils/nlp/people/nicknames';
import { at, doc, show } from './_doc';

describe('people step: joinNicknames', () => {
  it('joins a nickname in brackets with the names around it', () => {
    const d = doc('Bernard (Bernie) Sanders announced a run.');
    const ms = [at(d, 'Bernard'), at(d, 'Bernie'), at(d, 'Sanders')];
    expect(show(d, joinNicknames(d, ms))).toEqual(['Bernard (Bernie) Sanders']);
  });

  it('joins a quoted nickname of two words', () => {
    const d = doc('Joaquin "El Chapo" Guzman was extradited.');
    const ms = [at(d, 'Joaquin'), at(d, 'El Chapo'), at(d, 'Guzman')];
    expect(show(d, joinNicknames(d, ms))).toEqual(['Joaquin "El Chapo" Guzman']);
  });

  it('leaves a bracket that is not a nickname alone', () => {
    const d = doc('Bernie Sanders (I-Vt.) spoke.');
    const ms = [at(d, 'Bernie Sanders')];
    expect(show(d, joinNicknames(d, ms))).toEqual(['Bernie Sanders']);
  });

  it("joins no country in brackets: it is the person's, not a nickname", () => {
    const d = doc('1. Erik Breukink ( Netherlands ) Rabobank 54 minutes');
    expect(show(d, joinNicknames(d, [at(d, 'Erik Breukink'), at(d, 'Rabobank')]))).toEqual([
      'Erik Breukink',
      'Rabobank',
    ]);
  });

  it.each([
    // single marks, British style; the tagger took only the surname
    ["Obituary: Margaret 'Peggy' O'Neill, union leader", ["O'Neill"], ["Margaret 'Peggy' O'Neill"]],
    ['Thomas ‘Tom’ Watson retired.', ['Watson'], ['Thomas ‘Tom’ Watson']],
    // the tagger took none of it
    ["Obituary: Margaret 'Peggy' O'Neill, union leader", [], ["Margaret 'Peggy' O'Neill"]],
    // no known given name before the marks: a title, not a nickname
    ["Fans of 'Hello' Magazine wrote in.", [], []],
  ])('%s', (text, tagged, expected) => {
    const d = doc(text);
    expect(
      show(
        d,
        joinNicknames(
          d,
          tagged.map((p) => at(d, p)),
        ),
      ),
    ).toEqual(expected);
  });
});
