import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article';
import { isLinkHintText } from '../../utils/article/link-hints';
import { doc, page, prose } from './helpers';

// Screen-reader-only words inside links ("Opens a new window") glued onto the link's words
// ("saidOpens a new window that…", as on the Readability test page spiceworks).
const BODY =
  '<p>The company that provides video platforms for businesses <a href="https://example.com/press" ' +
  'title="Opens a new window" target="_blank">said<span class="external-link-icon">Opens a new window </span></a> ' +
  'that the new product would ship in the spring, and <a href="https://example.com/b">its partners' +
  '<span class="a11y-label"> (opens in a new tab)</span></a> agreed.</p>' +
  '<p>Analysts <a href="https://example.com/c">wrote<span class="icon">External link, opens in a new window</span></a> ' +
  'that the <a href="https://example.com/d"><b>New Tab</b> page</a> and the ' +
  '<a href="https://example.com/e"><span class="visuallyhidden">new window</span> designs</a> were popular.</p>';

describe('link hints', () => {
  for (const fast of [true, false]) {
    it(`leaves hint-only elements inside links out of the text (${fast ? 'fast path' : 'Readability path'})`, () => {
      const d = doc(page(`<article><h1>Video platform updated</h1>${prose(4)}${BODY}${prose(4)}</article>`));
      const before = d.documentElement.outerHTML;
      const text = extractArticle(d, { fast })?.text ?? '';
      expect(text).toContain('businesses said that the new product');
      expect(text).toContain('and its partners agreed.');
      expect(text).toContain('Analysts wrote that the New Tab page and the new window designs were popular.');
      expect(text).not.toMatch(/opens|external/i);
      // The page itself is left as it was.
      expect(d.documentElement.outerHTML).toBe(before);
    });
  }

  it('knows a hint from words', () => {
    for (const t of [
      'Opens a new window ',
      '(opens in a new tab)',
      'Opens in new window',
      'External link',
      'link is external',
      '(new window)',
      'Link externo',
      "s'ouvre dans une nouvelle fenêtre",
    ])
      expect(isLinkHintText(t), t).toBe(true);
    for (const t of ['New Tab', 'new window', 'said', 'Opens a new window on the economy', 'External affairs'])
      expect(isLinkHintText(t), t).toBe(false);
  });
});
