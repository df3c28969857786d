import { describe, expect, it } from 'vitest';
import { hasWordChar, lettersOnly, lowerWordChars } from '../../utils/article/wordchars';

// The fast path must give exactly what the Unicode classes give, on ASCII prose and on any other text.
const TEXTS = [
  'The harbour board met on Monday, and members asked for a cost review.',
  'The minister’s office said “12 people” were hurt — near the river… ',
  'By DANA VOSS\u00a0and   Lee Kane',
  '___',
  '* * *',
  '',
  'Zoë Brontë’s café in São Paulo',
  'İstanbul ve Ankara',
  'Straße ﬁnal',
  '北京时间2016年10月14日',
  'Число ٣ and ۴ and Ⅻ',
  '👍 great! 2024',
  'a\u0301 combining',
  'ÉCOLE',
];

describe('wordchars', () => {
  it.each(TEXTS)('lowerWordChars(%j) is the Unicode-class normalisation', (t) => {
    for (const sep of [' ', '']) expect(lowerWordChars(t, sep)).toBe(t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, sep));
  });

  it.each(TEXTS)('lettersOnly(%j) keeps exactly the letters', (t) => {
    expect(lettersOnly(t)).toBe(t.replace(/[^\p{L}]+/gu, ''));
  });

  it.each(TEXTS)('hasWordChar(%j) says whether a letter or digit is there', (t) => {
    expect(hasWordChar(t)).toBe(/[\p{L}\p{N}]/u.test(t));
  });
});
