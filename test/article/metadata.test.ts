import { describe, expect, it } from 'vitest';
import { extractArticle, extractMetadata, stripTitleSuffix, toIsoDate } from '../../utils/article';
import { doc, fixture, page, prose } from './helpers';

describe('metadata from JSON-LD', () => {
  it('reads headline, authors, publisher, date, canonical URL and language', () => {
    const m = extractMetadata(doc(fixture('news-jsonld')));
    expect(m).toEqual({
      title: 'Harbor council approves flood wall after decade of debate',
      byline: 'Marisol Quintero, Dev Anand Rao',
      publisher: 'The Coastal Ledger',
      publishedAt: '2024-03-12',
      url: 'https://ledger.example/news/2024/03/harbor-flood-wall',
      language: 'en-US',
    });
  });

  it('finds the article inside @graph and keeps the local date of a late-evening timestamp', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Plains Herald' },
        {
          '@type': ['NewsArticle'],
          headline: 'Grain prices fall',
          author: 'Ada Lindgren',
          datePublished: '2018-12-30T23:30:00-05:00',
          publisher: { '@id': '#org' },
        },
        { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Plains Herald Media' },
      ],
    };
    const m = extractMetadata(doc(page(prose(3), `<script type="application/ld+json">${JSON.stringify(ld)}</script>`)));
    expect(m.title).toBe('Grain prices fall');
    expect(m.byline).toBe('Ada Lindgren');
    expect(m.publishedAt).toBe('2018-12-30');
    expect(m.publisher).toBe('Plains Herald Media');
  });

  it('survives broken JSON-LD and falls back to Open Graph', () => {
    const head =
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>' +
      '<meta property="og:title" content="Bridge reopens"><meta property="og:site_name" content="Metro Daily">';
    const m = extractMetadata(doc(page(prose(2), head)));
    expect(m.title).toBe('Bridge reopens');
    expect(m.publisher).toBe('Metro Daily');
  });
});

describe('metadata from Open Graph, <meta> and <time>', () => {
  it('strips the site suffix from og:title and reads meta author and article:published_time', () => {
    const m = extractMetadata(doc(fixture('news-og')));
    expect(m.title).toBe('Rail strike talks collapse as unions reject pay offer');
    expect(m.byline).toBe('Priya Natarajan');
    expect(m.publisher).toBe('The Northern Courier');
    expect(m.publishedAt).toBe('2023-11-08');
    expect(m.url).toBe('https://courier.example/uk/rail-strike-talks-collapse');
    expect(m.language).toBe('en-GB');
  });

  it('reads microdata headline, application-name, DC.date and rel=author', () => {
    const m = extractMetadata(doc(fixture('news-microdata')));
    expect(m.title).toBe('Library reopens after two-year renovation');
    expect(m.publisher).toBe('Valley Weekly');
    expect(m.publishedAt).toBe('2022-06-04');
    expect(m.byline).toBe('Gwen Halloran');
    expect(m.language).toBe('en');
  });

  it('uses <time datetime> near the headline when no meta gives a date', () => {
    const m = extractMetadata(
      doc(page(`<h1>Dam inspection</h1><time datetime="2021-07-09T10:00">July 9</time>${prose(2)}`)),
    );
    expect(m.publishedAt).toBe('2021-07-09');
  });

  it('resolves a relative canonical link against the given URL, and uses the URL when there is none', () => {
    const head = '<link rel="canonical" href="/story/42">';
    expect(extractMetadata(doc(page('', head)), { url: 'https://n.example/a?x=1' }).url).toBe(
      'https://n.example/story/42',
    );
    expect(extractMetadata(doc(page('')), { url: 'https://n.example/a' }).url).toBe('https://n.example/a');
    expect(extractMetadata(doc(page('', head))).url).toBeNull();
  });

  it('gives only http(s) URLs: a javascript:, data: or file: canonical falls back to the next source', () => {
    const og = '<meta property="og:url" content="https://n.example/og">';
    for (const bad of ['javascript:alert(1)', ' JavaScript:void(0)', 'data:text/html,x', 'file:///etc/passwd']) {
      const head = `<link rel="canonical" href="${bad}">`;
      expect(extractMetadata(doc(page('', head + og))).url).toBe('https://n.example/og');
      expect(extractMetadata(doc(page('', head)), { url: 'https://n.example/a' }).url).toBe('https://n.example/a');
    }
    expect(extractMetadata(doc(page('', '<meta property="og:url" content="javascript:x">'))).url).toBeNull();
    // the caller's own URL counts only when it is http(s)
    expect(extractMetadata(doc(page('')), { url: 'javascript:alert(1)' }).url).toBeNull();
    expect(
      extractMetadata(doc(page('', '<link rel="canonical" href="/s">')), { url: 'ftp://n.example/' }).url,
    ).toBeNull();
  });

  it.each([
    ['By Jane Roe, Monday', 'Jane Roe'],
    ['Jane Roe, Dec. 30', 'Jane Roe'],
    ['Jane Roe Sept.', 'Jane Roe'],
    ['Jane Roe, ,', 'Jane Roe'],
    ['John Mayer', 'John Mayer'],
    ['Jane Roe, Dec..', 'Jane Roe, Dec..'],
    ['Monday', 'Monday'],
  ])('cleans the meta author %j to %j', (author, byline) => {
    expect(extractMetadata(doc(page('', `<meta name="author" content="${author}">`))).byline).toBe(byline);
  });

  it('gives no byline for an author meta of a megabyte of commas (and does not stall on it)', () => {
    const head = `<meta name="author" content="Jane${' ,'.repeat(500_000)} Roe">`;
    expect(extractMetadata(doc(page('', head))).byline).toBeNull();
  });

  it('gives null fields where the page says nothing', () => {
    const m = extractMetadata(doc('<html><body><p>x</p></body></html>'));
    expect(m).toEqual({ title: null, byline: null, publisher: null, publishedAt: null, url: null, language: null });
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2018-12-30T23:00:00-05:00', '2018-12-30'],
    ['2018-12-30', '2018-12-30'],
    ['2018/12/30 10:00', '2018-12-30'],
    ['20181230', '2018-12-30'],
    ['December 30, 2018', '2018-12-30'],
    ['Sun, Dec. 30 2018 10:00 AM', '2018-12-30'],
    ['30 December 2018', '2018-12-30'],
    ['1546128000', '2018-12-30'],
    ['2018-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (raw, want) => {
    expect(toIsoDate(raw)).toBe(want);
  });
});

describe('stripTitleSuffix', () => {
  it.each([
    ['Rail talks collapse | The Courier', 'The Courier', 'Rail talks collapse'],
    ['Rail talks collapse - Courier', 'The Courier', 'Rail talks collapse'],
    ['The Courier: Rail talks collapse', 'The Courier', 'Rail talks collapse'],
    ['Rail strike talks collapse again | Politics | News', null, 'Rail strike talks collapse again | Politics'],
    // A dash inside the headline is not a suffix.
    [
      'Biden meets Xi - and talks trade for the first time in years',
      null,
      'Biden meets Xi - and talks trade for the first time in years',
    ],
  ])('%s', (title, site, want) => {
    expect(stripTitleSuffix(title, site)).toBe(want);
  });
});

describe('extraction leaves the page alone', () => {
  it('does not mutate the document it is given', () => {
    const d = doc(fixture('news-jsonld'));
    const before = d.documentElement.outerHTML;
    expect(extractArticle(d)).not.toBeNull();
    expect(d.documentElement.outerHTML).toBe(before);
  });
});

describe('bylines from the page', () => {
  it.each([
    ['<div class="byline">By Lucas Nolan22 Dec 2016651</div>', 'Lucas Nolan'],
    ['<div class="byline">By GILLIAN MOHNEY\n   March 11, 2015 3:46 PM</div>', 'GILLIAN MOHNEY'],
    ['<span class="byline">por César Salza</span>', 'César Salza'],
    ['<a rel="author" href="/a/nm">Nikhil Marathe</a>', 'Nikhil Marathe'],
    ['<div class="byline">James Akinaka • 8h</div>', 'James Akinaka'],
  ])('%s → %s', (html, want) => {
    expect(extractMetadata(doc(page(html))).byline).toBe(want);
  });
});
