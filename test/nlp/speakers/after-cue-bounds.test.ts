// Where the attribution after a quotation stops (cue-after.ts, inverted.ts): a finished quotation is not attributed
// by the next paragraph ('Asked whether …, she shrugged' opens a sentence of its own); 'Asked whether …', 'asked
// about …' name no one who speaks; a semicolon after the closing mark opens a clause of its own. A dash line under
// a pull quote still attributes it.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

describe('the attribution after a quotation', () => {
  it.each([
    [
      'Denise Alvarado, a nurse at the hospital for 22 years, came to watch the hearing.\n\n' +
        '"We were told to make do," she said. "We bought our own blood pressure cuffs."\n\n' +
        'Asked whether the sentence was enough, she shrugged.',
      ['Denise Alvarado', 'Denise Alvarado'],
    ],
    [
      'Tom Reilly, who runs the shop, was blunt.\n\n"We were told to make do," he said. "We bought our own tills."\n\n' +
        'Asked about the council, the owner of the café next door said nothing.',
      ['Tom Reilly', 'Tom Reilly'],
    ],
    [
      'The chancellor froze fuel duty. The Conservatives say it is a "tax raid"; the Lib Dems say social care was ' +
        'ignored.',
      ['The Conservatives'],
    ],
    ['"Journalism is printing what someone else does not want printed."\n— George Orwell', ['George Orwell']],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
