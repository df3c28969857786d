import { describe, expect, it } from 'vitest';
import { found } from './_quotes-fixtures';

/** Per rule, text -> the quotations found in it. */
const CASES: Record<string, [string, string[]][]> = {
  'a sentence in marks after the colon or dash that ends a clause about the speaker': [
    ['Jones was blunt: "We were lucky."', ['We were lucky.']],
    ['Her message to the players was clear: "Enjoy it."', ['Enjoy it.']],
    ['Jones was in no doubt — "We deserved it."', ['We deserved it.']],
    ['Asked about the result, Jones was brief - "Next question."', ['Next question.']],
  ],
  'not a name, a title, a slogan or a message on a screen after the colon': [
    ['Her favourite city: "Paris."', []],
    ['The menu has one dish: "Beef Wellington."', []],
    ['The headline: "Mayor resigns."', []],
    ['The team\'s motto is simple: "Never give up."', []],
    ['The error message: "File not found."', []],
  ],
  'the clause before the colon must be about someone: a pronoun, a role noun, a name': [
    ['The mayor was blunt: "We were lucky."', ['We were lucky.']],
    // one capitalized word: someone's answer after a noun of what was said, else a name
    ['The minister\'s answer was short: "No."', ['No.']],
    ['His favourite city: "Paris."', []],
    // or after a count of words someone had for it; a favourite word is named
    ['Jones had one word for it: "Disgraceful."', ['Disgraceful.']],
    ['His favourite word: "Serendipity."', []],
    ['Step three: "Save the file."', []],
    ['Then type the command: "Run it now."', []],
    ['The ad\'s tagline: "Just do it."', []],
    ['The shop\'s policy: "No refunds."', []],
  ],
  'a verdict named after a dash: "that was Jones\'s verdict", "so said Jones", "that was how Jones put it"': [
    ['"It was a good day" — that was Jones\'s verdict.', ['It was a good day']],
    ['"It was a good day" – that was the verdict of the coach, Mark Jones.', ['It was a good day']],
    ['"We were lucky" — so said Jones after the match.', ['We were lucky']],
    ['"We were lucky" - that was how Jones saw it.', ['We were lucky']],
    // a place's view and a film are no one's verdict
    ['"a good day" — that was the view from the bridge.', []],
    ['"Top Gun" — that was the film of the summer.', []],
  ],
  "someone's reply, words or answer, then a dash or a colon, hands over a short phrase": [
    ['Smith\'s reply — "We will see" — did not satisfy the council.', ['We will see']],
    ['His words — "never again" — echoed through the hall.', ['never again']],
    ['Her answer: "not yet" came a day later.', ['not yet']],
    // a view is no one's words, and the reply must be someone's
    ['The view — "a bit much" — was shared by many.', []],
    ['Smith, the reply — "in time" — arrived.', []],
  ],
  'a named person\'s view opening the sentence hands over a partial quotation: "For Jones, it was …"': [
    ['For Jones, it was "a good day."', ['a good day.']],
    ['For Ms. Ruiz, this is "a fair deal," and the council agreed.', ['a fair deal,']],
    ['For now, it is "a good day" at the office.', []],
  ],
};

describe("words the speaker's sentence hands over without a speech verb at the marks", () => {
  for (const [rule, cases] of Object.entries(CASES))
    it(rule, () => {
      for (const [text, want] of cases) expect(found(text), text).toEqual(want);
    });
});
