// Test-only stand-in for the analysis (so the page layer is tested in real browsers before and
// independently of the people/quote finders): capitalised name-like runs become people, text
// inside curly or straight double quotes becomes quotations. Deliberately crude: what matters
// here is that every span it produces is marked exactly where it is in the live page.
import type { Analysis, ArticleMeta, Person, Quote } from '../../../utils/nlp/types';

const NAME = /\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}\b/g;
const QUOTE = /[“"]([^”"\n]{8,400})[”"]/g;

export function fakeAnalysis(text: string, meta: ArticleMeta, maxPeople = 40): Analysis {
  const byName = new Map<string, Person>();
  for (const m of text.matchAll(NAME)) {
    let p = byName.get(m[0]);
    if (!p) {
      if (byName.size >= maxPeople) continue;
      p = { id: `p${byName.size + 1}`, name: m[0], aliases: [], descriptors: ['test person'], mentions: [] };
      byName.set(m[0], p);
    }
    p.mentions.push({ start: m.index!, end: m.index! + m[0].length });
  }
  const people = [...byName.values()];
  const quotes: Quote[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const start = m.index! + 1;
    const end = start + m[1].length;
    let speaker: Quote['speaker'] = null;
    for (const p of people) {
      const after = p.mentions.find((s) => s.start >= end && s.start - end < 80);
      if (after) {
        speaker = { kind: 'person', personId: p.id, name: p.name, start: after.start, end: after.end };
        break;
      }
    }
    quotes.push({ start, end, text: m[1], speaker, cue: speaker ? 'said' : null });
  }
  return { article: { ...meta, text }, people, quotes, dates: [], timeline: [], summary: [] };
}
