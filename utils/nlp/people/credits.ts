// Credit lines name the people who made the page, not the people in the story: "Photograph: Stefan Rousseau/PA",
// "(Reporting by Daniel Osei; editing by Mark Potter)", a byline "By Jane Doe" on a line of its own, "Jane Doe
// contributed reporting." A person named only there is flagged (Person.credit), so a pronoun or a quotation far
// down the story is not handed to the photographer or the editor.
import type { Person, Span } from '../types';
import { words as BEFORE } from '../data/credit-before.json';
import { words as AFTER } from '../data/credit-after.json';

/** How far either side of a name a credit line is read: its opening word, several names, the agency after them. */
const REACH = 160;
/** After a label ("Photograph:") a credit is a few words; a longer line is a caption ("Image: Jane Doe was…"). */
const LABEL_REST_WORDS = 4;
/** A byline line ("By Jane Doe and John Smith, Associated Press") is short. */
const BYLINE_WORDS = 12;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const LABELS = BEFORE.filter((w) => w.endsWith(':') || w.endsWith('/'));
const BY_CUES = BEFORE.filter((w) => !LABELS.includes(w));
// a label ends the text before the names; a "by" cue also opens its line or follows a bracket, a semicolon, a bar, a
// dash or a sentence's end ("… in London. Photograph by …"), so "a song written by Paul McCartney" is no credit
const LABEL_END = new RegExp(`(?:^|[^\\p{L}])(?:${LABELS.map(escape).join('|')})\\s*$`, 'iu');
const BY_END = new RegExp(`(?:^|[([;|.:—–-]\\s*)(?:${BY_CUES.map(escape).join('|')})\\s*$`, 'iu');
// a byline: "By" opening its line, nothing but names, "and" and the outlet after it
const BYLINE_START = /^\s*(?:\|\s*)?by\s*$/i;
const BYLINE_WORD = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|in|for|of|the|[,|—–-])$/u;
// one unit of the names between a credit's opening word and the name: a capitalized word, an initial, "and", a comma
const NAME_UNIT_END = /(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|,)\s*$/u;
// a photographer's name before the agency at the end of its line: "Stefan Rousseau/PA", "Jane Doe / Getty Images"
const SLASH_SOURCE = /^\s*\/\s*\p{Lu}[^\n/]{0,40}$/u;
const CONTRIBUTED = new RegExp(`^[^\\n]{0,120}?\\b(?:${AFTER.map(escape).join('|')})\\b`, 'i');

// the words every opening holds beside a colon or a slash (a test checks each listed opening passes it)
const BY = /by|courtesy/i;

type Kind = 'label' | 'by' | 'byline' | null;

/** Which credit opening ends `pre` (the text of the line before the names), if any. */
function creditOpening(pre: string): Kind {
  if (LABEL_END.test(pre)) return 'label';
  if (BY_END.test(pre)) return BYLINE_START.test(pre) ? 'byline' : 'by';
  return BYLINE_START.test(pre) ? 'byline' : null;
}

function wordsOf(s: string): string[] {
  return s.split(/\s+|(?=[,|])|(?<=[,|])/).filter(Boolean);
}

/** The line break nearest `from` going by `step` (-1 back, 1 on), looking at most REACH characters; -2 when none. */
function lineBreak(text: string, from: number, step: 1 | -1): number {
  for (let i = from, k = 0; k <= REACH; i += step, k++) {
    if (i < 0) return -1;
    if (i >= text.length) return text.length;
    if (text.charCodeAt(i) === 10) return i;
  }
  return -2;
}

/** Is the name at [start, end) part of a credit line? Looks at most REACH characters either side (linear overall). */
export function isCreditMention(text: string, { start, end }: Span): boolean {
  const lineEnd = lineBreak(text, end, 1); // -2: the line runs on, so it is no credit's end
  const after = lineEnd < 0 ? null : text.slice(end, lineEnd);
  // a photographer has a full name ("Jan/Feb" is a table's heading)
  if (after !== null && after.includes('/') && SLASH_SOURCE.test(after) && /\s/.test(text.slice(start, end)))
    return true;
  const next = text.slice(end, end + REACH);
  if (next.includes('ontributed') && CONTRIBUTED.test(next)) return true;
  const br = lineBreak(text, start - 1, -1);
  const lineStart = br === -2 ? -1 : br + 1; // -1: the line began too far back for a byline
  const from = Math.max(lineStart, start - REACH, 0);
  // cut short mid-line, the stretch does not open its line: a mark in front keeps "by" cues from reading it so
  let pre = (from > lineStart && from > 0 ? '\u0000' : '') + text.slice(from, start);
  // every opening has a colon, a slash, "by" or "courtesy" (most names have none before them: no walk)
  if (!pre.includes(':') && !pre.includes('/') && !BY.test(pre)) return false;
  for (let guard = 0; guard < 24; guard++) {
    const kind = creditOpening(pre);
    if (kind === 'label') return after !== null && wordsOf(after).length <= LABEL_REST_WORDS;
    if (kind === 'by') return true;
    if (kind === 'byline') {
      if (after === null || lineStart < 0) return false;
      const line = wordsOf(text.slice(lineStart, lineEnd));
      return line.length <= BYLINE_WORDS && line.slice(1).every((w) => BYLINE_WORD.test(w));
    }
    const m = NAME_UNIT_END.exec(pre);
    if (!m || !m[0]) return false;
    pre = pre.slice(0, m.index);
  }
  return false;
}

/** Flags the people named only in credit lines. */
export function markCredits(text: string, people: Person[]): Person[] {
  for (const p of people) if (p.mentions.length && p.mentions.every((m) => isCreditMention(text, m))) p.credit = true;
  return people;
}
