import { describe, expect, it } from 'vitest';
import { cardHistory } from '../../utils/page/memory';

const stored = {
  key: 'bernie sanders',
  name: 'Bernie Sanders',
  descriptors: ['Sen.'],
  articleCount: 3,
  latest: [
    { url: 'https://a.example/now', title: 'Today', site: 'a.example', date: '2026-11-25' },
    { url: 'https://b.example/old', title: null, site: 'b.example', date: '2026-10-01' },
  ],
  earlierQuote: { text: 'Earlier.', url: 'https://b.example/old', title: null, date: '2026-10-01' },
  firstSeen: 0,
  lastSeen: 0,
};

describe('cardHistory', () => {
  it('maps the store record to the card, leaving the current article out of list and count', () => {
    expect(cardHistory(stored, 'https://a.example/now')).toEqual({
      articleCount: 2,
      headlines: [
        { title: 'https://b.example/old', url: 'https://b.example/old', date: '2026-10-01', site: 'b.example' },
      ],
      earlierQuote: { text: 'Earlier.', title: null, url: 'https://b.example/old', date: '2026-10-01' },
    });
  });

  it('keeps the count when the current article is not in memory, and passes null through', () => {
    expect(cardHistory(stored, 'https://c.example/new')?.articleCount).toBe(3);
    expect(cardHistory(null)).toBeNull();
  });
});
