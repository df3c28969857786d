import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sentenceIndexAt, splitSentences } from '../../utils/nlp/sentences';

const SEED = fileURLToPath(new URL('../fixtures/seed/sanders-campaign-letter-2018-12-30.txt', import.meta.url));
const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps titles, initialisms, months and numbers inside the sentence', () => {
    const t =
      'Sen. Bernie Sanders (I-Vt.) spoke. The U.S. Senate met on Dec. 3 at 5 p.m. with Gov. Greg Abbott and Mr. Li. Item No. 3 came from Apple Inc. in Cupertino.';
    expect(texts(t)).toEqual([
      'Sen. Bernie Sanders (I-Vt.) spoke.',
      'The U.S. Senate met on Dec. 3 at 5 p.m. with Gov. Greg Abbott and Mr. Li.',
      'Item No. 3 came from Apple Inc. in Cupertino.',
    ]);
  });

  it('reads a lower-case "no." before anything but a figure as the word no, not the number sign', () => {
    expect(
      texts('Several voted no. Sen. Rachel Imhof called it a blank check. It is ranked no. 3 and No. 4 here.'),
    ).toEqual([
      'Several voted no.',
      'Sen. Rachel Imhof called it a blank check.',
      'It is ranked no. 3 and No. 4 here.',
    ]);
  });

  it('keeps initials with their names', () => {
    expect(texts('J. K. Rowling met George W. Bush. They talked.')).toEqual([
      'J. K. Rowling met George W. Bush.',
      'They talked.',
    ]);
  });

  it('breaks after an abbreviation when a sentence opener follows', () => {
    expect(texts('He moved to the U.S. The next day he left. Shares of Ford Motor Co. The end.')).toEqual([
      'He moved to the U.S.',
      'The next day he left.',
      'Shares of Ford Motor Co.',
      'The end.',
    ]);
  });

  it('breaks before brand names with a lower-case initial and after a company suffix that ends a sentence', () => {
    expect(texts('The new model goes on sale in July. iPhone users can upgrade.')).toEqual([
      'The new model goes on sale in July.',
      'iPhone users can upgrade.',
    ]);
    expect(
      texts(
        'It sold its stake to Chrysler Holding LLC. DaimlerChrysler has kept the rest. Apple Inc. Chief Executive Tim Cook spoke.',
      ),
    ).toEqual([
      'It sold its stake to Chrysler Holding LLC.',
      'DaimlerChrysler has kept the rest.',
      'Apple Inc. Chief Executive Tim Cook spoke.',
    ]);
  });

  it('keeps quotes and brackets with their sentence', () => {
    const t = '"We will win," he said. "Why?" she asked. They said "no." They left (for good.) Done.';
    expect(texts(t)).toEqual([
      '"We will win," he said.',
      '"Why?" she asked.',
      'They said "no."',
      'They left (for good.)',
      'Done.',
    ]);
    expect(
      texts('“This letter is just a start,” one of the organizers told Politico. “We are addressing it.”'),
    ).toEqual(['“This letter is just a start,” one of the organizers told Politico.', '“We are addressing it.”']);
  });

  it('handles decimals and ellipses', () => {
    expect(texts('It costs 3.5 million... Then it ended. He paused … and went on.')).toEqual([
      'It costs 3.5 million...',
      'Then it ended.',
      'He paused … and went on.',
    ]);
  });

  it('always ends a sentence at a blank line, even after an abbreviation or without punctuation', () => {
    expect(texts('A headline without a period\n\nThe body starts at Apple Inc.\n\nNext paragraph')).toEqual([
      'A headline without a period',
      'The body starts at Apple Inc.',
      'Next paragraph',
    ]);
  });

  it('gives exact offsets into the original text', () => {
    const t = '  First one.   Second one!\n\n  Third ';
    const spans = splitSentences(t);
    expect(spans).toEqual([
      { start: 2, end: 12 },
      { start: 15, end: 26 },
      { start: 30, end: 35 },
    ]);
  });

  it('never throws on empty or binary-ish input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\n ')).toEqual([]);
    const junk =
      '\u0000\u0001\uFFFD\uD800..!?\u0007' + String.fromCharCode(...Array.from({ length: 300 }, (_, i) => i));
    const spans = splitSentences(junk);
    for (const s of spans) expect(s.end).toBeGreaterThan(s.start);
  });

  it('splits the seed article into sensible sentences', () => {
    const t = readFileSync(SEED, 'utf8');
    const s = texts(t);
    expect(s).toContain('They confirmed to the outlet that they sent the letter to Sanders on Sunday.');
    expect(s).toContain(
      'Sanders has said publicly multiple times that he is considering a bid for the presidency in 2020.',
    );
    for (const x of s) expect(x).toBe(x.trim());
    // the hover-card residue "…MORE's (I-Vt.) 2016 presidential campaign are requesting…" is one sentence
    expect(s.some((x) => x.includes('(I-Vt.) 2016 presidential campaign are requesting'))).toBe(true);
  });

  it('ends no sentence inside a party-state tag unless an opener follows', () => {
    expect(texts('Aides to Sen. Jon Tester (D-Mont.) 2018 campaign met. Rep. Ann Kuster (D-N.H.) said no.')).toEqual([
      'Aides to Sen. Jon Tester (D-Mont.) 2018 campaign met.',
      'Rep. Ann Kuster (D-N.H.) said no.',
    ]);
    expect(texts('He thanked Sen. Jon Tester (D-Mont.) The next day he left.')).toEqual([
      'He thanked Sen. Jon Tester (D-Mont.)',
      'The next day he left.',
    ]);
  });
  it('does not end a sentence after a local title (Ald., Assemb., Cmsr.)', () => {
    for (const title of ['Ald.', 'Assemb.', 'Cmsr.']) {
      expect(texts(`The vote was close, said ${title} Maria Lopez on Tuesday. It passed.`)).toEqual([
        `The vote was close, said ${title} Maria Lopez on Tuesday.`,
        'It passed.',
      ]);
    }
  });
  it('ends Chinese and Japanese sentences at 。！？ with no space after them, closing marks kept', () => {
    const zh = '东京是日本的首都。这座城市很大！人口超过一千万吗？';
    expect(splitSentences(zh).map((s) => zh.slice(s.start, s.end))).toEqual([
      '东京是日本的首都。',
      '这座城市很大！',
      '人口超过一千万吗？',
    ]);
    const ja = '彼は「行きます。」と言った。この都市はとても大きい。';
    expect(splitSentences(ja).map((s) => ja.slice(s.start, s.end))).toEqual([
      '彼は「行きます。」と言った。',
      'この都市はとても大きい。',
    ]);
  });
});

describe('sentenceIndexAt', () => {
  const spans = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 22, end: 30 },
  ];
  it('finds the first sentence ending after a position, gaps and ends included', () => {
    expect([0, 9, 10, 11, 12, 19, 20, 29, 30, 99].map((p) => sentenceIndexAt(spans, p))).toEqual([
      0, 0, 1, 1, 1, 1, 2, 2, 3, 3,
    ]);
    expect(sentenceIndexAt([], 5)).toBe(0);
  });
});
