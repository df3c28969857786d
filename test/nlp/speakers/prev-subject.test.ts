// A quotation opening its sentence after a sentence with no speech verb: the subject of that sentence is a
// candidate speaker when it names a person, is a pronoun or opens with a role noun ("A spokeswoman for the ministry")
// (utils/nlp/speakers/context.ts `prevSubject`).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import { PersonIndex } from '../../../utils/nlp/coref';
import { splitSentences } from '../../../utils/nlp/sentences';
import { SPEAKER_MODEL } from '../../../utils/nlp/speakers/model';
import { attributeSpeakers } from '../../../utils/nlp/speakers/rank';
import { personAt, prevSubjectOf } from './_fixtures';

const person = personAt;
const prevSubject = prevSubjectOf;

describe('the subject of the sentence before a quotation', () => {
  it('is taken when it names a person and the sentence has no speech verb', () => {
    const text = 'The vote was close. Mira Holt shrugged at the result. "It was never about the money."';
    expect(prevSubject(text, [person(text, 'p1', 'Mira Holt', 'Mira Holt')])).toBe('Mira Holt');
  });

  it('is taken when it is a pronoun', () => {
    const text = 'Mira Holt left early. She paused at the door. "Nobody asked us."';
    expect(prevSubject(text, [person(text, 'p1', 'Mira Holt', 'Mira Holt')])).toBe('She');
  });

  it('is not taken when it names no person', () => {
    const text = 'Mira Holt left early. The report runs to 300 pages. "Nobody asked us."';
    expect(prevSubject(text, [person(text, 'p1', 'Mira Holt', 'Mira Holt')])).toBeNull();
  });

  it('is taken when a determiner and a role noun open it (no name needed; ranked)', () => {
    const text =
      'The office closed. A spokeswoman for the ministry declined to give numbers. "We will reopen when it is safe."';
    expect(prevSubject(text, [])).toBe('A spokeswoman for the ministry');
    const a = analyzeText(text);
    // ranked first, near the shipped threshold (p ≈ 0.64 trained on dev alone, ≈ 0.75 with the written passages):
    // given when it reaches the threshold, nobody otherwise, never someone else
    const s = a.quotes[0]?.speaker;
    expect([null, 'A spokeswoman for the ministry']).toContain(s && text.slice(s.start, s.end));
    const sentences = splitSentences(text);
    const index = new PersonIndex(text, a.people, sentences);
    attributeSpeakers(text, a.quotes, sentences, index, { ...SPEAKER_MODEL, abstainBelow: 0.5 });
    const r = a.quotes[0]?.speaker;
    expect(r && text.slice(r.start, r.end)).toBe('A spokeswoman for the ministry');
  });

  it('is not taken for a role noun further into the phrase or without a determiner', () => {
    const report = 'The office closed. A report by the ministry spokeswoman found delays. "We will reopen."';
    expect(prevSubject(report, [])).toBeNull();
    const bare = 'The office closed. Ministry officials declined to give numbers. "We will reopen."';
    expect(prevSubject(bare, [])).toBeNull();
  });

  it('is not taken when the quotation does not open its sentence', () => {
    const text = 'Mira Holt shrugged at the result. The mood was "grim" all night.';
    expect(prevSubject(text, [person(text, 'p1', 'Mira Holt', 'Mira Holt')])).toBeNull();
  });

  it('gives the speaker of a quotation after an action of a named person (ranked, not a rule)', () => {
    const text =
      'The budget passed on Friday after Ana Ortiz and Ben Cole agreed. Cole shrugged. "It was never about the money."';
    const a = analyzeText(text);
    const q = a.quotes.find((x) => x.text.startsWith('It was never'));
    expect(a.people.find((p) => p.id === q?.speaker?.personId)?.name).toBe('Ben Cole');
  });
});
