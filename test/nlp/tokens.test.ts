import { describe, expect, it } from 'vitest';
import { TokKind, fineTokens, tokenize } from '../../utils/nlp/tokens';

const words = (t: string) => tokenize(t).map((k) => t.slice(k.start, k.end));

describe('tokenize', () => {
  it('keeps names with apostrophes and hyphens whole, splits the possessive', () => {
    expect(words("Beto O'Rourke's bid and Jean-Pierre's, Sanders' plan")).toEqual([
      'Beto',
      "O'Rourke",
      "'s",
      'bid',
      'and',
      'Jean-Pierre',
      "'s",
      ',',
      'Sanders',
      "'",
      'plan',
    ]);
    expect(words('Sanders’s campaign')).toEqual(['Sanders', '’s', 'campaign']);
  });

  it('keeps initialisms, decimals and thousands together', () => {
    expect(words('The U.S.A. paid $3.5 billion, or 1,200 each, at 5 p.m.')).toEqual([
      'The',
      'U.S.A.',
      'paid',
      '$',
      '3.5',
      'billion',
      ',',
      'or',
      '1,200',
      'each',
      ',',
      'at',
      '5',
      'p.m.',
    ]);
    expect(words('Sen. Sanders (I-Vt.)')).toEqual(['Sen', '.', 'Sanders', '(', 'I-Vt', '.', ')']);
  });

  it('marks kinds and line breaks, with exact offsets', () => {
    const t = 'Hi 42.\n\nBye';
    const toks = tokenize(t);
    expect(toks.map((k) => k.kind)).toEqual([TokKind.Word, TokKind.Number, TokKind.Punct, TokKind.Word]);
    expect(toks[3]).toEqual({ start: 8, end: 11, kind: TokKind.Word, nl: 2 });
  });

  it('handles scripts beyond ASCII and ellipses', () => {
    expect(words('Zoë Ñúñez met 习近平 … then…')).toEqual(['Zoë', 'Ñúñez', 'met', '习近平', '…', 'then', '…']);
  });

  it('keeps runs of the same mark and a possessive as one token each; astral characters are letters', () => {
    const tail = ['‘', 'quote', '’', '.', '-', 'end😀'];
    expect(words('Wait... no -- yes——fine. Ha 😀! Jones’s and ’90 ‘quote’ . - end😀')).toEqual(
      ['Wait', '...', 'no', '--', 'yes', '——', 'fine', '.', 'Ha', '😀', '!', 'Jones', '’s', 'and', '’', '90'].concat(
        tail,
      ),
    );
    // a run stops at another mark
    expect(words('.-. a\ud83d b')).toEqual(['.', '-', '.', 'a\ud83d', 'b']);
    expect(tokenize('Ha...').map((k) => [k.start, k.end, k.kind])).toEqual([
      [0, 2, TokKind.Word],
      [2, 5, TokKind.Punct],
    ]);
  });

  it('never throws on empty or binary-ish input', () => {
    expect(tokenize('')).toEqual([]);
    const junk = String.fromCharCode(...Array.from({ length: 600 }, (_, i) => (i * 97) % 65536));
    const toks = tokenize(junk);
    let last = 0;
    for (const k of toks) {
      expect(k.start).toBeGreaterThanOrEqual(last);
      expect(k.end).toBeGreaterThan(k.start);
      last = k.end;
    }
  });
});

describe('fineTokens (the grain of the date grammar)', () => {
  const fine = (t: string, from?: number, to?: number) => fineTokens(t, from, to).map((k) => t.slice(k.start, k.end));

  it('splits letters from digits and keeps every other character alone', () => {
    expect(fine('On 7/8/07, 1,500 rose 2.5% (Q3 2009) in the 1990s')).toEqual(
      'On 7 / 8 / 07 , 1 , 500 rose 2 . 5 % ( Q3 2009 ) in the 1990 s'.split(' '),
    );
    expect(fine('Q3x q4 Q5 Qatar São')).toEqual(['Q', '3', 'x', 'q4', 'Q', '5', 'Qatar', 'S', 'ã', 'o']);
  });

  it('gives each token its kind', () => {
    expect(fineTokens('Q3 in 2009.').map((k) => k.kind)).toEqual([
      TokKind.Word,
      TokKind.Word,
      TokKind.Number,
      TokKind.Punct,
    ]);
  });

  it('skips exactly the whitespace of a JavaScript \\s, and starts tokens only in [from, to)', () => {
    // no-break, thin and ideographic spaces and the byte-order mark separate; a zero-width space is a token
    expect(fine('a\u00a0b\u2009c\u3000d\ufeffe\u200bf')).toEqual(['a', 'b', 'c', 'd', 'e', '\u200b', 'f']);
    expect(fine('one two three', 4, 6)).toEqual(['two']);
    expect(fine('one two three', 4, 9)).toEqual(['two', 'three']);
  });
});
