import { describe, expect, it } from 'vitest';
import { READY, found, withSpeech } from './_quotes-fixtures';

describe('a work named after the marks is in their sentence', () => {
  it.each([
    // the next paragraph's 'The new album, …' names no work the quotation is
    [
      '"She never raised her voice," Carvalho explains. "Marta was patient, which singers usually are not."\n\nThe new album, Casa Aberta, is out next month.',
      ['She never raised her voice,', 'Marta was patient, which singers usually are not.'],
    ],
    // nor the next sentence's, in capitals
    ['A spokesman said: "We will appeal." The documentary, made by the BBC, airs on Sunday.', ['We will appeal.']],
    // in the same sentence, after a comma, it still does
    ['The band closed with "there is a light that never goes out," a Smiths cover, he said.', []],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('the object of a reported verdict or a reported modal clause is the speaker’s', () => {
  // sentence -> the quotations found (with a speaker's sentence after it)
  it.each([
    // a verb of judging, its object and an article: the noun is the judge's, however short
    ['Councillor Gordon Mackenzie branded the event a "shambles" on Monday.', ['shambles', ...READY]],
    ['Critics branded the scheme a "tax on the poor."', ['tax on the poor.', ...READY]],
    ['The court deemed the contract a "sham."', ['sham.', ...READY]],
    // a naming verb gives a name, and a name stays one
    ['He dubbed the car a "Beast" in tribute.', READY],
    // reported with a modal: the object ends its noun phrase
    ['The company said it would take a "hard look" at costs.', ['hard look', ...READY]],
    ['He warned the cuts could spark a "race to the bottom."', ['race to the bottom.', ...READY]],
    // people in general giving a verdict with its own article, not a name ('what some have dubbed "the Amazon tax"')
    ['The film, which critics have called "a small miracle," opens Friday.', ['a small miracle,', ...READY]],
    ['It faces what some have dubbed "the Amazon tax."', READY],
    // a noun after the marks makes them a modifier; no speech before, the writer's phrase
    ['The bank said it would launch a "buy now, pay later" product.', READY],
    ['The firm will sell a "lite" version of the app.', READY],
  ])('%s', (text, want) => {
    expect(found(withSpeech(text))).toEqual(want);
  });
});
