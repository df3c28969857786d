// News shapes from H1's written passages (session 20): a speaker described by the age the text gave them ('Santos,
// the 19-year-old Brazilian' … 'the teenager said'; age.ts), by a kin noun the text set before their name ('Her
// grandson, Liam Price, said' … 'Her grandson said'; speaker-roles.json), a second 'that' clause of one speech verb
// ('said the board was "…" and that Zipcart remained "…"'; context.ts), and a subject that ends at a verb without
// -ed ('The 24-year-old Croatian hurt her wrist'; subject.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import { subjectOf } from '../../../utils/nlp/speakers/subject';
import { attributionAfter, bePassiveCue } from '../../../utils/nlp/quotes-attribution';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

describe('a speaker described by age or kin', () => {
  it.each([
    [
      'Lena Kovac has withdrawn from the Open. Maria Santos, the 19-year-old Brazilian, moves up to be seeded ' +
        'fourth.\n\nKovac hurt her wrist in Stuttgart.\n\n"I feel bad for Lena," the teenager said after practice.',
      ['Maria Santos'],
    ],
    [
      'Lena Kovac, the world No. 3, has withdrawn from the Open.\n\nThe 24-year-old Croatian hurt her wrist in ' +
        'the defeat to Maria Santos, the 19-year-old Brazilian.\n\n"I\'m heartbroken," the 24-year-old wrote on ' +
        'Instagram.\n\n"I feel bad for Lena," the teenager said.',
      ['Lena Kovac', 'Maria Santos'],
    ],
    [
      'Geoff Brind, 67, farms the land next to the pub. Tom Askew, 31, will run it.\n\n"I\'ll be first at the ' +
        'bar," the 67-year-old said.',
      ['Geoff Brind'],
    ],
    [
      'Joan Price, 86, waited 40 hours on a trolley. Her grandson, Liam Price, said the family had been ' +
        '"horrified".\n\nThe trust has apologised.\n\nMrs Price has since returned home. Her grandson said she was ' +
        '"getting there slowly".',
      ['Liam Price', 'Liam Price'],
    ],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a second 'that' clause of one speech verb", () => {
  it.each([
    [
      'Zipcart co-founder Arjun Mehta resigned on Tuesday after a dispute with the board.\n\n"I have no regrets," he ' +
        'wrote.\n\nBoard chair Gregory Lin said in a statement that the board was "grateful to Arjun for his vision ' +
        'and energy" and that Zipcart remained "focused on reaching profitability in our core markets."',
      ['Arjun Mehta', 'Gregory Lin', 'Gregory Lin'],
    ],
  ])('%j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a subject ends at a verb before a possessive', () => {
  it.each([
    [
      "The 24-year-old Croatian hurt her right wrist during Saturday's defeat to Maria Santos and had scans.",
      'The 24-year-old Croatian',
    ],
    ['The striker broke his leg in training and will miss the final.', 'The striker'],
    ['The man in charge of the club said his team would recover.', 'The man in charge of the club'],
  ])('%j', (text, expected) => {
    const s = subjectOf(text, 0, text.length);
    expect(s && text.slice(s.start, s.end)).toBe(expected);
  });

  it('a name in the rest of such a sentence does not say the next quotation', () => {
    const text =
      'Lena Kovac has withdrawn from the Open.\n\nThe 24-year-old Croatian hurt her right wrist during the defeat ' +
      'to Maria Santos and had scans on Monday.\n\n"I\'m heartbroken," the 24-year-old wrote on Instagram.';
    expect(speakers(text)).not.toContain('Maria Santos');
  });
});

describe("a cue in the passive after 'be' (for the quotation finder)", () => {
  it.each([
    ["available as 'the remoteStorage of <host>', exactly one link SHOULD be added.", true],
    ["It was 'the main file', Smith had been told.", true],
    ["It was 'the main file', Smith said.", false],
    ["He wrote 'the file', she added.", false],
  ])('%j', (text, expected) => {
    const close = text.indexOf("'", text.indexOf("'") + 1);
    const a = attributionAfter(text, close, text.length, 'x,');
    expect(!!a && bePassiveCue(text, a)).toBe(expected);
  });
});
