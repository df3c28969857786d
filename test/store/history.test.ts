import { describe, expect, it } from 'vitest';
import { personHistory } from '../../utils/store/history';
import { newStore, recordOf } from './helpers';

describe('personHistory', () => {
  it('leaves the current article out and dates the earlier quotation by its article', async () => {
    const store = newStore();
    const person = [{ name: 'Ann Lee', mentions: 2 }];
    await store.save(
      recordOf(
        {
          url: 'https://a.example/1',
          title: 'Bridge plan unveiled',
          text: 'Ann Lee unveiled the bridge plan.',
          people: person,
          quotes: [{ text: 'We will build it', speaker: 'Ann Lee' }],
          publishedAt: '2025-03-04',
        },
        Date.UTC(2026, 0, 1),
      ),
    );
    await store.save(
      recordOf(
        { url: 'https://a.example/2', title: 'Bridge opens', text: 'Ann Lee opened the bridge.', people: person },
        Date.UTC(2026, 0, 2),
      ),
    );
    const h = await personHistory(store, 'Ann Lee', { excludeUrl: 'https://a.example/2' });
    expect(h?.articleCount).toBe(2);
    expect(h?.others).toBe(1);
    expect(h?.latest.map((a) => a.url)).toEqual(['https://a.example/1']);
    expect(h?.earlierQuote).toMatchObject({
      text: 'We will build it',
      title: 'Bridge plan unveiled',
      date: '2025-03-04',
    });
  });
});
