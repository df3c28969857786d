import { describe, expect, it } from 'vitest';
import lexiconData from '../../utils/nlp/data/lexicon.json';
import modelData from '../../utils/nlp/data/people-model.json';
import { LEX_COMMON, LEX_FIRST, LEX_NAME, LEX_SURNAME } from '../../utils/nlp/names-features';
import {
  getLexicon,
  getWeights,
  LISTS,
  packWeights,
  SortedLexicon,
  unpackWeights,
  type PackedLexicon,
} from '../../utils/nlp/lexicon';

const packed = lexiconData as PackedLexicon;

/** The whole lexicon as a plain Map, built the straightforward way. */
function eager(d: PackedLexicon): Map<string, number> {
  const m = new Map<string, number>();
  for (const [k, bit] of LISTS) for (const w of d[k]?.split('|') ?? []) m.set(w, (m.get(w) ?? 0) | bit);
  return m;
}

describe('lexicon', () => {
  it('ships each list sorted by code unit, without repeats (the lookup is a binary search)', () => {
    for (const [k] of LISTS) {
      const words = packed[k]!.split('|');
      expect(words.length).toBeGreaterThan(1000);
      const unsorted = words.findIndex((w, i) => i > 0 && !(words[i - 1] < w));
      expect(unsorted, `${k}: ${words[unsorted - 1]} before ${words[unsorted]}`).toBe(-1);
    }
  });

  it('answers every word as the whole map would, and nothing for other words', () => {
    const want = eager(packed);
    const lex = new SortedLexicon(packed);
    const words = [...want.keys()];
    expect(words.map((w) => lex.get(w))).toEqual(words.map((w) => want.get(w)));
    for (const w of ['', 'zzzzqx', 'Smith', 'a|b', 'aaa ', 'ünknownword', '\u{1F600}']) {
      expect(lex.get(w)).toBe(want.get(w));
      expect(lex.has(w)).toBe(want.has(w));
    }
    expect(lex.get('john')! & LEX_FIRST).toBe(LEX_FIRST);
    expect(lex.get('the')! & LEX_COMMON).toBe(LEX_COMMON);
  }, 30_000);

  it('has every word in size and iteration, whatever was looked up before', () => {
    const want = eager(packed);
    const lex = new SortedLexicon(packed);
    expect(lex.get('john')).toBe(want.get('john'));
    expect(lex.get('notaword')).toBeUndefined();
    expect(lex.size).toBe(want.size);
    expect(new Map(lex)).toEqual(want);
    expect([...lex.keys()].sort()).toEqual([...want.keys()].sort());
  }, 30_000);

  it('behaves as a Map for set, delete and clear', () => {
    const lex = new SortedLexicon({ first: 'ann|bob', surname: 'bob|cole' });
    expect(lex.get('bob')).toBe(LEX_FIRST | LEX_SURNAME);
    lex.set('dee', LEX_NAME);
    expect(lex.get('dee')).toBe(LEX_NAME);
    expect(lex.delete('ann')).toBe(true);
    expect(lex.get('ann')).toBeUndefined();
    expect(new Map(lex)).toEqual(
      new Map([
        ['bob', LEX_FIRST | LEX_SURNAME],
        ['dee', LEX_NAME],
        ['cole', LEX_SURNAME],
      ]),
    );
    lex.clear();
    expect(lex.get('cole')).toBeUndefined();
    expect(lex.size).toBe(0);
  });

  it('is one lexicon per context', () => {
    expect(getLexicon()).toBe(getLexicon());
    expect(getLexicon().get('john')).toBe(eager(packed).get('john'));
  });
});

describe('tagger weights', () => {
  it('unpack to one pair per feature, in the shipped order', () => {
    const w = getWeights();
    const d = modelData as { features: string; weights: number[] };
    const names = d.features.split('\n');
    expect(w.size).toBe(names.length);
    expect(w.size).toBeGreaterThan(1000);
    expect([...w.keys()]).toEqual(names);
    expect(w.get(names[3])).toEqual([d.weights[6], d.weights[7]]);
  });

  it('pack and unpack to the same weights, keys with | and = included', () => {
    const src: Record<string, [number, number]> = { 'n2=!|!': [-2.81, 0.5], 'lex=0': [1, -1.25], b: [0, 3] };
    const back = unpackWeights(packWeights(src));
    expect(Object.fromEntries(back)).toEqual(src);
    expect([...back.keys()]).toEqual(Object.keys(src));
  });

  it('refuse a file whose counts disagree', () => {
    expect(() => unpackWeights({ features: 'a\nb', weights: [1, 2, 3] })).toThrow(/2 features, 3 weights/);
  });
});
