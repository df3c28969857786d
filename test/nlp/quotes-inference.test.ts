import { describe, expect, it } from 'vitest';
import { found } from './_quotes-fixtures';

describe("an inference or a reading hands a short phrase to nobody: it stays the writer's", () => {
  it('drops a short phrase after "this suggests that", "these suggest that"', () => {
    expect(
      found('Fewer firms now list backups as a priority. This suggests that uptime is "table stakes" today.'),
    ).toEqual([]);
    expect(
      found('Sales fell again in May. These would suggest that the brand has become "uncool" among teenagers.'),
    ).toEqual([]);
  });

  it('drops a short phrase after "read of", "read about"', () => {
    expect(found('Years ago we would have read about "hero nurses" in every paper.')).toEqual([]);
  });

  it('keeps the phrase when a person suggests or another speech verb is in the clause', () => {
    expect(found('The senator suggested that the plan was "unworkable" and withdrew her support.')).toEqual([
      'unworkable',
    ]);
    expect(found('This suggests, the minister said, that the deal is "dead."')).toEqual(['dead.']);
    // "it" and "which" stand for an organisation as often as for a fact
    expect(found('The Fed held rates. It suggested that prices would stay "elevated" for months.')).toEqual([
      'elevated',
    ]);
    expect(found('The bank, which suggested that rates were "too low," raised them.')).toEqual(['too low,']);
    // a study's finding is handed over
    expect(found('This study found that the drug was "highly effective" in older patients.')).toEqual([
      'highly effective',
    ]);
    // a sign read aloud: its words
    expect(found('The sign outside read "closed for good."')).toEqual(['closed for good.']);
  });
});
