import { describe, expect, it } from 'vitest';
import { dropOrgWords } from '../../../utils/nlp/people/doc-orgs';
import { at, doc, show } from './_doc';

describe('people step: dropOrgWords', () => {
  it("drops a company's products and a lone company name, keeps the person named after it", () => {
    const d = doc('Henry Ford built the Ford Taurus. Ford said sales rose.');
    const ms = [at(d, 'Henry Ford'), at(d, 'Ford Taurus'), at(d, 'Ford', 2)];
    expect(show(d, dropOrgWords(d, ms))).toEqual(['Henry Ford']);
  });

  it('drops a country alone and a word after a place preposition', () => {
    const d = doc('Panama faced Belgium. Officials in Jordan agreed.');
    expect(dropOrgWords(d, [at(d, 'Panama'), at(d, 'Jordan')])).toEqual([]);
  });

  it('keeps a lone word after a family noun or before a noun a name modifies', () => {
    const d = doc('The Gucci Grace shop closed. His wife Grace left. It was the Carter administration.');
    const ms = [at(d, 'Gucci Grace'), at(d, 'Grace', 1), at(d, 'Carter')];
    expect(show(d, dropOrgWords(d, ms))).toEqual(['Grace', 'Carter']);
  });

  it('keeps a surname alone after the full name', () => {
    const d = doc('Michael Jordan scored. Officials praised Jordan.');
    const ms = [at(d, 'Michael Jordan'), at(d, 'Jordan', 1)];
    expect(show(d, dropOrgWords(d, ms))).toEqual(['Michael Jordan', 'Jordan']);
  });

  it('drops a club named by its city, not a person named like a city', () => {
    const d = doc('Olympique Lyon beat Rapid Vienna. Paris Hilton and Jack London watched.');
    const ms = [at(d, 'Olympique Lyon'), at(d, 'Rapid Vienna'), at(d, 'Paris Hilton'), at(d, 'Jack London')];
    expect(show(d, dropOrgWords(d, ms))).toEqual(['Paris Hilton', 'Jack London']);
  });

  it('takes no organization from a headline in capitals, where every word is capitalized', () => {
    const d = doc('GOLF - NORMAN SHARES LEAD AT OPEN .\n\nGreg Norman shot 66 on Thursday .');
    const ms = [at(d, 'NORMAN'), at(d, 'Greg Norman')];
    expect(show(d, dropOrgWords(d, ms))).toEqual(['NORMAN', 'Greg Norman']);
    const org = doc('Norman Shares rose 3 percent. NORMAN SHARES SLIP .');
    expect(dropOrgWords(org, [at(org, 'NORMAN')])).toEqual([]);
  });

  it('drops a team named by a place and a plural, keeps a surname that ends in s', () => {
    const d = doc('The Indiana Pacers lost. Georgia Collins watched.');
    const ms = [at(d, 'Indiana Pacers'), at(d, 'Georgia Collins')];
    expect(show(d, dropOrgWords(d, ms))).toEqual(['Georgia Collins']);
  });

  it('keeps a given name and a plural that stands alone later as a person ("Weems, who"), not a team', () => {
    const d = doc('Linebacker Jordan Weems returned it.\n\nWeems, who had two sacks, was blunt.');
    expect(show(d, dropOrgWords(d, [at(d, 'Jordan Weems')]))).toEqual(['Jordan Weems']);
    const t = doc('The Charlotte Hornets won. The Hornets, who lost last week, were happy.');
    expect(dropOrgWords(t, [at(t, 'Charlotte Hornets')])).toEqual([]);
  });

  it('keeps a name after a title even when its last word names places ("Judge Ann Park")', () => {
    const d = doc('Judge Ann Park dismissed the case. They met in Ann Park on Sunday.');
    const ms = [at(d, 'Ann Park'), at(d, 'Ann Park', 1)];
    expect(show(d, dropOrgWords(d, ms))).toEqual(['Ann Park']);
    expect(dropOrgWords(d, ms)[0].a).toBe(ms[0].a);
  });

  it.each([
    ["Amazon's Alexa can book tables, and Alexa reads the news.", ['Alexa', 'Alexa'], []],
    ["Google's Sundar Pichai spoke.", ['Sundar Pichai'], ['Sundar Pichai']],
    ["Pamela's Sarah spoke.", ['Sarah'], ['Sarah']],
    ['Chelsea have completed the signing. Chelsea also signed a keeper.', ['Chelsea', 'Chelsea'], []],
    ['Bill and Chelsea have two homes. Chelsea spoke.', ['Bill', 'Chelsea', 'Chelsea'], ['Bill', 'Chelsea', 'Chelsea']],
    ['Nyles and maid of honor Sarah have met.', ['Nyles', 'Sarah'], ['Nyles', 'Sarah']],
    ["O'Rourke's chances against Trump are overstated.", ['Trump'], ['Trump']],
    ['Villa manager Unai Emery was angry. Aston Villa lost.', ['Unai Emery', 'Aston Villa'], ['Unai Emery']],
    ['Trump adviser Stephen Miller spoke.', ['Trump', 'Stephen Miller'], ['Trump', 'Stephen Miller']],
    ['Storm Dennis struck. Dennis caused chaos.', ['Dennis', 'Dennis'], []],
    // a given name and an organization's word that is also a surname, with a person's sign, are a person
    ['Simon Park said his client had been ill.', ['Simon Park'], ['Simon Park']],
    ['Simon Park, the lawyer, said it.', ['Simon Park'], ['Simon Park']],
    ['Stanley Park was closed.', ['Stanley Park'], []],
    ['The Royal Albert Hall said it.', ['Albert Hall'], []],
    // ", which" describes a thing: the name is one, here and elsewhere in the text
    [
      'It was funded by Novo Nordisk, which makes the drug. Novo Nordisk said so.',
      ['Novo Nordisk', 'Novo Nordisk'],
      [],
    ],
    // after a given name the clause may describe what comes before the name
    [
      'The story by Richard A. Lupoff, which was published in 1973, was filmed.',
      ['Richard A. Lupoff'],
      ['Richard A. Lupoff'],
    ],
    [
      'Storm Dennis struck. Dennis Skinner spoke. Dennis left.',
      ['Dennis Skinner', 'Dennis'],
      ['Dennis Skinner', 'Dennis'],
    ],
  ])("a company's product or a club by its grammar: %s", (text, names, kept) => {
    const d = doc(text);
    const seen = new Map<string, number>();
    const ms = names.map((n) => {
      const k = seen.get(n) ?? 0;
      seen.set(n, k + 1);
      return at(d, n, k);
    });
    expect(show(d, dropOrgWords(d, ms))).toEqual(kept);
  });

  it('keeps a Korean name whose family name the text also uses as an organization word', () => {
    const d = doc(
      'He accepted the resignation of Kim Yong-hyun, who said he was sorry. Stella Kim reported from Seoul.',
    );
    const ms = [at(d, 'Kim Yong-hyun'), at(d, 'Stella Kim')];
    expect(show(d, dropOrgWords(d, ms))).toEqual(['Kim Yong-hyun', 'Stella Kim']);
  });

  it("keeps a known person's name after a place preposition before a possessive, not a place's", () => {
    const d = doc("Some put words in Trump's mouth. Officials in Jordan's capital agreed.");
    expect(show(d, dropOrgWords(d, [at(d, 'Trump'), at(d, 'Jordan')]))).toEqual(['Trump']);
  });
});
