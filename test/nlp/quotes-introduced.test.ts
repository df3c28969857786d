import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/nlp/quotes';
import { splitSentences } from '../../utils/nlp/sentences';

const found = (text: string) => findQuotes(text, splitSentences(text), []).map((q) => q.text);

describe("words the speaker's sentence hands over without a speech verb at the marks", () => {
  it('a sentence in marks after the colon or dash that ends a clause about the speaker', () => {
    expect(found('Jones was blunt: "We were lucky."')).toEqual(['We were lucky.']);
    expect(found('Her message to the players was clear: "Enjoy it."')).toEqual(['Enjoy it.']);
    expect(found('Jones was in no doubt — "We deserved it."')).toEqual(['We deserved it.']);
    expect(found('Asked about the result, Jones was brief - "Next question."')).toEqual(['Next question.']);
  });

  it('not a name, a title, a slogan or a message on a screen after the colon', () => {
    expect(found('Her favourite city: "Paris."')).toEqual([]);
    expect(found('The menu has one dish: "Beef Wellington."')).toEqual([]);
    expect(found('The headline: "Mayor resigns."')).toEqual([]);
    expect(found('The team\'s motto is simple: "Never give up."')).toEqual([]);
    expect(found('The error message: "File not found."')).toEqual([]);
  });

  it('the clause before the colon must be about someone: a pronoun, a role noun, a name', () => {
    expect(found('The mayor was blunt: "We were lucky."')).toEqual(['We were lucky.']);
    // one capitalized word: someone's answer after a noun of what was said, else a name
    expect(found('The minister\'s answer was short: "No."')).toEqual(['No.']);
    expect(found('His favourite city: "Paris."')).toEqual([]);
    expect(found('Step three: "Save the file."')).toEqual([]);
    expect(found('Then type the command: "Run it now."')).toEqual([]);
    expect(found('The ad\'s tagline: "Just do it."')).toEqual([]);
    expect(found('The shop\'s policy: "No refunds."')).toEqual([]);
  });

  it('a verdict named after a dash: "that was Jones\'s verdict", "so said Jones", "that was how Jones put it"', () => {
    expect(found('"It was a good day" — that was Jones\'s verdict.')).toEqual(['It was a good day']);
    expect(found('"It was a good day" – that was the verdict of the coach, Mark Jones.')).toEqual([
      'It was a good day',
    ]);
    expect(found('"We were lucky" — so said Jones after the match.')).toEqual(['We were lucky']);
    expect(found('"We were lucky" - that was how Jones saw it.')).toEqual(['We were lucky']);
    // a place's view and a film are no one's verdict
    expect(found('"a good day" — that was the view from the bridge.')).toEqual([]);
    expect(found('"Top Gun" — that was the film of the summer.')).toEqual([]);
  });

  it('a named person\'s view opening the sentence hands over a partial quotation: "For Jones, it was …"', () => {
    expect(found('For Jones, it was "a good day."')).toEqual(['a good day.']);
    expect(found('For Ms. Ruiz, this is "a fair deal," and the council agreed.')).toEqual(['a fair deal,']);
    expect(found('For now, it is "a good day" at the office.')).toEqual([]);
  });
});
