import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../utils/nlp/people';
import { twoSyllables } from '../../../utils/nlp/people/pinyin-names';
import { splitSentences } from '../../../utils/nlp/sentences';

const names = (t: string) =>
  findPeople(t, splitSentences(t)).flatMap((p) => p.mentions.map((m) => t.slice(m.start, m.end)));

describe('people step: addPinyinNames', () => {
  it('splits a given name into two pinyin syllables', () => {
    expect(['zhaoying', 'zhichao', 'yafei', 'jingyi', 'xiaoping'].every(twoSyllables)).toBe(true);
    expect(['said', 'beach', 'dynasty', 'zhaoyingxi', 'chen'].some(twoSyllables)).toBe(false);
  });

  it('finds a Chinese name whose family name is an English word or whose given name the tagger does not know', () => {
    expect(names('Top seed Susi Susanti beat Ye Zhaoying of China 12-10 11-4.')).toEqual([
      'Susi Susanti',
      'Ye Zhaoying',
    ]);
    expect(names('Officials said Gong Zhichao would not play. He Yafei met reporters.')).toEqual([
      'Gong Zhichao',
      'He Yafei',
    ]);
    expect(names('Chinese swimmer Le Jingyi won the race.')).toEqual(['Le Jingyi']);
  });

  it('leaves English words and longer capitalized runs alone', () => {
    expect(names('He Said it was over. The Long Beach police met at the Song Dynasty museum.')).toEqual([]);
    expect(names('The Le Jingyi Swimming Club opened. She thanked the Human Rights Watch team.')).toEqual([]);
  });
});
