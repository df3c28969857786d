// The newswire-style people fixture (test/fixtures/people-newswire): short wire stories, results tables,
// line-ups and scoreboards written for Lede, each person's name marked [[like this]]. Read here into the
// plain text and the gold spans of the names.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MarkedDoc {
  id: string;
  text: string;
  names: { start: number; end: number }[];
}

/** "[[Smith]] scored" → text "Smith scored" with the span of "Smith". */
export function readMarked(id: string, marked: string): MarkedDoc {
  const names: { start: number; end: number }[] = [];
  let text = '';
  let i = 0;
  for (;;) {
    const a = marked.indexOf('[[', i);
    if (a < 0) break;
    const b = marked.indexOf(']]', a);
    if (b < 0) throw new Error(`${id}: unclosed [[ at ${a}`);
    text += marked.slice(i, a);
    const name = marked.slice(a + 2, b);
    names.push({ start: text.length, end: text.length + name.length });
    text += name;
    i = b + 2;
  }
  return { id, text: text + marked.slice(i), names };
}

/**
 * Wire text tokenized the 1990s way ("Lyon , France", "( Spain )", "Men 's") written as it is printed today
 * ("Lyon, France", "(Spain)", "Men's"): the same names must be found either way.
 */
export function detokenize(marked: string): string {
  return marked
    .replace(/ ([,.;:)?!]|'s\b|n't\b)/g, '$1')
    .replace(/\( /g, '(')
    .replace(/" ([^"\n]*?) "/g, '"$1"');
}

export function readNewswireFixture(dir: string, detok = false): MarkedDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const marked = readFileSync(join(dir, f), 'utf8');
      return readMarked(f.replace(/\.txt$/, ''), detok ? detokenize(marked) : marked);
    });
}
