import { describe, expect, it } from 'vitest';
import { toArticleRecord, LIMITS } from '../../utils/store/record';
import { fingerprintBands, hamming, isNearDuplicate, simhash } from '../../utils/store/fingerprint';
import { contentWords, cosine, termVector } from '../../utils/store/terms';
import { canonicalUrl, personKey } from '../../utils/store/normalize';
import { analysisOf } from './helpers';

const TEXT =
  'The city council voted on Tuesday to approve the harbour flood wall after months of debate. ' +
  'Councillor Ana Ruiz said the wall would protect two thousand homes from storm surges. ' +
  'Opponents argued that the cost had doubled since the first estimate and that the design blocked views of the water. ' +
  'Construction is expected to begin next spring and last three years, the city engineer told reporters.';

describe('fingerprint', () => {
  it('a syndicated copy with one changed sentence is a near duplicate; another story is not', () => {
    // A realistic length (about 400 words): copies differ in a sentence, not a quarter of the text.
    const long = [
      TEXT,
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `Part ${i + 1} of the plan covers district ${i * 7 + 3}, where ${i + 2} pumping stations and ${i * 40 + 100} metres of wall will be built before the winter of ${2027 + (i % 3)}.`,
      ),
    ].join(' ');
    const a = simhash(long);
    const copy = simhash(long.replace('told reporters', 'said in a statement') + ' Copyright Example Wire.');
    const other = simhash(
      'The football club signed a new striker on Friday for a record fee. The manager said the player would start on Sunday against the league leaders, and fans queued for hours to buy shirts with his name.',
    );
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(hamming(a, copy)).toBeLessThanOrEqual(6);
    expect(isNearDuplicate(a, copy)).toBe(true);
    expect(hamming(a, other)).toBeGreaterThan(10);
    // Copies this close share a 16-bit band (what the band index relies on).
    const shared = fingerprintBands(a).filter((b) => fingerprintBands(copy).includes(b));
    expect(shared.length).toBeGreaterThan(0);
    expect(simhash('too short')).toBe('');
    expect(hamming('', a)).toBe(Infinity);
  });
});

describe('terms', () => {
  it('keeps content words, drops stop words and folds plurals', () => {
    expect(contentWords("The councillor's walls were said to protect homes")).toEqual([
      'councillor',
      'wall',
      'protect',
      'home',
    ]);
  });

  it('weights title words, and cosine is 1 for identical vectors and 0 for disjoint ones', () => {
    const v = termVector({ text: TEXT, title: 'Harbour flood wall approved' });
    expect(v[0][1]).toBe(100);
    expect(v.map(([t]) => t).slice(0, 4)).toEqual(expect.arrayContaining(['wall', 'harbour', 'flood']));
    expect(cosine(v, v)).toBeCloseTo(1, 6);
    expect(cosine(v, [['football', 100]])).toBe(0);
  });
});

describe('normalize', () => {
  it('person keys drop titles, parentheticals, possessives and diacritics', () => {
    expect(personKey('Sen. Bernie Sanders (I-Vt.)')).toBe('bernie sanders');
    expect(personKey("Sanders's")).toBe('sanders');
    expect(personKey('José Martínez Jr.')).toBe('jose martinez');
  });

  it('canonical URLs drop fragments and tracking parameters, and refuse other schemes', () => {
    expect(canonicalUrl('https://WWW.Example.com/a/?utm_source=x&id=3#top')).toBe('https://www.example.com/a/?id=3');
    expect(canonicalUrl('https://example.com/story/')).toBe('https://example.com/story');
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('file:///etc/passwd')).toBeNull();
  });
});

describe('toArticleRecord', () => {
  const analysis = analysisOf({
    url: 'https://news.example/flood-wall?utm_medium=social',
    title: 'Council approves harbour flood wall',
    text: TEXT,
    publishedAt: '2026-11-17T09:00:00Z',
    people: [
      { name: 'Ana Ruiz', mentions: 2, aliases: ['Ruiz'], descriptors: ['Councillor'] },
      { name: 'Councillor Ana Ruiz', mentions: 1 },
    ],
    quotes: [{ text: 'x'.repeat(500), speaker: 'Ana Ruiz' }],
  });

  it('is pure and deterministic', () => {
    expect(toArticleRecord(analysis, {}, 5)).toEqual(toArticleRecord(analysis, {}, 5));
  });

  it('merges people with the same key, trims quotes, canonicalizes and fills the index fields', () => {
    const r = toArticleRecord(analysis, {}, 5)!;
    expect(r.url).toBe('https://news.example/flood-wall');
    expect(r.site).toBe('news.example');
    expect(r.publishedAt).toBe('2026-11-17');
    expect(r.people).toEqual([
      { key: 'ana ruiz', name: 'Ana Ruiz', variants: ['Ruiz'], descriptors: ['Councillor'], count: 3 },
    ]);
    expect(r.quotes[0].text.length).toBeLessThanOrEqual(LIMITS.quoteChars);
    expect(r.quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', speakerKey: 'ana ruiz' });
    expect(r.personKeys).toEqual(['ana ruiz']);
    expect(r.termKeys.length).toBeGreaterThan(3);
    expect(r.fpBands).toHaveLength(4);
    expect(r.size).toBeGreaterThan(500);
    expect(r.size).toBeLessThan(4096);
  });

  it('the page URL in meta wins; no http(s) URL means no record', () => {
    expect(toArticleRecord(analysis, { url: 'https://canonical.example/x' }, 5)?.url).toBe(
      'https://canonical.example/x',
    );
    expect(toArticleRecord({ ...analysis, article: { ...analysis.article, url: null } }, {}, 5)).toBeNull();
  });
});
