// The page's HTML as serialize.ts sent it before the copy into a document of its own and before
// slimHtml: a copy of the whole document, pruned of what extraction never reads, every attribute kept.
// Tests compare the current serializer against it.
import { UNREAD } from '../../utils/page/serialize';

export function prunedWholeDocumentHtml(doc: Document): string {
  const copy = doc.cloneNode(true) as Document;
  for (const el of Array.from(copy.querySelectorAll(UNREAD))) el.remove();
  return (copy.doctype ? '<!doctype html>' : '') + copy.documentElement.outerHTML;
}
