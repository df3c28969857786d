import { describe, expect, it } from 'vitest';
import { found } from './_quotes-fixtures';

// the body of a text quoted in double marks, after a headline or a bullet line
const BODY = '\n\nThe council met on Monday. "We are ready," the mayor said.';
const READY = ['We are ready,'];

describe('a quotation opening its line, handed over by a colon or a dash after the marks', () => {
  // line -> the quotations found
  it.each([
    // a headline's quotation, then a colon and who said it, in either style of marks
    [
      "'I wanted the grief to feel ordinary': Hana Okafor on her novel",
      ['I wanted the grief to feel ordinary', ...READY],
    ],
    [
      '“We will not stop until every home is reconnected”: minister',
      ['We will not stop until every home is reconnected', ...READY],
    ],
    // a key-event bullet, a dash and the speaker
    [
      "- 'Do not travel unless your journey is essential' – police",
      ['Do not travel unless your journey is essential', ...READY],
    ],
    // a title in Title Case, two words, or marks inside the line are not handed over this way
    ["'The Long Field': a quiet triumph", READY],
    ["'Succession' – review", READY],
    ["Review: 'a film about nothing much' – and that's fine", READY],
    // a headline's quotation in single marks over a body quoted in double ones, judged like the body's
    ["Minister says cuts will come 'sooner rather than later'", ['sooner rather than later', ...READY]],
    ["Nolan's 'Oppenheimer' wins big at the Baftas", READY],
  ])('%s', (line, expected) => {
    expect(found(line + BODY)).toEqual(expected);
  });
});
