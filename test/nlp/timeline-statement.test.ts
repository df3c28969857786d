import { describe, expect, it } from 'vitest';
import { isStatement, looksLikeResidue, hasVerb, titleCaseShare } from '../../utils/nlp/timeline-statement';

describe('statements and page residue', () => {
  it('flags hover-card residue and keeps prose', () => {
    expect(
      looksLikeResidue(
        "date 2018-12-30 Alumni of Sen. Bernie Sanders Bernard (Bernie) SandersO'Rourke's chances against Trump are overstated",
      ),
    ).toBe(true);
    expect(looksLikeResidue('The company said on Tuesday that it would close its last plant.')).toBe(false);
    expect(looksLikeResidue('wikiHow is a wiki-based site which aims to build a how-to manual.')).toBe(false);
    expect(looksLikeResidue('Ewan MacDonald of the New York Stock Exchange said trading was halted.')).toBe(false);
  });

  it('keeps a prose sentence that names a title and a brand (a run of capitals and a capital inside a word)', () => {
    const prose =
      'British Prime Minister Boris Johnson said on Sunday that WhatsApp messages would be handed to the inquiry.';
    expect(looksLikeResidue(prose)).toBe(false);
    // the same signs in related links glued together, in title case, stay residue
    expect(looksLikeResidue('Most Read Stories Boris Johnson Resigns WhatsApp Messages Handed Over Today.')).toBe(true);
  });

  it('tells statements from captions and headlines', () => {
    expect(isStatement('Braverman (left) and Sunak (right) on October 25, 2022.')).toBe(false);
    expect(isStatement('Image: UK Government.')).toBe(false);
    expect(isStatement('Apple Computer CEO Steve Jobs Opens WWDC In San Francisco')).toBe(false);
    expect(isStatement('In 1995, McDonnell Douglas introduced the MD-95')).toBe(true);
    expect(isStatement('I dread looking at Wall Street tomorrow.')).toBe(true);
  });

  it('finds a verb roughly', () => {
    expect(hasVerb('The far end of the convention floor, shortly after opening Friday.')).toBe(false);
    expect(hasVerb('The council approved the plan.')).toBe(true);
  });

  // words are split at any of JavaScript's spaces; the first word does not count; digits and uncased letters
  // make words but no letter words
  it.each([
    ['Mayor Ann Park spoke', 2 / 3],
    ['the\u00a0Mayor\u2009Ann\u3000park\tspoke', 2 / 4],
    ['“We (Bernie) said', 1 / 2],
    ['In 1995 東京 Tokyo Élan éclat', 2 / 3],
    ['A \u180eB c', 1 / 2],
    ['   ', 0],
  ])('titleCaseShare(%j) is %d', (s, share) => {
    expect(titleCaseShare(s)).toBeCloseTo(share, 10);
  });

  it.each([
    ['Most Read Stories Of The Day glued SandersO’Rourke', true],
    ['Most\u00a0Read\u2009Stories\u3000Of\tThe\nDay SandersO’Rourke', true],
    ['Most Read and and Stories Of The SandersO’Rourke', false],
  ])('looksLikeResidue(%j) is %s (runs of capitalized words)', (s, want) => {
    expect(looksLikeResidue(s)).toBe(want);
  });
});
