// A live blog's key-event line: a time, a speaker's name and a colon, then the speaker's words in marks filling
// the rest of the line ('1h ago Reeves: 'This is a budget for working people'', '14:31 GMT Badenoch: "…"'), or
// an entry's heading of a name, a colon and the words under its time on a line of its own. The name before the
// colon hands the words over, as a speech verb does, whatever the marks.

/** The time a live blog stamps an entry with, then a name of up to four capitalized words and a colon. */
const TIME_NAME =
  /^[ \t]*(?:\d{1,2}\s*(?:h|hr|hrs|m|min|mins)\s+ago|\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|GMT|BST|CET|CEST|EST|EDT|ET|PT|UTC))?)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*:\s*$/u;
/** A name and a colon alone before the marks, on a heading under a time on its own line ('14:31 GMT' ⏎ 'Reeves:
 *  '…''). */
const NAME_ONLY = /^[ \t]*(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*:\s*$/u;
const TIME_LINE = /^[ \t]*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|GMT|BST|CET|CEST|EST|EDT|ET|PT|UTC))?[ \t]*$/u;
/** Only the closing mark's punctuation, or nothing, after it on the line. */
const REST = /^[.!?…]?[ \t]*(?:\n|$)/;
const WORD = /\p{L}+/gu;

/** Whether the span between `open` and `close` (the marks) is a key-event line's quotation of three words or more. */
export function keyEventLine(text: string, open: number, close: number): boolean {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  if (open - lineStart > 80) return false;
  const before = text.slice(lineStart, open);
  if (!TIME_NAME.test(before) && !(NAME_ONLY.test(before) && TIME_LINE.test(lineBefore(text, lineStart)))) return false;
  if (!REST.test(text.slice(close + 1, close + 4))) return false;
  let n = 0;
  for (const _ of text.slice(open + 1, Math.min(close, open + 200)).matchAll(WORD)) if (++n >= 3) return true;
  return false;
}

/** The last non-blank line before the line starting at `lineStart` ('' if none). */
function lineBefore(text: string, lineStart: number): string {
  let end = lineStart - 1;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end <= 0) return '';
  return text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
}
