import { describe, expect, it } from 'vitest';
import { TokKind, tokenize } from '../../utils/nlp/tokens';

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
