// A step that looks for a rare shape ("Ana de la Cruz", "Ng Eng Hen", "Aung San Suu Kyi") first asks the whole
// text, with one regular expression built from its word list, whether the shape can be there at all: most
// texts have none, and one native scan of the text costs far less than reading every token (in the first pass,
// before the loop is compiled, much less).

/** The words as alternatives of a regular expression, longest first. */
export function alternatives(words: Iterable<string>, capitalize = false): string {
  return [...words]
    .map((w) => (capitalize ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** A character that may stand between two tokens written together (names-features.ts `adjacent`). */
export const SEP = '[ \\u00a0\\u2011-]';
/** What may stand between two tokens that are written together. */
export const GAP = `${SEP}{0,2}`;

/** A test built on first use (no regular expression is compiled when the module loads). */
export function lazyHint(source: () => string, flags = 'u'): (text: string) => boolean {
  let re: RegExp | undefined;
  return (text) => (re ??= new RegExp(source(), flags)).test(text);
}
