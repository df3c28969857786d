import { describe, expect, it } from 'vitest';
import { dropNotNames } from '../../../utils/nlp/people/not-names';
import { at, doc, show } from './_doc';

describe('people step: dropNotNames', () => {
  it('drops holidays, deities and planets named alone', () => {
    const d = doc('Sales rose before Easter. He thanked God. The probe reached Mars.');
    expect(dropNotNames(d, [at(d, 'Easter'), at(d, 'God'), at(d, 'Mars')])).toEqual([]);
  });

  it('drops voice assistants and AI models named alone', () => {
    const d = doc('The new Alexa can book tables. Apple delayed Siri again. Anthropic updated Claude.');
    expect(dropNotNames(d, [at(d, 'Alexa'), at(d, 'Siri'), at(d, 'Claude')])).toEqual([]);
  });

  it('drops the plural of an acronym, keeps a name written in capitals', () => {
    const d = doc('Emscripten uses WASI APIs where it can. The CEOs met. JONES scored.');
    const ms = [at(d, 'APIs'), at(d, 'CEOs'), at(d, 'JONES')];
    expect(show(d, dropNotNames(d, ms))).toEqual(['JONES']);
  });

  it('drops a run of capitals that holds the plural of an acronym', () => {
    const d = doc('Kudos to the RIM CEOs. The NextWork RPCs run. Paul Jones spoke.');
    const ms = [at(d, 'RIM CEOs'), at(d, 'NextWork RPCs'), at(d, 'Paul Jones')];
    expect(show(d, dropNotNames(d, ms))).toEqual(['Paul Jones']);
  });

  it.each([
    [
      '“Ah, Bartleby!” he cried. Ah Bartleby! Ah humanity!',
      ['Bartleby', 'Ah', 'Ah Bartleby'],
      ['Bartleby', 'Bartleby'],
    ],
    ["“I'm Joe Biden, and I approve this message.”", ["I'm Joe Biden"], ['Joe Biden']],
    ['“I’ve Rachel Reeves to thank,” he said.', ['I’ve Rachel Reeves'], ['Rachel Reeves']],
  ])('cuts an interjection or "I\'m" off a name: %s', (text, found, kept) => {
    const d = doc(text);
    expect(
      show(
        d,
        dropNotNames(
          d,
          found.map((p, k) => at(d, p, found.slice(0, k).filter((x) => x === p).length)),
        ),
      ),
    ).toEqual(kept);
  });

  it('keeps such a word when the text gives it as part of a full name', () => {
    const d = doc('Bruno Mars sang. Later Mars said he was tired.');
    const ms = [at(d, 'Bruno Mars'), at(d, 'Mars', 1)];
    expect(show(d, dropNotNames(d, ms))).toEqual(['Bruno Mars', 'Mars']);
  });

  it('drops a lone given name used as a common noun: after a determiner or an ordinary capitalized word', () => {
    const d = doc('Critics attacked the Data Retention Bill on Monday. Officials said the Bill would pass.');
    expect(dropNotNames(d, [at(d, 'Bill'), at(d, 'Bill', 1)])).toEqual([]);
  });

  it('keeps a given name after a title, at the start of a sentence, or in a full name', () => {
    const d = doc('Uncle Bill arrived. Bill smiled. Then Bill Clinton spoke.');
    const ms = [at(d, 'Bill'), at(d, 'Bill', 1), at(d, 'Bill Clinton')];
    expect(show(d, dropNotNames(d, ms))).toEqual(['Bill', 'Bill', 'Bill Clinton']);
  });

  it('drops the pieces of @handles and #hashtags, keeps the name written out', () => {
    const d = doc('Follow @Mary_Smith for updates. #Smith trended after Mary Smith spoke.');
    const ms = [at(d, 'Smith'), at(d, 'Smith', 1), at(d, 'Mary Smith')];
    expect(show(d, dropNotNames(d, ms))).toEqual(['Mary Smith']);
  });
});
