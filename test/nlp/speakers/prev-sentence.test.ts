// A quotation opening a paragraph: the sentence just before it is the LAST sentence of the paragraph before (the
// one that introduces the speaker in news), not that paragraph's first (utils/nlp/speakers/context.ts
// `Doc.prevSentStart`, read by `prevSubject`, the prevSentence cue and the pronoun referents of candidates.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import { personAt, prevSubjectOf } from './_fixtures';

/** The words of the last quotation's `prevSubject`, or null. */
function prevSubject(text: string): string | null {
  const people = [personAt(text, 'p1', 'Helen Marsh', ['Helen Marsh', 'Marsh'])].filter((p) => p.mentions.length);
  return prevSubjectOf(text, people);
}

describe('the sentence before a paragraph-opening quotation is the last one of the paragraph before', () => {
  it.each([
    // the speaker is introduced in the last sentence, after a sentence about something else
    ['The county has promised to reopen the clinic. Marsh is skeptical.\n\n"I\'ve heard that before."', 'Marsh'],
    // the first sentence names her, the last one names nobody: no candidate from the first
    ['Helen Marsh left early. The report runs to 300 pages.\n\n"Nobody asked us."', null],
    // one newline between the paragraphs and no paragraph break at all: the same sentence as before
    ['The county has promised to reopen the clinic.\nMarsh is skeptical.\n"I\'ve heard that before."', 'Marsh'],
    ['The county has promised to reopen the clinic. Marsh is skeptical. "I\'ve heard that before."', 'Marsh'],
  ])('%j', (text, expected) => {
    expect(prevSubject(text)).toBe(expected);
  });
});

describe('end to end: the quotation goes to the one the last sentence introduces', () => {
  const speakers = (text: string) =>
    analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.kind}: ${q.speaker.name}` : 'none'));
  it.each([
    [
      'Dr. Helen Marsh has treated patients in the valley for 30 years. When the clinic closed last spring, she kept ' +
        'going, seeing patients in her kitchen.\n\n"People still get sick when the funding stops," she said.\n\nThe ' +
        'county has promised to reopen the clinic next year. Marsh is skeptical.\n\n"I\'ve heard that before."',
      ['person: Helen Marsh', 'person: Helen Marsh'],
    ],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
