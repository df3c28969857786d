import { describe, expect, it } from 'vitest';
import lexiconData from '../../utils/nlp/data/lexicon.json';
import modelData from '../../utils/nlp/data/people-model.json';
import { LEX_COMMON, LEX_FIRST, LEX_NAME, LEX_NONPER, LEX_SURNAME } from '../../utils/nlp/names-features';
import {
  getLexicon,
  getWeights,
  packLexicon,
  packWeights,
  SortedLexicon,
  unpackWeights,
  type PackedLexicon,
} from '../../utils/nlp/lexicon';

const packed = lexiconData as PackedLexicon;
const ALL = LEX_FIRST | LEX_NAME | LEX_NONPER | LEX_COMMON | LEX_SURNAME;

/** The whole lexicon as a plain Map, read the straightforward way: word, then one bits character. */
/** A small lexicon of three names, made fresh for a test that changes it. */
const threeNames = () =>
  new SortedLexicon(
    packLexicon(
      new Map([
        ['ann', LEX_FIRST],
        ['bob', LEX_FIRST | LEX_SURNAME],
        ['cole', LEX_SURNAME],
      ]),
    ),
  );

function eager(d: PackedLexicon): Map<string, number> {
  return new Map(d.words.split('|').map((e) => [e.slice(0, -1), e.charCodeAt(e.length - 1) - 0x30]));
}

describe('lexicon', () => {
  it('ships its words sorted by code unit, without repeats, each with bits (the lookup is a binary search)', () => {
    const words = packed.words.split('|').map((e) => e.slice(0, -1));
    expect(words.length).toBeGreaterThan(40_000);
    const unsorted = words.findIndex((w, i) => i > 0 && !(words[i - 1] < w));
    expect(unsorted, `${words[unsorted - 1]} before ${words[unsorted]}`).toBe(-1);
    const bits = [...eager(packed).values()];
    expect(bits.every((b) => b > 0 && (b & ALL) === b)).toBe(true);
    for (const bit of [LEX_FIRST, LEX_NAME, LEX_NONPER, LEX_COMMON, LEX_SURNAME]) {
      expect(bits.filter((b) => b & bit).length, `bit ${bit}`).toBeGreaterThan(1000);
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

  it('answers words next to shipped ones (prefixes, extensions, neighbours) as the whole map would', () => {
    const want = eager(packed);
    const lex = new SortedLexicon(packed);
    const words = [...want.keys()].filter((_, i) => i % 7 === 0);
    const near = words.flatMap((w) => [w.slice(0, -1), w + 'a', w + '|', '|' + w, w.slice(1), w.toUpperCase()]);
    expect(near.map((w) => lex.get(w))).toEqual(near.map((w) => want.get(w)));
    // the first and last words, and what sorts before and after them
    const all = [...want.keys()];
    for (const w of [all[0], all.at(-1)!, ' ', '\uffff', all[0].slice(0, -1), all.at(-1)! + 'z']) {
      expect(lex.get(w)).toBe(want.get(w));
    }
  }, 30_000);

  it('packs any lexicon so that it unpacks to the same words and bits', () => {
    const src = new Map([
      ['bob', LEX_FIRST | LEX_SURNAME],
      ['b', LEX_NAME],
      ['bo', ALL],
      ['cole', LEX_SURNAME],
      ['x0', LEX_COMMON], // a word ending in a character that looks like a bits character
      ['é', LEX_NONPER],
    ]);
    const p = packLexicon(new Map([...src, ['a|b', LEX_FIRST], ['', LEX_FIRST], ['none', 0]]));
    expect(new Map(new SortedLexicon(p))).toEqual(src);
    const lex = new SortedLexicon(p);
    const asked = ['', 'a', 'b', 'bo', 'bob', 'boba', 'c', 'cole', 'colez', 'x', 'x0', 'x00', 'é', 'none', 'a|b'];
    expect(asked.map((w) => lex.get(w))).toEqual(asked.map((w) => src.get(w)));
    expect(new SortedLexicon(packLexicon(new Map())).get('a')).toBeUndefined();
    expect(new SortedLexicon(packLexicon(new Map())).size).toBe(0);
  });

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
    const lex = threeNames();
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

  // a word set by hand answers with its new bits, whether it was looked up before (found or not) or not at all
  it.each([
    ['a shipped word, looked up first', 'ann', true, LEX_SURNAME],
    ['a shipped word, not looked up', 'bob', false, LEX_NAME],
    ['a word not shipped, looked up first', 'zed', true, LEX_FIRST],
    ['a word not shipped, not looked up', 'zoe', false, LEX_FIRST],
    ['a word set to 0', 'cole', true, 0],
  ])('set answers the new bits: %s', (_, word, lookedUp, bits) => {
    const lex = threeNames();
    if (lookedUp) lex.get(word);
    lex.set(word, bits);
    expect(lex.get(word)).toBe(bits);
    expect(lex.has(word)).toBe(true);
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
