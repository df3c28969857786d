import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article';
import { doc, fixture, page, prose } from './helpers';

describe('extractArticle on a news page with furniture', () => {
  const a = extractArticle(doc(fixture('news-jsonld')))!;

  it('keeps the body from the first to the last paragraph', () => {
    expect(a.paragraphs[0]).toMatch(/^PORT ALDER — The harbor council voted 7 to 2/);
    expect(a.paragraphs.at(-1)).toBe(
      'The first public hearing on construction schedules is set for April 3 at the ferry terminal.',
    );
    expect(a.paragraphs).toHaveLength(7);
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
  });

  it.each([
    ['headline', 'Harbor council approves flood wall'],
    ['deck', 'will rise along the north pier by 2027'],
    ['caption', 'Waves break over the north pier'],
    ['photo credit', 'Lena Ortiz'],
    ['graphic caption', 'A map of the proposed wall'],
    ['share buttons', 'Share on Facebook'],
    ['related rail', 'Engineers unveil three designs'],
    ['newsletter box', 'Morning Tide'],
    ['advertisement label', 'Advertisement'],
    ['repeated byline', 'By Marisol Quintero'],
    ['read-more line', 'Read more:'],
    ['comments', 'Nobody asked the fishermen'],
    ['most-read rail', 'Ferry fares to rise'],
    ['footer', 'All rights reserved'],
  ])('drops the %s', (_what, snippet) => {
    expect(a.text).not.toContain(snippet);
  });

  it('has collapsed whitespace and no empty paragraphs', () => {
    for (const p of a.paragraphs) {
      expect(p).toBe(p.trim());
      expect(p).not.toMatch(/\s{2,}|\n/);
    }
  });
});

describe('extractArticle on furniture written as body lines', () => {
  const a = extractArticle(doc(fixture('news-og')))!;

  it.each([
    ['byline line', /^Priya Natarajan$/m],
    ['dateline', /Updated 8 November 2023/],
    ['advertisement line', /Story continues below/],
    ['inline related link', /What the rail strikes mean/],
    ['image credit line', /Commuters wait at a closed station/],
    ['share tools', /Share this article/],
    ['tags', /^Rail$/m],
    ['breadcrumb', /Transport$/m],
  ])('drops the %s', (_what, re) => {
    expect(a.text).not.toMatch(re);
  });

  it('drops the pull quote but keeps the sentence it repeats', () => {
    expect(a.text.split('an insult dressed up as a compromise').length - 1).toBe(1);
  });

  it('keeps every body paragraph', () => {
    expect(a.paragraphs[0]).toMatch(/^Talks to end the six-month rail dispute/);
    expect(a.paragraphs.at(-1)).toMatch(/^Transport secretary Graham Ellery/);
    expect(a.paragraphs).toHaveLength(5);
  });
});

describe('extractArticle guards', () => {
  it('keeps a body container whose class looks like furniture', () => {
    // "share-enabled" on the container of the body must not remove the body.
    const a = extractArticle(
      doc(page(`<article><div class="story-text share-enabled related-on">${prose(8)}</div></article>`)),
    )!;
    expect(a.paragraphs).toHaveLength(8);
  });

  it('does not match furniture words inside other words', () => {
    const a = extractArticle(
      doc(
        page(
          `<article><div class="unrelated-content">${prose(6)}</div><p class="shareholder-note">${'A paragraph about shareholders that belongs to the article and goes on for a while. '.repeat(3)}</p></article>`,
        ),
      ),
    )!;
    expect(a.paragraphs).toHaveLength(7);
  });

  it('keeps sentences that end with a news agency name', () => {
    const a = extractArticle(
      doc(page(`<article>${prose(5)}<p>The company confirmed the sale to Reuters.</p></article>`)),
    )!;
    expect(a.paragraphs.at(-1)).toBe('The company confirmed the sale to Reuters.');
  });

  it('keeps list items and subheadings of the body', () => {
    const a = extractArticle(
      doc(
        page(
          `<article>${prose(4)}<h2>What happens next</h2><ul><li>A vote in May on the new plan.</li><li>Hearings in June for residents.</li></ul>${prose(2)}</article>`,
        ),
      ),
    )!;
    expect(a.paragraphs).toContain('What happens next');
    expect(a.paragraphs).toContain('A vote in May on the new plan.');
  });

  it('returns null for an empty document and for a page without text', () => {
    expect(extractArticle(doc(''))).toBeNull();
    expect(extractArticle(doc('<html><body><nav><a href="/">Home</a></nav></body></html>'))).toBeNull();
  });

  it('does not throw on binary garbage parsed as HTML', () => {
    const garbage = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join('');
    expect(() => extractArticle(doc(garbage))).not.toThrow();
  });

  it('passes the given URL through when the page has no canonical link', () => {
    const a = extractArticle(doc(page(`<article>${prose(5)}</article>`)), { url: 'https://x.example/s/1' })!;
    expect(a.meta.url).toBe('https://x.example/s/1');
  });
});

describe('caption and note lines left in the body', () => {
  const body = (extra: string) =>
    extractArticle(doc(page(`<article>${prose(5)}${extra}${prose(1).replace('(1)', '(last)')}</article>`)))!.text;

  it('drops a caption that ends with an agency credit, keeps a sentence naming the agency', () => {
    const t = body(
      '<p>Protesters gather outside the ministry in the capital on Monday after the vote was delayed. (Jane Roe/AFP/Getty Images)</p>' +
        '<p>Officials told Reuters that the vote would take place next week.</p>',
    );
    expect(t).not.toContain('Protesters gather');
    expect(t).toContain('Officials told Reuters that the vote would take place next week.');
  });

  it('drops a "photo via" credit caption and rule lines', () => {
    const t = body(
      '<p>In this photo taken on Tuesday, the rocket stands on the launch pad. (Space Agency photo via AP)</p><p>___</p>',
    );
    expect(t).not.toContain('launch pad');
    expect(t).not.toContain('___');
  });

  it('drops an author note at the very end but keeps a contributor line', () => {
    const a = extractArticle(
      doc(
        page(
          `<article>${prose(6)}<p>Ana Ruiz contributed to this report.</p><p>Mark Stone covers city hall for the Ledger.</p></article>`,
        ),
      ),
    )!;
    expect(a.paragraphs.at(-1)).toBe('Ana Ruiz contributed to this report.');
  });
});
