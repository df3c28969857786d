import type { Span } from './types';

// PLACEHOLDER (owner: people/sentences helper): naive splitter until the real one lands.
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]+[.!?]*["”’)]*\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const s = m[0].trimEnd();
    if (s.trim()) out.push({ start: m.index, end: m.index + s.length });
  }
  return out;
}
