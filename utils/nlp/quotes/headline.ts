// A quotation that opens its line and is handed over after the marks by a colon or a dash, as headlines, subheads
// and key-event bullets print them ('‘I wanted the grief to feel ordinary’: Hana Okafor on her novel', '- 'Do not
// travel unless your journey is essential' – police'). The colon or the dash after the marks hands the words over,
// as a speech verb does, whatever the marks; titles still go to the judge's title rules ("‘The Long Field’: a
// review" is Title Case).

/** Only a bullet, or nothing, before the opening mark on its line. */
const LINE_OPENING = /^[ \t]*(?:[-–—•*·▪►][ \t]*)?$/;
/** After the closing mark: a colon then words, or a spaced dash then words, on the same line. */
const HANDED_OVER = /^[.!?…]?(?::[ \t]+\S|[ \t]+[—–-][ \t]+\p{L})/u;
/** Longest line holding such a quotation: a headline or a bullet, not a paragraph. */
const MAX_LINE = 200;
const WORD = /\p{L}+/gu;
const SENTENCE_END = /[.!?…]["”'’]?\s*$/;

/** Whether the span between `open` and `close` (the marks) is a line-opening quotation of three words or more that
 *  a colon or a dash after it hands over. */
export function headlineQuote(text: string, open: number, close: number): boolean {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  if (open - lineStart > 4 || !LINE_OPENING.test(text.slice(lineStart, open))) return false;
  if (!HANDED_OVER.test(text.slice(close + 1, close + 5))) return false;
  const nl = text.indexOf('\n', close);
  const lineEnd = nl < 0 ? text.length : nl;
  // a headline ends without a full stop; a sentence does ('"A good day" — that was the view from the bridge.')
  if (lineEnd - lineStart > MAX_LINE || SENTENCE_END.test(text.slice(close + 1, lineEnd))) return false;
  let n = 0;
  for (const _ of text.slice(open + 1, Math.min(close, open + 200)).matchAll(WORD)) if (++n >= 3) return true;
  return false;
}

/** A headline's line: the text's first, short, and no sentence's punctuation at its end. */
const HEADLINE_MAX = 160;
const LINE_END_PUNCT = /[.!?:;,]["”'’»]?\s*$/;
/** A headline opens with a capital, a figure or a quotation mark, and holds none of a shell's or a program's signs
 *  ("$ hg commit -m 'fix bug 15'"). */
const HEADLINE_OPEN = /^\s*[\p{Lu}\d'‘"“]/u;
const CODE_SIGNS = /[<>{}=|\\]|\$\s/;

/**
 * Whether the marks sit on a headline's line ('Bank signals cuts may come 'sooner rather than later''): news
 * headlines print quotations in single marks over a body quoted in double ones, so single marks there are the
 * text's quotation marks, judged like any other.
 */
export function onHeadline(text: string, open: number, close: number): boolean {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  // the text's first line only: a short line further down may be a list's item or a line of code ('$ echo 'fix'')
  let first = 0;
  while (first < lineStart && /\s/.test(text[first])) first++;
  if (first < lineStart) return false;
  const nl = text.indexOf('\n', close);
  const lineEnd = nl < 0 ? text.length : nl;
  if (lineEnd - lineStart > HEADLINE_MAX) return false;
  const line = text.slice(lineStart, lineEnd);
  if (LINE_END_PUNCT.test(line) || !HEADLINE_OPEN.test(line) || CODE_SIGNS.test(line)) return false;
  let n = 0;
  for (const _ of line.matchAll(WORD)) if (++n >= 4) return true;
  return false;
}

/** How a headline's quoted predicate opens: a modal, a negation, an auxiliary or a degree word ('will not panic',
 *  'deeply sorry', 'had no choice'). */
const PREDICATE_OPEN =
  /^(?:will|would|won['’]t|could|couldn['’]t|can|can['’]t|cannot|should|must|may|might|shall|not|never|no\s+longer|deeply|very|so|too|totally|utterly|extremely|absolutely|completely|really|truly|had|has|have|was|were|is|are|did|does|didn['’]t|doesn['’]t|wasn['’]t|isn['’]t|hasn['’]t|hadn['’]t)\s/i;
/** A word of the subject right before the marks, not an article, a preposition, a question word or a possessive
 *  ('The 'will they, won't they' saga', "Netflix's 'Will Trent' renewed"). */
const SUBJECT_BEFORE = /[\p{L}\d]\s+$/u;
const GRAMMAR_BEFORE =
  /(?:(?:^|[^\p{L}])(?:the|a|an|this|that|these|those|its|his|her|their|our|of|in|on|for|to|with|by|at|from|as|about|and|or|why|how|what|when)|\p{L}['’]s?)\s+$/iu;

/**
 * A headline's subject and its predicate in marks, the verb dropped ("Minister 'deeply sorry' over lost
 * records", "PM 'will not be bullied' on targets"): headlines print what someone said so, a quotation however
 * short, with no speech verb around it.
 */
export function headlinePredicate(text: string, open: number, close: number): boolean {
  if (!PREDICATE_OPEN.test(text.slice(open + 1, Math.min(close, open + 40)) + ' ')) return false;
  const before = text.slice(Math.max(0, open - 30), open);
  return SUBJECT_BEFORE.test(before) && !GRAMMAR_BEFORE.test(before) && onHeadline(text, open, close);
}
