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
