// The news-furniture rules measured against the human-checked body text of the news pages
// (test/fixtures/pages/gold-text), each on a small invented snippet.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article';
import { FURNITURE_CLASS, cleanBlocks, markFurniture } from '../../utils/article/clean';
import { imageCaptions } from '../../utils/article/image-captions';
import type { Block } from '../../utils/article/paragraphs';
import { doc, page, prose } from './helpers';

const BODY =
  'The harbour board met on Monday to weigh a plan for a new sea wall, and members asked for a cost review first.';
const blk = (text: string, tag = 'p', linkChars = 0): Block => ({ text, tag, linkChars });
const meta = { title: 'Harbour board weighs sea wall plan', byline: 'Dana Voss' };
const clean = (blocks: Block[], m: Parameters<typeof cleanBlocks>[1] = meta, ctx = {}) =>
  cleanBlocks([blk(BODY), ...blocks, blk(BODY.replace('Monday', 'Tuesday'))], m, ctx);

describe('cleanBlocks: furniture lines', () => {
  it.each([
    ['a French "read also" link', 'Lire aussi : Le port ferme ses quais pour l’hiver'],
    ['a German "read also" link', 'Lesen Sie auch: Der Hafen schließt im Winter'],
    ['a republication note', 'This article originally appeared on The Harbour Gazette.'],
    ['a reprint note', 'This story was reprinted on Example.com.'],
    ['a comment count', 'Comments (12 posted)'],
    ['a next-page link', 'Next page: Sports >>'],
    ['a photo link', 'View photo'],
    ['a kicker label', 'EXCLUSIVE'],
    ['a lone "By"', 'By'],
    ['a "more in" navigation link', 'More in Opinion ›'],
    ['a bracketed newsletter promo', '[Get the morning briefing in your inbox.]'],
    ['a dateline with a byline', '3/14/2021 9:05 AM PST BY NEWS STAFF'],
    ['an agency credit alone', 'Getty Images'],
    ['a photo agency credit', 'AP Photo/Jane Roe'],
    ['an image source line', 'Image source, Harbour Images'],
    ['a sponsor label', 'Supported by'],
    ['a follow line', 'Follow Dana Voss on Twitter: @dvoss'],
    ['a contact line', 'Contact the author at dvoss@example.com.'],
    ['a wire copyright line', 'Copyright 2024 The Harbour Wire. All rights reserved.'],
    ['a no-republication line', 'This material may not be published, broadcast, rewritten or redistributed.'],
  ])('drops %s', (_what, line) => {
    expect(clean([blk(line)])).toHaveLength(2);
  });

  it('drops a print-edition note and the pieces after it', () => {
    const out = clean([
      blk('A version of this article appears in print on , on Page A12 of the edition with the headline: Sea Wall.'),
      blk('Order Reprints | Today’s Paper'),
    ]);
    expect(out.join(' ')).not.toMatch(/print|Reprints/);
  });

  it('keeps French guillemets in a subhead (not a navigation arrow)', () => {
    expect(clean([blk('Les « murs de mer »', 'h2')])).toHaveLength(3);
  });

  it('keeps body sentences that name an agency or a copyright', () => {
    for (const line of [
      'Reuters reported the vote on Tuesday.',
      'The copyright office said the wall design was original.',
    ])
      expect(clean([blk(line)])).toHaveLength(3);
  });

  it('keeps body sentences that mention reading or printing', () => {
    const line = 'Read the full report, the board said, before the vote on Thursday in the printing hall.';
    expect(clean([blk(line)])).toHaveLength(3);
  });
});

describe('cleanBlocks: Chinese-language furniture lines', () => {
  it.each([
    ['a caption label', '图注：港口的新海堤'],
    ['an editor tag', '[责任编辑：王明]'],
    ['an original-title line', '原标题：港口将建新海堤'],
    ['a share button', '转播到微博'],
    ['a related heading', '相关阅读'],
    ['a no-reprint notice', '【本文版权归本站所有，未经授权，不得转载。】'],
    ['a date and time line', '港口日报2021年3月14日09:05'],
  ])('drops %s', (_what, line) => {
    expect(clean([blk(line)])).toHaveLength(2);
  });

  it.each([
    ['an editor', '编辑部表示，新海堤将在明年完工，费用由市政府承担。'],
    ['related reports', '相关新闻报道指出，港口每年接待游客超过十万人次。'],
    ['a picture', '图片显示，海浪越过了北码头的旧堤。'],
  ])('keeps a body sentence that starts by naming %s', (_what, line) => {
    expect(clean([blk(line)])).toHaveLength(3);
  });
});

describe('cleanBlocks: author notes and headers', () => {
  it('cuts "About the author" and the name and bio after it', () => {
    const out = clean([]).concat();
    const withAbout = cleanBlocks(
      [blk(BODY), blk('About the Author', 'h4'), blk('Dana Voss', 'h5'), blk('Dana Voss writes about ports.')],
      meta,
    );
    expect(withAbout).toEqual([BODY]);
    expect(out).toHaveLength(2);
  });

  it.each([
    ['"has covered"', 'Dana Voss has covered the harbour since 2015.'],
    ['"is on Twitter"', 'Dana Voss is on Twitter at dvoss.'],
  ])('drops a closing author note with %s', (_what, line) => {
    expect(cleanBlocks([blk(BODY), blk(line)], meta)).toEqual([BODY]);
  });

  it.each([
    ['Spanish', 'Ana Ruiz es politóloga e investigadora en la Universidad del Puerto.'],
    ['French', 'Jean Roy est journaliste au service économie.'],
    ['Portuguese', 'Rita Lima é jornalista e cobre o porto desde 2010.'],
  ])('drops a closing author note in %s', (_what, line) => {
    expect(cleanBlocks([blk(BODY), blk(line)], meta)).toEqual([BODY]);
  });

  it('keeps a closing body sentence about someone in another language', () => {
    const line = 'María López es la nueva presidenta del consejo del puerto desde el lunes.';
    expect(cleanBlocks([blk(BODY), blk(line)], meta)).toHaveLength(2);
  });

  it('drops a heading that repeats the headline before the body', () => {
    const out = cleanBlocks([blk('Harbour board weighs sea wall plan!!!', 'h4'), blk(BODY)], meta);
    expect(out).toEqual([BODY]);
  });

  it('keeps a subhead after the body has started', () => {
    const out = cleanBlocks([blk(BODY), blk('Harbour board weighs sea wall plan', 'h3'), blk(BODY + ' (2)')], {
      title: 'Something else entirely here',
      byline: null,
    });
    expect(out).toHaveLength(3);
  });

  it('does not treat a line naming the publisher as a byline when the byline is the publisher', () => {
    const line = 'Analysis: Dana Voss, Harbour News, Port Alder';
    const m = { title: 'T', byline: 'Harbour News', publisher: 'Harbour News' };
    expect(cleanBlocks([blk(BODY), blk(line, 'h2'), blk('The wall would rise by 2027.')], m)).toHaveLength(3);
  });
});

describe('cleanBlocks: pull quotes', () => {
  const listed =
    'There are two sources of the silt: run-off from the old quarry, and dredging spoil from the north channel.';
  it('keeps a subhead that names what an earlier paragraph listed', () => {
    const out = cleanBlocks([blk(listed), blk('Dredging spoil from the north channel', 'h3'), blk(BODY)], meta);
    expect(out).toHaveLength(3);
  });

  it("keeps a quotation's attribution line that names someone mentioned before", () => {
    const out = cleanBlocks(
      [blk('The study was led by Mara Quill, Ph.D., of the port institute.'), blk('Mara Quill, Ph.D.')],
      {
        title: 'T',
        byline: null,
      },
    );
    expect(out).toHaveLength(2);
  });

  it('still drops a sentence repeated as a pull quote', () => {
    const out = cleanBlocks([blk(listed), blk('run-off from the old quarry, and dredging spoil'), blk(BODY)], meta);
    expect(out).toEqual([listed, BODY]);
  });
});

describe('cleanBlocks: tables and captions', () => {
  it('keeps dates and numbers in table cells', () => {
    const cells = [blk('Release', 'th'), blk('April 2014', 'td'), blk('4.2.3', 'td'), blk('By changesets', 'th')];
    expect(clean(cells)).toHaveLength(6);
  });

  it('keeps a name that two tables both list', () => {
    const cells = [
      blk('Marisol Quintero-Vance', 'td'),
      blk('120', 'td'),
      blk('Marisol Quintero-Vance', 'td'),
      blk('4', 'td'),
    ];
    expect(clean(cells)).toHaveLength(6);
  });

  it('drops a paragraph that retells image alt texts in other words (a caption list)', () => {
    const d = doc(
      page(
        '<img alt="A crate of old mooring ropes." src="a.jpg"><img alt="Rusted anchor chains from the harbour floor." src="b.jpg">',
      ),
    );
    const captions = imageCaptions(d);
    const caption =
      'Clockwise from left: old mooring ropes in a crate; rusted anchor chains pulled from the harbour floor.';
    expect(clean([blk(caption)], meta, { captions })).toHaveLength(2);
    // A body paragraph that shares a few of those words is not a caption.
    const body = 'Divers pulled anchor chains from the harbour floor last spring, and the board paid for new moorings.';
    expect(clean([blk(body)], meta, { captions })).toHaveLength(3);
  });

  it('drops a paragraph that repeats an image alt text (a caption set as a paragraph)', () => {
    const d = doc(page(`<img alt="Dock workers at the north pier in the early morning fog." src="x.jpg">`));
    const captions = imageCaptions(d);
    const out = clean([blk('Dock workers at the north pier in the early morning fog')], meta, { captions });
    expect(out).toHaveLength(2);
  });
});

describe('extractArticle: standfirsts and headers', () => {
  it.each([
    ['dek', '<h2 class="article__dek">A summary of the story set apart from it, under the headline.</h2>'],
    ['bajada', '<p class="bajada">Un resumen de la nota, separado del cuerpo, bajo el título.</p>'],
    ['standfirst', '<div class="content-standfirst">A summary of the story set apart from it.</div>'],
  ])('drops a standfirst by its class (%s)', (_what, html) => {
    const a = extractArticle(doc(page(`<article>${html}${prose(6)}</article>`)))!;
    expect(a.text).not.toMatch(/summary|resumen/);
    expect(a.paragraphs).toHaveLength(6);
  });

  it('drops a box of one photo and its caption ("photobox")', () => {
    const box = '<div class="photobox_right"><img src="x.jpg"><br><em>Fog over the north pier at dawn.</em></div>';
    const ps = prose(6).split('\n');
    const body = [...ps.slice(0, 3), box, ...ps.slice(3)].join('');
    const a = extractArticle(doc(page(`<article><div>${body}</div></article>`)))!;
    expect(a.text).not.toContain('Fog over the north pier');
    expect(a.paragraphs).toHaveLength(6);
  });

  it('drops an "error report" box', () => {
    const box = '<div class="error-report"><p>Spotted a mistake in this story? Tell us through the form.</p></div>';
    const a = extractArticle(doc(page(`<article>${prose(6)}${box}</article>`)))!;
    expect(a.text).not.toContain('Spotted a mistake');
  });

  it('drops a header holding the headline, deck and lead image however many paragraphs it has', () => {
    const header =
      '<header><h1>Harbour board weighs sea wall plan</h1><p>The deck of the story, set apart from it.</p>' +
      '<figure><img src="x.jpg"><p>Image</p><p>A caption of the lead photo.</p></figure><p>By Dana Voss</p></header>';
    const a = extractArticle(doc(page(`<article>${header}<div>${prose(6)}</div></article>`)))!;
    expect(a.text).not.toMatch(/deck of the story|caption of the lead/);
    expect(a.paragraphs).toHaveLength(6);
  });

  it('drops a short header without a heading (a deck box) but keeps a header around a subhead', () => {
    const deck = '<header>A summary of the story set apart from it, under the headline.</header>';
    const sub = '<header><h3>What the board decided</h3></header>';
    const a = extractArticle(doc(page(`<article><div>${deck}${prose(4)}${sub}${prose(4)}</div></article>`)))!;
    expect(a.text).not.toContain('A summary of the story');
    expect(a.text).toContain('What the board decided');
  });
});

describe('markFurniture', () => {
  it('marks each furniture box once: not what lies inside a marked one, and every later box', () => {
    const d = doc(
      page(
        `<article>${prose(6)}</article>` +
          '<div class="related"><div class="share-tools"><span id="s1" class="social-link">Share</span></div><p>More</p></div>' +
          `<section>${prose(1)}</section>` +
          '<aside class="newsletter"><div class="promo"><b id="s2" class="subscribe-cta">Sign up</b></div></aside>',
      ),
    );
    markFurniture(d);
    const marked = (sel: string) => d.querySelector(sel)!.classList.contains(FURNITURE_CLASS);
    expect(marked('.related')).toBe(true);
    expect(marked('.share-tools')).toBe(true); // a child of a marked box (Readability may unwrap it)
    expect(marked('#s1')).toBe(false); // inside a marked box: not a box of its own
    expect(marked('.newsletter')).toBe(true);
    expect(marked('#s2')).toBe(false);
    expect(marked('article')).toBe(false);
  });
});
