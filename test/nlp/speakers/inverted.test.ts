// The subject of an inverted cue (utils/nlp/speakers/inverted.ts, read by cue-after.ts and cue-before.ts) and
// a participle inside a relative clause (cue-before.ts): which words are taken as the speaker's phrase.
import { describe, expect, it } from 'vitest';
import { attributionAfter, attributionBefore } from '../../../utils/nlp/quotes-attribution';

/** The phrase after the quotation that opens `text`. */
function after(text: string): string | null {
  const close = text.indexOf('”', 1);
  const a = attributionAfter(text, close, text.length, text.slice(1, close));
  return a && text.slice(a.start, a.end);
}

/** The phrase before the second quotation of `text`, read from the end of the first (`"…," said X, "…"`). */
function between(text: string): string | null {
  const close = text.indexOf('”');
  const open = text.indexOf('“', close);
  const a = attributionBefore(text, open, close + 1, 0);
  return a && text.slice(a.start, a.end);
}

/** The phrase before the first quotation of `text` (one sentence). */
function before(text: string): string | null {
  const a = attributionBefore(text, text.indexOf('“'), 0, 0);
  return a && text.slice(a.start, a.end);
}

describe('inverted subject', () => {
  it('is one word when it is a pronoun (“said he mildly”)', () => {
    expect(after('“Where is the ledger?” said he mildly.')).toBe('he');
    expect(after('“Not yet,” said she quietly, and left.')).toBe('she');
  });

  it('still runs to a clause word after the quotation (“said Ana Ruiz on Monday”)', () => {
    expect(after('“We will rebuild,” said Ana Ruiz on Monday.')).toBe('Ana Ruiz');
  });

  it('between two parts of a quotation ends before a preposition or a clause word', () => {
    expect(between('“I will not sign it,” said Marta Ruiz on this occasion, “not today.”')).toBe('Marta Ruiz');
    expect(between('“Yes,” said Ruiz, with her calmest voice, “I think so.”')).toBe('Ruiz');
    expect(between('“Then,” said the clerk, who was a notary, “you must pay.”')).toBe('the clerk');
  });

  it('between two parts of a quotation keeps a name in apposition', () => {
    expect(between('“We will,” said the chairman of Acme, Jim Press, “see it through.”')).toBe(
      'the chairman of Acme, Jim Press',
    );
  });
});

describe('participle in a relative clause', () => {
  it('speaks for what the relative pronoun stands for', () => {
    expect(
      before(
        'The council criticised the Harbour Trust, which tried to calm residents by saying that the works were “almost finished.”',
      ),
    ).toBe('the Harbour Trust');
  });

  it('not once the relative clause is closed by a comma', () => {
    expect(before('The mayor praised Dana Jones, who had led the effort, saying “we owe her a great deal.”')).toBe(
      'The mayor',
    );
  });
});

describe('not an inverted subject', () => {
  it('a pronoun followed by its verb is the subject of what was said (“said it would appeal”)', () => {
    expect(after('“community platform,” said it would appeal the ruling.')).toBeNull();
    expect(after('“a fair price,” said they were not selling.')).toBeNull();
    expect(after('“Where is the ledger?” said he mildly.')).toBe('he');
  });

  it('a verb phrase before the comma is not part of the subject (“opens Friday, the studio said”)', () => {
    expect(after('“The Long Road,” opens Friday, the studio said.')).toBe('the studio');
    expect(after('“We will win,” Jim Press, the chairman, said.')).toBe('Jim Press, the chairman');
    expect(after('“We will win,” the chairman, Jim Press, said.')).toBe('the chairman, Jim Press');
    expect(after('“We will win,” attorney general Bob Ferguson, a Democrat, said.')).toBe(
      'attorney general Bob Ferguson, a Democrat',
    );
  });
});
