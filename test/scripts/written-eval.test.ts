import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../utils/nlp/types';
import { countVerdicts, labelRight, scoreSpeakers } from '../../scripts/eval/_written-speakers';
import { overlapPRF } from '../../scripts/eval/_quotes-score';
import { rougeN } from '../../scripts/eval/_summary-score';
import { emptyTally, parseMarked, scoreQuotes } from '../../scripts/eval/_written-quotes';
import { referenceNote, scoreSummary, type SummaryPassage } from '../../scripts/eval/_written-summary';

const speaker = (kind: Speaker['kind'], name: string | null): Speaker => ({
  kind,
  personId: null,
  name,
  start: 0,
  end: 0,
});

describe('written speakers scorer', () => {
  it('matches labels to speakers by a shared name word, a phrase, none, or either', () => {
    const rows: [string, Speaker | null, boolean][] = [
      ['Anna Berg', speaker('person', 'Berg'), true],
      ['Anna Berg', speaker('person', 'Tom Reyes'), false],
      ['Anna Berg', speaker('organization', 'Berg Holdings'), false],
      ['=the council', speaker('organization', 'the town council'), true],
      ['=the council', speaker('person', 'Tom Council'), false],
      ['-', null, true],
      ['-', speaker('unknown', null), true],
      ['Anna Berg', null, false],
      ['Tom Reyes|-', null, true],
      ['Tom Reyes|Anna Berg', speaker('person', 'Anna Berg'), true],
    ];
    for (const [label, s, want] of rows) expect(labelRight(label, s), `${label} / ${s?.name}`).toBe(want);
  });

  it('gives each label its verdict on a passage Lede reads', () => {
    const text =
      'Council votes to close the pool\n\n"We had no choice," said Anna Berg, the council leader.\n\n' +
      '"This is a betrayal," said Tom Reyes, who swims there daily.';
    const items = scoreSpeakers({
      id: 1,
      text,
      labels: [
        ['We had no choice', 'Anna Berg'],
        ['This is a betrayal', 'Anna Berg'],
        ['Not in the text', 'Tom Reyes'],
      ],
    });
    // Nobody is named: the quotation gets no speaker.
    const alone =
      'Pool to close in May\n\nThe town pool will close in May after 60 years.\n\n"We did everything we could."';
    items.push(...scoreSpeakers({ id: 2, text: alone, labels: [['We did everything', 'Tom Reyes']] }));
    expect(items.map((it) => it.verdict)).toEqual(['right', 'wrong', 'missing', 'none']);
    expect(items[1].got).toBe('person:Tom Reyes');
    expect(countVerdicts(items)).toEqual({ right: 1, none: 1, wrong: 1, missing: 1 });
  });
});

describe('written quotations scorer', () => {
  it('reads the inline labels and drops their marks', () => {
    const { text, quotes, nots } = parseMarked('He said "⟦m|One. ⟦n|Two⟧⟧" and "⟪Nature⟫" and "⟦p|best⟧".');
    expect(text).toBe('He said "One. Two" and "Nature" and "best".');
    expect(quotes).toEqual([
      { text: 'Two', type: 'nested' },
      { text: 'One. Two', type: 'multi' },
      { text: 'best', type: 'partial' },
    ]);
    expect(nots).toEqual(['Nature']);
  });

  it('counts found, missed and predicted spans on a passage Lede reads', () => {
    const t = emptyTally();
    const errors = scoreQuotes(
      'Octopuses may dream\n\nThe octopuses cycle between a quiet phase and an "⟦p|active⟧" phase, according to the ' +
        'journal "⟪Nature⟫."\n\n"⟦We were surprised by how regular it was,⟧" said Dr Mei Tanaka, who led the study. ' +
        'She said ⟦the next step is to record their brains⟧.',
      t,
    );
    expect(errors).toEqual(['  missed [full]: the next step is to record their brains']);
    expect(t).toMatchObject({ gold: 3, found: 2, preds: 2, predsRight: 2, notQuotes: 1, notTaken: 0 });
    expect(t.byType).toEqual({ partial: [1, 1], full: [1, 2] });
    const { precision, recall } = overlapPRF(t);
    expect(precision).toBe(1);
    expect(recall).toBeCloseTo(2 / 3, 6);
  });
});

describe('written summary scorer', () => {
  const text =
    'Heavy snow closed more than 300 schools across northern England on Monday, the Met Office said.\n\n' +
    'Forecasters expect more snow on Tuesday.\n\nRead more: Ten tips for driving in snow';
  const passage = (must: string[], mustNot: string[]): SummaryPassage => ({
    id: 'snow',
    kind: 'wire',
    title: 'Storm closes schools across the north',
    text,
    must,
    mustNot,
  });

  it('judges a summary right when it holds every must and no residue', () => {
    const v = scoreSummary(passage(['closed more than 300 schools'], ['Read more']));
    expect(v.right).toBe(true);
    expect(v.summary.join(' ')).toContain('closed more than 300 schools');
  });

  it('judges it wrong, saying what it lacks and what it holds', () => {
    const v = scoreSummary(passage(['closed more than 300 schools', 'Ten tips'], ['Heavy snow']));
    expect(v.right).toBe(false);
    expect(v.lacking).toEqual(['Ten tips']);
    expect(v.holding).toEqual(['Heavy snow']);
  });

  it('scores a passage with a reference by ROUGE-1 next to lead-1 and lead-3', () => {
    const withRef = {
      ...passage([], []),
      reference: 'Snow closed more than 300 schools in northern England on Monday.',
    };
    const v = scoreSummary(withRef);
    // lead-3 adds a sentence and residue the reference lacks, so it scores below lead-1 and the summary.
    expect(v.r1?.lede).toBeCloseTo(rougeN(v.summary.join(' '), withRef.reference, 1).f, 6);
    expect(v.r1?.lead1).toBeCloseTo(
      rougeN(
        'Heavy snow closed more than 300 schools across northern England on Monday, the Met Office said.',
        withRef.reference,
        1,
      ).f,
      6,
    );
    expect(v.r1?.lead1).toBeGreaterThan(v.r1?.lead3 ?? 1);
    expect(v.r1?.lede).toBeGreaterThan(v.r1?.lead3 ?? 1);
    expect(scoreSummary(passage([], [])).r1).toBeNull();
    expect(referenceNote([v, scoreSummary(passage([], []))])).toMatch(
      /\(1\): Lede 0\.\d{3}, lead-1 0\.\d{3}, lead-3 0\.\d{3}$/,
    );
    expect(referenceNote([scoreSummary(passage([], []))])).toBe('');
  });
});
