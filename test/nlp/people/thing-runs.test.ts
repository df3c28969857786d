import { describe, expect, it } from 'vitest';
import { dropThingRuns } from '../../../utils/nlp/people/thing-runs';
import { at, doc, show } from './_doc';

describe('people step: dropThingRuns', () => {
  it('drops a run of unknown words when one of them is written in lower case elsewhere', () => {
    const d = doc('Standalone Wasm runs anywhere. A standalone binary needs no browser.');
    expect(dropThingRuns(d, [at(d, 'Standalone Wasm')])).toEqual([]);
  });

  it('keeps a run of unknown words that the text never writes in lower case', () => {
    const d = doc('Zyxwv Qorlund runs a farm. The farm is large.');
    expect(show(d, dropThingRuns(d, [at(d, 'Zyxwv Qorlund')]))).toEqual(['Zyxwv Qorlund']);
  });

  it('keeps a run with a speech verb after a word, capitals or a listed origin, not a lower-case word', () => {
    const d = doc(
      'Mossy Qorlund met Zyxwv Brastow and AS Qorlund. Brastow said mossy rocks brastow well as ever. Zyxwv Vexilo, too.',
    );
    const listed = { ...at(d, 'Zyxwv Vexilo'), listed: true };
    const ms = [at(d, 'Mossy Qorlund'), at(d, 'Zyxwv Brastow'), at(d, 'AS Qorlund'), listed];
    expect(show(d, dropThingRuns(d, ms))).toEqual(['Zyxwv Brastow', 'AS Qorlund', 'Zyxwv Vexilo']);
  });

  it('does nothing to lone words', () => {
    const d = doc('Wasm is small. The wasm file loads.');
    expect(show(d, dropThingRuns(d, [at(d, 'Wasm')]))).toEqual(['Wasm']);
  });

  it.each([
    ['Each executor sends NextWork RPCs to the controller.', 'NextWork'],
    ['Send Content-Length Content-Type headers with each request.', 'Content-Length Content-Type'],
    ['Fans watched the PlayStation stream.', 'PlayStation'],
  ])('drops a word joined from two capitalized common words: %s', (text, found) => {
    const d = doc(text);
    expect(dropThingRuns(d, [at(d, found)])).toEqual([]);
  });

  it('keeps names with a capital inside or a hyphen whose halves are no two common words', () => {
    const d = doc('LeBron James met Mike McKay, Jan-Christoph Borchardt and Alexandria Ocasio-Cortez.');
    const names = ['LeBron James', 'Mike McKay', 'Jan-Christoph Borchardt', 'Alexandria Ocasio-Cortez'];
    expect(
      show(
        d,
        dropThingRuns(
          d,
          names.map((n) => at(d, n)),
        ),
      ),
    ).toEqual(names);
  });

  it('drops a run of three words or more with a word inside that no name list knows and the text writes in lower case', () => {
    const d = doc(
      'Ingrid Goes West is a dark comedy. The story goes on. Sacha Baron Cohen and Dick Van Dyke met a van driver.',
    );
    const ms = [at(d, 'Ingrid Goes West'), at(d, 'Sacha Baron Cohen'), at(d, 'Dick Van Dyke')];
    expect(show(d, dropThingRuns(d, ms))).toEqual(['Sacha Baron Cohen', 'Dick Van Dyke']);
  });
});
