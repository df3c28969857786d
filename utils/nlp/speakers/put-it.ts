// Idioms that give a quotation's author without a speech verb: `As Lincoln once put it, "…"`, `"…," as Bismarck
// put it`, `In the words of Martin Luther King Jr., "…"`, `To quote Churchill, "…"`. The ranker reads them as
// 'according to' (the author is in the phrase, as in `according to X`).
import type { Attribution } from './attribution';

// the author: up to eight words with no clause punctuation
const WHO = String.raw`([\p{L}\p{N}][\p{L}\p{N}'’.&-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’.&-]*){0,7}?)`;
// an adverb or reflexive between the author and "put it" ("once", "famously", "himself")
const ADV = String.raw`(?:\s+(?:once|later|so|himself|herself|itself|themselves|\p{L}+ly))*`;
const BEFORE = [
  new RegExp(
    String.raw`(?:^|[\s,(;—–-])[Aa]s\s+${WHO}${ADV}\s+put\s+it(?:\s+in\s+[^,:"“]{1,40})?\s*[,:—–-]?\s*$`,
    'du',
  ),
  new RegExp(String.raw`(?:^|[\s,(;—–-])[Ii]n\s+the\s+(?:\p{L}+\s+)?words\s+of\s+${WHO}\s*[,:—–-]?\s*$`, 'du'),
  new RegExp(String.raw`(?:^|[\s,(;—–-])[Tt]o\s+quote\s+${WHO}\s*[,:—–-]\s*$`, 'du'),
];
const AFTER = new RegExp(String.raw`^[\s,—–-]*as\s+${WHO}${ADV}\s+put\s+it\b`, 'du');

/** `As X put it, "…"`: the author's span in text[from, open), or null. */
export function putItBefore(text: string, from: number, open: number): Attribution | null {
  const seg = text.slice(from, open);
  for (const re of BEFORE) {
    const m = re.exec(seg);
    if (!m) continue;
    const [s, e] = m.indices![1];
    return { start: from + s, end: from + e, cue: 'put it', clauseEnd: open };
  }
  return null;
}

/** `"…," as X put it`: the author's span after the closing mark at `close`, or null. */
export function putItAfter(text: string, close: number, end: number): Attribution | null {
  const seg = text.slice(close + 1, end);
  const m = AFTER.exec(seg);
  if (!m) return null;
  const [s, e] = m.indices![1];
  return { start: close + 1 + s, end: close + 1 + e, cue: 'put it', clauseEnd: close + 1 + m[0].length };
}
