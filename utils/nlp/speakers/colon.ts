// A colon that introduces a quotation (`Alverson summed up the journey: "…"`, `a statement from the ministry:`):
// who the sentence before the colon gives the words to. A step of the cue parsers.
import type { Attribution } from './attribution';
import { possessedEnd, possessorOf } from './possessor';
import { lastClauseSubject, subjectOf } from './subject';

const FROM_COLON =
  /\b(?:question|quote|quotation|statement|message|comment|response|reply|answer|note|letter|warning|tweet|post|words|remarks?)s?[^\S\n]+(?:(?:came|comes|arrived)[^\S\n]+)?from[^\S\n]+((?:(?:the|a|an|one|his|her|their|its)[^\S\n]+)?[\p{L}][\p{L}'’.-]*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?[\p{L}][\p{L}'’.-]*){0,5}?)[^\S\n]*:\s*$/iu;

/** A line of a name and a colon, after a time at most ('1h ago Reeves:', '10.02 GMT Rachel Reeves:'). */
const HEADLINE =
  /^\s*(?:(?:\d{1,2}[hm]\s+ago|\d{1,2}[.:]\d{2}(?:\s*(?:am|pm|GMT|BST|CET|ET|PT))?)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}):\s*$/u;

/**
 * A colon introducing the quotation (`Alverson summed up the journey: "…"`): the subject of its sentence.
 */
export function attributionByColon(text: string, open: number, sentStart: number): Attribution | null {
  const before = text.slice(sentStart, open);
  if (!/:\s*$/.test(before)) return null;
  // `a question came from a member of the audience:`, `a statement from the ministry:`: who it came from
  const from = FROM_COLON.exec(before);
  if (from) {
    const start = sentStart + from.index + from[0].lastIndexOf(from[1]);
    return { start, end: start + from[1].length, cue: ':', clauseEnd: open };
  }
  // a phrase quoted earlier in the sentence is fine when the subject comes before it
  // (`Sunak defended the record, promising a "formal update": "…"`)
  const mark = before.search(/["“”]/);
  const to = mark >= 0 ? sentStart + mark : open;
  const subj = subjectOf(text, sentStart, to);
  // `His answer: "…"`: a sentence that is only someone's words and the colon
  if (!subj) {
    const lead = sentStart + (/^\s*/.exec(before)?.[0].length ?? 0);
    const owner = possessorOf(text, lead, open);
    return owner && /^[\s:]*$/.test(text.slice(possessedEnd(text, lead, open), open))
      ? { ...owner, cue: ':', clauseEnd: open }
      : null;
  }
  if (subj.end > open - 2) return null;
  return { ...(lastClauseSubject(text, subj.end, to) ?? subj), cue: ':', clauseEnd: open };
}

/**
 * `1h ago Reeves: 'This is a budget for working people'`: a headline's or key event's name and colon, on a line of
 * nothing else but a time. The caller keeps it only when the name is a person of the text ('Exclusive:' is none).
 */
export function headlineName(text: string, open: number, sentStart: number): Attribution | null {
  const line = Math.max(sentStart, text.lastIndexOf('\n', open - 1) + 1);
  const head = HEADLINE.exec(text.slice(line, open));
  if (!head) return null;
  const start = line + head[0].lastIndexOf(head[1]);
  return { start, end: start + head[1].length, cue: ':', clauseEnd: open };
}
