// Step: names of works and headlines in marks, whatever their case. A title in Title Case is caught by its
// capitals (quotes.ts); these are the ones in sentence case, known by what comes before them: a naming word
// ("an essay titled "why we should all stop flying""), a work noun set off by a comma ("her new book, "Notes on
// a life well lived," is out"), or a page's label before a link ("Read more: "Biden signs the bill"").
import { words as workNouns } from '../data/quote-work-nouns.json';
import { words as pageLabels } from '../data/quote-page-labels.json';

const WORKS: ReadonlySet<string> = new Set(workNouns);
const LABELS: ReadonlySet<string> = new Set(pageLabels);

/** Words that name what follows: a title or a headline, never someone's words. */
const NAMING = /\b(?:titled|entitled|subtitled|headlined)\s*,?\s*$/i;

export function afterNamingWord(before: string): boolean {
  return NAMING.test(before);
}

/** The word before a comma right before the opening mark. */
const NOUN_COMMA = /(\p{L}+)\s*,\s*$/u;

/** `her new book, "Notes on a life well lived," is out`: a work noun, a comma, then the work's name. */
export function workInApposition(before: string): boolean {
  const m = NOUN_COMMA.exec(before);
  return !!m && WORKS.has(m[1].toLowerCase());
}

/** A label alone before the opening mark ("Read more:", "RELATED:"); `line` is the paragraph up to the mark. */
const LABEL = /^\s*([\p{L}'’ ]{3,24}?)\s*[:|>»–—-]?\s*$/u;

export function afterPageLabel(line: string): boolean {
  if (line.length > 32) return false;
  const m = LABEL.exec(line);
  return !!m && LABELS.has(m[1].toLowerCase().replace(/’/g, "'"));
}
