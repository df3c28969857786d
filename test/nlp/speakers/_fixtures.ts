// Helpers for the speaker tests: people built from their written forms, and the site a quotation's speaker is
// looked for in.
import { PersonIndex } from '../../../utils/nlp/coref';
import { splitSentences } from '../../../utils/nlp/sentences';
import { Doc, siteOf } from '../../../utils/nlp/speakers/context';
import type { Person, Quote } from '../../../utils/nlp/types';

/** A person mentioned wherever one of `forms` occurs in `text`, mentions in text order. */
export function personAt(
  text: string,
  id: string,
  name: string,
  forms: string | string[],
  descriptors: string[] = [],
): Person {
  const mentions: { start: number; end: number }[] = [];
  for (const form of typeof forms === 'string' ? [forms] : forms)
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
      mentions.push({ start: at, end: at + form.length });
  mentions.sort((a, b) => a.start - b.start);
  return { id, name, aliases: [], descriptors, mentions };
}

/** The words of the last quotation's `prevSubject` (the subject of the sentence before it), or null. */
export function prevSubjectOf(text: string, people: Person[]): string | null {
  const sentences = splitSentences(text);
  const doc = new Doc(text, sentences, new PersonIndex(text, people, sentences));
  const end = text.lastIndexOf('"');
  const open = text.lastIndexOf('"', end - 1);
  const q: Quote = { start: open + 1, end, text: text.slice(open + 1, end), speaker: null, cue: null };
  const s = siteOf(doc, q, -1).prevSubject;
  return s && text.slice(s.start, s.end);
}
