// The newswire-style fixture (test/fixtures/people-newswire): its reader, and findPeople on its dev files
// (the structures of results tables, line-ups and scoreboards; the test files' errors are never shown).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { detokenize, readMarked, readNewswireFixture } from '../../scripts/lib/corpora/newswire-fixture';
import { frozenSplit } from '../../scripts/lib/frozen-split';
import { findPeople } from '../../utils/nlp/people';
import { splitSentences } from '../../utils/nlp/sentences';

const DIR = join(__dirname, '..', 'fixtures', 'people-newswire');

describe('newswire-style people fixture', () => {
  it('reads names marked [[like this]] into text and spans', () => {
    const d = readMarked('x', 'Scorers : [[Saka]] 23 , [[Kai Havertz]] 51 .');
    expect(d.text).toBe('Scorers : Saka 23 , Kai Havertz 51 .');
    expect(d.names.map((n) => d.text.slice(n.start, n.end))).toEqual(['Saka', 'Kai Havertz']);
  });

  it('detokenizes the old wire spacing around the marks', () => {
    expect(detokenize("[[Ana Quirot]] ( Cuba ) , Men 's 800 .")).toBe("[[Ana Quirot]] (Cuba), Men's 800.");
  });

  it('finds the people of the dev files, tokenized or not', () => {
    for (const detok of [false, true]) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const d of readNewswireFixture(DIR, detok)) {
        if (frozenSplit(d.id) !== 'dev') continue;
        const pred = new Set(
          findPeople(d.text, splitSentences(d.text)).flatMap((p) => p.mentions.map((m) => m.start + ':' + m.end)),
        );
        const gold = new Set(d.names.map((n) => n.start + ':' + n.end));
        for (const k of pred)
          if (gold.has(k)) tp++;
          else fp++;
        for (const k of gold) if (!pred.has(k)) fn++;
      }
      const f1 = (2 * tp) / (2 * tp + fp + fn);
      expect(tp + fn).toBeGreaterThan(200);
      expect(f1).toBeGreaterThanOrEqual(0.95);
    }
  });
});
