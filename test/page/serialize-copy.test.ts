// @vitest-environment happy-dom
// The page's copy in a DOM with createHTMLDocument (as in the browsers): owned by a new empty
// document, it serializes exactly as a copy of the whole document does, and the page is untouched.
import { describe, expect, it } from 'vitest';
import { copyPage, serializePage } from '../../utils/page/serialize';
import { prunedWholeDocumentHtml } from './_pruned-html';

const BODY = `<header><nav><a href="/">Home</a></nav><svg><text>logo</text></svg></header>
<article><h1>Wall &amp; quay</h1><p>The council <b>voted</b>&nbsp;on “Tuesday”.</p><img src="a.png" alt="The quay">
<script>window.x = 1</script><template><p>later</p></template><p>Second &lt;paragraph&gt;.</p></article>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>`;

describe('copyPage', () => {
  it('copies into a document of its own and serializes as a copy of the whole document does', () => {
    document.head.innerHTML = '<title>T</title><style>p { color: red }</style>'; // fixed test markup
    document.body.innerHTML = BODY;
    const before = document.documentElement.outerHTML;
    const copy = copyPage(document)!;
    expect(copy.root.ownerDocument).not.toBe(document);
    expect(copy.root.isConnected).toBe(false);
    const html = serializePage(document);
    expect(html).toBe(prunedWholeDocumentHtml(document));
    expect(html).toContain('{"@type":"NewsArticle"}');
    expect(html).not.toContain('window.x');
    expect(html).not.toContain('color: red');
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
