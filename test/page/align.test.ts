import { describe, expect, it } from 'vitest';
import { alignText, buildStream, foldCode, isInsignificant, significantText, streamRuns } from '../../utils/page/align';

/** Maps article span [s, e) to the page text it lands on, via the segments (what a Range would cover). */
function landed(segments: string[], article: string, start: number, end: number): string[] {
  const stream = buildStream(segments);
  const map = alignText(stream, article);
  return streamRuns(map, start, end, article).map(([a, b]) => {
    const { seg: sa, off: oa } = stream.locate(a);
    const { seg: sb, off: ob } = stream.locate(b - 1);
    if (sa === sb) return segments[sa].slice(oa, ob + 1);
    return segments[sa].slice(oa) + segments.slice(sa + 1, sb).join('') + segments[sb].slice(0, ob + 1);
  });
}

function span(article: string, needle: string, from = 0): [number, number] {
  const s = article.indexOf(needle, from);
  if (s < 0) throw new Error(`no ${needle}`);
  return [s, s + needle.length];
}

describe('alignText', () => {
  it('maps a name split across inline elements inside a word', () => {
    // <p>Sen. Ber<em>nie</em> <a>Sanders</a> spoke.</p>
    const segs = ['Sen. Ber', 'nie', ' ', 'Sanders', ' spoke.'];
    const article = 'Sen. Bernie Sanders spoke.';
    expect(landed(segs, article, ...span(article, 'Bernie Sanders'))).toEqual(['Bernie Sanders']);
  });

  it('ignores whitespace differences: runs of spaces, newlines, tabs and no-break spaces', () => {
    const segs = ['\n   Beto\u00a0O\u2019Rourke \n\t said   it.\n'];
    const article = 'Beto O’Rourke said it.';
    expect(landed(segs, article, ...span(article, 'Beto O’Rourke'))).toEqual(['Beto\u00a0O\u2019Rourke']);
  });

  it('handles decoded entities and folded quotes from an extractor that normalised them', () => {
    // Page: “Smith & Wesson,” he said. (decoded from &ldquo;Smith &amp; Wesson,&rdquo;)
    const segs = ['\u201cSmith & Wesson,\u201d he said.'];
    const article = '"Smith & Wesson," he said.';
    expect(landed(segs, article, ...span(article, 'Smith & Wesson,'))).toEqual(['Smith & Wesson,']);
  });

  it('skips soft hyphens and zero-width characters on either side', () => {
    const segs = ['Alexan\u00addria Ocasio\u200b-Cortez won.'];
    const article = 'Alexandria Ocasio-Cortez won.';
    expect(landed(segs, article, ...span(article, 'Alexandria Ocasio-Cortez'))).toEqual([
      'Alexan\u00addria Ocasio\u200b-Cortez',
    ]);
    const segs2 = ['Alexandria Ocasio-Cortez won.'];
    const article2 = 'Alexan\u00addria Ocasio-Cortez won.';
    expect(landed(segs2, article2, 0, 'Alexan\u00addria'.length)).toEqual(['Alexandria']);
  });

  it('finds paragraphs after page furniture and in order when text repeats', () => {
    const segs = [
      'Menu',
      'Trump tweets',
      'Home › Politics',
      'Trump tweets',
      ' again on Sunday.',
      'Trump tweets',
      'Related: more',
    ];
    const article = 'Trump tweets again on Sunday.\n\nTrump tweets';
    const [s, e] = span(article, 'Trump tweets');
    const stream = buildStream(segs);
    const map = alignText(stream, article);
    // First paragraph lands on the 4th segment (the real one), not the first "Trump tweets".
    expect(stream.locate(map[s]).seg).toBe(3);
    expect(stream.locate(map[e - 1]).seg).toBe(3);
    // Second paragraph continues after it.
    const second = article.lastIndexOf('Trump');
    expect(stream.locate(map[second]).seg).toBe(5);
  });

  it('anchors pieces of a paragraph when the page lacks part of it (an ad spliced in, a word missing)', () => {
    const segs = [
      'The mayor, Jane Doe, said the budget would pass next week. ',
      'ADVERTISEMENT',
      ' Council members, including Tom Lee, disagreed strongly with that view.',
    ];
    const article =
      'The mayor, Jane Doe, said the budget would pass next week. Council members, including Tom Lee, disagreed strongly with that view.';
    expect(landed(segs, article, ...span(article, 'Jane Doe'))).toEqual(['Jane Doe']);
    expect(landed(segs, article, ...span(article, 'Tom Lee'))).toEqual(['Tom Lee']);
    // A span across the gap becomes two pieces, never one swallowing the ad.
    const [s] = span(article, 'next week.');
    const [, e] = span(article, 'Council members');
    expect(landed(segs, article, s, e)).toEqual(['next week.', 'Council members']);
  });

  it('leaves text missing from the page unmapped instead of guessing', () => {
    const segs = ['Completely different words live here in this page body.'];
    const article = 'Nothing of this paragraph is on the page at all.';
    expect(streamRuns(alignText(buildStream(segs), article), 0, article.length)).toEqual([]);
  });

  it('splits a quotation over two paragraphs into one piece per paragraph', () => {
    const segs = ['First part of it.', 'Second part of it.'];
    const article = 'First part of it.\n\nSecond part of it.';
    expect(landed(segs, article, 0, article.length)).toEqual(['First part of it.', 'Second part of it.']);
  });

  it('handles paragraphs glued together by the extractor (no whitespace between blocks)', () => {
    const segs = ['One para ends.', 'Next starts with Ann Lee.'];
    const article = 'One para ends.Next starts with Ann Lee.';
    expect(landed(segs, article, ...span(article, 'Ann Lee'))).toEqual(['Ann Lee']);
  });

  it('keeps surrogate pairs whole', () => {
    const segs = ['Emoji 😀 by Zoë Ball.'];
    const article = 'Emoji 😀 by Zoë Ball.';
    expect(landed(segs, article, ...span(article, '😀'))).toEqual(['😀']);
    expect(landed(segs, article, ...span(article, 'Zoë Ball'))).toEqual(['Zoë Ball']);
  });

  it('aligns a long article inside a long page, first to last character', () => {
    const words = Array.from({ length: 20000 }, (_, i) => `w${i}`);
    const segs: string[] = [];
    for (let i = 0; i < words.length; i += 7) segs.push(words.slice(i, i + 7).join(' ') + ' ');
    const article = words.slice(5000, 6000).join(' ') + '\n\n' + words.slice(6000, 7000).join(' ');
    const stream = buildStream(segs);
    const map = alignText(stream, article);
    // w5000 is in segment 714 (5000 / 7 rounded down).
    expect(stream.locate(map[0]).seg).toBe(714);
    expect(stream.locate(map[article.length - 1]).seg).toBe(Math.floor(6999 / 7));
    expect(streamRuns(map, 0, article.length, article)).toHaveLength(2);
  });
});

describe('buildStream', () => {
  it('drops and folds exactly the characters isInsignificant and foldCode name, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const got = significantText(String.fromCharCode(c));
      const want = isInsignificant(c) ? '' : String.fromCharCode(foldCode(c));
      if (got !== want) throw new Error(`U+${c.toString(16)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
  });

  it('locates every stream character in its segment, across empty and whitespace-only segments', () => {
    const segs = ['', ' \n', 'Ab c', '', '\u00ad', 'd\u2019e ', '  ', 'f', ''];
    const stream = buildStream(segs);
    expect(stream.text).toBe("Abcd'ef");
    const points = Array.from(stream.text, (_, i) => stream.locate(i));
    expect(points).toEqual([
      { seg: 2, off: 0 },
      { seg: 2, off: 1 },
      { seg: 2, off: 3 },
      { seg: 5, off: 0 },
      { seg: 5, off: 1 },
      { seg: 5, off: 2 },
      { seg: 7, off: 0 },
    ]);
  });
});
