import { describe, expect, it } from 'vitest';
import { detokenize } from '../../scripts/eval/_corpus';

const words = (s: string, sent = 3) => s.split(' ').map((text) => ({ text, sent }));

describe('eval detokenizer', () => {
  it('joins straight marks by parity', () => {
    expect(detokenize(words('He said " no " and left .')).text).toBe('He said "no" and left.');
  });

  it('lets `` and the curly marks set the direction, so one stray mark does not turn later pairs round', () => {
    // the stray closing mark after "belt" would flip every later straight pair under parity alone
    const text = detokenize(
      words('the `` rust belt ” town , a " Big Five " orchestra , `` we won , \'\' she said .'),
    ).text;
    expect(text).toBe('the "rust belt” town, a "Big Five" orchestra, "we won," she said.');
  });

  it('opens a paragraph that starts with a curly mark', () => {
    const toks = [...words('Title', 0), ...words('Dateline', 1), ...words('“ Yes , ” he said .', 2)];
    expect(detokenize(toks).text).toBe('Title\n\nDateline\n\n“Yes,” he said.');
  });
});
