import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { ldObjects, ldScripts } from '../../utils/article/jsonld';
import { doc, page } from './helpers';

const head = [
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"One"}</script>',
  '<script type="Application/LD+JSON">{"@graph":[{"@type":"Person","name":"Two"}]}</script>',
  '<script type="application/json">{"@type":"NewsArticle","headline":"Not JSON-LD"}</script>',
  '<script>var x = {"@type":"NewsArticle"};</script>',
  '<script type=" application/ld+json">{"@type":"Padded"}</script>',
].join('');
const body = '<p>Text.</p><script type="APPLICATION/ld+json">{"@type":"WebSite","name":"Three"}</script>';

function happy(html: string): Document {
  const w = new Window();
  w.document.write(html);
  return w.document as unknown as Document;
}

describe('JSON-LD scripts', () => {
  it('are the scripts the case-insensitive type selector finds, in document order', () => {
    const d = doc(page(body, head));
    expect(ldScripts(d)).toEqual(Array.from(d.querySelectorAll('script[type="application/ld+json" i]')));
    // happy-dom's selector engine ignores the "i" flag; found by tag name, its scripts are the same
    for (const found of [ldScripts(d), ldScripts(happy(page(body, head)))]) {
      expect(found.map((s) => s.textContent)).toEqual([
        '{"@type":"NewsArticle","headline":"One"}',
        '{"@graph":[{"@type":"Person","name":"Two"}]}',
        '{"@type":"WebSite","name":"Three"}',
      ]);
    }
  });

  it('give their objects, flattened through @graph', () => {
    const names = ldObjects(doc(page(body, head))).map((o) => o.headline ?? o.name ?? o['@graph']);
    expect(names).toEqual(['One', expect.any(Array), 'Two', 'Three']);
  });
});
