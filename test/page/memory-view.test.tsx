// @vitest-environment happy-dom
// What the memory frame (entrypoints/memory-card) shows, and its address.
import { describe, expect, it } from 'vitest';
import { mount } from '../helpers/mount';
import { MemoryView } from '../../components/hovercard/MemoryView';
import { memoryFrameUrl, readMemoryFrameQuery } from '../../entrypoints/memory-card/address';

const show = mount;

describe('MemoryView', () => {
  it('shows the article count, headlines with safe links only, and an earlier quotation', () => {
    const el = show(
      <MemoryView
        history={{
          articleCount: 2,
          headlines: [
            { title: 'Sanders wins primary', url: 'https://news.example/a', date: '2019-03-01', site: 'Example News' },
            { title: '<b>Bad link</b>', url: 'javascript:alert(1)', date: null, site: null },
          ],
          earlierQuote: { text: 'Earlier words.', title: 'Older piece', url: null, date: '2018-01-02' },
        }}
      />,
    );
    expect(el.querySelector('h3')!.textContent).toBe('In 2 other articles you read');
    const links = el.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://news.example/a');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('.heads')!.textContent).toContain('<b>Bad link</b>');
    expect(el.querySelector('blockquote')!.textContent).toBe('“Earlier words.”');
    expect(el.querySelector('figcaption')!.textContent).toBe('Older piece · 2018-01-02');
  });

  it('says it is looking, then that there is nothing', () => {
    expect(show(<MemoryView history={undefined} />).textContent).toBe('Looking through your reading…');
    expect(show(<MemoryView history={null} />).textContent).toBe('Not in anything else you have read.');
  });
});

describe('the memory frame address', () => {
  it('carries the name and the page addresses, and reads them back', () => {
    const url = memoryFrameUrl('chrome-extension://d/memory-card.html', {
      name: 'Ana & Bo #1',
      page: 'https://a.example/x?y=1#z',
      canonical: 'https://a.example/x',
    });
    expect(url.startsWith('chrome-extension://d/memory-card.html?')).toBe(true);
    expect(readMemoryFrameQuery(new URL(url).search)).toEqual({
      name: 'Ana & Bo #1',
      page: 'https://a.example/x?y=1#z',
      canonical: 'https://a.example/x',
    });
    expect(readMemoryFrameQuery('?name=A')).toBeNull();
    const long = memoryFrameUrl('x:', { name: 'n'.repeat(10_000), page: 'p', canonical: null });
    expect(readMemoryFrameQuery(long.slice(2))?.name.length).toBe(2_048);
  });
});
