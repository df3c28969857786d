// Names from the world lists, hyphenated titles and lone listed surnames beside a person's verb.
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../utils/nlp/people';
import { splitSentences } from '../../utils/nlp/sentences';
import { getLexicon } from '../../utils/nlp/lexicon';
import { LEX_SURNAME, LEX_FIRST } from '../../utils/nlp/names-features';
import { transliterate, worldNames } from '../../scripts/lib/name-lists';

const mentions = (t: string) =>
  findPeople(t, splitSentences(t)).flatMap((p) => p.mentions.map((m) => t.slice(m.start, m.end)));

describe('world name lists', () => {
  it('transliterates Cyrillic (Russian and Ukrainian spellings), Greek and Georgian names', () => {
    expect(transliterate('Кузнецов', 'ru')).toBe('kuznetsov');
    expect(transliterate('Зеленский', 'ru')).toBe('zelenskiy');
    expect(transliterate('Григорій', 'uk')).toBe('hryhoriy');
    expect(transliterate('Παπαδόπουλος', 'el')).toBe('papadopoulos');
    expect(transliterate('აბაშიძე', 'ka_GE')).toBe('abashidze');
    expect(transliterate('Ω', 'ru')).toBeNull(); // a letter the table lacks
  });

  it('lists both news spellings of Russian -iy endings, and romanized names', () => {
    const { first, last } = worldNames();
    const lastSet = new Set(last);
    for (const w of ['ivanov', 'abashidze', 'nguyen', 'yamamoto', 'netanyahu', 'kowalski'])
      expect(lastSet).toContain(w);
    expect(new Set(first)).toContain('volodymyr');
    // "Dmitriy"/"Dmitry", "Kovalskyy"/"Kovalsky"
    const all = new Set([...first, ...last]);
    for (const w of ['dmitriy', 'dmitry', 'kovalskyy', 'kovalsky', 'anatoliy', 'anatoly']) expect(all).toContain(w);
    // no function words slipped into the lists
    for (const w of ['he', 'an', 'do', 'to', 'un', 'the', 'my', 'so', 'van', 'de']) {
      expect(lastSet.has(w)).toBe(false);
      expect(first.includes(w)).toBe(false);
    }
  });

  it('ships them in the lexicon as given names and as a surname feature of its own', () => {
    const lex = getLexicon();
    expect((lex.get('abashidze') ?? 0) & LEX_SURNAME).toBeTruthy();
    expect((lex.get('volodymyr') ?? 0) & LEX_FIRST).toBeTruthy();
  });
});

describe('findPeople with world names', () => {
  it('drops a hyphenated title from the name', () => {
    const t = 'U.N. Secretary-General Antonio Guterres met reporters. Guterres said the talks went well.';
    expect(mentions(t)).toEqual(['Antonio Guterres', 'Guterres']);
  });

  it('finds a lone listed surname right before a person verb or after "said"', () => {
    expect(mentions('Erdogan said on Tuesday that the talks would go on.')).toEqual(['Erdogan']);
    expect(mentions('"We are ready," said Ozawa, leaving the room.')).toEqual(['Ozawa']);
  });

  it('does not take a company, a place or a common word for a lone surname', () => {
    expect(mentions('Ford said on Tuesday that sales fell.')).toEqual([]);
    expect(mentions('Moscow said on Tuesday that it would respond.')).toEqual([]);
    expect(mentions('Officials said the Dow Jones fell by 2 percent.')).toEqual([]);
  });

  it('does not make a sports event a person', () => {
    expect(mentions('She won gold at the Summer Paralympics in Tokyo. The Paralympics ended on Sunday.')).toEqual([]);
  });
});

describe('findPeople: cues for names without a full form', () => {
  it('takes a known given name right after an organization as a person', () => {
    const t = '"It is too early," said the vice chairman of Chrysler LLC Jim Press.';
    expect(mentions(t)).toEqual(['Jim Press']);
  });

  it('takes a lone listed surname as subject of "met" and object of "thanked"', () => {
    expect(mentions('Erdogan met reporters. Later the minister thanked Netanyahu.')).toEqual(['Erdogan', 'Netanyahu']);
  });
});

describe('findPeople: headlines in capitals', () => {
  it('does not run two names and the verb between them into one name', () => {
    const t = 'PRESIDENT CLINTON MEETS YELTSIN IN MOSCOW\n\nBill Clinton met Boris Yeltsin on Tuesday.';
    expect(mentions(t).sort()).toEqual(['Bill Clinton', 'Boris Yeltsin', 'CLINTON', 'YELTSIN']);
  });
});

describe('findPeople: nicknames', () => {
  it('keeps a nickname of two words in quotes inside the name', () => {
    const t = 'Joaquin "El Chapo" Guzman was extradited. Guzman said nothing.';
    const ps = findPeople(t, splitSentences(t));
    expect(ps).toHaveLength(1);
    expect(ps[0].mentions.map((m) => t.slice(m.start, m.end))).toEqual(['Joaquin "El Chapo" Guzman', 'Guzman']);
  });
});

describe('findPeople: things named like people', () => {
  it('does not take a given name after an article, or a store named with a possessive, for a person', () => {
    expect(mentions('The Bill was passed by the Senate on Tuesday. He played a Mario game.')).toEqual([]);
    expect(mentions('Shoppers went to Sam’s Club on Friday.')).toEqual([]);
  });

  it('still finds a surname after an article when the full name is given', () => {
    const t = 'Barack Obama spoke on Monday. Officials said the Obama administration had acted.';
    expect(mentions(t)).toEqual(['Barack Obama', 'Obama']);
  });
});

describe('findPeople: family nouns', () => {
  it('takes a known name right after a family noun or an age as a person', () => {
    const t = 'Robert Mugabe left office. His wife Grace stayed. He married his first wife, Sally, in 1960.';
    expect(mentions(t)).toEqual(['Robert Mugabe', 'Grace', 'Sally']);
  });

  it('takes a contributor line as a person', () => {
    expect(mentions('Heba Habib contributed to this report.')).toEqual(['Heba Habib']);
  });
});

describe('findPeople: names inside organization names', () => {
  it('does not take a name that opens a longer organization name for a person', () => {
    expect(mentions('Scientists at the Mortimer B. Zuckerman Mind Brain Behavior Institute agreed.')).toEqual([]);
  });
});

describe('findPeople: a name after a place in one capitalized run', () => {
  it('starts the name after the place, not at its first word', () => {
    const t = 'The Afghan Ambassador to the United States Hamdullah Mohib said the talks went well.';
    expect(mentions(t)).toEqual(['Hamdullah Mohib']);
    expect(mentions('Georgia Smith said the talks went well.')).toEqual(['Georgia Smith']);
  });
});
