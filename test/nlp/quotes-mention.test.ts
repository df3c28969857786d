import { describe, expect, it } from 'vitest';
import { READY, found, withSpeech } from './_quotes-fixtures';

describe('words named as words by the clause before them are no quotation', () => {
  // sentence -> the quotations found (with a speaker's sentence after it)
  it.each([
    // a noun of words as the subject of a copula
    ['The error string you will see most often is "Object is possibly \'undefined\'." We saw it 6,210 times.', READY],
    ['The first English phrase Ndiaye remembers learning was "and-one." He was 12.', READY],
    // unless the clause says whose words they are
    ['Asked about it, she said the word she used was "devastated" and meant it.', ['devastated', ...READY]],
    // a naming verb in the passive, nobody naming
    ['Webb findings that have been called "universe breakers" in the press keep coming.', READY],
    // with an agent after it, the words are the agent's
    ['He was called "a traitor to his class" by his own party.', ['a traitor to his class', ...READY]],
    ['The industry has taken to calling a "freight recession," had ended.', READY],
    ['When you say "call someone," do you mean an engineer?', READY],
    ['When economists say "recession," they usually mean two quarters of decline.', READY],
    ['Asked what people mean by "quiet luxury," she laughed.', READY],
    ['If you like it "with the lights off," as the show\'s tagline has it, this is for you.', READY],
    ['Check out our roundups of "The 10 best history podcasts" this week.', READY],
    // a rating given ('rate it "buy"'), and the ratings listed with it
    ['Of the 45 analysts, 27 rate it "buy" or "overweight," according to LSEG data.', READY],
  ])('%s', (sentence, expected) => {
    expect(found(withSpeech(sentence))).toEqual(expected);
  });
});

describe('the next item of a list of names is a name too', () => {
  it.each([
    ['Check out our roundups of "The 10 best history podcasts" and "Podcasts for your commute."', READY],
    // a speaker after the second hands it over
    ['Her new book is "Salt Road," and "it took ten years," she said.', ['it took ten years,', ...READY]],
  ])('%s', (sentence, expected) => {
    expect(found(withSpeech(sentence))).toEqual(expected);
  });
});

describe('a name met before is met again without its article', () => {
  it.each([
    [
      'She got an email titled "An update on our organization." Nobody should send the next "update on our organization" in that form.',
      READY,
    ],
  ])('%s', (text, expected) => {
    expect(found(withSpeech(text))).toEqual(expected);
  });
});

describe('a phrase handed over after it ("as he put it", "in her words") is a partial quotation', () => {
  it.each([
    ['The season was "a mess," as he put it, and the club needed a reset.', ['a mess,']],
    ['She wants to "go to war" with the bank, in her words, though she does not know how.', ['go to war']],
    ['The plan was "dead on arrival," in the words of one senator.', ['dead on arrival,']],
  ])('%s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });
});

describe('one identifier in straight marks is a literal in a text that prints code', () => {
  const CODE = 'const errors = list.filter((d) => d.ok);\nif (errors.length > 0) {\n  process.exit(1);\n}\n';
  it.each([
    [`${CODE}The helper replied "undefined" to every call.`, []],
    [`${CODE}Our designer kept asking why it returned "any" every time.`, []],
    // without code on the page, one word after a verb of speech stays someone's
    ['Musk replied "Exactly" to a post.', ['Exactly']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
