import { describe, expect, it } from 'vitest';
import { announcement } from '../../components/hovercard/announce';
import type { PersonCardData, QuoteCardData } from '../../components/hovercard/types';

const person: PersonCardData = {
  kind: 'person',
  name: 'Ada Okafor',
  descriptors: ['mayor of Kestrel'],
  mentionCount: 3,
  quotes: ['We will not sign.', 'Talks go on.'],
};

describe('announcement', () => {
  it("speaks a person card's name, descriptors, counts and place in the cycle", () => {
    expect(announcement(person, { index: 1, count: 4 })).toBe(
      'Ada Okafor, mayor of Kestrel. Named 3 times in this article. Quoted 2 times. Person 2 of 4.',
    );
  });

  it('says "once" and leaves out what the card does not show', () => {
    expect(announcement({ ...person, descriptors: [], mentionCount: 1, quotes: [] })).toBe(
      'Ada Okafor. Named once in this article.',
    );
  });

  it('speaks a quotation with its speaker, clipped', () => {
    const quote: QuoteCardData = {
      kind: 'quote',
      text: 'x'.repeat(400),
      speaker: 'Ada Okafor',
      speakerKind: 'person',
      cue: 'said',
    };
    const text = announcement(quote);
    expect(text.startsWith('Quotation, Ada Okafor: “xxx')).toBe(true);
    expect(text.length).toBeLessThan(200);
    expect(announcement({ ...quote, text: 'No.', speaker: null })).toBe('Quotation: “No.”');
  });
});
