import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../utils/nlp/analyze';
import { PersonIndex } from '../../utils/nlp/coref';
import { splitSentences } from '../../utils/nlp/sentences';

/** Each person's name and the gender the index gives them. */
function genders(text: string): Record<string, string | null> {
  const a = analyzeText(text);
  const idx = new PersonIndex(text, a.people, splitSentences(text));
  return Object.fromEntries(a.people.map((p) => [p.name, idx.gender.get(p.id) ?? null]));
}

describe('coref: genders', () => {
  it('a title, then the given name, then the pronouns that follow a person alone in a sentence', () => {
    expect(genders('Mr. Jordan Blake spoke. Mary Hill left. Okonkwo said he was tired.')).toEqual({
      'Jordan Blake': 'm',
      'Mary Hill': 'f',
      Okonkwo: 'm',
    });
  });

  it("the text's pronouns outweigh the lexicon's gender of a given name, never a title", () => {
    const t =
      'Devon Marsh, 27, said he grew up in Millbrook but now rents a flat because he cannot find a house. Marsh said his rent rose again.';
    expect(genders(t)).toEqual({ 'Devon Marsh': 'm' });
    // one pronoun is not enough, nor are pronouns of both genders
    expect(genders('Devon Marsh, 27, said he grew up in Millbrook.')).toEqual({ 'Devon Marsh': 'f' });
    expect(genders('Ms. Devon Marsh said he grew up there. Marsh said his rent rose.')).toEqual({ 'Devon Marsh': 'f' });
  });

  it('a title before a surname two people share does not set the gender of the one whose given name disagrees', () => {
    const t =
      'Joan Price, 88, was taken to hospital. Her grandson, Liam Price, said the family was horrified. The trust apologised to Mrs Price.';
    expect(genders(t)).toEqual({ 'Joan Price': 'f', 'Liam Price': 'm' });
  });
});

describe('coref: a noun apposed with a possessor', () => {
  it("a gendered kin noun beside a name gives that person's gender; its possessive is someone else's", () => {
    const fado =
      'Marta Silveira sings fado.\n\nHer husband, the guitarist Rui Paiva, learned to read her notes.\n\n"We recorded in the kitchen," he says.';
    expect(genders(fado)).toEqual({ 'Marta Silveira': 'f', 'Rui Paiva': 'm' });
    const a = analyzeText(fado);
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Rui Paiva']);
    // the noun after the name, with or without 'of'
    expect(genders('Marta Silveira sings. Rui Paiva, her husband of 30 years, reads her notes.')).toEqual({
      'Marta Silveira': 'f',
      'Rui Paiva': 'm',
    });
    expect(genders('Rin Okabe, the widow of a miner, said the mine had closed.')).toEqual({ 'Rin Okabe': 'f' });
  });

  it("a kin noun of no gender: the possessive's pronouns in the sentence are not the named person's", () => {
    expect(genders('Mary Yates sings. Her partner, the drummer Rin Okabe, joined her band.')).toEqual({
      'Mary Yates': 'f',
      'Rin Okabe': null,
    });
  });

  it('no apposition: a list, a clause after the comma, the possessor itself', () => {
    expect(genders('Tom Lee, his wife and their son arrived.')).toEqual({ 'Tom Lee': 'm' });
    expect(genders('She thanked her husband, and Rin Okabe said she was proud.')).toEqual({ 'Rin Okabe': 'f' });
    expect(genders('In her speech Rin Okabe said she was proud.')).toEqual({ 'Rin Okabe': 'f' });
  });
});
