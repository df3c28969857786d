// News shapes from H1's written passages (session 22): a person named before and then described by an occupation
// ('the retired sheep farmer said', 'the former schoolteacher said'; speaker-roles.json) is that person, while an
// institution's description that is no role ('the lender said') stays an unnamed speaker; the last name of a list
// ('… of Colorado, New Jersey and Vermont, says') opens no clause of its own (subject.ts lastClauseSubject); 'learned
// to' before a speech verb is no subject, while 'the Court goes on to say' keeps its own (cue-before.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

describe('speakers of session 22 shapes', () => {
  it.each([
    [
      'Gordon Pike, 58, lost the barn his father built in 1961.\n\n"The wind just picked the roof up and took it," ' +
        'the retired sheep farmer said.',
      ['Gordon Pike'],
    ],
    [
      'Dana Holt, 71, was rescued from her roof on Tuesday.\n\n"I sat up there for nine hours," the former ' +
        'schoolteacher said.',
      ['Dana Holt'],
    ],
    [
      'Analyst Tom Reyes cut his rating on Harbor Bank.\n\n"We see deposits recovering in the second half," the ' +
        'lender said in a statement.',
      ['the lender'],
    ],
    [
      'Three states sued Meta on Thursday.\n\nThe lawsuit, filed in Oakland by the attorneys general of Colorado, ' +
        'New Jersey and Vermont, says the company "buried" the controls.',
      ['The lawsuit'],
    ],
    ['The plan was backed by the mayor, and Baker, its chair, said it was "overdue".', ['Baker']],
    [
      'Shares of Apple, Google and Amazon fell, and Tim Reed, an analyst at UBS, said the drop was "overdone".',
      ['Tim Reed'],
    ],
    [
      'Marta Silveira sings fado.\n\nHer husband, the guitarist Rui Paiva, learned to read her notes.\n\n"We ' +
        'recorded in the kitchen," he says.',
      ['Rui Paiva'],
    ],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('keeps the subject before "goes on to say"', () => {
    const [who] = speakers('Later, the Court goes on to say, "nor does this appeal concern any right to storage."');
    expect(who).toMatch(/^the Court\b/);
  });
});
