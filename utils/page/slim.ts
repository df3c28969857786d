// The page's HTML made shorter before it is sent (serialize.ts): Chrome converts a message on the
// page's main thread in proportion to its length, so attributes nothing reads leave the string in
// one native replace (a walk over the copy's elements in script would cost the page about as much
// as it saves): data-*, on* (inline handlers), srcset and sizes, about a tenth of real news
// pages' HTML (a third on some). An embed keeps all of its attributes (prune.ts keeps an embed
// when any of them names a video host). The indentation between tags stays: the extractor and
// Readability compare raw text lengths (a byline under 100 characters, a paragraph over 140), so
// less whitespace would change what they find. Pure string work: no DOM here.

/**
 * An attribute nothing reads, inside a start tag that is not an embed's. Serialized values are
 * always double-quoted, and text escapes `<` and `>`, so "a `>` before any `<`" after it and "a
 * `<` and a letter before it with neither in between" hold only inside a tag (not in text, not in
 * a kept JSON-LD script, where a quotation mark inside a string is escaped).
 */
const UNREAD_ATTRIBUTE =
  / (?:data-[^\s"'>/=]*|on[a-z]+|srcset|sizes)="[^"]*"(?=[^<>]*>)(?<=<(?!(?:iframe|object|embed)[\s/>])[a-zA-Z][^<>]*)/g;

/** `html` without the attributes above; the same text, elements and everything else. */
export function slimHtml(html: string): string {
  return html.replace(UNREAD_ATTRIBUTE, '');
}
